import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Empty, Flex, Tag } from 'antd';
import { Link } from 'react-router';
import type { AppraisalDto } from '../../../../../contracts/appraisals.ts';
import { useI18n } from '../../../i18n/i18n.tsx';
import { formatDate, formatNumber } from '../../../lib/format.ts';
import { useDownloadMinutes } from '../api/appraisals.ts';
import styles from './execution.module.css';
import { appraisalKindText, decisionText, fractionText, progressText } from './timeline-labels.ts';

/** Downloads the minutes of one appraisal (.docx). */
export function MinutesButton({ appraisal, primary }: { appraisal: AppraisalDto; primary?: boolean }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const download = useDownloadMinutes();
  return (
    <Button
      type={primary ? 'primary' : 'default'}
      size={primary ? 'middle' : 'small'}
      icon={<DownloadOutlined aria-hidden="true" />}
      loading={download.isPending}
      onClick={() => download.mutate(appraisal.id, { onError: (e) => void message.error(e.message) })}
      aria-label={t('appraisalPage.minutesOf', { date: formatDate(appraisal.appraisedOn) })}
    >
      {t('appraisalPage.minutes')}
    </Button>
  );
}

function Lines({ a }: { a: AppraisalDto }) {
  const { t, lang } = useI18n();
  return (
    <ul className={styles.plainList}>
      {a.items.map((i) => (
        <li key={i.id}>
          <Link to={`/tasks/${i.taskId}`}>
            {i.taskNumber}. {i.taskTitle}
          </Link>
          <Flex wrap gap={4} style={{ marginTop: 2 }}>
            <Tag>{progressText(t, i.progress)}</Tag>
            {i.productDecision && <Tag>{decisionText(t, i.productDecision)}</Tag>}
            {i.verifiedValue !== null && (
              <Tag>
                {t('timeline.verifiedValue')}: {formatNumber(i.verifiedValue, lang)} {i.unitOfMeasure ?? ''}
              </Tag>
            )}
            {i.verifiedFraction !== null && (
              <Tag>
                {t('timeline.verifiedFraction')}: {fractionText(i.verifiedFraction, lang)}
              </Tag>
            )}
            {i.exceeded && <Tag color="blue">{t('taskFlag.exceeded')}</Tag>}
            {i.superseded && <Tag>{t('timeline.superseded')}</Tag>}
          </Flex>
          {i.findings && <div className={styles.small}>{i.findings}</div>}
        </li>
      ))}
    </ul>
  );
}

/** The appraisals recorded on an assignment, newest first: each with its minutes and, folded, its lines. */
export function PastAppraisals({ items }: { items: AppraisalDto[] }) {
  const { t } = useI18n();
  if (items.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('appraisalPage.none')} />;
  const sorted = [...items].sort(
    (x, y) => y.appraisedOn.localeCompare(x.appraisedOn) || y.createdAt.localeCompare(x.createdAt),
  );
  return (
    <ul className={styles.plainList}>
      {sorted.map((a) => (
        <li key={a.id}>
          <Flex justify="space-between" gap={8} wrap align="center">
            <span>
              <strong>{appraisalKindText(t, a.kind, a.quarter)}</strong> · {formatDate(a.appraisedOn)} ·{' '}
              {a.appraiserUnit.name}
            </span>
            <MinutesButton appraisal={a} />
          </Flex>
          {a.findings && (
            <div className={styles.small}>
              {t('timeline.findings')}: {a.findings}
            </div>
          )}
          {a.recommendations && (
            <div className={styles.small}>
              {t('timeline.recommendation')}: {a.recommendations}
            </div>
          )}
          <details className={styles.details}>
            <summary>{t('appraisalPage.lines', { count: a.items.length })}</summary>
            <Lines a={a} />
          </details>
        </li>
      ))}
    </ul>
  );
}
