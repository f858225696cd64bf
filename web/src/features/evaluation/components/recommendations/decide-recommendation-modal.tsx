import { App, Form, Input, Radio, Typography } from 'antd';
import { FormModal } from '../../../../components/form-modal.tsx';
import { useI18n } from '../../../../i18n/i18n.tsx';
import { useFormFailure } from '../../../../lib/form-errors.ts';
import {
  type RecommendationDecision,
  type RecommendationDto,
  useDecideRecommendation,
} from '../../api/recommendations.ts';

type Values = { decision: RecommendationDecision; note?: string };

/** The assigning body's decision on a personnel recommendation: accepted, rejected or deferred, with a note. */
export function DecideRecommendationModal({
  recommendation: r,
  onClose,
}: {
  recommendation: RecommendationDto;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const { failure, onError, clear } = useFormFailure(form);
  const decide = useDecideRecommendation();
  const decision = Form.useWatch('decision', form);
  return (
    <FormModal<Values>
      open
      title={t('rec.decideTitle', { name: r.headName })}
      okText={t('rec.decideSubmit')}
      form={form}
      name="decide-recommendation"
      pending={decide.isPending}
      failure={failure}
      onCancel={onClose}
      initialValues={{ decision: 'accepted' }}
      onFinish={(v) => {
        clear();
        decide.mutate(
          { id: r.id, version: r.version, decision: v.decision, note: v.note?.trim() || null },
          {
            onSuccess: () => {
              message.success(t('rec.decided'));
              onClose();
            },
            onError,
          },
        );
      }}
    >
      <Typography.Paragraph>
        {t(`rec.kind.${r.kind}`)} — {r.headName} ({r.unitName})
      </Typography.Paragraph>
      <Form.Item name="decision" label={t('rec.decision')} rules={[{ required: true }]}>
        <Radio.Group
          options={(['accepted', 'rejected', 'deferred'] as const).map((d) => ({
            value: d,
            label: t(`rec.decision.${d}`),
          }))}
        />
      </Form.Item>
      <Form.Item
        name="note"
        label={t('rec.note')}
        rules={
          decision && decision !== 'accepted'
            ? [{ required: true, whitespace: true, message: t('common.required', { field: t('rec.note') }) }]
            : []
        }
      >
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
}
