import { App, Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useNavigate } from 'react-router';
import { LIMITS } from '../../../../../contracts/common.ts';
import type { UnitDetailDto } from '../../../../../contracts/units.ts';
import { DateField } from '../../../components/date-field.tsx';
import { FormModal } from '../../../components/form-modal.tsx';
import { useI18n } from '../../../i18n/i18n.tsx';
import { useFormFailure } from '../../../lib/form-errors.ts';
import { toApiDate } from '../../../lib/format.ts';
import { useCreateUnit } from '../api/create-unit.ts';
import { KindSelect } from './kind-select.tsx';

type Values = { kind: string; code: string; name: string; shortName?: string; openedOn: Dayjs };

/** Adds a unit under the current one. */
export function CreateUnitModal({
  parent,
  open,
  onClose,
}: {
  parent: UnitDetailDto;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const mutation = useCreateUnit();
  const { failure, onError, clear } = useFormFailure(form);
  const close = () => {
    clear();
    onClose();
  };
  const onFinish = (v: Values) => {
    clear();
    mutation.mutate(
      {
        parentId: parent.id,
        kind: v.kind,
        code: v.code.trim(),
        name: v.name.trim(),
        shortName: v.shortName?.trim() || null,
        openedOn: toApiDate(v.openedOn),
      },
      {
        onSuccess: (unit) => {
          message.success(t('createUnit.done', { name: unit.name }));
          close();
          navigate(`/units/${unit.id}`);
        },
        onError,
      },
    );
  };
  const required = (key: Parameters<typeof t>[0]) => ({
    required: true,
    whitespace: true,
    message: t('common.required', { field: t(key).toLowerCase() }),
  });
  return (
    <FormModal<Values>
      open={open}
      title={t('createUnit.title', { parent: parent.name })}
      form={form}
      name="create-unit"
      pending={mutation.isPending}
      failure={failure}
      onFinish={onFinish}
      onCancel={close}
      initialValues={{ kind: 'other', openedOn: dayjs() }}
    >
      <Form.Item name="name" label={t('unit.name')} rules={[required('unit.name')]}>
        <Input maxLength={LIMITS.name} />
      </Form.Item>
      <Form.Item name="code" label={t('unit.code')} rules={[required('unit.code')]}>
        <Input maxLength={LIMITS.code} />
      </Form.Item>
      <Form.Item
        name="kind"
        label={t('unit.kind')}
        rules={[
          { required: true, message: t('common.requiredPick', { field: t('unit.kind').toLowerCase() }) },
        ]}
      >
        <KindSelect />
      </Form.Item>
      <Form.Item name="shortName" label={t('unit.shortName')}>
        <Input maxLength={LIMITS.name} />
      </Form.Item>
      <Form.Item
        name="openedOn"
        label={t('unit.openedOn')}
        rules={[
          { required: true, message: t('common.requiredPick', { field: t('unit.openedOn').toLowerCase() }) },
        ]}
      >
        <DateField />
      </Form.Item>
    </FormModal>
  );
}
