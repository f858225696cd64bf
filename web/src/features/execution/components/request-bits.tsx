import { ExclamationCircleOutlined, RiseOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import type { SupportRequestDto } from '../../../../../contracts/support.ts';
import { useI18n } from '../../../i18n/i18n.tsx';
import type { MessageKey } from '../../../i18n/vi.ts';
import { formatDate } from '../../../lib/format.ts';
import styles from './task-status-tag.module.css';

type DueFields = Pick<SupportRequestDto, 'responseDue' | 'daysToResponseDue' | 'state'>;

/** True when an open request is past its response date. */
export function isResponseOverdue(r: DueFields): boolean {
  return r.state === 'open' && r.daysToResponseDue !== null && r.daysToResponseDue < 0;
}

/** The response date, with "quá hạn N ngày" / "còn N ngày" in words (never colour alone). */
export function ResponseDue({ request }: { request: DueFields }) {
  const { t } = useI18n();
  const days = request.daysToResponseDue;
  const overdue = isResponseOverdue(request);
  return (
    <span className={overdue ? 'response-overdue' : undefined}>
      {formatDate(request.responseDue)}
      {request.state === 'open' && days !== null && (
        <>
          {' · '}
          {overdue ? (
            <strong style={{ color: '#a00f18' }}>
              <ExclamationCircleOutlined aria-hidden="true" /> {t('request.overdueDays', { count: -days })}
            </strong>
          ) : days === 0 ? (
            <strong style={{ color: '#7a4500' }}>{t('request.dueToday')}</strong>
          ) : (
            <span>{t('request.daysLeft', { count: days })}</span>
          )}
        </>
      )}
    </span>
  );
}

/** "Đã chuyển cơ quan giao nhiệm vụ": unanswered past its date, the assigner may now answer. */
export function EscalatedTag({ request }: { request: Pick<SupportRequestDto, 'escalated' | 'escalatedOn'> }) {
  const { t } = useI18n();
  if (!request.escalated) return null;
  return (
    <Tag
      className={`${styles.tag} ${styles.overdue}`}
      icon={<RiseOutlined aria-hidden="true" />}
      data-testid="escalated"
      title={
        request.escalatedOn ? t('request.escalatedOn', { date: formatDate(request.escalatedOn) }) : undefined
      }
    >
      {t('request.escalated')}
    </Tag>
  );
}

/** The state of a request: chờ trả lời, đã trả lời (đã giải quyết / chưa giải quyết), đã rút. */
export function RequestStateTag({ request }: { request: Pick<SupportRequestDto, 'state' | 'resolved'> }) {
  const { t } = useI18n();
  const cls =
    request.state === 'open'
      ? styles.due_soon
      : request.state === 'withdrawn'
        ? styles.cancelled
        : request.resolved
          ? styles.done_on_time
          : styles.not_due;
  const label =
    request.state === 'answered'
      ? t(request.resolved ? 'requestState.resolved' : 'requestState.unresolved')
      : t(`requestState.${request.state}` as MessageKey);
  return <Tag className={`${styles.tag} ${cls}`}>{label}</Tag>;
}
