import { Card, Empty, Flex, Skeleton, Typography } from 'antd';
import { Link } from 'react-router';
import { QueryError } from '../../../components/query-error.tsx';
import { useI18n } from '../../../i18n/i18n.tsx';
import { supportKindLabel } from '../../../i18n/labels.ts';
import { formatDate } from '../../../lib/format.ts';
import { useSupportRequests } from '../api/support.ts';
import type { MyTask } from './my-task-item.tsx';
import styles from './my-tasks.module.css';
import { EscalatedTag, ResponseDue } from './request-bits.tsx';
import { requestKindLabel } from './support-request-modal.tsx';

/** Support the superior committed to give and has not delivered: what is owed to the head. */
export function OwedSupportCard({ tasks }: { tasks: MyTask[] }) {
  const { t } = useI18n();
  const owed = tasks.flatMap((task) => task.supportOwed.map((s) => ({ ...s, task })));
  return (
    <Card size="small" title={<h2 className="card-title">{t('board.owedTitle', { count: owed.length })}</h2>}>
      {owed.length === 0 ? (
        <Typography.Text type="secondary">{t('board.owedNone')}</Typography.Text>
      ) : (
        <ul className={styles.sideList}>
          {owed.map((s) => (
            <li key={s.id}>
              <div>
                <strong>{supportKindLabel(t, s.kind)}:</strong> {s.description}
              </div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {s.dueOn ? t('board.owedDue', { date: formatDate(s.dueOn) }) : t('board.owedNoDate')}
                {s.state === 'late' && ` · ${t('commitmentState.late')}`}
              </Typography.Text>
              <div style={{ fontSize: 13 }}>
                <Link to={`/tasks/${s.task.taskId}`}>
                  {t('task.number', { n: s.task.number })} {s.task.title}
                </Link>
              </div>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

/** The head's requests still waiting for an answer, with their response dates. */
export function OpenRequestsCard() {
  const { t } = useI18n();
  const list = useSupportRequests('raised', 'open');
  const items = list.data?.items ?? [];
  return (
    <Card
      size="small"
      title={<h2 className="card-title">{t('board.requestsTitle', { count: list.data?.total ?? 0 })}</h2>}
    >
      {list.isPending && <Skeleton active paragraph={{ rows: 2 }} />}
      {list.isError && <QueryError error={list.error} onRetry={() => list.refetch()} />}
      {list.isSuccess && items.length === 0 && (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('board.requestsNone')} />
      )}
      {items.length > 0 && (
        <ul className={styles.sideList}>
          {items.map((r) => (
            <li key={r.id}>
              <Flex wrap gap={4} align="center">
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {requestKindLabel(t, r.kind)} · {r.routedToUnit.name}
                </Typography.Text>
                <EscalatedTag request={r} />
              </Flex>
              <div>
                <Link to={`/tasks/${r.task.id}`}>{r.subject}</Link>
              </div>
              <div style={{ fontSize: 12 }}>
                {t('request.responseDueShort')}: <ResponseDue request={r} />
              </div>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
