import { Alert, App, Checkbox, DatePicker, Form, Input, Typography, type UploadFile } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import type { CheckInData, CheckInDto } from '../../../../../contracts/check-ins.ts';
import { CHECK_IN_LIMITS } from '../../../../../contracts/check-ins.ts';
import { DecimalInput } from '../../../components/decimal-input.tsx';
import { FormModal } from '../../../components/form-modal.tsx';
import { useI18n } from '../../../i18n/i18n.tsx';
import { useFormFailure } from '../../../lib/form-errors.ts';
import { DATE_FORMAT, formatDate, toApiDate } from '../../../lib/format.ts';
import { useTargetText } from '../../assignments/components/task-values.tsx';
import { useRecordCheckIn } from '../api/check-ins.ts';
import { EvidenceDocuments, EvidenceFiles, EvidenceLinks } from './evidence-fields.tsx';
import { useProgressText } from './status-facts.tsx';

/** What the check-in form needs to know about its task. */
export type CheckInTask = {
  id: string;
  title: string;
  kind: 'target' | 'deliverable';
  unitOfMeasure?: string | null;
  targetValue?: number | null;
  direction?: 'at_least' | 'at_most' | null;
};

type Values = {
  reportedOn: Dayjs | null;
  value?: number | null;
  percent?: number | null;
  narrative?: string;
  submitsProduct?: boolean;
  links?: { url: string; title?: string }[];
  documents?: { number: string; date?: Dayjs | null; title?: string }[];
  reason?: string;
};

const ALIASES = { 'corrects.reason': 'reason', 'corrects.checkInId': 'reason' };

function initialValues(correcting: CheckInDto | null): Partial<Values> {
  if (!correcting) return { reportedOn: dayjs(), submitsProduct: false, links: [], documents: [] };
  const ev = correcting.evidence;
  return {
    reportedOn: dayjs(correcting.reportedOn),
    value: correcting.value,
    percent: correcting.percent,
    narrative: correcting.narrative ?? '',
    submitsProduct: correcting.submitsProduct,
    links: ev.filter((e) => e.kind === 'link').map((e) => ({ url: e.url ?? '', title: e.title ?? '' })),
    documents: ev
      .filter((e) => e.kind === 'document')
      .map((e) => ({
        number: e.documentNumber ?? '',
        date: e.documentDate ? dayjs(e.documentDate) : null,
        title: e.title ?? '',
      })),
  };
}

function toData(v: Values, task: CheckInTask, correcting: CheckInDto | null): CheckInData {
  const text = (s: string | undefined) => (s?.trim() ? s.trim() : undefined);
  return {
    reportedOn: toApiDate(v.reportedOn as Dayjs),
    ...(task.kind === 'target' && v.value !== null && v.value !== undefined ? { value: v.value } : {}),
    ...(task.kind === 'deliverable' && v.percent !== null && v.percent !== undefined
      ? { percent: v.percent }
      : {}),
    ...(text(v.narrative) ? { narrative: text(v.narrative) } : {}),
    ...(task.kind === 'deliverable' ? { submitsProduct: Boolean(v.submitsProduct) } : {}),
    links: (v.links ?? []).map((l) => ({
      url: l.url.trim(),
      ...(text(l.title) ? { title: text(l.title) } : {}),
    })),
    documents: (v.documents ?? []).map((d) => ({
      number: d.number.trim(),
      ...(d.date ? { date: toApiDate(d.date) } : {}),
      ...(text(d.title) ? { title: text(d.title) } : {}),
    })),
    ...(correcting ? { corrects: { checkInId: correcting.id, reason: (v.reason ?? '').trim() } } : {}),
  };
}

/**
 * A two-minute progress report (báo cáo tiến độ): the value or percent, what was done, the
 * evidence; for a deliverable, "nộp sản phẩm" hands in the product. With `correcting`, the
 * same form replaces an earlier entry, with a reason (the old entry stays, struck through).
 */
