import {
  ArrowDownOutlined,
  ArrowUpOutlined,
  DeleteOutlined,
  PlusOutlined,
  SendOutlined,
} from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Grid,
  Input,
  Popconfirm,
  Select,
  Table,
  type TableColumnsType,
  Tooltip,
  Typography,
} from 'antd';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import type { AssignmentDto } from '../../../../../contracts/assignments.ts';
import { TASK_KINDS, TASK_LIMITS, TASK_TAGS } from '../../../../../contracts/tasks.ts';
import { DecimalInput } from '../../../components/decimal-input.tsx';
import { FormErrorAlert } from '../../../components/form-error-alert.tsx';
import { IsoDatePicker } from '../../../components/iso-date-picker.tsx';
import { UnitPicker } from '../../../components/unit-picker.tsx';
import { useI18n } from '../../../i18n/i18n.tsx';
import { taskTagLabel } from '../../../i18n/labels.ts';
import type { MessageKey } from '../../../i18n/vi.ts';
import { ApiError } from '../../../lib/api-client.ts';
import type { FormFailure } from '../../../lib/form-errors.ts';
import { useSaveTasks } from '../api/save-tasks.ts';
import { type DraftRow, isDetailField, messagesFor } from '../hooks/draft-rows.ts';
import { useDraftTasks } from '../hooks/use-draft-tasks.ts';
import { useUnsavedChangesGuard } from '../hooks/use-unsaved-changes-guard.ts';
import { FieldMessages } from './field-messages.tsx';
import { TaskDetailEditor } from './task-detail-editor.tsx';
import styles from './task-editor.module.css';
import { WeightsTotal } from './weights-total.tsx';

type Props = {
  assignment: AssignmentDto;
  onIssue: () => void;
  onReload: () => Promise<AssignmentDto | undefined>;
  /** Tells the page whether unsaved edits exist (imports and issuing wait for a save). */
  onDirtyChange: (dirty: boolean) => void;
};

