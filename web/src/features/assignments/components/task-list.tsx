import { EditOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Grid, Table, type TableColumnsType, Tag, Typography } from 'antd';
import type { AssignmentDto, TaskDto } from '../../../../../contracts/assignments.ts';
import { useI18n } from '../../../i18n/i18n.tsx';
import { supportKindLabel, taskTagLabel } from '../../../i18n/labels.ts';
import type { MessageKey } from '../../../i18n/vi.ts';
import { formatDate, formatPoints } from '../../../lib/format.ts';
import { CascadePanel, ParentLink } from './cascade-panel.tsx';
import styles from './task-list.module.css';
import { DeadlineValue, ExpectedResult, WeightValue } from './task-values.tsx';
import { WeightsTotal } from './weights-total.tsx';

type Props = { assignment: AssignmentDto; onRequestAdjustment?: (task: TaskDto) => void };

function TaskTitle({ task, index }: { task: TaskDto; index: number }) {
  const { t } = useI18n();
  return (
    <Flex vertical gap={4} align="flex-start">
      <span className={task.cancelled ? 'task-cancelled' : undefined} style={{ fontWeight: 600 }}>
        <span className="sr-only">{t('task.number', { n: index + 1 })} </span>
        {task.title}
      </span>
      <Flex wrap gap={4}>
        <Tag>{t(`taskKind.${task.kind}` as MessageKey)}</Tag>
        {task.tags.map((tag) => (
          <Tag key={tag} color={tag === 'bottleneck' ? 'red' : tag === 'breakthrough' ? 'gold' : 'blue'}>
            {taskTagLabel(t, tag)}
          </Tag>
        ))}
      </Flex>
      {task.cancelled && (
        <Typography.Text type="danger" style={{ fontSize: 13 }}>
          {t('task.cancelledOn', { date: formatDate(task.cancelled.on), reason: task.cancelled.reason })}
        </Typography.Text>
      )}
      <ParentLink task={task} />
      {task.children.length > 0 && (
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          {t('cascade.splitAmong', { count: task.children.length })}
        </Typography.Text>
      )}
    </Flex>
  );
}

function Units({ task }: { task: TaskDto }) {
  const { t } = useI18n();
  return (
    <div>
      <div>{task.leadUnit?.name ?? t('common.none')}</div>
      {task.coordinatingUnits.length > 0 && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('task.coordinating', { units: task.coordinatingUnits.map((u) => u.name).join(', ') })}
        </Typography.Text>
      )}
    </div>
  );
}

function Support({ task }: { task: TaskDto }) {
  const { t } = useI18n();
  if (task.supportCommitments.length === 0)
    return <Typography.Text type="secondary">{t('common.none')}</Typography.Text>;
  return (
    <ul className={styles.support}>
      {task.supportCommitments.map((s) => (
        <li key={s.id}>
          <strong>{supportKindLabel(t, s.kind)}:</strong> {s.description}
          {s.dueOn && (
            <span className={styles.muted}> ({t('support.due', { date: formatDate(s.dueOn) })})</span>
          )}
        </li>
      ))}
    </ul>
  );
}

