import { App, Button, Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { LIMITS } from '../../../../../contracts/common.ts';
import type { PostDto } from '../../../../../contracts/units.ts';
import { DateField } from '../../../components/date-field.tsx';
import { FormModal } from '../../../components/form-modal.tsx';
import { PersonPicker } from '../../../components/person-picker.tsx';
import { useI18n } from '../../../i18n/i18n.tsx';
import { useFormFailure } from '../../../lib/form-errors.ts';
import { toApiDate } from '../../../lib/format.ts';
// A feature may call another feature's API operations (never its components).
import { createPerson } from '../../people/api/create-person.ts';
import { useAppointToPost } from '../api/appoint-to-post.ts';

const ALIASES = { fullName: 'newPersonName' };

type Values = {
  personId?: string;
  newPersonName?: string;
  startOn: Dayjs;
  endOn?: Dayjs | null;
  decisionRef?: string;
};

/** Appoints someone to a post from a date; the person can be picked by name or recorded on the spot. */
export function AppointModal({ post, open, onClose }: { post: PostDto; open: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const mutation = useAppointToPost();
  const [creating, setCreating] = useState(false);
  const [newPerson, setNewPerson] = useState(false);
  const [created, setCreated] = useState<{ value: string; label: string } | undefined>();
  const { failure, onError, clear } = useFormFailure(form, ALIASES);
  const close = () => {
    clear();
    setNewPerson(false);
    onClose();
  };
  const onFinish = async (v: Values) => {
    clear();
    let personId = v.personId;
    if (newPerson) {
      setCreating(true);
      try {
        const person = await createPerson({ fullName: v.newPersonName!.trim() });
        personId = person.id;
        setCreated({ value: person.id, label: person.fullName });
        // Recorded: if the appointment fails now, retrying must not record them twice.
        form.setFieldValue('personId', personId);
        setNewPerson(false);
      } catch (error) {
        onError(error);
        return;
      } finally {
        setCreating(false);
      }
    }
    mutation.mutate(
      {
        postId: post.id,
        body: {
          personId: personId!,
          startOn: toApiDate(v.startOn),
          ...(v.endOn ? { endOn: toApiDate(v.endOn) } : {}),
          ...(v.decisionRef?.trim() ? { decisionRef: v.decisionRef.trim() } : {}),
        },
      },
      {
        onSuccess: () => {
          message.success(t('appoint.done'));
          close();
        },
        onError,
      },
    );
  };
  return (
    <FormModal<Values>
      open={open}
      title={t('appoint.title', { post: post.title })}
      okText={t('action.appoint')}
      form={form}
      name="appoint"
      pending={mutation.isPending || creating}
      failure={failure}
      onFinish={onFinish}
      onCancel={close}
      initialValues={{ startOn: dayjs() }}
    >
      {newPerson ? (
        <Form.Item
          name="newPersonName"
          label={t('people.fullName')}
          rules={[
            {
              required: true,
              whitespace: true,
              message: t('common.required', { field: t('people.fullName').toLowerCase() }),
            },
          ]}
          extra={
            <Button type="link" size="small" style={{ padding: 0 }} onClick={() => setNewPerson(false)}>
              {t('appoint.personPlaceholder')}
            </Button>
          }
        >
          <Input maxLength={LIMITS.name} />
        </Form.Item>
      ) : (
        <Form.Item
          name="personId"
          label={t('appoint.person')}
          rules={[
            {
              required: true,
              message: t('common.requiredPick', { field: t('appoint.person').toLowerCase() }),
            },
          ]}
          extra={
            <Button type="link" size="small" style={{ padding: 0 }} onClick={() => setNewPerson(true)}>
              {t('appoint.newPerson')}
            </Button>
          }
        >
          <PersonPicker placeholder={t('appoint.personPlaceholder')} initialOption={created} />
        </Form.Item>
      )}
      <Form.Item
        name="startOn"
        label={t('appoint.startOn')}
        rules={[
          {
            required: true,
            message: t('common.requiredPick', { field: t('appoint.startOn').toLowerCase() }),
          },
        ]}
      >
        <DateField />
      </Form.Item>
      <Form.Item name="endOn" label={t('appoint.endOn')}>
        <DateField />
      </Form.Item>
      <Form.Item name="decisionRef" label={t('appoint.decisionRef')}>
        <Input maxLength={LIMITS.name} placeholder={t('appoint.decisionRefPlaceholder')} />
      </Form.Item>
    </FormModal>
  );
}