/** The draft's task list, edited inline: add, remove, reorder; save the whole list; issue from the sticky bar. */
export function TaskEditor({ assignment, onIssue, onReload, onDirtyChange }: Props) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const draft = useDraftTasks(assignment);
  const save = useSaveTasks();
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const [expanded, setExpanded] = useState<readonly React.Key[]>([]);
  const narrow = !(Grid.useBreakpoint().md ?? true);
  // The table's own sticky scrollbar must sit just above the save bar, whose height varies with the width.
  const barRef = useRef<HTMLDivElement>(null);
  const [barHeight, setBarHeight] = useState(72);
  useEffect(() => {
    const bar = barRef.current;
    if (!bar) return;
    const observer = new ResizeObserver(() => setBarHeight(bar.offsetHeight));
    observer.observe(bar);
    return () => observer.disconnect();
  }, []);
  const { rows, messages, update, dirty } = draft;

  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);

  // Rows whose problems sit in the detail panel open by themselves, so every problem is in sight.
  useEffect(() => {
    const withDetail = [...messages].filter(([, f]) => Object.keys(f).some(isDetailField)).map(([k]) => k);
    setExpanded((current) => {
      const missing = withDetail.filter((k) => !current.includes(k));
      return missing.length ? [...current, ...missing] : current;
    });
  }, [messages]);

  useUnsavedChangesGuard(dirty);

  const onSave = () => {
    setFailure(null);
    const ok = draft.check({
      title: t('editor.titleRequired'),
      description: t('editor.supportRequired'),
      decimals: t('editor.twoDecimals'),
    });
    if (!ok) {
      message.error(t('editor.fixBeforeSave'));
      return;
    }
    const { tasks, keys } = draft.toInput();
    save.mutate(
      { id: assignment.id, version: assignment.version, tasks },
      {
        onSuccess: (fresh) => {
          draft.reset(fresh);
          message.success(
            fresh.problems.length
              ? t('editor.savedWithProblems', { count: fresh.problems.length })
              : t('editor.saved'),
          );
        },
        onError: (e) => {
          const error = e instanceof ApiError ? e : new ApiError('internal', 0, String(e));
          const placed = draft.showSaveError(error, keys);
          setFailure({ error, allFieldsShown: placed > 0 && placed === error.fields.length });
        },
      },
    );
  };
  const reload = async () => {
    const fresh = await onReload();
    setFailure(null);
    if (fresh) draft.reset(fresh);
  };

  const rowMessages = (r: DraftRow, field: string) => messagesFor(messages.get(r.key), field);
  const columns: TableColumnsType<DraftRow> = [
    {
      key: 'order',
      title: '#',
      width: 48,
      align: 'center',
      render: (_, r, i) => (
        <div className={styles.order}>
          <span className={styles.orderNumber}>{i + 1}</span>
          <Button
            size="small"
            type="text"
            icon={<ArrowUpOutlined aria-hidden="true" />}
            aria-label={t('editor.moveUp', { n: i + 1 })}
            disabled={i === 0}
            onClick={() => draft.move(r.key, -1)}
          />
          <Button
            size="small"
            type="text"
            icon={<ArrowDownOutlined aria-hidden="true" />}
            aria-label={t('editor.moveDown', { n: i + 1 })}
            disabled={i === rows.length - 1}
            onClick={() => draft.move(r.key, 1)}
          />
        </div>
      ),
    },
    {
      key: 'task',
      title: t('task.content'),
      render: (_, r, i) => {
        const titleMsgs = [...rowMessages(r, 'title'), ...rowMessages(r, 'kind')];
        const detailCount = Object.entries(messages.get(r.key) ?? {})
          .filter(([f]) => isDetailField(f))
          .reduce((n, [, list]) => n + list.length, 0);
        return (
          <div className={styles.taskCell}>
            <Select
              size="small"
              aria-label={t('editor.kindOf', { n: i + 1 })}
              value={r.kind}
              style={{ width: 200 }}
              options={TASK_KINDS.map((k) => ({ value: k, label: t(`taskKind.${k}` as MessageKey) }))}
              onChange={(kind) => update(r.key, { kind })}
            />
            <Input.TextArea
              aria-label={t('editor.titleOf', { n: i + 1 })}
              aria-describedby={titleMsgs.length ? `${r.key}-title-msg` : undefined}
              autoSize={{ minRows: 1, maxRows: 5 }}
              placeholder={t('editor.titlePlaceholder')}
              value={r.title}
              maxLength={TASK_LIMITS.title}
              status={titleMsgs.length ? 'error' : undefined}
              onChange={(e) => update(r.key, { title: e.target.value })}
            />
            <FieldMessages id={`${r.key}-title-msg`} messages={titleMsgs} />
            {r.kind === 'target' && r.parentTask && (
              <span className={styles.note}>
                {t('cascade.fromParent')}{' '}
                <Link to={`/assignments/${r.parentTask.assignmentId}`}>{r.parentTask.title}</Link>
              </span>
            )}
            {r.childCount > 0 && (
              <span className={styles.note}>{t('cascade.splitAmong', { count: r.childCount })}</span>
            )}
            {detailCount > 0 && (
              <Typography.Text type="danger" style={{ fontSize: 12 }}>
                {t('editor.detailProblems', { count: detailCount })}
              </Typography.Text>
            )}
          </div>
        );
      },
    },
    {
      key: 'weight',
      title: t('task.weight'),
      width: 100,
      render: (_, r, i) => {
        const msgs = rowMessages(r, 'weight');
        return (
          <>
            <DecimalInput
              aria-label={t('editor.weightOf', { n: i + 1 })}
              aria-describedby={msgs.length ? `${r.key}-weight-msg` : undefined}
              min={0}
              max={100}
              value={r.weight}
              status={msgs.length ? 'error' : undefined}
              onChange={(v) => update(r.key, { weight: v ?? null })}
            />
            <FieldMessages id={`${r.key}-weight-msg`} messages={msgs} />
          </>
        );
      },
    },
    {
      key: 'deadline',
      title: t('task.deadline'),
      width: 138,
      render: (_, r, i) => {
        const msgs = rowMessages(r, 'deadline');
        return (
          <>
            <IsoDatePicker
              aria-label={t('editor.deadlineOf', { n: i + 1 })}
              aria-describedby={msgs.length ? `${r.key}-deadline-msg` : undefined}
              value={r.deadline}
              openOn={assignment.cycleEndsOn}
              status={msgs.length ? 'error' : undefined}
              onChange={(deadline) => update(r.key, { deadline })}
            />
            <FieldMessages id={`${r.key}-deadline-msg`} messages={msgs} />
          </>
        );
      },
    },
    {
      key: 'tags',
      title: t('task.tags'),
      width: 170,
      render: (_, r, i) => {
        const msgs = rowMessages(r, 'tags');
        return (
          <>
            <Select
              mode="multiple"
              maxTagCount="responsive"
              aria-label={t('editor.tagsOf', { n: i + 1 })}
              style={{ width: '100%' }}
              placeholder={t('editor.tagsPlaceholder')}
              value={r.tags}
              status={msgs.length ? 'error' : undefined}
              options={TASK_TAGS.map((tag) => ({ value: tag, label: taskTagLabel(t, tag) }))}
              onChange={(tags) => update(r.key, { tags })}
            />
            <FieldMessages messages={msgs} />
          </>
        );
      },
    },
    {
      key: 'lead',
      title: t('task.leadUnit'),
      width: 180,
      render: (_, r, i) => {
        const msgs = [...rowMessages(r, 'leadUnitId'), ...rowMessages(r, 'headPostId')];
        return (
          <>
            <UnitPicker
              aria-label={t('editor.leadOf', { n: i + 1 })}
              placeholder={t('admin.unitPlaceholder')}
              value={r.leadUnit?.id}
              initialOption={r.leadUnit ? { value: r.leadUnit.id, label: r.leadUnit.name } : undefined}
              status={msgs.length ? 'error' : undefined}
              onChange={(id, option) =>
                update(r.key, { leadUnit: id ? { id, name: option?.label ?? r.leadUnit?.name ?? '' } : null })
              }
            />
            <FieldMessages messages={msgs} />
          </>
        );
      },
    },
    {
      key: 'actions',
      width: 44,
      title: <span className="sr-only">{t('common.actions')}</span>,
      render: (_, r, i) => (
        <Popconfirm
          title={t('editor.removeConfirm', { n: i + 1 })}
          description={r.childCount > 0 ? t('editor.removeHasChildren', { count: r.childCount }) : undefined}
          okText={t('editor.remove')}
          okButtonProps={{ danger: true }}
          cancelText={t('common.cancel')}
          onConfirm={() => draft.remove(r.key)}
        >
          <Button
            type="text"
            danger
            icon={<DeleteOutlined aria-hidden="true" />}
            aria-label={t('editor.removeOf', { n: i + 1 })}
          />
        </Popconfirm>
      ),
    },
  ];

  const taskProblems = assignment.problems.filter((p) => p.taskIndex !== undefined).length;
  return (
    <>
      <FormErrorAlert failure={failure} onReload={reload} />
      {narrow && <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('editor.desktopHint')} />}
      <Table<DraftRow>
        rowKey="key"
        size="small"
        dataSource={rows}
        columns={columns}
        pagination={false}
        // The horizontal scrollbar sits above the sticky save bar, not under it.
        sticky={{ offsetHeader: 59, offsetScroll: barHeight + 2 }}
        scroll={{ x: 980 }}
        tableLayout="fixed"
        rowClassName={(r) => (messages.has(r.key) ? styles.rowProblem : '')}
        locale={{ emptyText: t('editor.empty') }}
        expandable={{
          expandedRowKeys: expanded,
          onExpandedRowsChange: setExpanded,
          expandedRowRender: (r) => (
            <TaskDetailEditor
              row={r}
              assignment={assignment}
              messages={messages.get(r.key)}
              update={update}
            />
          ),
          columnTitle: <span className="sr-only">{t('editor.details')}</span>,
          columnWidth: 36,
        }}
        data-testid="task-editor"
      />
      <Button
        style={{ marginTop: 12 }}
        icon={<PlusOutlined aria-hidden="true" />}
        onClick={() => {
          const key = draft.add();
          setExpanded((current) => [...current, key]);
        }}
      >
        {t('editor.addTask')}
      </Button>
      <div className={styles.bar} ref={barRef}>
        <div>
          <WeightsTotal total={draft.weightTotal} expected={assignment.resultsPart} />
          <div className={styles.note}>
            {dirty
              ? t('editor.unsaved')
              : taskProblems > 0
                ? t('editor.problemsLeft', { count: assignment.problems.length })
                : t('editor.allSaved')}
          </div>
        </div>
        <div className={styles.barActions}>
          {dirty && (
            <Button onClick={() => draft.reset(assignment)} disabled={save.isPending}>
              {t('editor.discard')}
            </Button>
          )}
          <Button
            type={dirty ? 'primary' : 'default'}
            onClick={onSave}
            loading={save.isPending}
            disabled={!dirty}
          >
            {t('editor.save')}
          </Button>
          {assignment.abilities.issue && (
            <Tooltip title={dirty ? t('editor.saveBeforeIssue') : undefined}>
              <Button
                type={dirty ? 'default' : 'primary'}
                icon={<SendOutlined aria-hidden="true" />}
                disabled={dirty}
                onClick={onIssue}
              >
                {t('issue.open')}
              </Button>
            </Tooltip>
          )}
        </div>
      </div>
    </>
  );
}
