import { Alert, Flex, Table, Typography } from 'antd';
import { Link } from 'react-router';
import type { AssignmentSummaryDto, TaskDto } from '../../../../../contracts/assignments.ts';
import { useI18n } from '../../../i18n/i18n.tsx';
import type { MessageKey } from '../../../i18n/vi.ts';
import { compareVi, formatNumber } from '../../../lib/format.ts';
import { AssignmentStateTag } from './assignment-state-tag.tsx';
import { useTargetText } from './task-values.tsx';

/** "Phân bổ từ chỉ tiêu: …" on a task split from a target of the assigning unit, linking to it. */
export function ParentLink({ task }: { task: TaskDto }) {
  const { t } = useI18n();
  if (!task.parentTask) return null;
  return (
    <Typography.Text style={{ fontSize: 13 }}>
      {t('cascade.fromParent')}{' '}
      <Link to={`/assignments/${task.parentTask.assignmentId}`}>{task.parentTask.title}</Link>
    </Typography.Text>
  );
}

type Child = TaskDto['children'][number];

/** A target split among the units below: each unit's share and state, and whether the shares meet the target. */
export function CascadePanel({ task }: { task: TaskDto }) {
  const { t, lang } = useI18n();
  const targetText = useTargetText();
  const children = [...task.children].sort((a, b) => compareVi(a.unitName, b.unitName));
  const split = task.split;
  const method = split ? t(`rollup.${split.method}` as MessageKey) : '';
  const problemText = (p: NonNullable<TaskDto['split']>['problems'][number]) => {
    const unit = children.find((c) => c.id === p.taskId)?.unitName ?? '';
    const expected =
      p.code === 'direction_mismatch'
        ? t(`direction.${String(p.params.expected)}` as MessageKey)
        : String(p.params.expected ?? '');
    return t(`split.${p.code}` as MessageKey, {
      unit,
      expected,
      rolledUp: formatNumber(Number(p.params.rolledUp ?? 0), lang),
      parentTarget: formatNumber(Number(p.params.parentTarget ?? 0), lang),
      method,
    });
  };
  return (
    <Flex vertical gap={8} style={{ padding: '4px 0' }}>
      {split && (
        <Alert
          type={split.problems.length ? 'warning' : 'success'}
          showIcon
          title={t('split.result', {
            method,
            rolledUp:
              split.childTargetsRolledUp === null ? '—' : targetText(task, split.childTargetsRolledUp),
            target: targetText(task, task.targetValue),
          })}
          description={
            split.problems.length ? (
              <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                {split.problems.map((p) => (
                  <li key={`${p.code}-${p.taskId ?? ''}`}>{problemText(p)}</li>
                ))}
              </ul>
            ) : (
              t('split.ok')
            )
          }
        />
      )}
      <Table<Child>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={children}
        scroll={{ x: 480 }}
        columns={[
          {
            key: 'unit',
            title: t('cascade.unit'),
            sorter: (a, b) => compareVi(a.unitName, b.unitName),
            render: (_, c) => <Link to={`/assignments/${c.assignmentId}`}>{c.unitName}</Link>,
          },
          {
            key: 'target',
            title: t('cascade.share'),
            align: 'right',
            sorter: (a, b) => (a.targetValue ?? 0) - (b.targetValue ?? 0),
            render: (_, c) => targetText(task, c.targetValue) || t('common.none'),
          },
          {
            key: 'state',
            title: t('assignments.state'),
            render: (_, c) => <AssignmentStateTag state={c.state as AssignmentSummaryDto['state']} />,
          },
        ]}
      />
    </Flex>
  );
}
