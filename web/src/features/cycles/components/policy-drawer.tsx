import {
  Alert,
  App,
  Button,
  Descriptions,
  Drawer,
  Flex,
  Form,
  Input,
  Select,
  Switch,
  Typography,
} from 'antd';
import { useRef, useState } from 'react';
import { type CycleDto, POLICY_PRESETS } from '../../../../../contracts/assignments.ts';
import { LIMITS } from '../../../../../contracts/common.ts';
import { DecimalInput } from '../../../components/decimal-input.tsx';
import { FormErrorAlert } from '../../../components/form-error-alert.tsx';
import { useI18n } from '../../../i18n/i18n.tsx';
import type { MessageKey } from '../../../i18n/vi.ts';
import { ApiError } from '../../../lib/api-client.ts';
import type { FormFailure } from '../../../lib/form-errors.ts';
import { formatDateTime, formatPoints, toHundredths } from '../../../lib/format.ts';
import { useUpdatePolicy } from '../api/update-policy.ts';
import { type PolicyValues, policyToValues, valuesToChanges } from './policy-values.ts';

const KNOWN_CODES = [
  'required',
  'must_be_integer_hundredths',
  'out_of_range',
  'parts_must_sum_to_100',
  'must_be_below',
  'must_be_number',
  'too_many_decimals',
  'must_be_integer_at_least',
  'must_be_boolean',
  'must_be_one_of',
  'duplicate',
  'must_be_snake_case',
];

/**
 * A cycle's scoring policy in force, in points (results part 70, bands 90/70/50, late penalty
 * 25%...). Those who manage the cycle save changes as a new version, until scoring starts.
 */
