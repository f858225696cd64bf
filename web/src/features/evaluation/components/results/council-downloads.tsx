import { DownloadOutlined, DownOutlined } from '@ant-design/icons';
import { App, Button, Dropdown, type MenuProps } from 'antd';
import type { CouncilDto } from '../../../../../../contracts/councils.ts';
import { useI18n } from '../../../../i18n/i18n.tsx';
import { type CouncilDocument, useCouncilDocument } from '../../api/documents.ts';

/** The council's documents: summary (.xlsx/.docx), results table, decision, and each member's sheets. */
export function CouncilDownloads({ council, finalized }: { council: CouncilDto; finalized: boolean }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const download = useCouncilDocument(council.id);
  const docs = new Map<string, CouncilDocument>([
    ['summary-xlsx', { kind: 'summary', format: 'xlsx' }],
    ['summary-docx', { kind: 'summary', format: 'docx' }],
    ['results', { kind: 'results' }],
    ['decision-party', { kind: 'decision', layout: 'party' }],
    ['decision-state', { kind: 'decision', layout: 'state' }],
  ]);
  for (const m of council.members) {
    docs.set(`sheet-xlsx-${m.id}`, { kind: 'sheet', memberId: m.id, format: 'xlsx' });
    docs.set(`sheet-docx-${m.id}`, { kind: 'sheet', memberId: m.id, format: 'docx' });
  }
  const items: MenuProps['items'] = [
    { key: 'summary-xlsx', label: t('docs.summaryXlsx') },
    { key: 'summary-docx', label: t('docs.summaryDocx') },
    { key: 'results', label: t('docs.resultsXlsx') },
    { type: 'divider' },
    { key: 'decision-party', label: t('docs.decisionParty'), disabled: !finalized },
    { key: 'decision-state', label: t('docs.decisionState'), disabled: !finalized },
    { type: 'divider' },
    {
      key: 'sheets',
      label: t('docs.memberSheets'),
      children: council.members.map((m) => ({
        key: `member-${m.id}`,
        label: m.fullName,
        children: [
          { key: `sheet-xlsx-${m.id}`, label: t('docs.sheetXlsx') },
          { key: `sheet-docx-${m.id}`, label: t('docs.sheetDocx') },
        ],
      })),
    },
  ];
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items,
        onClick: ({ key }) => {
          const doc = docs.get(key);
          if (!doc) return;
          download.mutate(doc, {
            onSuccess: (name) => message.success(t('files.downloaded', { name })),
            onError: (e) => message.error(e.message),
          });
        },
      }}
    >
      <Button icon={<DownloadOutlined aria-hidden="true" />} loading={download.isPending}>
        {t('docs.download')} <DownOutlined aria-hidden="true" />
      </Button>
    </Dropdown>
  );
}
