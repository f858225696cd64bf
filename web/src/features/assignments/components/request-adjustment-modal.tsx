import { Alert, App, Checkbox, Form, Input, Radio, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import type { AssignmentDto, TaskDto } from '../../../../../contracts/assignments.ts';
import { LIMITS } from '../../../../../contracts/common.ts';
import { DateField } from '../../../components/date-field.tsx';
import { DecimalInput } from '../../../components/decimal-input.tsx';
import { FormModal } from '../../../components/form-modal.tsx';
import { useI18n } from '../../../i18n/i18n.tsx';
import { adjustmentKindLabel } from '../../../i18n/labels.ts';
import type { FormFailure } from '../../../lib/form-errors.ts';
import { formatDate, formatPoints, toApiDate } from '../../../lib/format.ts';
import { useRequestAdjustment } from '../api/request-adjustment.ts';
import { type ApiProblem, problemsFailure } from './problem-failure.ts';
import { ProblemList } from './problem-list.tsx';
import { initialRebalance, type Rebalance, RebalanceEditor, rebalanceEntries } from './rebalance-editor.tsx';
import { useTargetText } from './task-values.tsx';

type Kind = 'extension' | 'target_value' | 'weight' | 'cancellation';
type Values = {
  kind: Kind;
  deadline?: Dayjs | null;
  targetValue?: number | null;
  weight?: number | null;
  reason: string;
  withRebalance?: boolean;
};

const ALIASES = {
  'change.deadline': 'deadline',
  'change.targetValue': 'targetValue',
  'change.weight': 'weight',
  reason: 'reason',
};

/** The head (or the assigner) asks to extend, re-target, re-weight or cancel one task, with a reason. */
export function RequestAdjustmentModal({
  assignment,
  task,
  onClose,
  onReload,
}: {
  assignment: AssignmentDto;
  task: TaskDto;
  onClose: () => void;
  onReload: () => void;
}) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const mutation = useRequestAdjustment();
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const [unplaced, setUnplaced] = useState<ApiProblem[]>([]);
  const [rebalance, setRebalance] = useState<Rebalance>(() =>
    initialRebalance(assignment.tasks, task.id, []),
  );
  const kind = Form.useWatch('kind', form) ?? 'extension';
  const withRebalance = Form.useWatch('withRebalance', form) ?? false;
  const newWeight = Form.useWatch('weight', form);
  const targetText = useTargetText();
  const index = assignment.tasks.findIndex((x) => x.id === task.id);
  const kinds: Kind[] =
    task.kind === 'target'
      ? ['extension', 'target_value', 'weight', 'cancellation']
      : ['extension', 'weight', 'cancellation'];
  const movesWeights = kind === 'weight' || kind === 'cancellation';

  const onFinish = (v: Values) => {
    setFailure(null);
    setUnplaced([]);
    const change =
      v.kind === 'extension'
        ? { kind: v.kind, taskId: task.id, deadline: toApiDate(v.deadline as Dayjs) }
        : v.kind === 'target_value'
          ? { kind: v.kind, taskId: task.id, targetValue: v.targetValue as number }
          : v.kind === 'weight'
            ? { kind: v.kind, taskId: task.id, weight: v.weight as number }
            : { kind: v.kind, taskId: task.id };
    const proposed = movesWeights && v.withRebalance ? rebalanceEntries(assignment.tasks, rebalance) : [];
    mutation.mutate(
      {
        assignmentId: assignment.id,
        body: {
          change,
          reason: v.reason.trim(),
          ...(proposed.length ? { proposedRebalance: proposed } : {}),
        },
      },
      {
        onSuccess: () => {
          message.success(t('adjust.sent'));
          onClose();
        },
        onError: (e) => {
          const result = problemsFailure(form, e, ALIASES);
          setFailure(result.failure);
          setUnplaced(result.unplaced);
        },
      },
    );
  };

  return (
    <FormModal<Values>
      open
      width={movesWeights && withRebalance ? 760 : 560}
      title={t('adjust.title', { n: index + 1 })}
      okText={t('adjust.submit')}
      form={form}
      name="request-adjustment"
      pending={mutation.isPending}
      failure={unplaced.length ? null : failure}
      onFinish={onFinish}
      onCancel={onClose}
      onReload={() => {
        setFailure(null);
        onReload();
      }}
      initialValues={{ kind: 'extension', reason: '', withRebalance: false }}
    >
      <ProblemList title={failure?.error.message ?? ''} problems={unplaced} />
      <Typography.Paragraph style={{ marginTop: 0 }}>
        <strong>{task.title}</strong>
        <br />
        <Typography.Text type="secondary">
          {t('adjust.current', {
            deadline: formatDate(task.deadline),
            weight: formatPoints(task.weight, lang),
          })}
          {task.kind === 'target' &&
            ` · ${t('adjust.currentTarget', { value: targetText(task, task.targetValue) })}`}
        </Typography.Text>
      </Typography.Paragraph>
      <Form.Item name="kind" label={t('adjust.kind')} rules={[{ required: true }]}>
        <Radio.Group
          options={kinds.map((k) => ({ value: k, label: adjustmentKindLabel(t, k) }))}
          optionType="button"
          buttonStyle="solid"
        />
      </Form.Item>
      {kind === 'extension' && (
        <Form.Item
          name="deadline"
          label={t('adjust.newDeadline')}
          extra={t('adjust.deadlineHint', { date: formatDate(assignment.cycleEndsOn) })}
          rules={[
            {
              required: true,
              message: t('common.requiredPick', { field: t('adjust.newDeadline').toLowerCase() }),
            },
          ]}
        >
          <DateField />
        </Form.Item>
      )}
      {kind === 'target_value' && (
        <Form.Item
          name="targetValue"
          label={t('adjust.newTarget', { unit: task.unitOfMeasure ?? '' })}
          rules={[{ required: true, message: t('common.required', { field: t('adjust.newTargetShort') }) }]}
        >
          <DecimalInput style={{ width: 200 }} />
        </Form.Item>
      )}
      {kind === 'weight' && (
        <Form.Item
          name="weight"
          label={t('adjust.newWeight')}
          rules={[
            { required: true, message: t('common.required', { field: t('adjust.newWeight').toLowerCase() }) },
          ]}
        >
          <DecimalInput style={{ width: 160 }} min={0} max={100} />
        </Form.Item>
      )}
      {kind === 'cancellation' && (
        <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('adjust.cancelHint')} />
      )}
      <Form.Item
        name="reason"
        label={t('adjust.reason')}
        rules={[
          {
            required: true,
            whitespace: true,
            message: t('common.required', { field: t('adjust.reason').toLowerCase() }),
          },
        ]}
      >
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={LIMITS.text} showCount />
      </Form.Item>
      {movesWeights && (
        <>
          <Form.Item name="withRebalance" valuePropName="checked" style={{ marginBottom: 8 }}>
            <Checkbox>{t('adjust.withRebalance')}</Checkbox>
          </Form.Item>
          {withRebalance && (
            <RebalanceEditor
              tasks={assignment.tasks}
              changedTaskId={task.id}
              changedWeight={kind === 'cancellation' ? 0 : (newWeight ?? task.weight ?? 0)}
              resultsPart={assignment.resultsPart}
              value={rebalance}
              onChange={setRebalance}
            />
          )}
        </>
      )}
    </FormModal>
  );
}
