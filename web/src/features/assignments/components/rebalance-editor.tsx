import { Table, Typography } from 'antd';
import type { TaskDto } from '../../../../../contracts/assignments.ts';
import { DecimalInput } from '../../../components/decimal-input.tsx';
import { useI18n } from '../../../i18n/i18n.tsx';
import { formatPoints, toHundredths } from '../../../lib/format.ts';
import { WeightsTotal } from './weights-total.tsx';

/** New weights for the other active tasks, by task id (null: not typed yet). */
export type Rebalance = Record<string, number | null>;

/** Starts from the weights in force, with any weights already proposed. */
export function initialRebalance(
  tasks: TaskDto[],
  changedTaskId: string,
  proposed: { taskId: string; weight: number }[],
) {
  const value: Rebalance = {};
  for (const task of tasks) {
    if (task.cancelled || task.id === changedTaskId) continue;
    value[task.id] = proposed.find((p) => p.taskId === task.id)?.weight ?? task.weight;
  }
  return value;
}

/** The total the tasks would have: the changed task's new weight (0 when cancelled) plus the others. */
export function rebalanceTotal(value: Rebalance, changedWeight: number): number {
  return (
    (Object.values(value).reduce((s: number, w) => s + toHundredths(w), 0) + toHundredths(changedWeight)) /
    100
  );
}

/** Only the weights that differ from the ones in force, as the API takes them. */
export function rebalanceEntries(tasks: TaskDto[], value: Rebalance) {
  return tasks
    .filter(
      (task) =>
        task.id in value &&
        value[task.id] !== null &&
        toHundredths(value[task.id]) !== toHundredths(task.weight),
    )
    .map((task) => ({ taskId: task.id, weight: value[task.id] as number }));
}

type Row = { task: TaskDto; index: number };

/**
 * Re-balances the other tasks' weights after a cancellation or a weight change, showing the
 * live total against the results part (it must come back to it exactly).
 */
export function RebalanceEditor({
  tasks,
  changedTaskId,
  changedWeight,
  resultsPart,
  value,
  onChange,
}: {
  tasks: TaskDto[];
  changedTaskId: string;
  /** The changed task's weight after the change: 0 for a cancellation. */
  changedWeight: number;
  resultsPart: number;
  value: Rebalance;
  onChange: (value: Rebalance) => void;
}) {
  const { t, lang } = useI18n();
  const rows: Row[] = tasks.map((task, index) => ({ task, index })).filter(({ task }) => !task.cancelled);
  return (
    <div data-testid="rebalance-editor">
      <Table<Row>
        rowKey={(r) => r.task.id}
        size="small"
        pagination={false}
        dataSource={rows}
        scroll={{ y: 320, x: 460 }}
        columns={[
          { key: 'n', title: '#', width: 44, render: (_, r) => r.index + 1 },
          {
            key: 'title',
            title: t('task.content'),
            render: (_, r) => (
              <Typography.Text ellipsis={{ tooltip: r.task.title }} style={{ maxWidth: '100%' }}>
                {r.task.title}
              </Typography.Text>
            ),
          },
          {
            key: 'current',
            title: t('rebalance.current'),
            width: 90,
            align: 'right',
            render: (_, r) => formatPoints(r.task.weight, lang),
          },
          {
            key: 'next',
            title: t('rebalance.next'),
            width: 120,
            render: (_, r) =>
              r.task.id === changedTaskId ? (
                <strong>{formatPoints(changedWeight, lang)}</strong>
              ) : (
                <DecimalInput
                  size="small"
                  min={0}
                  max={100}
                  aria-label={t('rebalance.weightOf', { n: r.index + 1 })}
                  value={value[r.task.id]}
                  onChange={(w) => onChange({ ...value, [r.task.id]: w ?? null })}
                />
              ),
          },
        ]}
      />
      <div style={{ marginTop: 8 }}>
        <WeightsTotal
          total={rebalanceTotal(value, changedWeight)}
          expected={resultsPart}
          label={t('rebalance.total')}
        />
      </div>
    </div>
  );
}
