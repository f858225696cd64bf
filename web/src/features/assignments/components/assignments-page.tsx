import { FormOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Button,
  Card,
  Empty,
  Flex,
  Grid,
  Input,
  Select,
  Skeleton,
  Table,
  type TableColumnsType,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ASSIGNMENT_STATES, type AssignmentSummaryDto } from '../../../../../contracts/assignments.ts';
import { ButtonLink } from '../../../components/button-link.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { useI18n } from '../../../i18n/i18n.tsx';
import { assignmentStateLabel } from '../../../i18n/labels.ts';
import { compareVi, formatDate, formatPoints, toHundredths } from '../../../lib/format.ts';
import { useSignedInMe } from '../../auth/api/get-me.ts';
import { useCurrentCycle } from '../../cycles/api/list-cycles.ts';
import { useAssignments } from '../api/list-assignments.ts';
import { AssignmentStateTag } from './assignment-state-tag.tsx';
import { CreateAssignmentModal } from './create-assignment-modal.tsx';
import { OwnAssignments } from './own-assignments.tsx';
import { RegisterModal } from './register-modal.tsx';

type Row = AssignmentSummaryDto;
type State = Row['state'];
const ALL = 'all';

/**
 * The heads of a cycle: the caller's own assignment first (heads), then every head the caller
 * assigns or reads, with filters kept in the address so they stay put.
 */
