import { App, Form, Input, Select } from 'antd';
import type { ResultDto } from '../../../../../../contracts/results.ts';
import { DecimalInput } from '../../../../components/decimal-input.tsx';
import { FormModal } from '../../../../components/form-modal.tsx';
import { useI18n } from '../../../../i18n/i18n.tsx';
import { useFormFailure } from '../../../../lib/form-errors.ts';
import { hasAtMostTwoDecimals } from '../../../../lib/format.ts';
import {
  type DisqualifyingKind,
  useRecordDeduction,
  useRecordDisqualifyingEvent,
} from '../../api/deductions.ts';

type Values = { points?: number; reason?: string; kind?: DisqualifyingKind; note?: string };

/**
 * Records a deduction (points off the total) or a disqualifying event (the level becomes
 * "not completed") for one head; the results are then computed again.
 */
export function RecordModal({
  result,
  kind,
  onClose,
}: {
  result: ResultDto;
  kind: 'deduction' | 'event';
  onClose: (recorded: boolean) => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const { failure, onError, clear } = useFormFailure(form);
  const deduction = useRecordDeduction();
  const event = useRecordDisqualifyingEvent();
  const name = result.headName || result.unitName;
  const done = () => {
    message.success(t('deduction.recorded'));
    onClose(true);
  };
  const onFinish = (v: Values) => {
    clear();
    if (kind === 'deduction')
      deduction.mutate(
        { assignmentId: result.assignmentId, points: v.points!, reason: v.reason! },
        { onSuccess: done, onError },
      );
    else
      event.mutate(
        { assignmentId: result.assignmentId, kind: v.kind!, note: v.note! },
        { onSuccess: done, onError },
      );
  };
  return (
    <FormModal<Values>
      open
      title={kind === 'deduction' ? t('deduction.title', { name }) : t('disq.title', { name })}
      okText={t('deduction.submit')}
      danger={kind === 'event'}
      form={form}
      name={`record-${kind}`}
      pending={deduction.isPending || event.isPending}
      failure={failure}
      onFinish={onFinish}
      onCancel={() => onClose(false)}
      initialValues={{ kind: 'discipline' }}
    >
      {kind === 'deduction' ? (
        <>
          <Form.Item
            name="points"
            label={t('deduction.points')}
            rules={[
              { required: true, message: t('common.required', { field: t('deduction.points') }) },
              {
                validator: (_, v: number | null) =>
                  v === null || v === undefined || (v > 0 && hasAtMostTwoDecimals(v))
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('deduction.pointsRule'))),
              },
            ]}
          >
            <DecimalInput min={0} step={0.5} style={{ width: 160 }} />
          </Form.Item>
          <Form.Item
            name="reason"
            label={t('deduction.reason')}
            rules={[
              {
                required: true,
                whitespace: true,
                message: t('common.required', { field: t('deduction.reason') }),
              },
            ]}
          >
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
          </Form.Item>
        </>
      ) : (
        <>
          <Form.Item name="kind" label={t('disq.kind')} rules={[{ required: true }]}>
            <Select
              options={(['discipline', 'corruption', 'other'] as const).map((k) => ({
                value: k,
                label: t(`disq.kind.${k}`),
              }))}
            />
          </Form.Item>
          <Form.Item
            name="note"
            label={t('disq.note')}
            extra={t('disq.hint')}
            rules={[
              { required: true, whitespace: true, message: t('common.required', { field: t('disq.note') }) },
            ]}
          >
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
          </Form.Item>
        </>
      )}
    </FormModal>
  );
}
