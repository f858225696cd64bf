import { App, Checkbox, Form, Input } from 'antd';
import { LIMITS } from '../../../../../contracts/common.ts';
import type { UnitDetailDto } from '../../../../../contracts/units.ts';
import { FormModal } from '../../../components/form-modal.tsx';
import { useI18n } from '../../../i18n/i18n.tsx';
import { useFormFailure } from '../../../lib/form-errors.ts';
import { useCreatePost } from '../api/create-post.ts';

type Values = { title: string; isHead: boolean };

/** Adds a post (chức vụ) to a unit, optionally the head's post. */
export function AddPostModal({
  unit,
  open,
  onClose,
}: {
  unit: UnitDetailDto;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const mutation = useCreatePost();
  const { failure, onError, clear } = useFormFailure(form);
  const close = () => {
    clear();
    onClose();
  };
  const onFinish = (v: Values) => {
    clear();
    mutation.mutate(
      { unitId: unit.id, title: v.title.trim(), isHead: v.isHead },
      {
        onSuccess: () => {
          message.success(t('addPost.done'));
          close();
        },
        onError,
      },
    );
  };
  return (
    <FormModal<Values>
      open={open}
      title={t('addPost.title', { unit: unit.name })}
      form={form}
      name="add-post"
      pending={mutation.isPending}
      failure={failure}
      onFinish={onFinish}
      onCancel={close}
      initialValues={{ isHead: !unit.posts.some((p) => p.isHead) }}
    >
      <Form.Item
        name="title"
        label={t('post.title')}
        rules={[
          {
            required: true,
            whitespace: true,
            message: t('common.required', { field: t('post.title').toLowerCase() }),
          },
        ]}
      >
        <Input maxLength={LIMITS.name} placeholder="Bí thư Đảng ủy xã…" />
      </Form.Item>
      <Form.Item name="isHead" valuePropName="checked">
        <Checkbox>{t('post.isHead')}</Checkbox>
      </Form.Item>
    </FormModal>
  );
}
