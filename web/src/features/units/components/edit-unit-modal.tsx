import { App, Form, Input } from 'antd';
import type { Dayjs } from 'dayjs';
import { LIMITS } from '../../../../../contracts/common.ts';
import type { UnitDetailDto } from '../../../../../contracts/units.ts';
import { DateField } from '../../../components/date-field.tsx';
import { FormModal } from '../../../components/form-modal.tsx';
import { useI18n } from '../../../i18n/i18n.tsx';
import { useFormFailure } from '../../../lib/form-errors.ts';
import { toApiDate } from '../../../lib/format.ts';
import { useUpdateUnit } from '../api/update-unit.ts';
import { KindSelect } from './kind-select.tsx';

type Values = {
  name: string;
  code: string;
  kind: string;
  shortName?: string | null;
  effectiveOn?: Dayjs | null;
};

const valuesOf = (u: UnitDetailDto): Values => ({
  name: u.name,
  code: u.code,
  kind: u.kind,
  shortName: u.shortName,
  effectiveOn: null,
});

/** Renames, re-codes or re-kinds a unit; a stale version offers to reload. */
export function EditUnitModal({
  unit,
  open,
  onClose,
  onReload,
}: {
  unit: UnitDetailDto;
  open: boolean;
  onClose: () => void;
  onReload: () => Promise<UnitDetailDto | undefined>;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const mutation = useUpdateUnit();
  const { failure, onError, clear } = useFormFailure(form);
  const close = () => {
    clear();
    onClose();
  };
  const onFinish = (v: Values) => {
    clear();
    const body = {
      version: unit.version,
      ...(v.name.trim() !== unit.name ? { name: v.name.trim() } : {}),
      ...(v.code.trim() !== unit.code ? { code: v.code.trim() } : {}),
      ...(v.kind !== unit.kind ? { kind: v.kind } : {}),
      ...((v.shortName?.trim() || null) !== unit.shortName ? { shortName: v.shortName?.trim() || null } : {}),
      ...(v.effectiveOn ? { effectiveOn: toApiDate(v.effectiveOn) } : {}),
    };
    mutation.mutate(
      { id: unit.id, body },
      {
        onSuccess: () => {
          message.success(t('common.saved'));
          close();
        },
        onError,
      },
    );
  };
  const reload = async () => {
    const fresh = await onReload();
    clear();
    if (fresh) form.setFieldsValue(valuesOf(fresh));
  };
  const required = (key: 'unit.name' | 'unit.code') => ({
    required: true,
    whitespace: true,
    message: t('common.required', { field: t(key).toLowerCase() }),
  });
  return (
    <FormModal<Values>
      open={open}
      title={t('renameUnit.title')}
      form={form}
      name="edit-unit"
      pending={mutation.isPending}
      failure={failure}
      onFinish={onFinish}
      onCancel={close}
      onReload={reload}
      initialValues={valuesOf(unit)}
    >
      <Form.Item name="name" label={t('unit.name')} rules={[required('unit.name')]}>
        <Input maxLength={LIMITS.name} />
      </Form.Item>
      <Form.Item name="code" label={t('unit.code')} rules={[required('unit.code')]}>
        <Input maxLength={LIMITS.code} />
      </Form.Item>
      <Form.Item name="kind" label={t('unit.kind')}>
        <KindSelect currentKind={unit.kind} />
      </Form.Item>
      <Form.Item name="shortName" label={t('unit.shortName')}>
        <Input maxLength={LIMITS.name} />
      </Form.Item>
      <Form.Item name="effectiveOn" label={t('renameUnit.effectiveOn')}>
        <DateField />
      </Form.Item>
    </FormModal>
  );
}
