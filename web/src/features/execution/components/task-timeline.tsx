import {
  AuditOutlined,
  EditOutlined,
  GiftOutlined,
  QuestionCircleOutlined,
  SwapOutlined,
} from '@ant-design/icons';
import { Empty, Segmented } from 'antd';
import { useState } from 'react';
import type { TaskDto } from '../../../../../contracts/assignments.ts';
import type { TimelineEventDto } from '../../../../../contracts/execution.ts';
import { useI18n } from '../../../i18n/i18n.tsx';
import { formatDate, formatDateTime } from '../../../lib/format.ts';
import styles from './timeline.module.css';
import { CheckInEntry, type CheckInEvent } from './timeline-check-in.tsx';
import { AdjustmentEntry, AppraisalEntry, CommitmentEntry, RequestEntry } from './timeline-entries.tsx';

type Filter = 'all' | TimelineEventDto['kind'];

const ICONS: Record<TimelineEventDto['kind'], typeof EditOutlined> = {
  check_in: EditOutlined,
  appraisal: AuditOutlined,
  support_request: QuestionCircleOutlined,
  adjustment: SwapOutlined,
  support_commitment: GiftOutlined,
};

/** A key unique among a task's events (an entity may appear once per action). */
function eventKey(e: TimelineEventDto): string {
  switch (e.kind) {
    case 'check_in':
      return `c:${e.checkIn.id}`;
    case 'appraisal':
      return `a:${e.appraisal.id}`;
    case 'support_request':
      return `r:${e.request.id}:${e.action}`;
    case 'adjustment':
      return `j:${e.adjustment.id}:${e.action}`;
    default:
      return `s:${e.commitment.id}:${e.at}`;
  }
}

// Newest first; `at` orders the events of one day.
const newestFirst = (a: TimelineEventDto, b: TimelineEventDto) =>
  b.date.localeCompare(a.date) || b.at.localeCompare(a.at);

/**
 * Everything that happened to a task, newest first: check-ins (corrections shown against the
 * entry they replace), appraisals, requests and answers, adjustments, support given.
 */
export function TaskTimeline({
  events,
  task,
  onCorrect,
}: {
  events: TimelineEventDto[];
  task: TaskDto;
  /** Offered on check-ins in force when the caller may correct them. */
  onCorrect?: (checkInId: string) => void;
}) {
  const { t } = useI18n();
  const [filter, setFilter] = useState<Filter>('all');
  const checkIns = new Map(
    events.filter((e): e is CheckInEvent => e.kind === 'check_in').map((e) => [e.checkIn.id, e]),
  );
  const kinds = [...new Set(events.map((e) => e.kind))];
  const shown = events.filter((e) => filter === 'all' || e.kind === filter).sort(newestFirst);

  if (events.length === 0) return <Empty description={t('timeline.empty')} />;
  return (
    <>
      {kinds.length > 1 && (
        <Segmented<Filter>
          value={filter}
          onChange={setFilter}
          options={[
            { value: 'all', label: t('timeline.filter.all') },
            ...kinds.map((k) => ({ value: k, label: t(`timeline.filter.${k}`) })),
          ]}
          style={{ marginBottom: 12, maxWidth: '100%', overflowX: 'auto' }}
        />
      )}
      <ol className={styles.timeline}>
        {shown.map((e) => {
          const Icon = ICONS[e.kind];
          return (
            <li key={eventKey(e)} className={styles.event} data-kind={e.kind}>
              <span className={`${styles.dot} ${styles[e.kind]}`} aria-hidden="true">
                <Icon />
              </span>
              <div className={styles.body}>
                <time className={styles.date} dateTime={e.at} title={formatDateTime(e.at)}>
                  {formatDate(e.date)}
                </time>
                {e.kind === 'check_in' && (
                  <CheckInEntry
                    event={e}
                    corrected={e.checkIn.correctsId ? checkIns.get(e.checkIn.correctsId) : undefined}
                    unit={task.kind === 'target' ? task.unitOfMeasure : null}
                    onCorrect={onCorrect ? () => onCorrect(e.checkIn.id) : undefined}
                  />
                )}
                {e.kind === 'appraisal' && <AppraisalEntry event={e} task={task} />}
                {e.kind === 'support_request' && <RequestEntry event={e} />}
                {e.kind === 'adjustment' && <AdjustmentEntry event={e} task={task} />}
                {e.kind === 'support_commitment' && <CommitmentEntry event={e} />}
              </div>
            </li>
          );
        })}
      </ol>
    </>
  );
}
