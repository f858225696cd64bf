import { MoreOutlined, WarningOutlined } from '@ant-design/icons';
import { Button, Dropdown, Flex, Input, Select, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import type { CohortDto, ResultDto } from '../../../../../../contracts/results.ts';
import { useI18n } from '../../../../i18n/i18n.tsx';
import { compareVi } from '../../../../lib/format.ts';
import type { CouncilScoresDto } from '../../api/councils.ts';
import { LevelTag, levelLabel, levelOptions } from '../shared/level-tag.tsx';
import { points2 } from '../shared/points.ts';
import { ToneTag } from '../shared/tone-tag.tsx';
import { type Decision, needsReason, spreadCount } from './record.ts';
import { ResultDetail } from './result-detail.tsx';
import styles from './results.module.css';

type Props = {
  cohort: CohortDto;
  /** Decisions being prepared (annual, before finalization); absent when read-only. */
  decisions?: Map<string, Decision>;
  onDecision?: (assignmentId: string, d: Decision) => void;
  showReasonErrors?: boolean;
  scores?: CouncilScoresDto;
  onAnswerAppeal?: (r: ResultDto) => void;
  onRecord?: (r: ResultDto, kind: 'deduction' | 'event') => void;
};

/** The cohort's heads with totals, proposals, flags and (for the assigning body) the decided level. */
export function ResultsTable({
  cohort,
  decisions,
  onDecision,
  showReasonErrors,
  scores,
  onAnswerAppeal,
  onRecord,
}: Props) {
  const { t, lang } = useI18n();
  const rows = [...cohort.results].sort((a, b) => Number(b.total) - Number(a.total));
  const finalized = Boolean(cohort.finalizedAt);
  const headScores = (id: string) => scores?.heads.find((h) => h.assignmentId === id);

  const columns: TableColumnsType<ResultDto> = [
    { key: 'rank', title: t('results.colRank'), width: 56, align: 'center', render: (_, __, i) => i + 1 },
    {
      key: 'head',
      title: t('results.colHead'),
      width: 210,
      sorter: (a, b) => compareVi(a.unitName, b.unitName),
      render: (_, r) => (
        <div>
          <div style={{ fontWeight: 500 }}>{r.headName || t('info.headVacant')}</div>
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {r.postTitle} · <Link to={`/assignments/${r.assignmentId}`}>{r.unitName}</Link>
          </Typography.Text>
        </div>
      ),
    },
    {
      key: 'total',
      title: t('results.colTotal'),
      width: 110,
      align: 'right',
      sorter: (a, b) => Number(a.total) - Number(b.total),
      render: (_, r) => (
        <Flex vertical align="flex-end" gap={2}>
          <span className={styles.total} data-testid="result-total">
            {points2(r.total, lang)}
          </span>
          {!r.complete && <Tag color="error">{t('results.incomplete')}</Tag>}
        </Flex>
      ),
    },
    {
      key: 'proposed',
      title: t('results.colProposed'),
      width: 200,
      render: (_, r) => (
        <Flex vertical gap={4} align="flex-start">
          <LevelTag level={r.proposedLevel} provisional={r.provisional} />
          {r.quotaProposedLevel && (
            <ToneTag tone="warn" icon={<WarningOutlined aria-hidden="true" />}>
              {t('results.quotaMove', { level: levelLabel(t, r.quotaProposedLevel) })}
            </ToneTag>
          )}
          {r.quotaTie && <ToneTag tone="warn">{t('results.quotaTie')}</ToneTag>}
        </Flex>
      ),
    },
    {
      key: 'flags',
      title: t('results.colFlags'),
      width: 110,
      render: (_, r) =>
        spreadCount(r) > 0 ? (
          <ToneTag tone="alert">{t('results.spreadFlags', { count: spreadCount(r) })}</ToneTag>
        ) : (
          <Typography.Text type="secondary">{t('common.none')}</Typography.Text>
        ),
    },
  ];
  if (!cohort.provisional) {
    columns.push({
      key: 'decided',
      title: t('results.colDecided'),
      width: decisions ? 260 : 220,
      render: (_, r) => {
        const d = decisions?.get(r.assignmentId);
        if (d && onDecision) {
          const missing = needsReason(r, d) && !d.reason.trim();
          return (
            <Flex vertical gap={4}>
              <Select
                value={d.level}
                options={levelOptions(t)}
                onChange={(level) => onDecision(r.assignmentId, { ...d, level })}
                aria-label={t('results.decidedFor', { name: r.headName || r.unitName })}
                popupMatchSelectWidth={false}
              />
              {needsReason(r, d) && (
                <>
                  <Input.TextArea
                    autoSize={{ minRows: 1, maxRows: 4 }}
                    value={d.reason}
                    maxLength={2000}
                    status={missing && showReasonErrors ? 'error' : undefined}
                    placeholder={t('results.reasonPlaceholder')}
                    aria-label={t('results.reasonFor', { name: r.headName || r.unitName })}
                    aria-invalid={missing && showReasonErrors ? true : undefined}
                    onChange={(e) => onDecision(r.assignmentId, { ...d, reason: e.target.value })}
                  />
                  {missing && showReasonErrors && (
                    <Typography.Text type="danger" role="alert" style={{ fontSize: 13 }}>
                      {t('results.reasonRequired')}
                    </Typography.Text>
                  )}
                </>
              )}
            </Flex>
          );
        }
        if (!r.decidedLevel)
          return <Typography.Text type="secondary">{t('results.notDecided')}</Typography.Text>;
        return (
          <Flex vertical gap={4} align="flex-start">
            <LevelTag level={r.decidedLevel} />
            {r.decisionReason && (
              <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                {r.decisionReason}
              </Typography.Text>
            )}
          </Flex>
        );
      },
    });
  }
  if (finalized) {
    columns.push({
      key: 'appeal',
      title: t('results.colAppeal'),
      width: 150,
      render: (_, r) =>
        r.appeal ? (
          <Flex vertical gap={4} align="flex-start">
            <ToneTag tone={r.appeal.state === 'open' ? 'warn' : 'ok'}>
              {t(`appeal.state.${r.appeal.state}`)}
            </ToneTag>
            {r.appeal.state === 'open' && onAnswerAppeal && (
              <Button size="small" type="primary" ghost onClick={() => onAnswerAppeal(r)}>
                {t('appeal.answer')}
              </Button>
            )}
          </Flex>
        ) : (
          <Typography.Text type="secondary">{t('results.noAppeal')}</Typography.Text>
        ),
    });
  }
  if (onRecord && !finalized && !cohort.provisional) {
    columns.push({
      key: 'more',
      title: <span className="sr-only">{t('common.actions')}</span>,
      width: 56,
      render: (_, r) => (
        <Dropdown
          trigger={['click']}
          menu={{
            items: [
              { key: 'deduction', label: t('deduction.open') },
              { key: 'event', label: t('disq.open') },
            ],
            onClick: ({ key }) => onRecord(r, key as 'deduction' | 'event'),
          }}
        >
          <Button
            size="small"
            icon={<MoreOutlined aria-hidden="true" />}
            aria-label={t('results.moreFor', { name: r.headName || r.unitName })}
          />
        </Dropdown>
      ),
    });
  }
  return (
    <Table<ResultDto>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={rows}
      pagination={false}
      sticky
      scroll={{ x: 1040 }}
      rowClassName={(r) => {
        const d = decisions?.get(r.assignmentId);
        return d && d.level !== r.proposedLevel ? styles.changedRow : '';
      }}
      expandable={{
        expandedRowRender: (r) => <ResultDetail result={r} scores={headScores(r.assignmentId)} />,
        expandRowByClick: false,
      }}
      summary={() => <LevelSummary results={rows} decisions={decisions} span={columns.length + 1} />}
    />
  );
}

/** Counts per level (decided where decided or being decided, else proposed), under the table. */
function LevelSummary({
  results,
  decisions,
  span,
}: {
  results: ResultDto[];
  decisions?: Map<string, Decision>;
  span: number;
}) {
  const { t } = useI18n();
  const counts = new Map<string, number>();
  for (const r of results) {
    const level = decisions?.get(r.assignmentId)?.level ?? r.level;
    counts.set(level, (counts.get(level) ?? 0) + 1);
  }
  return (
    <Table.Summary fixed="bottom">
      <Table.Summary.Row>
        <Table.Summary.Cell index={0} colSpan={span}>
          <Flex wrap gap={12} data-testid="level-summary">
            <strong>{t('results.summary', { count: results.length })}</strong>
            {(['excellent', 'good', 'completed', 'not_completed'] as const).map((l) => (
              <span key={l}>
                {levelLabel(t, l)}: <strong>{counts.get(l) ?? 0}</strong>
              </span>
            ))}
          </Flex>
        </Table.Summary.Cell>
      </Table.Summary.Row>
    </Table.Summary>
  );
}
