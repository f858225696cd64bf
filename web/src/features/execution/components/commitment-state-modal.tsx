import { App, DatePicker, Form, Input, Radio, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import {
  COMMITMENT_STATES,
  type CommitmentDto,
  type CommitmentState,
  SUPPORT_LIMITS,
} from '../../../../../contracts/support.ts';
import { FormModal } from '../../../components/form-modal.tsx';
import { useI18n } from '../../../i18n/i18n.tsx';
import { supportKindLabel } from '../../../i18n/labels.ts';
import { useFormFailure } from '../../../lib/form-errors.ts';
import { DATE_FORMAT, formatDate, toApiDate } from '../../../lib/format.ts';
import { useRecordCommitmentState } from '../api/support.ts';
import { commitmentStateText } from './timeline-labels.ts';

type Values = { state: CommitmentState; deliveredOn?: Dayjs | null; note?: string };

/** The assigner (or the agency named as provider) records where a support commitment stands. */
export function CommitmentStateModal({
  commitment,
  onClose,
}: {
  commitment: CommitmentDto;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const mutation = useRecordCommitmentState();
  const { failure, onError, clear } = useFormFailure(form);
  const state = Form.useWatch('state', form) ?? commitment.state;

  const onFinish = (v: Values) => {
    clear();
    mutation.mutate(
      {
        id: commitment.id,
        version: commitment.version,
        state: v.state,
        deliveredOn: v.state !== 'due' && v.deliveredOn ? toApiDate(v.deliveredOn) : null,
        note: v.note?.trim() || null,
      },
      {
        onSuccess: () => {
          message.success(t('commitment.recorded'));
          onClose();
        },
        onError,
      },
    );
  };

  return (
    <FormModal<Values>
      open
      title={t('commitment.recordTitle')}
      okText={t('commitment.recordSubmit')}
      form={form}
      name="commitment-state"
      pending={mutation.isPending}
      failure={failure}
      onFinish={onFinish}
      onCancel={onClose}
      onReload={onClose}
      initialValues={{
        state: commitment.state,
        deliveredOn: commitment.deliveredOn ? dayjs(commitment.deliveredOn) : dayjs(),
        note: '',
      }}
    >
      <Typography.Paragraph style={{ marginTop: 0 }}>
        <strong>{supportKindLabel(t, commitment.kind)}:</strong> {commitment.description}
        <br />
        <Typography.Text type="secondary">
          {commitment.provider.name}
          {commitment.dueOn && ` · ${t('commitment.dueOn', { date: formatDate(commitment.dueOn) })}`}
        </Typography.Text>
      </Typography.Paragraph>
      <Form.Item name="state" label={t('commitment.state')} rules={[{ required: true }]}>
        <Radio.Group
          options={COMMITMENT_STATES.map((s) => ({ value: s, label: commitmentStateText(t, s) }))}
          optionType="button"
          buttonStyle="solid"
        />
      </Form.Item>
      {state !== 'due' && (
        <Form.Item
          name="deliveredOn"
          label={t('commitment.deliveredOn')}
          extra={state === 'late' ? t('commitment.deliveredOnLateHint') : undefined}
        >
          <DatePicker
            format={DATE_FORMAT}
            placeholder="dd/mm/yyyy"
            style={{ width: '100%', maxWidth: 240 }}
          />
        </Form.Item>
      )}
      <Form.Item name="note" label={t('commitment.note')}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={SUPPORT_LIMITS.note} showCount />
      </Form.Item>
    </FormModal>
  );
}
