import { App, Form, Input, Select } from 'antd';
import type { UserDto } from '../../../../../contracts/auth.ts';
import { LIMITS } from '../../../../../contracts/common.ts';
import { FormModal } from '../../../components/form-modal.tsx';
import { PersonPicker } from '../../../components/person-picker.tsx';
import type { RemoteOption } from '../../../components/remote-select.tsx';
import { useI18n } from '../../../i18n/i18n.tsx';
import { useFormFailure } from '../../../lib/form-errors.ts';
import { useCreateUser } from '../api/create-user.ts';
import { useUpdateUser } from '../api/update-user.ts';

type Values = {
  username: string;
  displayName: string;
  password: string;
  locale: 'vi' | 'en';
  personId?: string | null;
};

type Props = {
  /** The linked person's name, so the picker shows it rather than an id. */
  personOption?: RemoteOption;
  user?: UserDto;
  open: boolean;
  onClose: (created?: UserDto) => void;
  onReload?: () => Promise<UserDto | undefined>;
};

/** Creates an account, or edits its name, language and linked person. */
export function UserFormModal({ user, personOption, open, onClose, onReload }: Props) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const create = useCreateUser();
  const update = useUpdateUser();
  const { failure, onError, clear } = useFormFailure(form);
  const close = (created?: UserDto) => {
    clear();
    onClose(created);
  };
  const onFinish = (v: Values) => {
    clear();
    if (user) {
      update.mutate(
        {
          id: user.id,
          body: {
            version: user.version,
            displayName: v.displayName.trim(),
            locale: v.locale,
            personId: v.personId ?? null,
          },
        },
        {
          onSuccess: () => {
            message.success(t('admin.userUpdated'));
            close();
          },
          onError,
        },
      );
    } else {
      create.mutate(
        {
          username: v.username.trim(),
          displayName: v.displayName.trim(),
          password: v.password,
          locale: v.locale,
          personId: v.personId ?? null,
        },
        {
          onSuccess: (created) => {
            message.success(t('admin.userCreated', { name: created.username }));
            close(created);
          },
          onError,
        },
      );
    }
  };
  const required = (key: 'admin.username' | 'admin.displayName' | 'admin.initialPassword') => ({
    required: true,
    whitespace: true,
    message: t('common.required', { field: t(key).toLowerCase() }),
  });
  return (
    <FormModal<Values>
      open={open}
      title={user ? t('admin.editUser') : t('admin.createUser')}
      form={form}
      name="user"
      pending={create.isPending || update.isPending}
      failure={failure}
      onFinish={onFinish}
      onCancel={() => close()}
      onReload={
        onReload
          ? async () => {
              const fresh = await onReload();
              clear();
              if (fresh)
                form.setFieldsValue({
                  displayName: fresh.displayName,
                  locale: fresh.locale,
                  personId: fresh.personId,
                });
            }
          : undefined
      }
      initialValues={
        user
          ? { displayName: user.displayName, locale: user.locale, personId: user.personId }
          : { locale: 'vi' }
      }
    >
      {!user && (
        <Form.Item
          name="username"
          label={t('admin.username')}
          extra={t('admin.usernameHint')}
          rules={[required('admin.username')]}
        >
          <Input maxLength={LIMITS.username} autoComplete="off" autoCapitalize="none" spellCheck={false} />
        </Form.Item>
      )}
      <Form.Item name="displayName" label={t('admin.displayName')} rules={[required('admin.displayName')]}>
        <Input maxLength={LIMITS.name} autoComplete="off" />
      </Form.Item>
      {!user && (
        <Form.Item
          name="password"
          label={t('admin.initialPassword')}
          extra={t('admin.initialPasswordHint')}
          rules={[required('admin.initialPassword')]}
        >
          <Input.Password maxLength={LIMITS.password} autoComplete="new-password" />
        </Form.Item>
      )}
      <Form.Item name="locale" label={t('admin.locale')}>
        <Select
          style={{ maxWidth: 240 }}
          options={[
            { value: 'vi', label: t('lang.vi') },
            { value: 'en', label: t('lang.en') },
          ]}
        />
      </Form.Item>
      <Form.Item name="personId" label={t('admin.person')}>
        <PersonPicker placeholder={t('appoint.personPlaceholder')} initialOption={personOption} />
      </Form.Item>
    </FormModal>
  );
}
