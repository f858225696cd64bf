import { App, Form, Input, Select, Switch } from 'antd';
import type { UserDto } from '../../../../../contracts/auth.ts';
import { LIMITS } from '../../../../../contracts/common.ts';
import { ROLES, type Role } from '../../../../../contracts/roles.ts';
import { FormModal } from '../../../components/form-modal.tsx';
import { UnitPicker } from '../../../components/unit-picker.tsx';
import { useI18n } from '../../../i18n/i18n.tsx';
import { roleLabel } from '../../../i18n/labels.ts';
import { useFormFailure } from '../../../lib/form-errors.ts';
import { useGrantRole } from '../api/grant-role.ts';

type Values = { role: Role; unitId: string; includeSubtree: boolean; note?: string };

/** Grants a role on a unit picked by search, optionally over its whole subtree. */
export function GrantRoleModal({
  user,
  open,
  onClose,
}: {
  user: UserDto;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const mutation = useGrantRole();
  const { failure, onError, clear } = useFormFailure(form);
  const close = () => {
    clear();
    onClose();
  };
  return (
    <FormModal<Values>
      open={open}
      title={t('admin.grantTitle', { name: user.displayName })}
      okText={t('admin.grant')}
      form={form}
      name="grant-role"
      pending={mutation.isPending}
      failure={failure}
      onCancel={close}
      initialValues={{ includeSubtree: true }}
      onFinish={(v) => {
        clear();
        mutation.mutate(
          {
            userId: user.id,
            role: v.role,
            unitId: v.unitId,
            includeSubtree: v.includeSubtree,
            note: v.note?.trim() || null,
          },
          {
            onSuccess: () => {
              message.success(t('admin.granted'));
              close();
            },
            onError,
          },
        );
      }}
    >
      <Form.Item
        name="role"
        label={t('admin.role')}
        rules={[
          { required: true, message: t('common.requiredPick', { field: t('admin.role').toLowerCase() }) },
        ]}
      >
        <Select options={ROLES.map((r) => ({ value: r, label: roleLabel(t, r) }))} />
      </Form.Item>
      <Form.Item
        name="unitId"
        label={t('admin.unit')}
        rules={[
          { required: true, message: t('common.requiredPick', { field: t('admin.unit').toLowerCase() }) },
        ]}
      >
        <UnitPicker placeholder={t('admin.unitPlaceholder')} />
      </Form.Item>
      <Form.Item name="includeSubtree" label={t('admin.includeSubtree')} valuePropName="checked">
        <Switch checkedChildren={t('common.yes')} unCheckedChildren={t('common.no')} />
      </Form.Item>
      <Form.Item name="note" label={t('admin.note')}>
        <Input.TextArea maxLength={LIMITS.text} autoSize={{ minRows: 2, maxRows: 4 }} />
      </Form.Item>
    </FormModal>
  );
}
