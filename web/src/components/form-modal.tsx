import { Form, type FormInstance, Modal } from 'antd';
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n.tsx';
import type { FormFailure } from '../lib/form-errors.ts';
import { FormErrorAlert } from './form-error-alert.tsx';

type Props<T> = {
  open: boolean;
  title: ReactNode;
  okText?: string;
  danger?: boolean;
  form: FormInstance<T>;
  name: string;
  pending: boolean;
  failure: FormFailure | null;
  onFinish: (values: T) => void;
  onCancel: () => void;
  /** Offered when the API answers 409: fetch the record again. */
  onReload?: () => void;
  initialValues?: Partial<T>;
  /** Wider dialogs for forms holding a table (e.g. a weight re-balance). */
  width?: number;
  children: ReactNode;
};

/** A modal holding one vertical form: errors from the API above the fields, Save/Cancel below. */
export function FormModal<T>({
  open,
  title,
  okText,
  danger,
  form,
  name,
  pending,
  failure,
  onFinish,
  onCancel,
  onReload,
  initialValues,
  width,
  children,
}: Props<T>) {
  const { t } = useI18n();
  return (
    <Modal
      open={open}
      title={title}
      okText={okText ?? t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger }}
      onOk={() => form.submit()}
      onCancel={onCancel}
      confirmLoading={pending}
      destroyOnHidden
      mask={{ closable: false }}
      width={width}
    >
      <FormErrorAlert failure={failure} onReload={onReload} />
      <Form<T>
        form={form}
        name={name}
        layout="vertical"
        requiredMark="optional"
        onFinish={onFinish}
        initialValues={initialValues}
        preserve={false}
      >
        {children}
      </Form>
    </Modal>
  );
}
