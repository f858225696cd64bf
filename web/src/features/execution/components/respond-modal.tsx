import { App, Descriptions, Form, Input, Radio, Typography } from 'antd';
import { SUPPORT_LIMITS, type SupportRequestDto } from '../../../../../contracts/support.ts';
import { FormModal } from '../../../components/form-modal.tsx';
import { useI18n } from '../../../i18n/i18n.tsx';
import { useFormFailure } from '../../../lib/form-errors.ts';
import { formatDate } from '../../../lib/format.ts';
import { useRespondSupportRequest } from '../api/support.ts';
import { ResponseDue } from './request-bits.tsx';
import { requestKindLabel } from './support-request-modal.tsx';

type Values = { response: string; resolved: boolean };

/** The agency (or the assigner) answers a request and says whether the obstacle is removed. */
export function RespondModal({
  request,
  onClose,
  onReload,
}: {
  request: SupportRequestDto;
  onClose: () => void;
  onReload?: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const mutation = useRespondSupportRequest();
  const { failure, onError, clear } = useFormFailure(form);

  const onFinish = (v: Values) => {
    clear();
    mutation.mutate(
      { id: request.id, version: request.version, response: v.response.trim(), resolved: v.resolved },
      {
        onSuccess: () => {
          message.success(t('request.answered'));
          onClose();
        },
        onError,
      },
    );
  };

  return (
    <FormModal<Values>
      open
      width={640}
      title={t('request.respondTitle')}
      okText={t('request.respondSubmit')}
      form={form}
      name="respond-request"
      pending={mutation.isPending}
      failure={failure}
      onFinish={onFinish}
      onCancel={onClose}
      onReload={() => {
        clear();
        onReload?.();
        onClose();
      }}
      initialValues={{ response: '', resolved: true }}
    >
      <Descriptions
        size="small"
        column={1}
        bordered
        style={{ marginBottom: 16 }}
        items={[
          {
            key: 'from',
            label: t('request.from'),
            children: `${request.assigneeUnit.name} · ${request.onBehalfOfName ?? request.raisedByName}`,
          },
          { key: 'task', label: t('request.task'), children: request.task.title },
          { key: 'kind', label: t('request.kind'), children: requestKindLabel(t, request.kind) },
          {
            key: 'subject',
            label: t('request.subject'),
            children: <strong>{request.subject}</strong>,
          },
          {
            key: 'body',
            label: t('request.body'),
            children: <div style={{ whiteSpace: 'pre-line' }}>{request.body}</div>,
          },
          {
            key: 'dates',
            label: t('request.responseDue'),
            children: (
              <>
                <ResponseDue request={request} />
                <Typography.Text type="secondary">
                  {' '}
                  ({t('request.raisedOn', { date: formatDate(request.raisedOn) })})
                </Typography.Text>
              </>
            ),
          },
        ]}
      />
      <Form.Item
        name="response"
        label={t('request.response')}
        rules={[
          {
            required: true,
            whitespace: true,
            message: t('common.required', { field: t('request.responseLower') }),
          },
        ]}
      >
        <Input.TextArea
          autoSize={{ minRows: 4, maxRows: 12 }}
          maxLength={SUPPORT_LIMITS.response}
          showCount
        />
      </Form.Item>
      <Form.Item name="resolved" label={t('request.resolved')} rules={[{ required: true }]}>
        <Radio.Group
          options={[
            { value: true, label: t('request.resolvedYes') },
            { value: false, label: t('request.resolvedNo') },
          ]}
        />
      </Form.Item>
    </FormModal>
  );
}
