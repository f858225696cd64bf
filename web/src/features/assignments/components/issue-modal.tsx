import { App, Form, Input, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useState } from 'react';
import type { AssignmentDto } from '../../../../../contracts/assignments.ts';
import { LIMITS } from '../../../../../contracts/common.ts';
import { DateField } from '../../../components/date-field.tsx';
import { FormModal } from '../../../components/form-modal.tsx';
import { useI18n } from '../../../i18n/i18n.tsx';
import type { FormFailure } from '../../../lib/form-errors.ts';
import { toApiDate } from '../../../lib/format.ts';
import { useIssueAssignment } from '../api/issue-assignment.ts';
import { type ApiProblem, problemsFailure } from './problem-failure.ts';
import { ProblemList } from './problem-list.tsx';

type Values = {
  documentNumber: string;
  documentDate: Dayjs | null;
  signerName: string;
  signerTitle?: string;
};

const ALIASES = {
  documentNumber: 'documentNumber',
  documentDate: 'documentDate',
  signer: 'signerName',
  signerName: 'signerName',
  signerTitle: 'signerTitle',
};

/** Issues the decision: number (e.g. 12-QĐ/HU), date and signer; a refusal lists every problem at once. */
export function IssueModal({
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
  const mutation = useIssueAssignment();
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const [unplaced, setUnplaced] = useState<ApiProblem[]>([]);
  const close = () => {
    setFailure(null);
    setUnplaced([]);
    onClose();
  };
  const onFinish = (v: Values) => {
    setFailure(null);
    setUnplaced([]);
    mutation.mutate(
      {
        id: assignment.id,
        body: {
          version: assignment.version,
          documentNumber: v.documentNumber.trim(),
          documentDate: toApiDate(v.documentDate as Dayjs),
          signerName: v.signerName.trim(),
          signerTitle: v.signerTitle?.trim() || null,
        },
      },
      {
        onSuccess: (fresh) => {
          message.success(t('issue.done', { number: fresh.documentNumber ?? '' }));
          close();
        },
        onError: (e) => {
          const result = problemsFailure(form, e, ALIASES);
          setFailure(result.failure);
          setUnplaced(result.unplaced);
        },
      },
    );
  };
  const required = (label: string) => ({
    required: true,
    whitespace: true,
    message: t('common.required', { field: label.toLowerCase() }),
  });
  return (
    <FormModal<Values>
      open={open}
      width={unplaced.length ? 720 : 560}
      title={t('issue.title', { unit: assignment.assigneeUnit.name })}
      okText={t('issue.submit')}
      form={form}
      name="issue-assignment"
      pending={mutation.isPending}
      failure={unplaced.length ? null : failure}
      onFinish={onFinish}
      onCancel={close}
      onReload={() => {
        setFailure(null);
        onReload();
      }}
      initialValues={{
        documentNumber: assignment.documentNumber ?? '',
        documentDate: assignment.documentDate ? dayjs(assignment.documentDate) : null,
        signerName: assignment.signerName ?? '',
        signerTitle: assignment.signerTitle ?? '',
      }}
    >
      <ProblemList title={t('issue.refused', { count: unplaced.length })} problems={unplaced} />
      <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
        {t('issue.intro', { count: assignment.taskCount })}
      </Typography.Paragraph>
      <Form.Item
        name="documentNumber"
        label={t('issue.documentNumber')}
        extra={t('issue.documentNumberHint')}
        rules={[required(t('issue.documentNumber'))]}
      >
        <Input maxLength={50} placeholder="12-QĐ/HU" autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="documentDate"
        label={t('issue.documentDate')}
        rules={[
          {
            required: true,
            message: t('common.requiredPick', { field: t('issue.documentDate').toLowerCase() }),
          },
        ]}
      >
        <DateField />
      </Form.Item>
      <Form.Item name="signerName" label={t('issue.signerName')} rules={[required(t('issue.signerName'))]}>
        <Input maxLength={LIMITS.name} autoComplete="off" />
      </Form.Item>
      <Form.Item name="signerTitle" label={t('issue.signerTitle')}>
        <Input maxLength={LIMITS.name} placeholder={t('issue.signerTitlePlaceholder')} autoComplete="off" />
      </Form.Item>
    </FormModal>
  );
}
