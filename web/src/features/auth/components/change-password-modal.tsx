import { Alert, App, Button, Form, Input, Modal } from 'antd';
import type { ReactNode } from 'react';
import { LIMITS } from '../../../../../contracts/common.ts';
import { FormErrorAlert } from '../../../components/form-error-alert.tsx';
import { useI18n } from '../../../i18n/i18n.tsx';
import { useFormFailure } from '../../../lib/form-errors.ts';
import { useChangePassword } from '../api/change-password.ts';

type Values = { currentPassword: string; newPassword: string; confirm: string };

/**
 * Changes the signed-in user's own password. `forced`: an account given a password by an admin
 * cannot dismiss it (nothing else works until the password changes); it may only sign out.
 */
export function ChangePasswordModal({
  open,
  onClose,
  forced,
}: {
  open: boolean;
  onClose: () => void;
  forced?: { signOut: ReactNode };
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const mutation = useChangePassword();
  const { failure, onError, clear } = useFormFailure(form);

  const close = () => {
    form.resetFields();
    clear();
    onClose();
  };
  const onFinish = ({ currentPassword, newPassword }: Values) => {
    clear();
    mutation.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => {
          message.success(t('password.done'));
          close();
        },
        onError,
      },
    );
  };

  return (
    <Modal
      open={open}
      title={t('password.title')}
      okText={t('password.submit')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={forced ? undefined : close}
      confirmLoading={mutation.isPending}
      destroyOnHidden
      closable={!forced}
      keyboard={!forced}
      mask={forced ? { closable: false } : undefined}
      footer={
        forced
          ? [
              <span key="out">{forced.signOut}</span>,
              <Button key="ok" type="primary" loading={mutation.isPending} onClick={() => form.submit()}>
                {t('password.submit')}
              </Button>,
            ]
          : undefined
      }
    >
      {forced && (
        <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('user.mustChangePassword')} />
      )}
      <FormErrorAlert failure={failure} />
      <Form form={form} layout="vertical" name="change-password" onFinish={onFinish} requiredMark="optional">
        <Form.Item
          name="currentPassword"
          label={t('password.current')}
          rules={[
            { required: true, message: t('common.required', { field: t('password.current').toLowerCase() }) },
          ]}
        >
          <Input.Password autoComplete="current-password" maxLength={LIMITS.password} />
        </Form.Item>
        <Form.Item
          name="newPassword"
          label={t('password.new')}
          extra={t('password.hint')}
          rules={[
            { required: true, message: t('common.required', { field: t('password.new').toLowerCase() }) },
          ]}
        >
          <Input.Password autoComplete="new-password" maxLength={LIMITS.password} />
        </Form.Item>
        <Form.Item
          name="confirm"
          label={t('password.confirm')}
          dependencies={['newPassword']}
          rules={[
            { required: true, message: t('common.required', { field: t('password.confirm').toLowerCase() }) },
            ({ getFieldValue }) => ({
              validator: (_, value) =>
                !value || value === getFieldValue('newPassword')
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('password.mismatch'))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" maxLength={LIMITS.password} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
