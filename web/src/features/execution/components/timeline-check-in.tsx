import { EditOutlined } from '@ant-design/icons';
import { Button, Flex, Tag, Typography } from 'antd';
import type { TimelineEventDto } from '../../../../../contracts/execution.ts';
import { useI18n } from '../../../i18n/i18n.tsx';
import { formatDate } from '../../../lib/format.ts';
import { EvidenceList } from './evidence-list.tsx';
import { useProgressText } from './status-facts.tsx';
import styles from './timeline.module.css';

export type CheckInEvent = Extract<TimelineEventDto, { kind: 'check_in' }>;

function Who({ c }: { c: CheckInEvent['checkIn'] }) {
  const { t } = useI18n();
  if (!c.createdBy) return null;
  return (
    <span className={styles.muted}>
      {c.onBehalfOf
        ? t('timeline.byOnBehalf', { name: c.createdBy.displayName, head: c.onBehalfOf.displayName })
        : t('timeline.by', { name: c.createdBy.displayName })}
    </span>
  );
}

/**
 * One check-in on the timeline. A corrected entry is struck through and says so; a correction
 * shows the old value struck through → the new one, with its reason.
 */
export function CheckInEntry({
  event,
  corrected,
  unit,
  onCorrect,
}: {
  event: CheckInEvent;
  /** The entry this one corrects, when it is a correction. */
  corrected?: CheckInEvent;
  unit: string | null;
  onCorrect?: () => void;
}) {
  const { t } = useI18n();
  const progress = useProgressText();
  const c = event.checkIn;
  const value = progress(c.value, c.percent, unit);
  const replaced = !c.inForce;
  return (
    <div>
      <Flex wrap gap={6} align="center">
        <strong>{c.correctsId ? t('timeline.correction') : t('timeline.checkIn')}</strong>
        {c.submitsProduct && <Tag color="blue">{t('timeline.productSubmitted')}</Tag>}
        {replaced && <Tag>{t('timeline.replaced')}</Tag>}
      </Flex>
      <div className={replaced ? 'value-replaced' : undefined}>
        {replaced && <span className="sr-only">{t('timeline.replacedSr')} </span>}
        {corrected ? (
          <span>
            {t('timeline.valueLabel')}{' '}
            <s className="value-replaced">
              <span className="sr-only">{t('timeline.before')} </span>
              {progress(corrected.checkIn.value, corrected.checkIn.percent, unit) || '—'} (
              {formatDate(corrected.date)})
            </s>{' '}
            <span aria-hidden="true">→</span>
            <span className="sr-only">{t('timeline.after')}</span> <strong>{value || '—'}</strong> (
            {formatDate(event.date)})
          </span>
        ) : (
          value && (
            <span>
              {t('timeline.valueLabel')} <strong>{value}</strong>
            </span>
          )
        )}
      </div>
      {c.correctionReason && (
        <div className={styles.small}>
          {t('timeline.correctionReason')}: {c.correctionReason}
        </div>
      )}
      {c.narrative && (
        <Typography.Paragraph
          className={replaced ? 'value-replaced' : undefined}
          style={{ margin: '4px 0 0', whiteSpace: 'pre-line' }}
          ellipsis={{
            rows: 4,
            expandable: 'collapsible',
          }}
        >
          {c.narrative}
        </Typography.Paragraph>
      )}
      <EvidenceList items={event.evidence} />
      <Flex wrap gap={8} align="center" style={{ marginTop: 4 }}>
        <Who c={c} />
        {onCorrect && c.inForce && (
          <Button
            size="small"
            type="link"
            icon={<EditOutlined aria-hidden="true" />}
            onClick={onCorrect}
            aria-label={t('timeline.correctOf', { date: formatDate(event.date) })}
            style={{ paddingInline: 0 }}
          >
            {t('timeline.correct')}
          </Button>
        )}
      </Flex>
    </div>
  );
}
