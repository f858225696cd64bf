import { App, Form, Input, Radio, Select, Typography } from 'antd';
import type { LevelDto, ResultDto } from '../../../../../../contracts/results.ts';
import { FormModal } from '../../../../components/form-modal.tsx';
import { useI18n } from '../../../../i18n/i18n.tsx';
import { useFormFailure } from '../../../../lib/form-errors.ts';
import { formatDate } from '../../../../lib/format.ts';
import { useAnswerAppeal } from '../../api/results.ts';
import { LevelTag, levelOptions } from '../shared/level-tag.tsx';
import { points2 } from '../shared/points.ts';

type Values = { outcome: 'upheld' | 'changed'; level?: LevelDto; response: string };

/** The assigning body answers an appeal: upholds the level, or changes it; the response is required. */
export function AnswerAppealModal({ result, onClose }: { result: ResultDto; onClose: () => void }) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const { failure, onError, clear } = useFormFailure(form);
  const answer = useAnswerAppeal();
  const appeal = result.appeal!;
  const outcome = Form.useWatch('outcome', form);

  const onFinish = (v: Values) => {
    clear();
    answer.mutate(
      {
        appealId: appeal.id,
        version: appeal.version,
        response: v.response,
        level: v.outcome === 'upheld' ? result.level : v.level!,
      },
      {
        onSuccess: () => {
          message.success(t('appeal.answered'));
          onClose();
        },
        onError,
      },
    );
  };

  return (
    <FormModal<Values>
      open
      title={t('appeal.answerTitle', { name: result.headName || result.unitName })}
      okText={t('appeal.answerSubmit')}
      form={form}
      name="answer-appeal"
      pending={answer.isPending}
      failure={failure}
      onFinish={onFinish}
      onCancel={onClose}
      initialValues={{ outcome: 'upheld' }}
    >
      <Typography.Paragraph>
        {t('appeal.current')} <LevelTag level={result.level} /> ({points2(result.total, lang)})
      </Typography.Paragraph>
      <Typography.Paragraph>
        <strong>{t('appeal.filedOn', { date: formatDate(appeal.filedOn) })}:</strong>{' '}
        <span style={{ whiteSpace: 'pre-wrap' }}>{appeal.reason}</span>
      </Typography.Paragraph>
      <Form.Item name="outcome" label={t('appeal.outcome')} rules={[{ required: true }]}>
        <Radio.Group
          options={[
            { value: 'upheld', label: t('appeal.upheld') },
            { value: 'changed', label: t('appeal.changed') },
          ]}
        />
      </Form.Item>
      {outcome === 'changed' && (
        <Form.Item
          name="level"
          label={t('appeal.newLevel')}
          rules={[
            { required: true, message: t('common.requiredPick', { field: t('appeal.newLevel') }) },
            {
              validator: (_, v) =>
                v === result.level ? Promise.reject(new Error(t('appeal.sameLevel'))) : Promise.resolve(),
            },
          ]}
        >
          <Select options={levelOptions(t)} />
        </Form.Item>
      )}
      <Form.Item
        name="response"
        label={t('appeal.response')}
        rules={[
          {
            required: true,
            whitespace: true,
            message: t('common.required', { field: t('appeal.response') }),
          },
        ]}
      >
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={2000} showCount />
      </Form.Item>
    </FormModal>
  );
}