/** The tasks as issued and adjusted, read-only: a table on desktops, one card per task on phones. */
export function TaskList({ assignment, onRequestAdjustment }: Props) {
  const { t, lang } = useI18n();
  const narrow = !(Grid.useBreakpoint().md ?? true);
  const tasks = assignment.tasks;
  const canRequest = assignment.abilities.requestAdjustment && onRequestAdjustment;
  const requestButton = (task: TaskDto, index: number) =>
    canRequest && !task.cancelled ? (
      <Button
        size="small"
        icon={<EditOutlined aria-hidden="true" />}
        aria-label={t('adjust.openFor', { n: index + 1 })}
        onClick={() => onRequestAdjustment(task)}
      >
        {t('adjust.open')}
      </Button>
    ) : null;
  const total = <WeightsTotal total={assignment.weightTotal} expected={assignment.resultsPart} />;

  if (narrow) {
    return (
      <Flex vertical gap={12}>
        {total}
        {tasks.map((task, i) => (
          <Card
            key={task.id}
            size="small"
            className={task.cancelled ? `${styles.cancelledCard} task-cancelled` : undefined}
            data-testid="task-card"
          >
            <Flex vertical gap={8}>
              <Flex gap={8} align="flex-start">
                <span className={styles.index}>{i + 1}</span>
                <TaskTitle task={task} index={i} />
              </Flex>
              <dl className={styles.facts}>
                <dt>{t(task.kind === 'target' ? 'task.targetValue' : 'task.expectedProduct')}</dt>
                <dd>
                  <ExpectedResult task={task} />
                </dd>
                <dt>{t('task.weight')}</dt>
                <dd>
                  <WeightValue task={task} />
                </dd>
                <dt>{t('task.deadline')}</dt>
                <dd>
                  <DeadlineValue task={task} />
                </dd>
                <dt>{t('task.leadUnit')}</dt>
                <dd>
                  <Units task={task} />
                </dd>
                {task.supportCommitments.length > 0 && (
                  <>
                    <dt>{t('task.supportCommitments')}</dt>
                    <dd>
                      <Support task={task} />
                    </dd>
                  </>
                )}
              </dl>
              {task.children.length > 0 && (
                <details>
                  <summary>{t('cascade.showChildren', { count: task.children.length })}</summary>
                  <CascadePanel task={task} />
                </details>
              )}
              {requestButton(task, i)}
            </Flex>
          </Card>
        ))}
      </Flex>
    );
  }

  // Support owed and the request button sit under the task, so the table fits a laptop without scrolling.
  const columns: TableColumnsType<TaskDto> = [
    { key: 'n', title: '#', width: 44, align: 'center', render: (_, __, i) => i + 1 },
    {
      key: 'title',
      title: t('task.content'),
      render: (_, task, i) => (
        <Flex vertical gap={6} align="flex-start">
          <TaskTitle task={task} index={i} />
          {task.supportCommitments.length > 0 && (
            <div className={styles.supportBox}>
              <span className={styles.muted}>{t('task.supportCommitments')}:</span>
              <Support task={task} />
            </div>
          )}
          {requestButton(task, i)}
        </Flex>
      ),
    },
    {
      key: 'expected',
      title: t('task.expected'),
      width: 230,
      render: (_, task) => <ExpectedResult task={task} />,
    },
    {
      key: 'weight',
      title: t('task.weight'),
      width: 84,
      align: 'right',
      render: (_, task) => <WeightValue task={task} />,
    },
    {
      key: 'deadline',
      title: t('task.deadline'),
      width: 136,
      render: (_, task) => <DeadlineValue task={task} />,
    },
    { key: 'units', title: t('task.leadUnit'), width: 170, render: (_, task) => <Units task={task} /> },
  ];
  return (
    <Table<TaskDto>
      rowKey="id"
      size="small"
      dataSource={tasks}
      columns={columns}
      pagination={false}
      sticky={{ offsetHeader: 59 }}
      scroll={{ x: 980 }}
      tableLayout="fixed"
      rowClassName={(task) => (task.cancelled ? 'task-cancelled' : '')}
      expandable={{
        // Tasks carry `children` (their split among sub-units), which is not a tree of rows.
        childrenColumnName: '__none__',
        rowExpandable: (task) => task.children.length > 0,
        expandedRowRender: (task) => <CascadePanel task={task} />,
        columnTitle: <span className="sr-only">{t('cascade.children')}</span>,
        columnWidth: 40,
      }}
      summary={() => (
        <Table.Summary fixed="bottom">
          <Table.Summary.Row>
            <Table.Summary.Cell index={0} colSpan={columns.length + 1}>
              <Flex justify="space-between" wrap gap={8}>
                {total}
                <Typography.Text type="secondary">
                  {t('task.countActive', {
                    count: assignment.taskCount,
                    resultsPart: formatPoints(assignment.resultsPart, lang),
                  })}
                </Typography.Text>
              </Flex>
            </Table.Summary.Cell>
          </Table.Summary.Row>
        </Table.Summary>
      )}
    />
  );
}
