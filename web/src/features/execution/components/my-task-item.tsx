import { EditOutlined, QuestionCircleOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Flex, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import type { MyTasksDto } from '../../../../../contracts/execution.ts';
import { useI18n } from '../../../i18n/i18n.tsx';
import type { MessageKey } from '../../../i18n/vi.ts';
import { formatPoints } from '../../../lib/format.ts';
import styles from './my-tasks.module.css';
import { DeadlineInfo, LastCheckIn } from './status-facts.tsx';
import type { TaskDialog } from './task-dialogs.tsx';
import { isOpenStatus, TaskStatusTags } from './task-status-tag.tsx';

export type MyTask = MyTasksDto['tasks'][number];

const REPORTING_STATES = ['committed', 'in_progress'];

/** True when the head may still report on the task (the server has the last word). */
export function canReport(task: MyTask): boolean {
  return REPORTING_STATES.includes(task.assignment.state) && task.status !== 'cancelled';
}

/**
 * One task on the head's board: number, title, status in words, deadline and last report,
 * what waits (requests, support owed), and the two actions a head takes most.
 */
export function MyTaskItem({ task, onAction }: { task: MyTask; onAction: (d: TaskDialog) => void }) {
  const { t, lang } = useI18n();
  const open = isOpenStatus(task.status);
  // The edge colour helps scanning; the status words beside it carry the meaning.
  const edge =
    task.status === 'overdue' || task.atRisk
      ? styles.attention
      : task.status === 'due_soon' || task.silent
        ? styles.warning
        : '';
  return (
    <li
      className={`${styles.item} ${edge} ${task.status === 'cancelled' ? 'task-cancelled' : ''}`}
      data-testid="my-task"
      aria-labelledby={`task-${task.taskId}`}
    >
      <Flex gap={10} align="flex-start">
        <span className={styles.number} aria-hidden="true">
          {task.number}
        </span>
        <Flex vertical gap={6} style={{ minWidth: 0, flex: 1 }}>
          <Link to={`/tasks/${task.taskId}`} id={`task-${task.taskId}`} className={styles.title}>
            <span className="sr-only">{t('task.number', { n: task.number })} </span>
            {task.title}
          </Link>
          <Flex wrap gap={4} align="center">
            <TaskStatusTags view={task} />
            <Tag>{t(`taskKind.${task.kind}` as MessageKey)}</Tag>
            {task.weight !== null && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('board.weight', { weight: formatPoints(task.weight, lang) })}
              </Typography.Text>
            )}
          </Flex>
          <div className={styles.meta}>
            <DeadlineInfo view={task} />
            <LastCheckIn last={task.lastCheckIn} unit={task.unitOfMeasure} />
          </div>
          {(task.openRequests > 0 || task.supportOwed.length > 0 || task.productAwaitingAppraisal) && (
            <Flex wrap gap={4}>
              {task.openRequests > 0 && (
                <Tag color="gold">
                  {t('board.openRequests', { count: task.openRequests })}
                  {task.escalatedRequests > 0 &&
                    ` · ${t('board.escalated', { count: task.escalatedRequests })}`}
                </Tag>
              )}
              {task.supportOwed.length > 0 && (
                <Tag color="red">{t('board.supportOwed', { count: task.supportOwed.length })}</Tag>
              )}
              {task.productAwaitingAppraisal && <Tag color="blue">{t('board.productAwaiting')}</Tag>}
            </Flex>
          )}
          <Flex wrap gap={8} className={styles.actions}>
            {canReport(task) && (
              <Button
                type={open ? 'primary' : 'default'}
                icon={<EditOutlined aria-hidden="true" />}
                onClick={() => onAction({ kind: 'check-in', task })}
                aria-label={t('board.checkInFor', { n: task.number })}
              >
                {t('board.checkIn')}
              </Button>
            )}
            {canReport(task) && open && (
              <Button
                icon={<QuestionCircleOutlined aria-hidden="true" />}
                onClick={() => onAction({ kind: 'request', task })}
                aria-label={t('board.raiseFor', { n: task.number })}
              >
                {t('board.raise')}
              </Button>
            )}
            <Link to={`/tasks/${task.taskId}`} className={styles.detailLink}>
              {t('board.details')} <RightOutlined aria-hidden="true" style={{ fontSize: 11 }} />
              <span className="sr-only"> {t('task.number', { n: task.number })}</span>
            </Link>
          </Flex>
        </Flex>
      </Flex>
    </li>
  );
}
