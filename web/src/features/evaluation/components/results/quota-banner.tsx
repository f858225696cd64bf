import { Alert, Button, Flex, Typography } from 'antd';
import type { CohortDto } from '../../../../../../contracts/results.ts';
import { useI18n } from '../../../../i18n/i18n.tsx';
import { points2 } from '../shared/points.ts';

type Props = { cohort: CohortDto; onApply?: () => void };

/**
 * The cohort quota (excellent ≤ 20% of good): on a breach, the server's warning, who the
 * proposal moves down and who is tied at the cut; the assigning body decides.
 */
export function QuotaBanner({ cohort, onApply }: Props) {
  const { t, lang } = useI18n();
  const q = cohort.quota;
  const name = (id: string) => {
    const r = cohort.results.find((x) => x.assignmentId === id);
    return r ? `${r.headName || r.unitName} (${r.unitName})` : id;
  };
  if (!q.breach) {
    return (
      <Typography.Paragraph type="secondary" style={{ margin: 0 }} data-testid="quota-ok">
        {t('quota.ok', { excellent: q.excellent, good: q.good })}
      </Typography.Paragraph>
    );
  }
  return (
    <Alert
      type="warning"
      showIcon
      role="alert"
      data-testid="quota-banner"
      title={t('quota.breachTitle', { excellent: q.excellent, good: q.good, moves: q.movesNeeded })}
      description={
        <Flex vertical gap={4}>
          {q.warning && <span>{q.warning}</span>}
          {q.move.length > 0 && (
            <span>
              <strong>{t('quota.proposedMoves')}</strong> {q.move.map(name).join('; ')}
            </span>
          )}
          {q.tie && (
            <span>
              <strong>{t('quota.tie', { total: points2(q.tie.total, lang), count: q.tie.toMove })}</strong>{' '}
              {q.tie.assignmentIds.map(name).join('; ')}
            </span>
          )}
          <span>{t('quota.after', { excellent: q.after.excellent, good: q.after.good })}</span>
        </Flex>
      }
      action={
        onApply && q.move.length > 0 ? (
          <Button size="small" onClick={onApply}>
            {t('quota.apply')}
          </Button>
        ) : undefined
      }
    />
  );
}
