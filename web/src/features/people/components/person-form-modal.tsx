import { App, Form, Input, InputNumber, Select } from 'antd';
import { LIMITS } from '../../../../../contracts/common.ts';
import type { PersonDto } from '../../../../../contracts/people.ts';
import { FormModal } from '../../../components/form-modal.tsx';
import { useI18n } from '../../../i18n/i18n.tsx';
import { genderLabel } from '../../../i18n/labels.ts';
import { useFormFailure } from '../../../lib/form-errors.ts';
import { useCreatePerson } from '../api/create-person.ts';
import { useUpdatePerson } from '../api/update-person.ts';

type Values = {
  fullName: string;
  birthYear?: number | null;
  gender?: 'male' | 'female' | 'other' | null;
  email?: string | null;
  phone?: string | null;
};

type Props = {
  /** The person to edit; absent to record a new one. */
  person?: PersonDto;
  open: boolean;
  onClose: (created?: PersonDto) => void;
  onReload?: () => Promise<PersonDto | undefined>;
};

const valuesOf = (p: PersonDto): Values => ({
  fullName: p.fullName,
  birthYear: p.birthYear,
  gender: p.gender as Values['gender'],
  email: p.email,
  phone: p.phone,
});

const blank = (s: string | null | undefined) => (s?.trim() ? s.trim() : null);

/** Records or edits a person (cán bộ). */
export function PersonFormModal({ person, open, onClose, onReload }: Props) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const create = useCreatePerson();
  const update = useUpdatePerson();
  const { failure, onError, clear } = useFormFailure(form);
  const close = (created?: PersonDto) => {
    clear();
    onClose(created);
  };
  const onFinish = (v: Values) => {
    clear();
    const body = {
      fullName: v.fullName.trim(),
      birthYear: v.birthYear ?? null,
      gender: v.gender ?? null,
      email: blank(v.email),
      phone: blank(v.phone),
    };
    if (person) {
      update.mutate(
        { id: person.id, body: { ...body, version: person.version } },
        {
          onSuccess: () => {
            message.success(t('common.saved'));
            close();
          },
          onError,
        },
      );
    } else {
      create.mutate(body, {
        onSuccess: (created) => {
          message.success(t('person.created', { name: created.fullName }));
          close(created);
        },
        onError,
      });
    }
  };
  return (
    <FormModal<Values>
      open={open}
      title={person ? t('person.edit') : t('person.create')}
      form={form}
      name="person"
      pending={create.isPending || update.isPending}
      failure={failure}
      onFinish={onFinish}
      onCancel={() => close()}
      onReload={
        onReload
          ? async () => {
              const fresh = await onReload();
              clear();
              if (fresh) form.setFieldsValue(valuesOf(fresh));
            }
          : undefined
      }
      initialValues={person ? valuesOf(person) : {}}
    >
      <Form.Item
        name="fullName"
        label={t('people.fullName')}
        rules={[
          {
            required: true,
            whitespace: true,
            message: t('common.required', { field: t('people.fullName').toLowerCase() }),
          },
        ]}
      >
        <Input maxLength={LIMITS.name} autoComplete="off" />
      </Form.Item>
      <Form.Item name="birthYear" label={t('people.birthYear')}>
        <InputNumber min={1900} max={2100} precision={0} style={{ width: 160 }} />
      </Form.Item>
      <Form.Item name="gender" label={t('people.gender')}>
        <Select
          allowClear
          style={{ maxWidth: 240 }}
          options={(['male', 'female', 'other'] as const).map((g) => ({
            value: g,
            label: genderLabel(t, g),
          }))}
        />
      </Form.Item>
      <Form.Item
        name="email"
        label={t('people.email')}
        rules={[{ type: 'email', message: t('people.emailInvalid') }]}
      >
        <Input type="email" maxLength={LIMITS.name} autoComplete="off" />
      </Form.Item>
      <Form.Item name="phone" label={t('people.phone')}>
        <Input type="tel" maxLength={30} autoComplete="off" />
      </Form.Item>
    </FormModal>
  );
}
