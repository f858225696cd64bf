import { App, DatePicker, Form, Input, Radio, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import {
  SUPPORT_LIMITS,
  SUPPORT_REQUEST_KINDS,
  type SupportRequestKind,
  type SupportRoute,
} from '../../../../../contracts/support.ts';
import { FormModal } from '../../../components/form-modal.tsx';
import { useI18n } from '../../../i18n/i18n.tsx';
import type { MessageKey } from '../../../i18n/vi.ts';
import { useFormFailure } from '../../../lib/form-errors.ts';
import { DATE_FORMAT, formatDate, toApiDate } from '../../../lib/format.ts';
import { useRaiseSupportRequest } from '../api/support.ts';
import { AgencyPicker, type UnitOption } from './agency-picker.tsx';

type Values = {
  kind: SupportRequestKind;
  subject: string;
  body: string;
  routedTo: SupportRoute;
  agencyUnitId?: string;
  responseDue?: Dayjs | null;
};

/** What the request form needs to know about its task. */
export type RequestTask = {
  id: string;
  title: string;
  /** Who assigned the task: the default addressee. */
  assigningUnitName?: string;
  /** Agencies named on the task (coordinating units, support providers), offered first. */
  agencies?: UnitOption[];
  /** The head's own unit, which cannot be its own agency. */
  assigneeUnitId?: string;
};

/** The label of a request kind (vướng mắc, xin ý kiến chỉ đạo, đề xuất/hiến kế, đề nghị nguồn lực). */
export function requestKindLabel(t: (key: MessageKey) => string, kind: string): string {
  return t(`requestKind.${kind}` as MessageKey);
}

/**
 * The head raises an obstacle, a request for direction, a proposal or a resource request on a
 * task, to the assigning body or to a functional agency, with the date an answer is due.
 */
export function SupportRequestModal({ task, onClose }: { task: RequestTask; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const mutation = useRaiseSupportRequest();
  const { failure, onError, clear } = useFormFailure(form);
  const routedTo = Form.useWatch('routedTo', form) ?? 'assigner';
  const today = dayjs();
  const defaultDue = today.add(SUPPORT_LIMITS.defaultResponseDays, 'day');

  const onFinish = (v: Values) => {
    clear();
    mutation.mutate(
      {
        taskId: task.id,
        kind: v.kind,
        subject: v.subject.trim(),
        body: v.body.trim(),
        routedTo: v.routedTo,
        agencyUnitId: v.routedTo === 'agency' ? (v.agencyUnitId ?? null) : null,
        responseDue: v.responseDue ? toApiDate(v.responseDue) : null,
      },
      {
        onSuccess: () => {
          message.success(t('request.raised'));
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
      title={t('request.raiseTitle')}
      okText={t('request.raiseSubmit')}
      form={form}
      name="support-request"
      pending={mutation.isPending}
      failure={failure}
      onFinish={onFinish}
      onCancel={onClose}
      initialValues={{
        kind: 'obstacle',
        routedTo: 'assigner',
        subject: '',
        body: '',
        responseDue: defaultDue,
      }}
    >
      <Typography.Paragraph style={{ marginTop: 0 }}>
        <Typography.Text type="secondary">{t('request.forTask')}</Typography.Text>{' '}
        <strong>{task.title}</strong>
      </Typography.Paragraph>
      <Form.Item name="kind" label={t('request.kind')} rules={[{ required: true }]}>
        <Radio.Group
          options={SUPPORT_REQUEST_KINDS.map((k) => ({ value: k, label: requestKindLabel(t, k) }))}
        />
      </Form.Item>
      <Form.Item
        name="subject"
        label={t('request.subject')}
        rules={[
          {
            required: true,
            whitespace: true,
            message: t('common.required', { field: t('request.subjectLower') }),
          },
        ]}
      >
        <Input maxLength={SUPPORT_LIMITS.subject} showCount />
      </Form.Item>
      <Form.Item
        name="body"
        label={t('request.body')}
        extra={t('request.bodyHint')}
        rules={[
          {
            required: true,
            whitespace: true,
            message: t('common.required', { field: t('request.bodyLower') }),
          },
        ]}
      >
        <Input.TextArea autoSize={{ minRows: 4, maxRows: 12 }} maxLength={SUPPORT_LIMITS.body} showCount />
      </Form.Item>
      <Form.Item name="routedTo" label={t('request.routedTo')} rules={[{ required: true }]}>
        <Radio.Group
          options={[
            {
              value: 'assigner',
              label: task.assigningUnitName
                ? t('request.toAssignerNamed', { name: task.assigningUnitName })
                : t('request.toAssigner'),
            },
            { value: 'agency', label: t('request.toAgency') },
          ]}
        />
      </Form.Item>
      {routedTo === 'agency' && (
        <Form.Item
          name="agencyUnitId"
          label={t('request.agency')}
          extra={t('request.agencyHint')}
          rules={[{ required: true, message: t('common.requiredPick', { field: t('request.agencyLower') }) }]}
        >
          <AgencyPicker
            suggestions={task.agencies ?? []}
            excludeIds={task.assigneeUnitId ? [task.assigneeUnitId] : []}
          />
        </Form.Item>
      )}
      <Form.Item
        name="responseDue"
        label={t('request.responseDue')}
        extra={t('request.responseDueHint', {
          days: SUPPORT_LIMITS.defaultResponseDays,
          max: formatDate(toApiDate(today.add(SUPPORT_LIMITS.maxResponseDays, 'day'))),
        })}
      >
        <DatePicker
          format={DATE_FORMAT}
          placeholder="dd/mm/yyyy"
          style={{ width: '100%', maxWidth: 240 }}
          disabledDate={(d) =>
            d.isBefore(today, 'day') || d.isAfter(today.add(SUPPORT_LIMITS.maxResponseDays, 'day'), 'day')
          }
        />
      </Form.Item>
    </FormModal>
  );
}
