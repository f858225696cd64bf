import { Button, Card, Flex, Tooltip, Typography } from 'antd';
import dayjs from 'dayjs';
import type { ResultDto } from '../../../../../../contracts/results.ts';
import { useI18n } from '../../../../i18n/i18n.tsx';
import { formatDate } from '../../../../lib/format.ts';
import { ResultHistory } from '../results/result-detail.tsx';
import { LevelTag, levelLabel } from '../shared/level-tag.tsx';
import { points2 } from '../shared/points.ts';
import { ToneTag } from '../shared/tone-tag.tsx';

/** Why the person cannot appeal now, or null when they can. */
export function appealBlock(r: ResultDto, t: ReturnType<typeof useI18n>['t']): string | null {
  if (r.quarter > 0) return t('appeal.blockProvisional');
  if (!r.finalizedAt) return t('appeal.blockNotFinal');
  if (r.appeal) return t('appeal.blockFiled', { date: formatDate(r.appeal.filedOn) });
  if (!r.appealUntil || dayjs().format('YYYY-MM-DD') > r.appealUntil)
    return t('appeal.blockClosed', { date: formatDate(r.appealUntil) });
  return null;
}

type Props = { result: ResultDto; own: boolean; onAppeal?: () => void };

/** One result: level and total, the explanation, the decision's reason, the appeal and the history. */
export function ResultCard({ result: r, own, onAppeal }: Props) {
  const { t, lang } = useI18n();
  const block = appealBlock(r, t);
  const title =
    r.quarter > 0
      ? t('personResults.resultQuarter', { cycle: r.cycleName, quarter: r.quarter })
      : r.cycleName;
  return (
    <Card
      size="small"
      title={<h3 className="card-title">{title}</h3>}
      extra={r.provisional ? <ToneTag tone="warn">{t('eval.provisional')}</ToneTag> : undefined}
      data-testid="result-card"
    >
      <Flex vertical gap={8}>
        <Flex wrap gap={12} align="center">
          <LevelTag level={r.level} provisional={r.provisional} />
          <span>
            {t('personResults.resultTotal')} <strong>{points2(r.total, lang)}</strong>
          </span>
          <Typography.Text type="secondary">
            {r.postTitle} · {r.unitName}
          </Typography.Text>
        </Flex>
        {r.decidedLevel && r.decidedLevel !== r.proposedLevel && (
          <Typography.Text>
            {t('personResults.differs', { proposed: levelLabel(t, r.proposedLevel) })} {r.decisionReason}
          </Typography.Text>
        )}
        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
          {r.explanation.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        {r.finalizedAt && r.quarter === 0 && (
          <Typography.Text type="secondary">
            {t('personResults.finalizedOn', { date: formatDate(r.finalizedAt) })}
            {r.appealUntil ? ` · ${t('results.appealUntil', { date: formatDate(r.appealUntil) })}` : ''}
          </Typography.Text>
        )}
        {own && r.quarter === 0 && (
          <Flex wrap gap={8} align="center">
            {block ? (
              <Tooltip title={block}>
                <span>
                  <Button disabled aria-describedby={`appeal-block-${r.id}`}>
                    {t('appeal.file')}
                  </Button>
                </span>
              </Tooltip>
            ) : (
              <Button type="primary" ghost onClick={onAppeal}>
                {t('appeal.file')}
              </Button>
            )}
            {block && (
              <Typography.Text type="secondary" id={`appeal-block-${r.id}`}>
                {block}
              </Typography.Text>
            )}
          </Flex>
        )}
        {(r.history.length > 0 || r.appeal) && <ResultHistory result={r} />}
      </Flex>
    </Card>
  );
}
