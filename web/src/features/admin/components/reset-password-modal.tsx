import { App, Form, Input } from 'antd';
import type { UserDto } from '../../../../../contracts/auth.ts';
import { LIMITS } from '../../../../../contracts/common.ts';
import { FormModal } from '../../../components/form-modal.tsx';
import { useI18n } from '../../../i18n/i18n.tsx';
import { useFormFailure } from '../../../lib/form-errors.ts';
import { useResetPassword } from '../api/reset-password.ts';

/** Sets a temporary password on someone's account. */
export function ResetPasswordModal({ user, onClose }: { user: UserDto; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ newPassword: string }>();
  const mutation = useResetPassword();
  const { failure, onError, clear } = useFormFailure(form);
  return (
    <FormModal<{ newPassword: string }>
      open
      title={t('admin.resetTitle', { name: user.displayName })}
      okText={t('admin.resetPassword')}
      form={form}
      name="reset-password"
      pending={mutation.isPending}
      failure={failure}
      onCancel={onClose}
      onReload={onClose}
      onFinish={(v) => {
        clear();
        mutation.mutate(
          { id: user.id, version: user.version, newPassword: v.newPassword },
          {
            onSuccess: () => {
              message.success(t('admin.resetDone'));
              onClose();
            },
            onError,
          },
        );
      }}
    >
      <Form.Item
        name="newPassword"
        label={t('admin.newPassword')}
        extra={t('password.hint')}
        rules={[
          { required: true, message: t('common.required', { field: t('admin.newPassword').toLowerCase() }) },
        ]}
      >
        <Input.Password maxLength={LIMITS.password} autoComplete="new-password" />
      </Form.Item>
    </FormModal>
  );
}
