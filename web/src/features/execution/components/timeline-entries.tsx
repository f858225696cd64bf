import { Flex, Tag } from 'antd';
import type { TaskDto } from '../../../../../contracts/assignments.ts';
import type { TimelineEventDto } from '../../../../../contracts/execution.ts';
import { useI18n } from '../../../i18n/i18n.tsx';
import { adjustmentKindLabel, supportKindLabel } from '../../../i18n/labels.ts';
import type { MessageKey } from '../../../i18n/vi.ts';
import { formatDate, formatNumber } from '../../../lib/format.ts';
import { requestKindLabel } from './support-request-modal.tsx';
import styles from './timeline.module.css';
import {
  appraisalKindText,
  commitmentStateText,
  decisionText,
  describeChange,
  fractionText,
  progressText,
} from './timeline-labels.ts';

type Of<K extends TimelineEventDto['kind']> = Extract<TimelineEventDto, { kind: K }>;

function Note({ label, text }: { label: string; text: string | null }) {
  if (!text) return null;
  return (
    <div className={styles.note}>
      <span className={styles.muted}>{label}:</span> <span style={{ whiteSpace: 'pre-line' }}>{text}</span>
    </div>
  );
}

/** An appraisal's line for this task: progress, verified value or share, product decision, findings. */
export function AppraisalEntry({ event, task }: { event: Of<'appraisal'>; task: TaskDto }) {
  const { t, lang } = useI18n();
  const { appraisal: a, line } = event;
  const unit = task.unitOfMeasure ? ` ${task.unitOfMeasure}` : '';
  return (
    <div className={line.superseded ? styles.superseded : undefined}>
      <Flex wrap gap={6} align="center">
        <strong>{appraisalKindText(t, a.kind, a.quarter)}</strong>
        <span className={styles.muted}>· {a.appraiserUnitName}</span>
        <Tag>{progressText(t, line.progress)}</Tag>
        {line.productDecision && (
          <Tag color={line.productDecision === 'accepted' ? 'green' : 'red'}>
            {decisionText(t, line.productDecision)}
          </Tag>
        )}
        {line.exceeded && <Tag color="blue">{t('taskFlag.exceeded')}</Tag>}
        {line.superseded && <Tag>{t('timeline.superseded')}</Tag>}
      </Flex>
      {line.verifiedValue !== null && (
        <div>
          {t('timeline.verifiedValue')}: <strong>{`${formatNumber(line.verifiedValue, lang)}${unit}`}</strong>
        </div>
      )}
      {line.verifiedFraction !== null && (
        <div>
          {t('timeline.verifiedFraction')}: <strong>{fractionText(line.verifiedFraction, lang)}</strong>
        </div>
      )}
      <Note label={t('timeline.decisionReason')} text={line.decisionReason} />
      <Note label={t('timeline.findings')} text={line.findings ?? a.findings} />
      <Note label={t('timeline.recommendation')} text={line.recommendation ?? a.recommendations} />
    </div>
  );
}

/** A request raised, answered or escalated. */
export function RequestEntry({ event }: { event: Of<'support_request'> }) {
  const { t } = useI18n();
  const r = event.request;
  return (
    <div>
      <Flex wrap gap={6} align="center">
        <strong>{t(`timeline.request.${event.action}` as MessageKey)}</strong>
        <span className={styles.muted}>· {requestKindLabel(t, r.kind)}</span>
      </Flex>
      <div>{r.subject}</div>
      {event.action === 'raised' && (
        <div className={styles.small}>
          {t('timeline.requestTo', { unit: r.routedToUnitName, date: formatDate(r.responseDue) })}
        </div>
      )}
      {event.action === 'answered' && (
        <>
          <Note label={t('request.response')} text={r.response} />
          {r.resolved !== null && (
            <Tag color={r.resolved ? 'green' : 'gold'} style={{ marginTop: 4 }}>
              {t(r.resolved ? 'requestState.resolved' : 'requestState.unresolved')}
            </Tag>
          )}
        </>
      )}
      {event.action === 'escalated' && <div className={styles.small}>{t('timeline.escalatedBody')}</div>}
    </div>
  );
}

/** An adjustment requested or decided. */
export function AdjustmentEntry({ event, task }: { event: Of<'adjustment'>; task: TaskDto }) {
  const { t, lang } = useI18n();
  const adj = event.adjustment;
  const kind = String(adj.change.kind ?? '');
  return (
    <div>
      <Flex wrap gap={6} align="center">
        <strong>
          {event.action === 'requested' ? t('timeline.adjustRequested') : t('timeline.adjustDecided')}
        </strong>
        <span className={styles.muted}>· {adjustmentKindLabel(t, kind)}</span>
        {event.action === 'decided' && (
          <Tag color={adj.state === 'approved' ? 'green' : adj.state === 'rejected' ? 'red' : 'gold'}>
            {t(`adjustmentState.${adj.state}` as MessageKey)}
          </Tag>
        )}
      </Flex>
      <div>{describeChange(t, lang, adj.change, task)}</div>
      <Note label={t('adjust.reason')} text={event.action === 'requested' ? adj.reason : null} />
      <Note label={t('timeline.decisionNote')} text={event.action === 'decided' ? adj.decisionNote : null} />
    </div>
  );
}

/** A support commitment's state recorded (delivered, late, due again). */
export function CommitmentEntry({ event }: { event: Of<'support_commitment'> }) {
  const { t } = useI18n();
  const c = event.commitment;
  return (
    <div>
      <Flex wrap gap={6} align="center">
        <strong>{t('timeline.commitment')}</strong>
        <span className={styles.muted}>· {supportKindLabel(t, c.kind)}</span>
        <Tag color={event.state === 'delivered' ? 'green' : event.state === 'late' ? 'red' : 'default'}>
          {commitmentStateText(t, event.state)}
        </Tag>
      </Flex>
      <div>{c.description}</div>
      {event.deliveredOn && (
        <div className={styles.small}>
          {t('timeline.deliveredOn', { date: formatDate(event.deliveredOn) })}
        </div>
      )}
      <Note label={t('timeline.note')} text={event.note} />
    </div>
  );
}
