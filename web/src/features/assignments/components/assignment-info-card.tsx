import { EditOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, type DescriptionsProps, Typography } from 'antd';
import { Link } from 'react-router';
import type { AssignmentDto } from '../../../../../contracts/assignments.ts';
import { useI18n } from '../../../i18n/i18n.tsx';
import { formatDate, formatDateTime } from '../../../lib/format.ts';
import { AssignmentStateTag } from './assignment-state-tag.tsx';

/** The decision's particulars: cycle, who assigns whom, the head, number, date and signer, the bottleneck. */
export function AssignmentInfoCard({
  assignment: a,
  onEdit,
}: {
  assignment: AssignmentDto;
  onEdit?: () => void;
}) {
  const { t } = useI18n();
  const none = <Typography.Text type="secondary">{t('common.none')}</Typography.Text>;
  const items: DescriptionsProps['items'] = [
    {
      key: 'cycle',
      label: t('info.cycle'),
      children: `${a.cycleName} (${formatDate(a.cycleStartsOn)} – ${formatDate(a.cycleEndsOn)})`,
    },
    { key: 'assigning', label: t('info.assigningUnit'), children: a.assigningUnit.name },
    {
      key: 'assignee',
      label: t('info.assigneeUnit'),
      children: <Link to={`/units/${a.assigneeUnit.id}`}>{a.assigneeUnit.name}</Link>,
    },
    {
      key: 'head',
      label: t('info.head'),
      children: (
        <span>
          {a.head ? <Link to={`/people/${a.head.personId}`}>{a.head.fullName}</Link> : t('info.headVacant')}
          <br />
          <Typography.Text type="secondary">{a.headPostTitle}</Typography.Text>
        </span>
      ),
    },
    { key: 'state', label: t('assignments.state'), children: <AssignmentStateTag state={a.state} /> },
    {
      key: 'number',
      label: t('info.document'),
      children: a.documentNumber
        ? t('info.documentValue', { number: a.documentNumber, date: formatDate(a.documentDate) })
        : none,
    },
    {
      key: 'signer',
      label: t('info.signer'),
      children: a.signerName ? [a.signerTitle, a.signerName].filter(Boolean).join(' ') : none,
    },
    ...(a.committedAt
      ? [{ key: 'committed', label: t('info.committedAt'), children: formatDateTime(a.committedAt) }]
      : []),
    ...(a.title
      ? [{ key: 'title', label: t('header.title'), children: a.title, span: 'filled' as const }]
      : []),
    {
      key: 'bottleneck',
      label: t('header.bottleneck'),
      span: 'filled',
      children: a.bottleneck ?? none,
    },
    ...(a.registered || a.registrationNote
      ? [
          {
            key: 'registration',
            label: t('header.registrationNote'),
            span: 'filled' as const,
            children: a.registrationNote ?? (a.registered ? t('info.registered') : none),
          },
        ]
      : []),
  ];
  return (
    <Card
      title={<h2 className="card-title">{t('info.title')}</h2>}
      extra={
        onEdit ? (
          <Button icon={<EditOutlined aria-hidden="true" />} onClick={onEdit}>
            {t('header.edit')}
          </Button>
        ) : undefined
      }
    >
      <Descriptions size="small" column={{ xs: 1, sm: 1, md: 2, xl: 3 }} items={items} />
    </Card>
  );
}