export function PolicyDrawer({ cycle, onClose }: { cycle: CycleDto; onClose: () => void }) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<PolicyValues>();
  const mutation = useUpdatePolicy();
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const topRef = useRef<HTMLDivElement>(null);
  const editable = cycle.abilities.managePolicy;
  const initial = policyToValues(cycle);
  const preset = Form.useWatch('preset', form) ?? initial.preset;
  const presetChanged = preset !== initial.preset;
  const resultsPart = Form.useWatch('resultsPart', form) ?? initial.resultsPart;
  const criteria = (Form.useWatch('generalCriteria', form) ??
    initial.generalCriteria) as PolicyValues['generalCriteria'];
  const general = criteria.reduce((s, c) => s + toHundredths(c?.max ?? 0), 0) / 100;
  const sumOk = toHundredths(resultsPart) + toHundredths(general) === 10000;

  const onFinish = (raw: PolicyValues) => {
    setFailure(null);
    // The form holds only each criterion's maximum; its key and label come from the policy in force.
    const v = {
      ...raw,
      generalCriteria: initial.generalCriteria.map((c, i) => ({
        ...c,
        max: raw.generalCriteria?.[i]?.max ?? c.max,
      })),
    };
    mutation.mutate(
      {
        cycleId: cycle.id,
        body: {
          version: cycle.version,
          preset: v.preset,
          ...(presetChanged ? {} : { changes: valuesToChanges(v) }),
          note: v.note?.trim() || null,
        },
      },
      {
        onSuccess: (fresh) => {
          message.success(t('policy.saved', { version: fresh.policy.version }));
          onClose();
        },
        onError: (e) => {
          const error = e instanceof ApiError ? e : new ApiError('internal', 0, String(e));
          const fields = error.fields.map((f) => ({
            name: f.field
              .replace(/^changes\./, '')
              .split('.')
              .map((part) => (/^\d+$/.test(part) ? Number(part) : part)),
            errors: [KNOWN_CODES.includes(f.code) ? t(`policyError.${f.code}` as MessageKey) : f.message],
          }));
          form.setFields(fields as Parameters<typeof form.setFields>[0]);
          setFailure({ error, allFieldsShown: fields.length > 0 });
          // The drawer is long: bring the reason into view (the alert on top, or the first field).
          requestAnimationFrame(() => {
            if (fields.length) form.scrollToField(fields[0].name, { block: 'center' });
            else topRef.current?.scrollIntoView({ block: 'start' });
          });
        },
      },
    );
  };

  const points = (name: string | (string | number)[], label: MessageKey, extra?: string) => (
    <Form.Item
      name={name}
      label={t(label)}
      extra={extra}
      rules={[{ required: true, message: t('policyError.required') }]}
    >
      <DecimalInput min={0} max={100} disabled={!editable || presetChanged} suffix={t('policy.pointsUnit')} />
    </Form.Item>
  );
  const percent = (name: string, label: MessageKey) => (
    <Form.Item name={name} label={t(label)} rules={[{ required: true, message: t('policyError.required') }]}>
      <DecimalInput min={0} max={100} disabled={!editable || presetChanged} suffix="%" />
    </Form.Item>
  );
  const count = (name: string, label: MessageKey, unit: MessageKey) => (
    <Form.Item name={name} label={t(label)} rules={[{ required: true, message: t('policyError.required') }]}>
      <DecimalInput min={0} precision={0} disabled={!editable || presetChanged} suffix={t(unit)} />
    </Form.Item>
  );

  return (
    <Drawer
      open
      size={720}
      title={t('policy.title', { cycle: cycle.name })}
      onClose={onClose}
      destroyOnHidden
      footer={
        editable ? (
          <Flex justify="flex-end" gap={8}>
            <Button onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="primary" loading={mutation.isPending} onClick={() => form.submit()}>
              {t('policy.save')}
            </Button>
          </Flex>
        ) : undefined
      }
    >
      <div ref={topRef} />
      <Descriptions
        size="small"
        column={1}
        style={{ marginBottom: 16 }}
        items={[
          {
            key: 'v',
            label: t('policy.version'),
            children: t('policy.versionValue', { version: cycle.policy.version }),
          },
          { key: 'p', label: t('cycles.preset'), children: t(`preset.${cycle.policy.preset}` as MessageKey) },
          { key: 'at', label: t('policy.createdAt'), children: formatDateTime(cycle.policy.createdAt) },
        ]}
      />
      {editable ? (
        <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('policy.editHint')} />
      ) : (
        <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('policy.readOnly')} />
      )}
      <FormErrorAlert
        failure={failure}
        onReload={() => {
          setFailure(null);
          onClose();
        }}
      />
      <Form<PolicyValues>
        form={form}
        layout="vertical"
        name="policy"
        initialValues={initial}
        onFinish={onFinish}
      >
        <Form.Item
          name="preset"
          label={t('cycles.preset')}
          extra={presetChanged ? t('policy.presetChanged') : undefined}
        >
          <Select
            disabled={!editable}
            options={POLICY_PRESETS.map((p) => ({ value: p, label: t(`preset.${p}` as MessageKey) }))}
          />
        </Form.Item>
        <Typography.Title level={2} style={{ fontSize: 16 }}>
          {t('policy.parts')}
        </Typography.Title>
        {points('resultsPart', 'policy.resultsPart')}
        <Form.List name="generalCriteria">
          {(fields) =>
            fields.map((field) => (
              <Form.Item
                key={field.key}
                name={[field.name, 'max']}
                label={
                  initial.generalCriteria[field.name]?.label?.[lang] ??
                  initial.generalCriteria[field.name]?.key
                }
                rules={[{ required: true, message: t('policyError.required') }]}
              >
                <DecimalInput
                  min={0}
                  max={100}
                  disabled={!editable || presetChanged}
                  suffix={t('policy.pointsUnit')}
                />
              </Form.Item>
            ))
          }
        </Form.List>
        <Typography.Paragraph role="status" style={{ color: sumOk ? '#1f6108' : '#a00f18', fontWeight: 500 }}>
          {t('policy.partsSum', {
            r: formatPoints(resultsPart, lang),
            g: formatPoints(general, lang),
            total: formatPoints(resultsPart + general, lang),
          })}
        </Typography.Paragraph>
        <Typography.Title level={2} style={{ fontSize: 16 }}>
          {t('policy.bands')}
        </Typography.Title>
        <div className="policy-grid">
          {points(['bands', 'excellent'], 'policy.bandExcellent')}
          {points(['bands', 'good'], 'policy.bandGood')}
          {points(['bands', 'completed'], 'policy.bandCompleted')}
        </div>
        <div className="policy-grid">
          {percent('excellentMinExceededPercent', 'policy.excellentMinExceeded')}
          {percent('completedMaxLatePercent', 'policy.completedMaxLate')}
          {percent('excellentQuotaPercentOfGood', 'policy.quota')}
        </div>
        <Form.Item name="subUnitRule" label={t('policy.subUnitRule')} valuePropName="checked">
          <Switch disabled={!editable || presetChanged} />
        </Form.Item>
        <Typography.Title level={2} style={{ fontSize: 16 }}>
          {t('policy.scoring')}
        </Typography.Title>
        <div className="policy-grid">
          {percent('latePenaltyPercent', 'policy.latePenalty')}
          {points('bonusPerTask', 'policy.bonusPerTask')}
          {points('bonusCap', 'policy.bonusCap')}
        </div>
        <div className="policy-grid">
          <Form.Item name="aggregate" label={t('policy.aggregate')}>
            <Select
              disabled={!editable || presetChanged}
              options={(['mean', 'median', 'trimmed_mean'] as const).map((m) => ({
                value: m,
                label: t(`aggregate.${m}` as MessageKey),
              }))}
            />
          </Form.Item>
          {count('trimmedMeanMinMembers', 'policy.trimmedMin', 'policy.membersUnit')}
          {percent('spreadThresholdPercent', 'policy.spread')}
        </div>
        <Typography.Title level={2} style={{ fontSize: 16 }}>
          {t('policy.timing')}
        </Typography.Title>
        <div className="policy-grid">
          {count('dueSoonDays', 'policy.dueSoonDays', 'policy.daysUnit')}
          {count('silentDays', 'policy.silentDays', 'policy.daysUnit')}
          {count('appealDays', 'policy.appealDays', 'policy.daysUnit')}
        </div>
        {editable && (
          <Form.Item name="note" label={t('policy.note')}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={LIMITS.text} />
          </Form.Item>
        )}
      </Form>
    </Drawer>
  );
}