export function CheckInModal({
  task,
  lastValue,
  correcting = null,
  onClose,
}: {
  task: CheckInTask;
  /** The last value or percent in force, shown as a reminder. */
  lastValue?: { value: number | null; percent: number | null; reportedOn: string } | null;
  correcting?: CheckInDto | null;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const mutation = useRecordCheckIn();
  const { failure, onError, clear } = useFormFailure(form, ALIASES);
  const [files, setFiles] = useState<UploadFile[]>([]);
  const targetText = useTargetText();
  const progress = useProgressText();
  const submitsProduct = Form.useWatch('submitsProduct', form) ?? false;
  const initial = useMemo(() => initialValues(correcting), [correcting]);
  const unit = task.unitOfMeasure ?? '';

  const onFinish = (v: Values) => {
    clear();
    const picked = files.map((f) => f.originFileObj).filter((f): f is NonNullable<typeof f> => Boolean(f));
    mutation.mutate(
      { taskId: task.id, data: toData(v, task, correcting), files: picked },
      {
        onSuccess: () => {
          message.success(correcting ? t('checkIn.corrected') : t('checkIn.sent'));
          onClose();
        },
        onError: (e) => {
          onError(e);
          // The form is long: bring the refusal (shown above the fields) into view.
          requestAnimationFrame(() =>
            document.querySelector('.ant-modal [role="alert"]')?.scrollIntoView({ block: 'nearest' }),
          );
        },
      },
    );
  };

  const last = lastValue ? progress(lastValue.value, lastValue.percent, unit) : '';

  return (
    <FormModal<Values>
      open
      width={680}
      title={correcting ? t('checkIn.correctTitle') : t('checkIn.title')}
      okText={correcting ? t('checkIn.correctSubmit') : t('checkIn.submit')}
      form={form}
      name="check-in"
      pending={mutation.isPending}
      failure={failure}
      onFinish={onFinish}
      onCancel={onClose}
      initialValues={initial}
    >
      <Typography.Paragraph style={{ marginTop: 0 }}>
        <strong>{task.title}</strong>
        <br />
        <Typography.Text type="secondary">
          {task.kind === 'target'
            ? t('checkIn.targetIs', {
                target:
                  targetText(
                    { direction: task.direction ?? null, unitOfMeasure: task.unitOfMeasure ?? null },
                    task.targetValue ?? null,
                  ) || '—',
              })
            : t('checkIn.deliverableHint')}
          {last &&
            ` · ${t('checkIn.lastReported', { value: last, date: formatDate(lastValue?.reportedOn) })}`}
        </Typography.Text>
      </Typography.Paragraph>
      {correcting && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('checkIn.correctingHint', { date: formatDate(correcting.reportedOn) })}
        />
      )}
      <Form.Item
        name="reportedOn"
        label={t('checkIn.reportedOn')}
        rules={[
          { required: true, message: t('common.requiredPick', { field: t('checkIn.reportedOnLower') }) },
        ]}
      >
        <DatePicker
          format={DATE_FORMAT}
          placeholder="dd/mm/yyyy"
          style={{ width: '100%', maxWidth: 240 }}
          disabledDate={(d) => d.isAfter(dayjs(), 'day')}
        />
      </Form.Item>
      {task.kind === 'target' ? (
        <Form.Item
          name="value"
          label={unit ? t('checkIn.valueWithUnit', { unit }) : t('checkIn.value')}
          rules={[{ required: true, message: t('common.required', { field: t('checkIn.valueLower') }) }]}
        >
          <DecimalInput style={{ width: 220 }} />
        </Form.Item>
      ) : (
        <>
          <Form.Item
            name="percent"
            label={t('checkIn.percent')}
            extra={t('checkIn.percentHint')}
            rules={[{ required: true, message: t('common.required', { field: t('checkIn.percentLower') }) }]}
          >
            <DecimalInput style={{ width: 160 }} min={0} max={100} precision={0} suffix="%" />
          </Form.Item>
          <Form.Item name="submitsProduct" valuePropName="checked" extra={t('checkIn.submitsProductHint')}>
            <Checkbox
              onChange={(e) => {
                if (e.target.checked) form.setFieldValue('percent', 100);
              }}
            >
              {t('checkIn.submitsProduct')}
            </Checkbox>
          </Form.Item>
          {submitsProduct && (
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 16 }}
              title={t('checkIn.productNeedsEvidence')}
            />
          )}
        </>
      )}
      <Form.Item name="narrative" label={t('checkIn.narrative')}>
        <Input.TextArea
          autoSize={{ minRows: 3, maxRows: 10 }}
          maxLength={CHECK_IN_LIMITS.narrative}
          showCount
          placeholder={t('checkIn.narrativePlaceholder')}
        />
      </Form.Item>
      <EvidenceFiles files={files} onChange={setFiles} />
      <EvidenceLinks />
      <EvidenceDocuments />
      {correcting && (
        <Form.Item
          name="reason"
          label={t('checkIn.correctReason')}
          rules={[
            {
              required: true,
              whitespace: true,
              message: t('common.required', { field: t('checkIn.reasonLower') }),
            },
          ]}
        >
          <Input.TextArea
            autoSize={{ minRows: 2, maxRows: 6 }}
            maxLength={CHECK_IN_LIMITS.reason}
            showCount
          />
        </Form.Item>
      )}
    </FormModal>
  );
}
