import { App, DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { LIMITS } from '../../../../../contracts/common.ts';
import type { TaskStatusDto } from '../../../../../contracts/execution.ts';
import { URGING_LIMITS, type UrgingNoticeDto } from '../../../../../contracts/notifications.ts';
import { FormModal } from '../../../components/form-modal.tsx';
import { useI18n } from '../../../i18n/i18n.tsx';
import { useFormFailure } from '../../../lib/form-errors.ts';
import { DATE_FORMAT, toApiDate } from '../../../lib/format.ts';
import { useCreateUrgingNotice } from '../api/urging.ts';
import { statusLabel } from './task-status-tag.tsx';

type Values = {
  documentNumber: string;
  documentDate: Dayjs;
  signerName: string;
  signerTitle?: string;
  taskIds: string[];
  body: string;
  respondBy?: Dayjs | null;
};

/** Tasks that need urging: overdue, silent or at risk. */
export function needsUrging(task: TaskStatusDto): boolean {
  return task.status === 'overdue' || task.silent || task.atRisk;
}

/** The assigning body issues an urging notice (văn bản đôn đốc) to a head on some of their tasks. */
export function UrgingNoticeModal({
  assignmentId,
  headLabel,
  tasks,
  onClose,
  onCreated,
}: {
  assignmentId: string;
  /** "Bí thư Đảng ủy xã Nguyệt Đức: Nguyễn Văn An", for the default text. */
  headLabel: string;
  tasks: TaskStatusDto[];
  onClose: () => void;
  onCreated?: (notice: UrgingNoticeDto) => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const mutation = useCreateUrgingNotice();
  const { failure, onError, clear } = useFormFailure(form);
  const preselected = tasks.filter(needsUrging).map((task) => task.taskId);

  const onFinish = (v: Values) => {
    clear();
    mutation.mutate(
      {
        assignmentId,
        body: {
          documentNumber: v.documentNumber.trim(),
          documentDate: toApiDate(v.documentDate),
          signerName: v.signerName.trim(),
          signerTitle: v.signerTitle?.trim() || null,
          body: v.body.trim(),
          taskIds: v.taskIds,
          respondBy: v.respondBy ? toApiDate(v.respondBy) : null,
        },
      },
      {
        onSuccess: (notice) => {
          message.success(t('urging.created', { number: notice.documentNumber }));
          onCreated?.(notice);
          onClose();
        },
        onError,
      },
    );
  };

  return (
    <FormModal<Values>
      open
      width={720}
      title={t('urging.title')}
      okText={t('urging.submit')}
      form={form}
      name="urging-notice"
      pending={mutation.isPending}
      failure={failure}
      onFinish={onFinish}
      onCancel={onClose}
      initialValues={{
        documentNumber: '',
        documentDate: dayjs(),
        signerName: '',
        signerTitle: '',
        taskIds: preselected,
        body: t('urging.defaultBody', { head: headLabel }),
        respondBy: dayjs().add(10, 'day'),
      }}
    >
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: '0 16px' }}>
        <Form.Item
          name="documentNumber"
          label={t('urging.number')}
          extra={t('urging.numberHint')}
          style={{ flex: '1 1 200px' }}
          rules={[
            {
              required: true,
              whitespace: true,
              message: t('common.required', { field: t('urging.numberLower') }),
            },
          ]}
        >
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item
          name="documentDate"
          label={t('urging.date')}
          style={{ flex: '0 1 180px' }}
          rules={[{ required: true, message: t('common.requiredPick', { field: t('urging.dateLower') }) }]}
        >
          <DatePicker format={DATE_FORMAT} placeholder="dd/mm/yyyy" style={{ width: '100%' }} />
        </Form.Item>
      </div>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: '0 16px' }}>
        <Form.Item
          name="signerName"
          label={t('urging.signerName')}
          style={{ flex: '1 1 220px' }}
          rules={[
            {
              required: true,
              whitespace: true,
              message: t('common.required', { field: t('urging.signerLower') }),
            },
          ]}
        >
          <Input maxLength={LIMITS.name} />
        </Form.Item>
        <Form.Item name="signerTitle" label={t('urging.signerTitle')} style={{ flex: '1 1 220px' }}>
          <Input maxLength={LIMITS.name} placeholder={t('urging.signerTitlePlaceholder')} />
        </Form.Item>
      </div>
      <Form.Item
        name="taskIds"
        label={t('urging.tasks')}
        extra={t('urging.tasksHint')}
        rules={[{ required: true, type: 'array', min: 1, message: t('urging.tasksRequired') }]}
      >
        <Select
          mode="multiple"
          allowClear
          optionFilterProp="label"
          options={tasks
            .filter((task) => task.status !== 'cancelled')
            .map((task) => ({
              value: task.taskId,
              label: `${task.number}. ${task.title} (${statusLabel(t, task.status)}${task.silent ? `, ${t('taskFlag.silent').toLowerCase()}` : ''})`,
            }))}
        />
      </Form.Item>
      <Form.Item
        name="body"
        label={t('urging.body')}
        rules={[
          {
            required: true,
            whitespace: true,
            message: t('common.required', { field: t('urging.bodyLower') }),
          },
        ]}
      >
        <Input.TextArea autoSize={{ minRows: 5, maxRows: 14 }} maxLength={URGING_LIMITS.body} showCount />
      </Form.Item>
      <Form.Item name="respondBy" label={t('urging.respondBy')}>
        <DatePicker format={DATE_FORMAT} placeholder="dd/mm/yyyy" style={{ width: '100%', maxWidth: 240 }} />
      </Form.Item>
    </FormModal>
  );
}
