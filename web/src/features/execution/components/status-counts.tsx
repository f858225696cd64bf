import { Flex, Typography } from 'antd';
import type { StatusCountsDto } from '../../../../../contracts/execution.ts';
import { useI18n } from '../../../i18n/i18n.tsx';
import { formatDate, formatNumber } from '../../../lib/format.ts';
import { StatusTag, TASK_STATUS_ORDER } from './task-status-tag.tsx';

/** "Đến ngày 15/06/2022: 21 nhiệm vụ" followed by each status present with its count, and the flags. */
export function StatusCountsLine({ counts, date }: { counts: StatusCountsDto; date: string }) {
  const { t, lang } = useI18n();
  return (
    <Flex wrap gap="4px 14px" align="center">
      <Typography.Text strong>
        {t('progress.asOf', { date: formatDate(date), total: formatNumber(counts.total, lang) })}
      </Typography.Text>
      {TASK_STATUS_ORDER.filter((s) => (counts.byStatus[s] ?? 0) > 0).map((s) => (
        <Flex key={s} gap={4} align="center">
          <StatusTag status={s} />
          <strong>{formatNumber(counts.byStatus[s] ?? 0, lang)}</strong>
        </Flex>
      ))}
      {counts.atRisk > 0 && <span>{t('progress.atRiskCount', { count: counts.atRisk })}</span>}
      {counts.silent > 0 && <span>{t('progress.silentCount', { count: counts.silent })}</span>}
      {counts.exceeded > 0 && <span>{t('progress.exceededCount', { count: counts.exceeded })}</span>}
    </Flex>
  );
}