export function AssignmentsPage() {
  const { t, lang } = useI18n();
  const me = useSignedInMe();
  const navigate = useNavigate();
  const narrow = !(Grid.useBreakpoint().md ?? true);
  const { cycle, cycles: allCycles, query: cycles } = useCurrentCycle();
  const cycleCount = allCycles.length;
  const list = useAssignments(cycle?.id);
  const [params, setParams] = useSearchParams();
  const [dialog, setDialog] = useState<'create' | 'register' | null>(null);
  const resultsPart = Number(cycle?.policy.params.resultsPart ?? 7000) / 100;

  const assignerGrants = me.grants.filter((g) => g.role === 'assigner');
  const ownUnitIds = new Set(
    me.grants.filter((g) => g.role === 'head' || g.role === 'delegate').map((g) => g.unitId),
  );
  const rows = list.data ?? [];
  const own = rows.filter((r) => ownUnitIds.has(r.assigneeUnit.id));
  const unregistered = [
    ...new Map(
      me.grants
        .filter(
          (g) =>
            (g.role === 'head' || g.role === 'delegate') && !own.some((r) => r.assigneeUnit.id === g.unitId),
        )
        .map((g) => [g.unitId, { id: g.unitId, name: g.unitName }]),
    ).values(),
  ];
  const assigningUnits = [
    ...new Map(rows.map((r) => [r.assigningUnit.id, r.assigningUnit.name])).entries(),
  ].sort((a, b) => compareVi(a[1], b[1]));
  const defaultFrom = assigningUnits.find(([id]) => assignerGrants.some((g) => g.unitId === id))?.[0] ?? ALL;

  const q = params.get('q') ?? '';
  const states = (params.get('state') ?? '').split(',').filter(Boolean) as State[];
  const from = params.get('from') ?? defaultFrom;
  const setParam = (key: string, value: string) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );

  // A head sees their own assignment above; the table lists the others (an assigner sees every row).
  const tableRows = assignerGrants.length ? rows : rows.filter((r) => !ownUnitIds.has(r.assigneeUnit.id));
  const shown = useMemo(() => {
    const text = q.trim().toLocaleLowerCase('vi');
    return tableRows
      .filter((r) => from === ALL || r.assigningUnit.id === from)
      .filter((r) => states.length === 0 || states.includes(r.state))
      .filter(
        (r) =>
          !text ||
          [
            r.assigneeUnit.name,
            r.assigneeUnit.code,
            r.headName ?? '',
            r.headPostTitle,
            r.documentNumber ?? '',
          ]
            .join(' ')
            .toLocaleLowerCase('vi')
            .includes(text),
      )
      .sort((a, b) => compareVi(a.assigneeUnit.name, b.assigneeUnit.name));
  }, [tableRows, from, states, q]);

  const off = (r: Row) => toHundredths(r.weightTotal) !== toHundredths(resultsPart);
  const weightCell = (r: Row) => (
    <span style={off(r) ? { color: '#a00f18', fontWeight: 600 } : undefined}>
      {formatPoints(r.weightTotal, lang)} / {formatPoints(resultsPart, lang)}
    </span>
  );
  const unitCell = (r: Row) => (
    <div>
      <Link to={`/assignments/${r.id}`} style={{ fontWeight: 500 }}>
        {r.assigneeUnit.name}
      </Link>
      <div style={{ fontSize: 12, color: 'rgba(0,0,0,0.62)' }}>{r.assigneeUnit.code}</div>
    </div>
  );
  const headCell = (r: Row) => (
    <div>
      <div>{r.headName ?? t('info.headVacant')}</div>
      <div style={{ fontSize: 12, color: 'rgba(0,0,0,0.62)' }}>{r.headPostTitle}</div>
    </div>
  );
  const docCell = (r: Row) =>
    r.documentNumber ? (
      <div>
        <div>{r.documentNumber}</div>
        <div style={{ fontSize: 12, color: 'rgba(0,0,0,0.62)' }}>{formatDate(r.documentDate)}</div>
      </div>
    ) : (
      <Typography.Text type="secondary">{t('info.notIssued')}</Typography.Text>
    );
  const action = (r: Row) => (
    <ButtonLink
      size="small"
      type={r.abilities.edit ? 'primary' : 'default'}
      ghost={r.abilities.edit}
      to={`/assignments/${r.id}`}
    >
      {r.abilities.edit ? t('assignments.edit') : t('assignments.open')}
    </ButtonLink>
  );

  const columns: TableColumnsType<Row> = [
    {
      key: 'unit',
      title: t('assignments.unit'),
      fixed: 'start',
      width: 200,
      sorter: (a, b) => compareVi(a.assigneeUnit.name, b.assigneeUnit.name),
      render: (_, r) => unitCell(r),
    },
    {
      key: 'head',
      title: t('assignments.head'),
      width: 220,
      sorter: (a, b) => compareVi(a.headName, b.headName),
      render: (_, r) => headCell(r),
    },
    {
      key: 'doc',
      title: t('assignments.document'),
      width: 120,
      sorter: (a, b) => compareVi(a.documentNumber, b.documentNumber),
      render: (_, r) => docCell(r),
    },
    {
      key: 'state',
      title: t('assignments.state'),
      width: 130,
      sorter: (a, b) => ASSIGNMENT_STATES.indexOf(a.state) - ASSIGNMENT_STATES.indexOf(b.state),
      render: (_, r) => <AssignmentStateTag state={r.state} testId="row-state" />,
    },
    {
      key: 'tasks',
      title: t('assignments.taskCount'),
      width: 96,
      align: 'right',
      sorter: (a, b) => a.taskCount - b.taskCount,
      render: (_, r) => r.taskCount,
    },
    {
      key: 'weight',
      title: t('assignments.weightTotal'),
      width: 124,
      align: 'right',
      sorter: (a, b) => a.weightTotal - b.weightTotal,
      render: (_, r) => weightCell(r),
    },
    { key: 'actions', title: t('common.actions'), width: 104, render: (_, r) => action(r) },
  ];
  const narrowColumns: TableColumnsType<Row> = [
    {
      key: 'row',
      title: t('assignments.unit'),
      sorter: (a, b) => compareVi(a.assigneeUnit.name, b.assigneeUnit.name),
      render: (_, r) => (
        <Flex vertical gap={4} align="flex-start">
          <Flex wrap gap={8} align="center">
            {unitCell(r)}
            <AssignmentStateTag state={r.state} testId="row-state" />
          </Flex>
          {headCell(r)}
          <span>
            {r.documentNumber ?? t('info.notIssued')} ·{' '}
            {t('assignments.taskSummaryShort', { count: r.taskCount })} · {weightCell(r)}
          </span>
          {action(r)}
        </Flex>
      ),
    },
  ];

  const header = (
    <PageHeader
      title={t('assignments.title')}
      subtitle={
        cycle ? t('assignments.subtitle', { cycle: cycle.name, owner: cycle.ownerUnitName }) : undefined
      }
      extra={
        cycle?.abilities.createAssignment && (
          <>
            {assignerGrants.length > 0 && (
              <Button
                type="primary"
                icon={<PlusOutlined aria-hidden="true" />}
                onClick={() => setDialog('create')}
              >
                {t('create.open')}
              </Button>
            )}
            {unregistered.length > 0 && list.isSuccess && (
              <Button
                type={assignerGrants.length ? 'default' : 'primary'}
                icon={<FormOutlined aria-hidden="true" />}
                onClick={() => setDialog('register')}
              >
                {t('register.open')}
              </Button>
            )}
          </>
        )
      }
    />
  );

  if (cycles.isPending) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (cycles.isError) return <QueryError error={cycles.error} onRetry={() => cycles.refetch()} />;
  if (!cycle) {
    return (
      <>
        {header}
        <Card>
          <Empty description={t('assignments.noCycle')} />
        </Card>
      </>
    );
  }
  const mismatched = shown.filter(off).length;
  return (
    <>
      {header}
      <Flex vertical gap={16}>
        {own.length > 0 && <OwnAssignments rows={own} />}
        {list.isError ? (
          <QueryError error={list.error} onRetry={() => list.refetch()} />
        ) : own.length > 0 && tableRows.length === 0 ? null : (
          <Card title={<h2 className="card-title">{t('assignments.heads')}</h2>}>
            <search style={{ display: 'flex', flexWrap: 'wrap', gap: 8, marginBottom: 16 }}>
              <Input.Search
                aria-label={t('assignments.search')}
                placeholder={t('assignments.search')}
                allowClear
                style={{ maxWidth: 400, flex: '2 1 260px' }}
                value={q}
                onChange={(e) => setParam('q', e.target.value)}
              />
              <Select<State[]>
                mode="multiple"
                allowClear
                aria-label={t('assignments.stateFilter')}
                placeholder={t('assignments.stateFilter')}
                style={{ minWidth: 220, flex: '1 1 220px', maxWidth: 360 }}
                value={states}
                onChange={(v) => setParam('state', v.join(','))}
                options={ASSIGNMENT_STATES.map((s) => ({ value: s, label: assignmentStateLabel(t, s) }))}
              />
              {assigningUnits.length > 1 && (
                <Select
                  aria-label={t('assignments.fromFilter')}
                  style={{ minWidth: 220, flex: '1 1 220px', maxWidth: 320 }}
                  value={from}
                  onChange={(v) => setParam('from', v)}
                  options={[
                    { value: ALL, label: t('assignments.fromAll') },
                    ...assigningUnits.map(([value, name]) => ({
                      value,
                      label: t('assignments.fromUnit', { unit: name }),
                    })),
                  ]}
                />
              )}
            </search>
            <Table<Row>
              key={narrow ? 'narrow' : 'wide'}
              rowKey="id"
              size="middle"
              sticky={{ offsetHeader: 59 }}
              loading={list.isPending}
              dataSource={shown}
              columns={narrow ? narrowColumns : columns}
              scroll={narrow ? undefined : { x: 990 }}
              pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
              locale={{
                emptyText: rows.length
                  ? t('assignments.emptyFiltered')
                  : `${t('assignments.empty')}${cycleCount > 1 ? ` ${t('assignments.otherCycles')}` : ''}`,
              }}
              onRow={(r) =>
                ({
                  'data-testid': `assignment-row-${r.assigneeUnit.code}`,
                }) as React.HTMLAttributes<HTMLElement>
              }
              summary={() =>
                shown.length > 0 && (
                  <Table.Summary.Row>
                    <Table.Summary.Cell index={0} colSpan={narrow ? 1 : 4}>
                      <strong>
                        {t('assignments.total', { count: shown.length, all: tableRows.length })}
                      </strong>
                    </Table.Summary.Cell>
                    {!narrow && (
                      <>
                        <Table.Summary.Cell index={4} align="right">
                          <strong>{shown.reduce((s, r) => s + r.taskCount, 0)}</strong>
                        </Table.Summary.Cell>
                        <Table.Summary.Cell index={5} align="right">
                          {mismatched > 0 ? (
                            <Typography.Text type="danger">
                              {t('assignments.mismatched', { count: mismatched })}
                            </Typography.Text>
                          ) : (
                            t('assignments.allBalanced')
                          )}
                        </Table.Summary.Cell>
                        <Table.Summary.Cell index={6} />
                      </>
                    )}
                  </Table.Summary.Row>
                )
              }
            />
          </Card>
        )}
      </Flex>
      {dialog === 'create' && (
        <CreateAssignmentModal
          cycle={cycle}
          assignerGrants={assignerGrants}
          open
          onClose={(id) => {
            setDialog(null);
            if (id) navigate(`/assignments/${id}`);
          }}
        />
      )}
      {dialog === 'register' && (
        <RegisterModal
          cycle={cycle}
          units={unregistered}
          open
          onClose={(id) => {
            setDialog(null);
            if (id) navigate(`/assignments/${id}`);
          }}
        />
      )}
    </>
  );
}
