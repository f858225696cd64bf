import { CheckCircleFilled, ExclamationCircleFilled } from '@ant-design/icons';
import { Typography } from 'antd';
import { useI18n } from '../../../i18n/i18n.tsx';
import { formatPoints, toHundredths } from '../../../lib/format.ts';

/** "Tổng trọng số: 69,75 / 70", red with what is missing until the total equals the results part. */
export function WeightsTotal({
  total,
  expected,
  label,
}: {
  total: number;
  expected: number;
  label?: string;
}) {
  const { t, lang } = useI18n();
  const diff = (toHundredths(total) - toHundredths(expected)) / 100;
  const ok = diff === 0;
  return (
    <span
      role="status"
      aria-live="polite"
      data-testid="weights-total"
      data-ok={ok}
      style={{ display: 'inline-flex', gap: 6, alignItems: 'baseline', flexWrap: 'wrap' }}
    >
      <Typography.Text strong style={{ color: ok ? '#1f6108' : '#a00f18', fontSize: 15 }}>
        {ok ? (
          <CheckCircleFilled aria-hidden="true" style={{ marginInlineEnd: 6 }} />
        ) : (
          <ExclamationCircleFilled aria-hidden="true" style={{ marginInlineEnd: 6 }} />
        )}
        {label ?? t('weights.total')}: {formatPoints(total, lang)} / {formatPoints(expected, lang)}
      </Typography.Text>
      {!ok && (
        <Typography.Text style={{ color: '#a00f18' }}>
          {diff < 0
            ? t('weights.missing', { value: formatPoints(-diff, lang) })
            : t('weights.over', { value: formatPoints(diff, lang) })}
        </Typography.Text>
      )}
    </span>
  );
}
