import { App, Form, Input, Select, Typography } from 'antd';
import type { CycleDto } from '../../../../../contracts/assignments.ts';
import type { GrantDto } from '../../../../../contracts/auth.ts';
import { LIMITS } from '../../../../../contracts/common.ts';
import { FormModal } from '../../../components/form-modal.tsx';
import { UnitPicker } from '../../../components/unit-picker.tsx';
import { useI18n } from '../../../i18n/i18n.tsx';
import { useFormFailure } from '../../../lib/form-errors.ts';
import { useCreateAssignment } from '../api/create-assignment.ts';

type Values = { assigningUnitId: string; assigneeUnitId: string; title?: string };

/** The assigner starts a draft decision for the head of a unit under theirs. */
export function CreateAssignmentModal({
  cycle,
  assignerGrants,
  open,
  onClose,
}: {
  cycle: CycleDto;
  assignerGrants: GrantDto[];
  open: boolean;
  onClose: (createdId?: string) => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const mutation = useCreateAssignment();
  const { failure, onError, clear } = useFormFailure(form);
  const close = (id?: string) => {
    clear();
    onClose(id);
  };
  const onFinish = (v: Values) => {
    clear();
    mutation.mutate(
      {
        cycleId: cycle.id,
        assigningUnitId: v.assigningUnitId,
        assigneeUnitId: v.assigneeUnitId,
        title: v.title?.trim() || null,
      },
      {
        onSuccess: (created) => {
          message.success(t('create.done', { unit: created.assigneeUnit.name }));
          close(created.id);
        },
        onError,
      },
    );
  };
  const units = [...new Map(assignerGrants.map((g) => [g.unitId, g.unitName])).entries()];
  return (
    <FormModal<Values>
      open={open}
      title={t('create.title')}
      okText={t('create.submit')}
      form={form}
      name="create-assignment"
      pending={mutation.isPending}
      failure={failure}
      onFinish={onFinish}
      onCancel={() => close()}
      initialValues={{ assigningUnitId: units[0]?.[0] }}
    >
      <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
        {t('create.intro', { cycle: cycle.name })}
      </Typography.Paragraph>
      <Form.Item name="assigningUnitId" label={t('info.assigningUnit')} hidden={units.length < 2}>
        <Select options={units.map(([value, label]) => ({ value, label }))} />
      </Form.Item>
      {units.length === 1 && (
        <Form.Item label={t('info.assigningUnit')} required>
          <strong>{units[0][1]}</strong>
        </Form.Item>
      )}
      <Form.Item
        name="assigneeUnitId"
        label={t('info.assigneeUnit')}
        extra={t('create.assigneeHint')}
        rules={[
          {
            required: true,
            message: t('common.requiredPick', { field: t('info.assigneeUnit').toLowerCase() }),
          },
        ]}
      >
        <UnitPicker placeholder={t('admin.unitPlaceholder')} />
      </Form.Item>
      <Form.Item name="title" label={t('header.title')} extra={t('header.titleHint')}>
        <Input maxLength={LIMITS.name} />
      </Form.Item>
    </FormModal>
  );
}
