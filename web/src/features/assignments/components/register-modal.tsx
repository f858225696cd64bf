import { App, Form, Input, Select, Typography } from 'antd';
import { useEffect } from 'react';
import type { CycleDto } from '../../../../../contracts/assignments.ts';
import { LIMITS } from '../../../../../contracts/common.ts';
import { FormModal } from '../../../components/form-modal.tsx';
import { useI18n } from '../../../i18n/i18n.tsx';
import { useFormFailure } from '../../../lib/form-errors.ts';
// A feature may call another feature's API operations (never its components).
import { useUnit } from '../../units/api/get-unit.ts';
import { useCreateAssignment } from '../api/create-assignment.ts';

type Values = {
  assigneeUnitId: string;
  assigningUnitId: string;
  bottleneck: string;
  registrationNote?: string;
};

/**
 * A head (or their office) registers the targets they propose for the cycle, naming their biggest
 * bottleneck; the assigning body then revises the draft and issues it.
 */
export function RegisterModal({
  cycle,
  units,
  open,
  onClose,
}: {
  cycle: CycleDto;
  /** The caller's own units (head or delegate) that have no assignment in the cycle yet. */
  units: { id: string; name: string }[];
  open: boolean;
  onClose: (createdId?: string) => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const mutation = useCreateAssignment();
  const { failure, onError, clear } = useFormFailure(form);
  const unitId = Form.useWatch('assigneeUnitId', form) ?? units[0]?.id;
  const unit = useUnit(open ? unitId : undefined);
  // The assigning body is above the unit and inside the cycle's owner; the nearest comes first.
  const ancestors = unit.data?.ancestors ?? [];
  const ownerAt = ancestors.findIndex((x) => x.id === cycle.ownerUnitId);
  const assigners = ownerAt < 0 ? [] : ancestors.slice(ownerAt).reverse();
  const nearest = assigners[0]?.id;
  const ids = assigners.map((x) => x.id).join(',');
  useEffect(() => {
    if (nearest && !ids.split(',').includes(form.getFieldValue('assigningUnitId')))
      form.setFieldValue('assigningUnitId', nearest);
  }, [nearest, ids, form]);

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
        bottleneck: v.bottleneck.trim(),
        registrationNote: v.registrationNote?.trim() || null,
      },
      {
        onSuccess: (created) => {
          message.success(t('register.done'));
          close(created.id);
        },
        onError,
      },
    );
  };
  return (
    <FormModal<Values>
      open={open}
      title={t('register.title')}
      okText={t('register.submit')}
      form={form}
      name="register-targets"
      pending={mutation.isPending}
      failure={failure}
      onFinish={onFinish}
      onCancel={() => close()}
      initialValues={{ assigneeUnitId: units[0]?.id }}
    >
      <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
        {t('register.intro', { cycle: cycle.name })}
      </Typography.Paragraph>
      <Form.Item name="assigneeUnitId" label={t('info.assigneeUnit')} hidden={units.length < 2}>
        <Select options={units.map((u) => ({ value: u.id, label: u.name }))} />
      </Form.Item>
      {units.length === 1 && (
        <Form.Item label={t('info.assigneeUnit')} required>
          <strong>{units[0].name}</strong>
        </Form.Item>
      )}
      <Form.Item
        name="assigningUnitId"
        label={t('info.assigningUnit')}
        rules={[
          {
            required: true,
            message: t('common.requiredPick', { field: t('info.assigningUnit').toLowerCase() }),
          },
        ]}
      >
        <Select loading={unit.isPending} options={assigners.map((x) => ({ value: x.id, label: x.name }))} />
      </Form.Item>
      <Form.Item
        name="bottleneck"
        label={t('header.bottleneck')}
        extra={t('header.bottleneckHint')}
        rules={[
          {
            required: true,
            whitespace: true,
            message: t('common.required', { field: t('header.bottleneck').toLowerCase() }),
          },
        ]}
      >
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={LIMITS.text} />
      </Form.Item>
      <Form.Item name="registrationNote" label={t('header.registrationNote')}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={LIMITS.text} />
      </Form.Item>
    </FormModal>
  );
}
