import { App, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { POLICY_PRESETS } from '../../../../../contracts/assignments.ts';
import { LIMITS } from '../../../../../contracts/common.ts';
import { DateField } from '../../../components/date-field.tsx';
import { FormModal } from '../../../components/form-modal.tsx';
import { UnitPicker } from '../../../components/unit-picker.tsx';
import { useI18n } from '../../../i18n/i18n.tsx';
import type { MessageKey } from '../../../i18n/vi.ts';
import { useFormFailure } from '../../../lib/form-errors.ts';
import { toApiDate } from '../../../lib/format.ts';
import { useCreateCycle } from '../api/create-cycle.ts';

type Values = {
  ownerUnitId: string;
  name: string;
  kind: 'year' | 'term';
  startsOn: Dayjs;
  endsOn: Dayjs;
  preset: (typeof POLICY_PRESETS)[number];
};

/** Opens an evaluation cycle for an assigning unit with a scoring policy preset (version 1). */
export function CreateCycleModal({ open, onClose }: { open: boolean; onClose: (id?: string) => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const mutation = useCreateCycle();
  const { failure, onError, clear } = useFormFailure(form);
  const close = (id?: string) => {
    clear();
    onClose(id);
  };
  const onFinish = (v: Values) => {
    clear();
    mutation.mutate(
      {
        ownerUnitId: v.ownerUnitId,
        name: v.name.trim(),
        kind: v.kind,
        startsOn: toApiDate(v.startsOn),
        endsOn: toApiDate(v.endsOn),
        preset: v.preset,
      },
      {
        onSuccess: (created) => {
          message.success(t('cycles.created', { name: created.name }));
          close(created.id);
        },
        onError,
      },
    );
  };
  return (
    <FormModal<Values>
      open={open}
      title={t('cycles.create')}
      okText={t('cycles.createSubmit')}
      form={form}
      name="create-cycle"
      pending={mutation.isPending}
      failure={failure}
      onFinish={onFinish}
      onCancel={() => close()}
      initialValues={{ kind: 'year', preset: 'qd366' }}
    >
      <Form.Item
        name="ownerUnitId"
        label={t('cycles.owner')}
        extra={t('cycles.ownerHint')}
        rules={[
          { required: true, message: t('common.requiredPick', { field: t('cycles.owner').toLowerCase() }) },
        ]}
      >
        <UnitPicker placeholder={t('admin.unitPlaceholder')} />
      </Form.Item>
      <Form.Item
        name="name"
        label={t('cycles.name')}
        rules={[
          {
            required: true,
            whitespace: true,
            message: t('common.required', { field: t('cycles.name').toLowerCase() }),
          },
        ]}
      >
        <Input maxLength={LIMITS.name} placeholder={t('cycles.namePlaceholder')} />
      </Form.Item>
      <Form.Item name="kind" label={t('cycles.kind')}>
        <Select
          style={{ maxWidth: 240 }}
          options={(['year', 'term'] as const).map((k) => ({
            value: k,
            label: t(`cycleKind.${k}` as MessageKey),
          }))}
        />
      </Form.Item>
      <Form.Item
        name="startsOn"
        label={t('cycles.startsOn')}
        rules={[
          {
            required: true,
            message: t('common.requiredPick', { field: t('cycles.startsOn').toLowerCase() }),
          },
        ]}
      >
        <DateField />
      </Form.Item>
      <Form.Item
        name="endsOn"
        label={t('cycles.endsOn')}
        rules={[
          { required: true, message: t('common.requiredPick', { field: t('cycles.endsOn').toLowerCase() }) },
        ]}
      >
        <DateField />
      </Form.Item>
      <Form.Item name="preset" label={t('cycles.preset')}>
        <Select options={POLICY_PRESETS.map((p) => ({ value: p, label: t(`preset.${p}` as MessageKey) }))} />
      </Form.Item>
    </FormModal>
  );
}
