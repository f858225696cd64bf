import { Alert, App, Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { LIMITS } from '../../../../../contracts/common.ts';
import type { UnitDetailDto } from '../../../../../contracts/units.ts';
import { DateField } from '../../../components/date-field.tsx';
import { FormModal } from '../../../components/form-modal.tsx';
import { useI18n } from '../../../i18n/i18n.tsx';
import { useFormFailure } from '../../../lib/form-errors.ts';
import { toApiDate } from '../../../lib/format.ts';
import { useCloseUnit } from '../api/close-unit.ts';

type Values = { closedOn: Dayjs; reason?: string };

/** Closes (dissolves) a unit from a date. */
export function CloseUnitModal({
  unit,
  open,
  onClose,
  onReload,
}: {
  unit: UnitDetailDto;
  open: boolean;
  onClose: () => void;
  onReload: () => Promise<unknown>;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const mutation = useCloseUnit();
  const { failure, onError, clear } = useFormFailure(form);
  const close = () => {
    clear();
    onClose();
  };
  const onFinish = (v: Values) => {
    clear();
    mutation.mutate(
      {
        id: unit.id,
        body: {
          version: unit.version,
          closedOn: toApiDate(v.closedOn),
          ...(v.reason?.trim() ? { reason: v.reason.trim() } : {}),
        },
      },
      {
        onSuccess: () => {
          message.success(t('closeUnit.done'));
          close();
        },
        onError,
      },
    );
  };
  return (
    <FormModal<Values>
      open={open}
      title={t('closeUnit.title', { name: unit.name })}
      okText={t('closeUnit.submit')}
      danger
      form={form}
      name="close-unit"
      pending={mutation.isPending}
      failure={failure}
      onFinish={onFinish}
      onCancel={close}
      onReload={async () => {
        await onReload();
        clear();
      }}
      initialValues={{ closedOn: dayjs() }}
    >
      <Alert type="warning" showIcon title={t('closeUnit.warning')} style={{ marginBottom: 16 }} />
      <Form.Item
        name="closedOn"
        label={t('closeUnit.closedOn')}
        rules={[
          {
            required: true,
            message: t('common.requiredPick', { field: t('closeUnit.closedOn').toLowerCase() }),
          },
        ]}
      >
        <DateField />
      </Form.Item>
      <Form.Item name="reason" label={t('closeUnit.reason')}>
        <Input.TextArea maxLength={LIMITS.text} autoSize={{ minRows: 2, maxRows: 5 }} />
      </Form.Item>
    </FormModal>
  );
}
