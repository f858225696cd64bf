import { App, Form, Input, Typography } from 'antd';
import type { ResultDto } from '../../../../../../contracts/results.ts';
import { FormModal } from '../../../../components/form-modal.tsx';
import { useI18n } from '../../../../i18n/i18n.tsx';
import { useFormFailure } from '../../../../lib/form-errors.ts';
import { formatDate } from '../../../../lib/format.ts';
import { useFileAppeal } from '../../api/results.ts';
import { LevelTag } from '../shared/level-tag.tsx';
import { points2 } from '../shared/points.ts';

/** The person evaluated appeals their finalized result, once, with the grounds. */
export function AppealModal({ result, onClose }: { result: ResultDto; onClose: () => void }) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const { failure, onError, clear } = useFormFailure(form);
  const appeal = useFileAppeal();
  return (
    <FormModal<{ reason: string }>
      open
      title={t('appeal.fileTitle', { cycle: result.cycleName })}
      okText={t('appeal.fileSubmit')}
      form={form}
      name="appeal"
      pending={appeal.isPending}
      failure={failure}
      onCancel={onClose}
      onFinish={(v) => {
        clear();
        appeal.mutate(
          { resultId: result.id, reason: v.reason },
          {
            onSuccess: () => {
              message.success(t('appeal.filed'));
              onClose();
            },
            onError,
          },
        );
      }}
    >
      <Typography.Paragraph>
        {t('appeal.current')} <LevelTag level={result.level} /> ({points2(result.total, lang)})
      </Typography.Paragraph>
      <Typography.Paragraph type="secondary">
        {t('appeal.deadline', { date: formatDate(result.appealUntil) })}
      </Typography.Paragraph>
      <Form.Item
        name="reason"
        label={t('appeal.reason')}
        extra={t('appeal.reasonHint')}
        rules={[
          { required: true, whitespace: true, message: t('common.required', { field: t('appeal.reason') }) },
        ]}
      >
        <Input.TextArea autoSize={{ minRows: 4, maxRows: 12 }} maxLength={2000} showCount />
      </Form.Item>
    </FormModal>
  );
}
