import { Tag } from 'antd';
import { useI18n } from '../../../../i18n/i18n.tsx';
import { formatDate } from '../../../../lib/format.ts';
import type { CouncilSummaryDto } from '../../api/councils.ts';

const COLORS = { not_open: 'default', open: 'green', closed: 'purple' } as const;

/** Where the scoring window stands ("Đang chấm điểm đến 15/01/2023"), or finalized. */
export function WindowStateTag({ council }: { council: CouncilSummaryDto }) {
  const { t } = useI18n();
  if (council.finalizedAt)
    return <Tag color="magenta">{t('council.finalizedOn', { date: formatDate(council.finalizedAt) })}</Tag>;
  const s = council.windowState;
  const text =
    s === 'open'
      ? t('council.window.open', { date: formatDate(council.closesOn) })
      : s === 'not_open'
        ? t('council.window.not_open', { date: formatDate(council.opensOn) })
        : t('council.window.closed');
  return (
    <Tag color={COLORS[s]} data-window={s} style={{ marginInlineEnd: 0 }}>
      {text}
    </Tag>
  );
}
