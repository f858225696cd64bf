import { Flex, Tag } from 'antd';
import { useI18n } from '../../../i18n/i18n.tsx';
import type { MessageKey } from '../../../i18n/vi.ts';
import styles from './task-status-tag.module.css';

/** Every execution status of a task (SPEC §3), in the order a board sorts them. */
export const TASK_STATUS_ORDER = [
  'overdue',
  'due_soon',
  'not_due',
  'not_done',
  'done_late',
  'done_on_time',
  'done_early',
  'cancelled',
] as const;
export type TaskStatusName = (typeof TASK_STATUS_ORDER)[number];

/** What a status tag needs from a task's status view. */
export type StatusFlags = {
  status: TaskStatusName;
  atRisk?: boolean;
  exceeded?: boolean;
  silent?: boolean;
};

/** True for the statuses of a task still being worked on. */
export function isOpenStatus(status: TaskStatusName): boolean {
  return status === 'not_due' || status === 'due_soon' || status === 'overdue';
}

/** The label of a status ("Quá hạn", "Hoàn thành trước hạn"...). */
export function statusLabel(t: (key: MessageKey) => string, status: TaskStatusName): string {
  return t(`taskStatus.${status}` as MessageKey);
}

/** One status as a tag with its words (the colour only supports them). */
export function StatusTag({ status }: { status: TaskStatusName }) {
  const { t } = useI18n();
  return (
    <Tag className={`${styles.tag} ${styles[status]}`} data-status={status} data-testid="task-status">
      {statusLabel(t, status)}
    </Tag>
  );
}

/** The status with its flags alongside: vượt, có nguy cơ, chưa báo cáo. */
export function TaskStatusTags({ view, wrap = true }: { view: StatusFlags; wrap?: boolean }) {
  const { t } = useI18n();
  return (
    <Flex wrap={wrap} gap={4} align="center">
      <StatusTag status={view.status} />
      {view.exceeded && (
        <Tag className={`${styles.tag} ${styles.exceeded}`} data-flag="exceeded">
          {t('taskFlag.exceeded')}
        </Tag>
      )}
      {view.atRisk && (
        <Tag className={`${styles.tag} ${styles.at_risk}`} data-flag="at_risk">
          {t('taskFlag.atRisk')}
        </Tag>
      )}
      {view.silent && (
        <Tag className={`${styles.tag} ${styles.silent}`} data-flag="silent">
          {t('taskFlag.silent')}
        </Tag>
      )}
    </Flex>
  );
}
