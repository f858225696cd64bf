import { Col, Descriptions, Flex, Row, Tag, Timeline, Typography } from 'antd';
import type { ResultDto } from '../../../../../../contracts/results.ts';
import { useI18n } from '../../../../i18n/i18n.tsx';
import { formatDate, formatDateTime } from '../../../../lib/format.ts';
import type { CouncilScoresDto } from '../../api/councils.ts';
import { LevelTag } from '../shared/level-tag.tsx';
import { fromRational, points2 } from '../shared/points.ts';
import { recordOf } from './record.ts';
import styles from './results.module.css';

type Props = { result: ResultDto; scores?: CouncilScoresDto['heads'][number] };

const TITLE = { fontSize: 14, margin: '0 0 6px' } as const;

/** Why a head got their proposal: the server's explanation, the numbers behind the total, flags, history. */
export function ResultDetail({ result, scores }: Props) {
  const { t, lang } = useI18n();
  const rec = recordOf(result);
  const n = (v: string | undefined) => points2(fromRational(v), lang);
  const counts = rec.classification?.counts;
  const flagName = (kind: 'task' | 'criterion', id: string) => {
    if (kind === 'task') {
      const task = scores?.tasks.find((x) => x.taskId === id);
      return task
        ? t('results.flagTask', { n: task.number, title: task.title })
        : t('results.flagTaskUnknown');
    }
    const c = scores?.criteria.find((x) => x.key === id);
    return c ? c.label[lang] : id;
  };
  return (
    <div className={styles.detail}>
      <Row gutter={[24, 12]}>
        <Col xs={24} lg={12}>
          <Typography.Title level={3} style={TITLE}>
            {t('results.explanation')}
          </Typography.Title>
          <ul className={styles.explanation} data-testid="result-explanation">
            {result.explanation.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          {result.missing.length > 0 && (
            <Typography.Paragraph type="danger">
              {t('results.missingItems', { count: result.missing.length })}
            </Typography.Paragraph>
          )}
        </Col>
        <Col xs={24} lg={12}>
          <Typography.Title level={3} style={TITLE}>
            {t('results.numbers')}
          </Typography.Title>
          {rec.total && (
            <Descriptions
              size="small"
              column={1}
              bordered
              items={[
                { key: 'g', label: t('results.general'), children: n(rec.total.general) },
                { key: 't', label: t('results.tasksPart'), children: n(rec.total.tasks) },
                {
                  key: 'b',
                  label: t('results.bonus'),
                  children:
                    rec.total.bonus === rec.total.bonusBeforeCap
                      ? n(rec.total.bonus)
                      : t('results.bonusCapped', {
                          bonus: n(rec.total.bonus),
                          before: n(rec.total.bonusBeforeCap),
                        }),
                },
                { key: 'd', label: t('results.deductions'), children: n(rec.total.deductions) },
                {
                  key: 'total',
                  label: t('results.total'),
                  children: <strong>{points2(result.total, lang)}</strong>,
                },
              ]}
            />
          )}
          {counts && (
            <Typography.Paragraph style={{ marginTop: 8 }}>
              {t('results.counts', {
                tasks: counts.tasks,
                done: counts.done,
                onTime: counts.onTime,
                late: counts.late,
                exceeded: counts.exceeded,
              })}
            </Typography.Paragraph>
          )}
          {(rec.spreadFlags?.length ?? 0) > 0 && (
            <>
              <Typography.Text strong>{t('results.spreadTitle')}</Typography.Text>
              <ul className={styles.explanation}>
                {rec.spreadFlags!.map((f) => (
                  <li key={`${f.kind}:${f.id}`}>
                    {flagName(f.kind, f.id)}:{' '}
                    {t('results.spreadValue', { spread: points2(f.spread / 100, lang) })}
                  </li>
                ))}
              </ul>
            </>
          )}
        </Col>
        {(result.history.length > 0 || result.appeal) && (
          <Col xs={24}>
            <Typography.Title level={3} style={TITLE}>
              {t('results.history')}
            </Typography.Title>
            <ResultHistory result={result} />
          </Col>
        )}
      </Row>
    </div>
  );
}

/** The earlier levels (finalization changes, appeals) and the appeal with its answer. */
export function ResultHistory({ result }: { result: ResultDto }) {
  const { t, lang } = useI18n();
  const items = [
    ...result.history.map((h) => ({
      key: `h-${h.changedAt}`,
      children: (
        <Flex vertical gap={2}>
          <span>
            {formatDateTime(h.changedAt)} ·{' '}
            {t(`results.cause.${h.cause === 'appeal' ? 'appeal' : 'finalization'}`)}
          </span>
          <span>
            {t('results.before')}: <LevelTag level={h.level} /> ({points2(h.total, lang)})
          </span>
          {h.reason && <Typography.Text type="secondary">{h.reason}</Typography.Text>}
        </Flex>
      ),
    })),
    ...(result.appeal
      ? [
          {
            key: 'appeal',
            color: result.appeal.state === 'open' ? 'orange' : 'green',
            children: (
              <Flex vertical gap={2}>
                <span>
                  {t('appeal.filedOn', { date: formatDate(result.appeal.filedOn) })}{' '}
                  <Tag>{t(`appeal.state.${result.appeal.state}`)}</Tag>
                </span>
                <span className={styles.quote}>{result.appeal.reason}</span>
                {result.appeal.response && (
                  <span>
                    {t('appeal.answeredOn', { date: formatDate(result.appeal.answeredOn) })}:{' '}
                    {result.appeal.response}
                  </span>
                )}
              </Flex>
            ),
          },
        ]
      : []),
  ];
  return <Timeline items={items} />;
}
