import { App, Form } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { TermDto } from '../../../../../contracts/units.ts';
import { DateField } from '../../../components/date-field.tsx';
import { FormModal } from '../../../components/form-modal.tsx';
import { useI18n } from '../../../i18n/i18n.tsx';
import { useFormFailure } from '../../../lib/form-errors.ts';
import { toApiDate } from '../../../lib/format.ts';
import { useEndTerm } from '../api/end-term.ts';

type Values = { endOn: Dayjs };

/** Ends a person's term in a post on a date (inclusive). */
export function EndTermModal({
  term,
  open,
  onClose,
  onReload,
}: {
  term: TermDto;
  open: boolean;
  onClose: () => void;
  onReload: () => Promise<unknown>;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const mutation = useEndTerm();
  const { failure, onError, clear } = useFormFailure(form);
  const close = () => {
    clear();
    onClose();
  };
  const onFinish = (v: Values) => {
    clear();
    mutation.mutate(
      { termId: term.id, body: { version: term.version, endOn: toApiDate(v.endOn) } },
      {
        onSuccess: () => {
          message.success(t('endTerm.done'));
          close();
        },
        onError,
      },
    );
  };
  return (
    <FormModal<Values>
      open={open}
      title={t('endTerm.title', { person: term.personName })}
      okText={t('action.endTerm')}
      danger
      form={form}
      name="end-term"
      pending={mutation.isPending}
      failure={failure}
      onFinish={onFinish}
      onCancel={close}
      onReload={async () => {
        await onReload();
        close();
      }}
      initialValues={{ endOn: dayjs() }}
    >
      <Form.Item
        name="endOn"
        label={t('endTerm.endOn')}
        rules={[
          { required: true, message: t('common.requiredPick', { field: t('endTerm.endOn').toLowerCase() }) },
        ]}
      >
        <DateField />
      </Form.Item>
    </FormModal>
  );
}
