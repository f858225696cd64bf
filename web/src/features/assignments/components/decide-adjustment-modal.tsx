import { App, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import type { AssignmentDto } from '../../../../../contracts/assignments.ts';
import { LIMITS } from '../../../../../contracts/common.ts';
import { FormModal } from '../../../components/form-modal.tsx';
import { useI18n } from '../../../i18n/i18n.tsx';
import { adjustmentKindLabel } from '../../../i18n/labels.ts';
import type { FormFailure } from '../../../lib/form-errors.ts';
import { formatDate, toHundredths } from '../../../lib/format.ts';
import { useDecideAdjustment } from '../api/decide-adjustment.ts';
import { type Adjustment, useDescribeChange } from './adjustment-change.tsx';
import { type ApiProblem, problemsFailure } from './problem-failure.ts';
import { ProblemList } from './problem-list.tsx';
import {
  initialRebalance,
  type Rebalance,
  RebalanceEditor,
  rebalanceEntries,
  rebalanceTotal,
} from './rebalance-editor.tsx';

type Values = { note?: string };

/**
 * The assigner approves a request (a cancellation or weight change re-balances the other
 * tasks' weights back to the results part in the same approval) or rejects it with a reason.
 */
export function DecideAdjustmentModal({
  assignment,
  adjustment,
  decision,
  onClose,
  onReload,
}: {
  assignment: AssignmentDto;
  adjustment: Adjustment;
  decision: 'approve' | 'reject';
  onClose: () => void;
  onReload: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const mutation = useDecideAdjustment();
  const changeText = useDescribeChange(assignment);
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const [unplaced, setUnplaced] = useState<ApiProblem[]>([]);
  const kind = String(adjustment.change.kind);
  const task = assignment.tasks.find((x) => x.id === adjustment.taskId);
  const index = assignment.tasks.findIndex((x) => x.id === adjustment.taskId);
  const needsRebalance = decision === 'approve' && (kind === 'cancellation' || kind === 'weight');
  const changedWeight = kind === 'weight' ? Number(adjustment.change.weight) : 0;
  const [rebalance, setRebalance] = useState<Rebalance>(() =>
    initialRebalance(assignment.tasks, adjustment.taskId, adjustment.proposedRebalance),
  );
  const balanced =
    toHundredths(rebalanceTotal(rebalance, changedWeight)) === toHundredths(assignment.resultsPart);
  const [unbalancedShown, setUnbalancedShown] = useState(false);

  const onFinish = (v: Values) => {
    setFailure(null);
    setUnplaced([]);
    if (needsRebalance && !balanced) {
      setUnbalancedShown(true);
      return;
    }
    const entries = needsRebalance ? rebalanceEntries(assignment.tasks, rebalance) : [];
    mutation.mutate(
      {
        adjustmentId: adjustment.id,
        body: {
          version: adjustment.version,
          decision,
          ...(entries.length ? { rebalance: entries } : {}),
          note: v.note?.trim() || null,
        },
      },
      {
        onSuccess: () => {
          message.success(decision === 'approve' ? t('decide.approved') : t('decide.rejected'));
          onClose();
        },
        onError: (e) => {
          const result = problemsFailure(form, e, { reason: 'note', note: 'note' });
          setFailure(result.failure);
          setUnplaced(result.unplaced);
        },
      },
    );
  };

  return (
    <FormModal<Values>
      open
      width={needsRebalance ? 780 : 560}
      title={
        decision === 'approve'
          ? t('decide.approveTitle', { n: index + 1 })
          : t('decide.rejectTitle', { n: index + 1 })
      }
      okText={decision === 'approve' ? t('decide.approve') : t('decide.reject')}
      danger={decision === 'reject'}
      form={form}
      name="decide-adjustment"
      pending={mutation.isPending}
      failure={unplaced.length ? null : failure}
      onFinish={onFinish}
      onCancel={onClose}
      onReload={() => {
        setFailure(null);
        onReload();
        onClose();
      }}
    >
      <ProblemList title={failure?.error.message ?? ''} problems={unplaced} />
      <Typography.Paragraph style={{ marginTop: 0 }}>
        <strong>{task?.title}</strong>
        <br />
        {kind === 'cancellation'
          ? adjustmentKindLabel(t, kind)
          : `${adjustmentKindLabel(t, kind)}: ${changeText(adjustment)}`}
        <br />
        <Typography.Text type="secondary">
          {t('decide.requestedOn', { date: formatDate(adjustment.requestedOn) })} — {adjustment.reason}
        </Typography.Text>
      </Typography.Paragraph>
      {needsRebalance && (
        <div style={{ marginBottom: 16 }}>
          <Typography.Paragraph>{t('decide.rebalanceHint')}</Typography.Paragraph>
          <RebalanceEditor
            tasks={assignment.tasks}
            changedTaskId={adjustment.taskId}
            changedWeight={changedWeight}
            resultsPart={assignment.resultsPart}
            value={rebalance}
            onChange={setRebalance}
          />
          {unbalancedShown && !balanced && (
            <Typography.Text type="danger" role="alert">
              {t('decide.notBalanced')}
            </Typography.Text>
          )}
        </div>
      )}
      <Form.Item
        name="note"
        label={decision === 'approve' ? t('decide.note') : t('decide.rejectReason')}
        rules={
          decision === 'reject'
            ? [
                {
                  required: true,
                  whitespace: true,
                  message: t('common.required', { field: t('decide.rejectReason').toLowerCase() }),
                },
              ]
            : []
        }
      >
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={LIMITS.text} />
      </Form.Item>
    </FormModal>
  );
}
