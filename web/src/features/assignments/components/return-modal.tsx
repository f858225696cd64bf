import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Form, Input, Select, Typography } from 'antd';
import { useState } from 'react';
import type { AssignmentDto } from '../../../../../contracts/assignments.ts';
import { LIMITS } from '../../../../../contracts/common.ts';
import { FormModal } from '../../../components/form-modal.tsx';
import { useI18n } from '../../../i18n/i18n.tsx';
import { ApiError } from '../../../lib/api-client.ts';
import { applyFieldErrors, type FormFailure } from '../../../lib/form-errors.ts';
import { useReturnAssignment } from '../api/return-assignment.ts';

type Proposal = { taskId?: string; proposal: string };
type Values = { reason: string; proposals: Proposal[] };

/** The head sends the assignment back to draft, with the reason and what they propose to change, task by task. */
export function ReturnModal({
  assignment,
  open,
  onClose,
  onReload,
}: {
  assignment: AssignmentDto;
  open: boolean;
  onClose: () => void;
  onReload: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const mutation = useReturnAssignment();
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const taskOptions = [
    { value: '', label: t('return.general') },
    ...assignment.tasks.map((task, i) => ({ value: task.id, label: `${i + 1}. ${task.title}` })),
  ];
  const onFinish = (v: Values) => {
    setFailure(null);
    mutation.mutate(
      {
        id: assignment.id,
        body: {
          version: assignment.version,
          reason: v.reason.trim(),
          proposedChanges: v.proposals.map((p) => ({
            ...(p.taskId ? { taskId: p.taskId } : {}),
            proposal: p.proposal.trim(),
          })),
        },
      },
      {
        onSuccess: () => {
          message.success(t('return.done'));
          onClose();
        },
        onError: (e) => {
          const error = e instanceof ApiError ? e : new ApiError('internal', 0, String(e));
          setFailure({ error, allFieldsShown: applyFieldErrors(form, error) });
        },
      },
    );
  };
  return (
    <FormModal<Values>
      open={open}
      width={720}
      title={t('return.title')}
      okText={t('return.submit')}
      danger
      form={form}
      name="return-assignment"
      pending={mutation.isPending}
      failure={failure}
      onFinish={onFinish}
      onCancel={() => {
        setFailure(null);
        onClose();
      }}
      onReload={() => {
        setFailure(null);
        onReload();
      }}
      initialValues={{ reason: '', proposals: [{ taskId: '', proposal: '' }] }}
    >
      <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
        {t('return.intro')}
      </Typography.Paragraph>
      <Form.Item
        name="reason"
        label={t('return.reason')}
        rules={[
          {
            required: true,
            whitespace: true,
            message: t('common.required', { field: t('return.reason').toLowerCase() }),
          },
        ]}
      >
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={LIMITS.text} />
      </Form.Item>
      <Typography.Text strong>{t('return.proposals')}</Typography.Text>
      <Form.List name="proposals">
        {(fields, { add, remove }) => (
          <div style={{ marginTop: 8 }}>
            {fields.map((field, i) => (
              <div
                key={field.key}
                style={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) 32px', gap: 8 }}
              >
                <div>
                  <Form.Item
                    name={[field.name, 'taskId']}
                    label={t('return.task', { n: i + 1 })}
                    style={{ marginBottom: 8 }}
                  >
                    <Select options={taskOptions} popupMatchSelectWidth={false} />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'proposal']}
                    label={t('return.proposal', { n: i + 1 })}
                    rules={[
                      {
                        required: true,
                        whitespace: true,
                        message: t('common.required', { field: t('return.proposalShort') }),
                      },
                    ]}
                  >
                    <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={LIMITS.text} />
                  </Form.Item>
                </div>
                {fields.length > 1 && (
                  <Button
                    type="text"
                    danger
                    style={{ marginTop: 30 }}
                    icon={<DeleteOutlined aria-hidden="true" />}
                    aria-label={t('return.removeProposal', { n: i + 1 })}
                    onClick={() => remove(field.name)}
                  />
                )}
              </div>
            ))}
            <Button
              icon={<PlusOutlined aria-hidden="true" />}
              onClick={() => add({ taskId: '', proposal: '' })}
            >
              {t('return.addProposal')}
            </Button>
          </div>
        )}
      </Form.List>
    </FormModal>
  );
}
