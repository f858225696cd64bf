import { Alert, App, Form } from 'antd';
import type { Dayjs } from 'dayjs';
import type { UnitDetailDto } from '../../../../../contracts/units.ts';
import { DateField } from '../../../components/date-field.tsx';
import { FormModal } from '../../../components/form-modal.tsx';
import { UnitPicker } from '../../../components/unit-picker.tsx';
import { useI18n } from '../../../i18n/i18n.tsx';
import { useFormFailure } from '../../../lib/form-errors.ts';
import { toApiDate } from '../../../lib/format.ts';
import { useMoveUnit } from '../api/move-unit.ts';

type Values = { parentId: string; effectiveOn?: Dayjs | null };

/** Moves a unit (with its subtree) under a new parent picked by search. */
export function MoveUnitModal({
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
  const mutation = useMoveUnit();
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
          parentId: v.parentId,
          ...(v.effectiveOn ? { effectiveOn: toApiDate(v.effectiveOn) } : {}),
        },
      },
      {
        onSuccess: () => {
          message.success(t('moveUnit.done'));
          close();
        },
        onError,
      },
    );
  };
  return (
    <FormModal<Values>
      open={open}
      title={t('moveUnit.title', { name: unit.name })}
      form={form}
      name="move-unit"
      pending={mutation.isPending}
      failure={failure}
      onFinish={onFinish}
      onCancel={close}
      onReload={async () => {
        await onReload();
        clear();
      }}
    >
      <Alert type="info" showIcon title={t('moveUnit.hint')} style={{ marginBottom: 16 }} />
      <Form.Item
        name="parentId"
        label={t('moveUnit.newParent')}
        rules={[
          {
            required: true,
            message: t('common.requiredPick', { field: t('moveUnit.newParent').toLowerCase() }),
          },
        ]}
      >
        <UnitPicker placeholder={t('admin.unitPlaceholder')} excludeIds={[unit.id, unit.parentId ?? '']} />
      </Form.Item>
      <Form.Item name="effectiveOn" label={t('moveUnit.effectiveOn')}>
        <DateField />
      </Form.Item>
    </FormModal>
  );
}
