import { DownloadOutlined, DownOutlined, FileExcelOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Dropdown } from 'antd';
import type { AssignmentDto } from '../../../../../contracts/assignments.ts';
import { useI18n } from '../../../i18n/i18n.tsx';
import { type DecisionLayout, useDownloadDecision } from '../api/download-decision.ts';
import { useDownloadTemplate } from '../api/download-template.ts';
import { useExportTasks } from '../api/export-tasks.ts';

/** The decision as a Word document, in the Party or the state layout. */
export function DecisionDownload({ assignment }: { assignment: AssignmentDto }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const download = useDownloadDecision();
  const run = (layout: DecisionLayout) =>
    download.mutate(
      { id: assignment.id, layout },
      {
        onSuccess: (name) => message.success(t('files.downloaded', { name })),
        onError: (e) => message.error(e.message),
      },
    );
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [
          { key: 'party', label: t('files.decisionParty') },
          { key: 'state', label: t('files.decisionState') },
        ],
        onClick: ({ key }) => run(key as DecisionLayout),
      }}
    >
      <Button icon={<DownloadOutlined aria-hidden="true" />} loading={download.isPending}>
        {t('files.decision')} <DownOutlined aria-hidden="true" />
      </Button>
    </Dropdown>
  );
}

/** Import from / export to Excel and the empty template, by the caller's abilities. */
export function WorkbookActions({
  assignment,
  onImport,
}: {
  assignment: AssignmentDto;
  onImport: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const exportTasks = useExportTasks();
  const template = useDownloadTemplate();
  const done = {
    onSuccess: (name: string) => message.success(t('files.downloaded', { name })),
    onError: (e: Error) => message.error(e.message),
  };
  return (
    <>
      {assignment.abilities.importTasks && (
        <Button icon={<UploadOutlined aria-hidden="true" />} onClick={onImport}>
          {t('files.import')}
        </Button>
      )}
      {assignment.abilities.exportTasks && (
        <Button
          icon={<FileExcelOutlined aria-hidden="true" />}
          loading={exportTasks.isPending}
          onClick={() => exportTasks.mutate(assignment.id, done)}
        >
          {t('files.export')}
        </Button>
      )}
      {assignment.abilities.importTasks && (
        <Button
          icon={<DownloadOutlined aria-hidden="true" />}
          loading={template.isPending}
          onClick={() => template.mutate(undefined, done)}
        >
          {t('files.template')}
        </Button>
      )}
    </>
  );
}
