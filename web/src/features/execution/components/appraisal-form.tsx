import { SaveOutlined } from '@ant-design/icons';
import { Button, DatePicker, Flex, Form, Input, Radio, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import {
  APPRAISAL_KINDS,
  APPRAISAL_LIMITS,
  type AppraisalDto,
  type RecordAppraisalBody,
} from '../../../../../contracts/appraisals.ts';
import type { AssignmentDto } from '../../../../../contracts/assignments.ts';
import type { AssignmentStatusDto } from '../../../../../contracts/execution.ts';
import { FormErrorAlert } from '../../../components/form-error-alert.tsx';
import { useI18n } from '../../../i18n/i18n.tsx';
import type { MessageKey } from '../../../i18n/vi.ts';
import { ApiError } from '../../../lib/api-client.ts';
import { applyFieldErrors, type FormFailure } from '../../../lib/form-errors.ts';
import { DATE_FORMAT, toApiDate } from '../../../lib/format.ts';
import { useRecordAppraisal } from '../api/appraisals.ts';
import styles from './appraisal.module.css';
import { AppraisalItemFields, type ItemValues } from './appraisal-item-fields.tsx';
import { isOpenStatus } from './task-status-tag.tsx';

type Values = {
  kind: (typeof APPRAISAL_KINDS)[number];
  quarter?: number | null;
  appraisedOn: Dayjs;
  findings?: string;
  recommendations?: string;
  items: Record<string, ItemValues>;
};

const text = (s: string | undefined) => (s?.trim() ? s.trim() : null);

function initialItems(a: AssignmentDto, status: AssignmentStatusDto | undefined): Record<string, ItemValues> {
  const byId = new Map(status?.tasks.map((s) => [s.taskId, s]));
  return Object.fromEntries(
    a.tasks.map((task) => {
      const s = byId.get(task.id);
      return [
        task.id,
        {
          // Tasks still running or with a product to judge are appraised by default.
          include: !task.cancelled && (!s || isOpenStatus(s.status) || Boolean(s.productAwaitingAppraisal)),
          progress: s?.status === 'overdue' ? 'late' : s?.atRisk ? 'at_risk' : 'on_track',
          productDecision: 'none',
          exceeded: false,
        },
      ];
    }),
  );
}

function toBody(v: Values, a: AssignmentDto): { body: RecordAppraisalBody; order: string[] } {
  const order = a.tasks.filter((task) => v.items[task.id]?.include).map((task) => task.id);
  const items = order.map((id) => {
    const task = a.tasks.find((x) => x.id === id)!;
    const i = v.items[id];
    const decision = i.productDecision && i.productDecision !== 'none' ? i.productDecision : null;
    return {
      taskId: id,
      progress: i.progress,
      ...(task.kind === 'target'
        ? { verifiedValue: i.verifiedValue ?? null }
        : {
            verifiedFraction:
              i.verifiedPercent === null || i.verifiedPercent === undefined
                ? null
                : Math.round(i.verifiedPercent * 100) / 10_000,
            productDecision: decision,
            decisionReason:
              decision === 'returned' || decision === 'rejected' ? text(i.decisionReason) : null,
            exceeded: decision === 'accepted' ? Boolean(i.exceeded) : null,
          }),
      findings: text(i.findings),
      recommendation: text(i.recommendation),
    };
  });
  return {
    order,
    body: {
      kind: v.kind,
      quarter: v.kind === 'quarterly' ? (v.quarter ?? null) : null,
      appraisedOn: toApiDate(v.appraisedOn),
      findings: text(v.findings),
      recommendations: text(v.recommendations),
      items,
    },
  };
}

// The API names a line by its place in the list sent ("items.3.verifiedValue"); the form by task id.
function aliasesFor(order: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  order.forEach((id, i) => {
    for (const f of [
      'progress',
      'verifiedValue',
      'productDecision',
      'decisionReason',
      'exceeded',
      'findings',
      'recommendation',
      'taskId',
      'acceptedCheckInId',
    ])
      out[`items.${i}.${f}`] = `items.${id}.${f === 'taskId' || f === 'acceptedCheckInId' ? 'progress' : f}`;
    out[`items.${i}.verifiedFraction`] = `items.${id}.verifiedPercent`;
  });
  return out;
}

/** A new appraisal of one head's tasks: kind and date, overall findings, and one line per task. */
export function AppraisalForm({
  assignment,
  status,
  onSaved,
}: {
  assignment: AssignmentDto;
  status: AssignmentStatusDto | undefined;
  onSaved: (appraisal: AppraisalDto) => void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const mutation = useRecordAppraisal();
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const kind = Form.useWatch('kind', form) ?? 'quarterly';
  const statusById = useMemo(() => new Map(status?.tasks.map((s) => [s.taskId, s])), [status]);
  const initial = useMemo(
    () => ({
      kind: 'quarterly' as const,
      quarter: Math.floor(dayjs().month() / 3) + 1,
      appraisedOn: dayjs(),
      items: initialItems(assignment, status),
    }),
    [assignment, status],
  );

  const onFinish = (v: Values) => {
    setFailure(null);
    const { body, order } = toBody(v, assignment);
    if (order.length === 0) {
      setFailure({ error: new ApiError('internal', 0, t('appraisalForm.noItems')), allFieldsShown: false });
      return;
    }
    mutation.mutate(
      { assignmentId: assignment.id, body },
      {
        onSuccess: (saved) => {
          form.resetFields();
          onSaved(saved);
        },
        onError: (e) => {
          const error = e instanceof ApiError ? e : new ApiError('internal', 0, String(e));
          setFailure({ error, allFieldsShown: applyFieldErrors(form, error, aliasesFor(order)) });
        },
      },
    );
  };

  return (
    <Form<Values>
      form={form}
      name="appraisal"
      layout="vertical"
      requiredMark="optional"
      initialValues={initial}
      onFinish={onFinish}
      scrollToFirstError
    >
      <FormErrorAlert failure={failure} />
      <div className={styles.header}>
        <Form.Item name="kind" label={t('appraisalForm.kind')} rules={[{ required: true }]}>
          <Radio.Group
            options={APPRAISAL_KINDS.map((k) => ({
              value: k,
              label: t(`appraisal.kind.${k}` as MessageKey),
            }))}
            optionType="button"
            buttonStyle="solid"
          />
        </Form.Item>
        {kind === 'quarterly' && (
          <Form.Item
            name="quarter"
            label={t('appraisalForm.quarter')}
            rules={[{ required: true, message: t('appraisalForm.quarterRequired') }]}
          >
            <Select
              style={{ width: 120 }}
              options={[1, 2, 3, 4].map((q) => ({
                value: q,
                label: t('appraisalForm.quarterN', { quarter: q }),
              }))}
            />
          </Form.Item>
        )}
        <Form.Item
          name="appraisedOn"
          label={t('appraisalForm.date')}
          rules={[
            { required: true, message: t('common.requiredPick', { field: t('appraisalForm.dateLower') }) },
          ]}
        >
          <DatePicker
            format={DATE_FORMAT}
            placeholder="dd/mm/yyyy"
            style={{ width: 180 }}
            disabledDate={(d) => d.isAfter(dayjs(), 'day')}
          />
        </Form.Item>
      </div>
      <Typography.Title level={3} style={{ fontSize: 16, margin: '4px 0 8px' }}>
        {t('appraisalForm.itemsHeading', { count: assignment.tasks.length })}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
        {t('appraisalForm.itemsHint')}
      </Typography.Paragraph>
      <div className={styles.items}>
        {assignment.tasks
          .filter((task) => !task.cancelled)
          .map((task) => (
            <AppraisalItemFields
              key={task.id}
              task={task}
              number={task.position + 1}
              status={statusById.get(task.id)}
            />
          ))}
      </div>
      <Flex vertical style={{ marginTop: 16 }}>
        <Form.Item name="findings" label={t('appraisalForm.findings')}>
          <Input.TextArea
            autoSize={{ minRows: 3, maxRows: 10 }}
            maxLength={APPRAISAL_LIMITS.text}
            showCount
          />
        </Form.Item>
        <Form.Item name="recommendations" label={t('appraisalForm.recommendations')}>
          <Input.TextArea
            autoSize={{ minRows: 3, maxRows: 10 }}
            maxLength={APPRAISAL_LIMITS.text}
            showCount
          />
        </Form.Item>
        <Button
          type="primary"
          htmlType="submit"
          icon={<SaveOutlined aria-hidden="true" />}
          loading={mutation.isPending}
          style={{ alignSelf: 'flex-start' }}
        >
          {t('appraisalForm.submit')}
        </Button>
      </Flex>
    </Form>
  );
}
