import { App, Modal, Skeleton } from 'antd';
import { useI18n } from '../../../i18n/i18n.tsx';
import { formatDate } from '../../../lib/format.ts';
import { useAssignmentStatus } from '../api/execution.ts';
import { UrgingNoticeModal } from './urging-notice-modal.tsx';
import { UrgingDownload } from './urging-notices.tsx';

/** Opens the urging-notice form for one head from the overview (their tasks are fetched first). */
export function OverviewUrging({
  assignmentId,
  headLabel,
  onClose,
}: {
  assignmentId: string;
  headLabel: string;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const { modal } = App.useApp();
  const status = useAssignmentStatus(assignmentId);
  if (!status.data) {
    return (
      <Modal open title={t('urging.title')} footer={null} onCancel={onClose}>
        {status.isError ? status.error.message : <Skeleton active />}
      </Modal>
    );
  }
  return (
    <UrgingNoticeModal
      assignmentId={assignmentId}
      headLabel={headLabel}
      tasks={status.data.tasks}
      onClose={onClose}
      onCreated={(notice) =>
        modal.success({
          title: t('urging.createdTitle'),
          content: (
            <div>
              <p>
                {t('urging.numberDate', {
                  number: notice.documentNumber,
                  date: formatDate(notice.documentDate),
                })}
              </p>
              <UrgingDownload notice={notice} primary />
            </div>
          ),
          okText: t('urging.close'),
        })
      }
    />
  );
}
