import { DownloadOutlined, DownOutlined } from '@ant-design/icons';
import { App, Button, Dropdown } from 'antd';
import { useI18n } from '../../../../i18n/i18n.tsx';
import { type ReportLayout, useDownloadSelfAssessment } from '../../api/self-assessment.ts';

/** The report as a Word document, in the Party (36-HD/VPTW) or the state (NĐ 30/2020) layout. */
export function ReportDownload({ assignmentId }: { assignmentId: string }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const download = useDownloadSelfAssessment(assignmentId);
  const run = (layout: ReportLayout) =>
    download.mutate(layout, {
      onSuccess: (name) => message.success(t('files.downloaded', { name })),
      onError: (e) => message.error(e.message),
    });
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [
          { key: 'party', label: t('report.docxParty') },
          { key: 'state', label: t('report.docxState') },
        ],
        onClick: ({ key }) => run(key as ReportLayout),
      }}
    >
      <Button icon={<DownloadOutlined aria-hidden="true" />} loading={download.isPending}>
        {t('report.download')} <DownOutlined aria-hidden="true" />
      </Button>
    </Dropdown>
  );
}
