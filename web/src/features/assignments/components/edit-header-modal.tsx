import { App, Form, Input } from 'antd';
import type { AssignmentDto } from '../../../../../contracts/assignments.ts';
import { LIMITS } from '../../../../../contracts/common.ts';
import { FormModal } from '../../../components/form-modal.tsx';
import { useI18n } from '../../../i18n/i18n.tsx';
import { useFormFailure } from '../../../lib/form-errors.ts';
import { useUpdateAssignment } from '../api/update-assignment.ts';

type Values = { title?: string; bottleneck?: string; registrationNote?: string };

const valuesOf = (a: AssignmentDto): Values => ({
  title: a.title ?? '',
  bottleneck: a.bottleneck ?? '',
  registrationNote: a.registrationNote ?? '',
});

/** Edits a draft's title, its biggest bottleneck and the registration note. */
export function EditHeaderModal({
  assignment,
  open,
  onClose,
  onReload,
}: {
  assignment: AssignmentDto;
  open: boolean;
  onClose: () => void;
  onReload: () => Promise<AssignmentDto | undefined>;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const mutation = useUpdateAssignment();
  const { failure, onError, clear } = useFormFailure(form);
  const close = () => {
    clear();
    onClose();
  };
  const onFinish = (v: Values) => {
    clear();
    mutation.mutate(
      {
        id: assignment.id,
        body: {
          version: assignment.version,
          title: v.title?.trim() || null,
          bottleneck: v.bottleneck?.trim() || null,
          registrationNote: v.registrationNote?.trim() || null,
        },
      },
      {
        onSuccess: () => {
          message.success(t('common.saved'));
          close();
        },
        onError,
      },
    );
  };
  return (
    <FormModal<Values>
      open={open}
      title={t('header.editTitle')}
      form={form}
      name="edit-assignment"
      pending={mutation.isPending}
      failure={failure}
      onFinish={onFinish}
      onCancel={close}
      onReload={async () => {
        const fresh = await onReload();
        clear();
        if (fresh) form.setFieldsValue(valuesOf(fresh));
      }}
      initialValues={valuesOf(assignment)}
    >
      <Form.Item name="title" label={t('header.title')} extra={t('header.titleHint')}>
        <Input maxLength={LIMITS.name} />
      </Form.Item>
      <Form.Item name="bottleneck" label={t('header.bottleneck')} extra={t('header.bottleneckHint')}>
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={LIMITS.text} />
      </Form.Item>
      <Form.Item name="registrationNote" label={t('header.registrationNote')}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={LIMITS.text} />
      </Form.Item>
    </FormModal>
  );
}
