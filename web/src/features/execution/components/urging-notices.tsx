import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Flex, Typography } from 'antd';
import type { UrgingNoticeDto } from '../../../../../contracts/notifications.ts';
import { useI18n } from '../../../i18n/i18n.tsx';
import { formatDate } from '../../../lib/format.ts';
import { useDownloadUrgingNotice } from '../api/urging.ts';
import styles from './execution.module.css';

/** Downloads one urging notice as .docx. */
export function UrgingDownload({ notice, primary }: { notice: UrgingNoticeDto; primary?: boolean }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const download = useDownloadUrgingNotice();
  return (
    <Button
      size="small"
      type={primary ? 'primary' : 'default'}
      icon={<DownloadOutlined aria-hidden="true" />}
      loading={download.isPending}
      onClick={() => download.mutate(notice.id, { onError: (e) => void message.error(e.message) })}
      aria-label={t('urging.downloadOf', { number: notice.documentNumber })}
    >
      {t('urging.download')}
    </Button>
  );
}

/** The urging notices sent to a head, newest first, each with its document. */
export function UrgingNoticeList({ items }: { items: UrgingNoticeDto[] }) {
  const { t } = useI18n();
  if (items.length === 0) return <Typography.Text type="secondary">{t('urging.none')}</Typography.Text>;
  return (
    <ul className={styles.plainList}>
      {items.map((n) => (
        <li key={n.id}>
          <Flex justify="space-between" gap={8} wrap align="flex-start">
            <div style={{ minWidth: 0 }}>
              <strong>
                {t('urging.numberDate', { number: n.documentNumber, date: formatDate(n.documentDate) })}
              </strong>
              <div className={styles.small}>
                {n.signerTitle ? `${n.signerTitle}: ` : ''}
                {n.signerName}
                {n.respondBy && ` · ${t('urging.respondByShort', { date: formatDate(n.respondBy) })}`}
              </div>
              <div className={styles.small}>
                {t('urging.tasksCount', { count: n.tasks.length })}:{' '}
                {n.tasks.map((task) => task.title).join('; ')}
              </div>
            </div>
            <UrgingDownload notice={n} />
          </Flex>
        </li>
      ))}
    </ul>
  );
}
