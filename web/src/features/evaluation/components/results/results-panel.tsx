import { CalculatorOutlined, CheckOutlined } from '@ant-design/icons';
import { Alert, App, Button, Empty, Flex, Segmented, Skeleton, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import type { CouncilDto } from '../../../../../../contracts/councils.ts';
import type { ResultDto } from '../../../../../../contracts/results.ts';
import { QueryError } from '../../../../components/query-error.tsx';
import { useI18n } from '../../../../i18n/i18n.tsx';
import { ApiError } from '../../../../lib/api-client.ts';
import { formatDate, formatDateTime } from '../../../../lib/format.ts';
import { useSignedInMe } from '../../../auth/api/get-me.ts';
import { useCouncilScores } from '../../api/councils.ts';
import { useCouncilResults, useEvaluate, useFinalize } from '../../api/results.ts';
import { levelLabel } from '../shared/level-tag.tsx';
import { AnswerAppealModal } from './answer-appeal-modal.tsx';
import { CouncilDownloads } from './council-downloads.tsx';
import { QuotaBanner } from './quota-banner.tsx';
import { type Decision, needsReason } from './record.ts';
import { RecordModal } from './record-modal.tsx';
import styles from './results.module.css';
import { ResultsTable } from './results-table.tsx';

type Dialog =
  | { kind: 'answer'; result: ResultDto }
  | { kind: 'deduction' | 'event'; result: ResultDto }
  | null;

/**
 * The assigning body's results: compute them after the window ("Tính kết quả"), read the
 * table with explanations and flags, decide each level (a reason when it differs) and
 * finalize; quarters give provisional results, marked "Tạm tính".
 */
export function ResultsPanel({ council }: { council: CouncilDto }) {
  const { t } = useI18n();
  const { message, modal } = App.useApp();
  const me = useSignedInMe();
  const [quarter, setQuarter] = useState(0);
  const closed = council.windowState === 'closed' || Boolean(council.finalizedAt);
  const isAssigner = me.grants.some((g) => g.role === 'assigner' && g.unitId === council.assigningUnit.id);
  const query = useCouncilResults(council.id, quarter, quarter > 0 || closed);
  const scores = useCouncilScores(council.id, closed && council.abilities.scores);
  const evaluate = useEvaluate();
  const finalize = useFinalize();
  const [decisions, setDecisions] = useState<Map<string, Decision>>(new Map());
  const [showReasonErrors, setShowReasonErrors] = useState(false);
  const [dialog, setDialog] = useState<Dialog>(null);
  const cohort = query.data;
  const finalized = Boolean(cohort?.finalizedAt);
  const deciding = isAssigner && quarter === 0 && !finalized && (cohort?.results.length ?? 0) > 0;

  // Fresh results (after computing) keep the decisions already made and start new heads from the proposal.
  useEffect(() => {
    if (!cohort) return;
    setDecisions((prev) => {
      const next = new Map<string, Decision>();
      for (const r of cohort.results) {
        const old = prev.get(r.assignmentId);
        next.set(
          r.assignmentId,
          old ?? { level: r.decidedLevel ?? r.proposedLevel, reason: r.decisionReason ?? '' },
        );
      }
      return next;
    });
  }, [cohort]);

  const changed = useMemo(
    () => (cohort?.results ?? []).filter((r) => needsReason(r, decisions.get(r.assignmentId))),
    [cohort, decisions],
  );

  const onEvaluate = () =>
    evaluate.mutate(
      { councilId: council.id, quarter },
      {
        onSuccess: () =>
          message.success(quarter ? t('results.computedQuarter', { quarter }) : t('results.computed')),
        onError: (e) => message.error(e.message),
      },
    );

  const applyQuota = () => {
    if (!cohort) return;
    setDecisions((prev) => {
      const next = new Map(prev);
      for (const id of cohort.quota.move) {
        const d = next.get(id);
        if (d) next.set(id, { level: 'good', reason: d.reason || t('quota.reason') });
      }
      return next;
    });
  };

  const onFinalize = () => {
    if (!cohort) return;
    const missing = changed.filter((r) => !decisions.get(r.assignmentId)?.reason.trim());
    if (missing.length) {
      setShowReasonErrors(true);
      message.error(t('results.reasonsMissing', { count: missing.length }));
      return;
    }
    modal.confirm({
      title: t('results.finalizeTitle'),
      width: 520,
      content: (
        <Flex vertical gap={6}>
          <span>{t('results.finalizeBody', { count: cohort.results.length, changed: changed.length })}</span>
          {changed.map((r) => (
            <span key={r.id}>
              • {r.headName || r.unitName}: {levelLabel(t, r.proposedLevel)} →{' '}
              <strong>{levelLabel(t, decisions.get(r.assignmentId)!.level)}</strong>
            </span>
          ))}
        </Flex>
      ),
      okText: t('results.finalize'),
      cancelText: t('common.cancel'),
      onOk: () =>
        finalize
          .mutateAsync({
            councilId: council.id,
            body: {
              version: cohort.councilVersion ?? council.version,
              decisions: cohort.results.map((r) => {
                const d = decisions.get(r.assignmentId)!;
                return {
                  assignmentId: r.assignmentId,
                  level: d.level,
                  ...(needsReason(r, d) ? { reason: d.reason.trim() } : {}),
                };
              }),
            },
          })
          .then(() => {
            message.success(t('results.finalized'));
          })
          .catch((e: Error) => {
            message.error(e instanceof ApiError && e.isConflict ? t('common.conflictHint') : e.message);
            void query.refetch();
          }),
    });
  };

  const quarterOptions = [
    { value: 0, label: t('results.annual') },
    ...[1, 2, 3, 4].map((q) => ({ value: q, label: t('results.quarterN', { quarter: q }) })),
  ];
  const canCompute = isAssigner && (quarter > 0 || (closed && !finalized));

  return (
    <div>
      <div className={styles.toolbar}>
        <Segmented<number>
          options={quarterOptions}
          value={quarter}
          onChange={setQuarter}
          aria-label={t('results.period')}
        />
        <Flex wrap gap={8}>
          {canCompute && (
            <Button
              type={cohort?.results.length ? 'default' : 'primary'}
              icon={<CalculatorOutlined aria-hidden="true" />}
              loading={evaluate.isPending}
              onClick={onEvaluate}
            >
              {cohort?.results.length ? t('results.recompute') : t('results.compute')}
            </Button>
          )}
          {quarter === 0 && closed && <CouncilDownloads council={council} finalized={finalized} />}
        </Flex>
      </div>
      {quarter === 0 && !closed ? (
        <Alert
          type="info"
          showIcon
          title={t('results.afterWindow', { date: formatDate(council.closesOn) })}
          description={t('results.afterWindowBody')}
        />
      ) : query.isPending ? (
        <Skeleton active />
      ) : query.isError || !cohort ? (
        <QueryError error={query.error} onRetry={() => query.refetch()} />
      ) : cohort.results.length === 0 ? (
        <Empty
          description={
            quarter
              ? t('results.emptyQuarter', { quarter })
              : isAssigner
                ? t('results.emptyAssigner')
                : t('results.empty')
          }
        />
      ) : (
        <div className={cohort.provisional ? styles.provisionalBand : undefined}>
          <Flex vertical gap={12}>
            {cohort.provisional && (
              <Alert
                type="warning"
                showIcon
                data-testid="provisional-banner"
                title={t('results.provisionalTitle', { quarter })}
                description={t('results.provisionalBody')}
              />
            )}
            {finalized && (
              <Alert
                type="success"
                showIcon
                title={t('results.finalizedOn', { date: formatDateTime(cohort.finalizedAt) })}
                description={
                  cohort.results[0]?.appealUntil
                    ? t('results.appealUntil', { date: formatDate(cohort.results[0].appealUntil) })
                    : undefined
                }
              />
            )}
            {cohort.skipped.length > 0 && (
              <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
                {t('results.skipped', { names: cohort.skipped.map((s) => s.unitName).join('; ') })}
              </Typography.Paragraph>
            )}
            {!finalized && <QuotaBanner cohort={cohort} onApply={deciding ? applyQuota : undefined} />}
            <ResultsTable
              cohort={cohort}
              decisions={deciding ? decisions : undefined}
              onDecision={(id, d) => setDecisions((prev) => new Map(prev).set(id, d))}
              showReasonErrors={showReasonErrors}
              scores={scores.data}
              onAnswerAppeal={isAssigner ? (result) => setDialog({ kind: 'answer', result }) : undefined}
              onRecord={
                isAssigner && quarter === 0 ? (result, kind) => setDialog({ kind, result }) : undefined
              }
            />
            {deciding && (
              <div className={styles.finalizeBar}>
                <Typography.Text>{t('results.finalizeHint', { changed: changed.length })}</Typography.Text>
                <Button
                  type="primary"
                  icon={<CheckOutlined aria-hidden="true" />}
                  onClick={onFinalize}
                  loading={finalize.isPending}
                >
                  {t('results.finalize')}
                </Button>
              </div>
            )}
          </Flex>
        </div>
      )}
      {dialog?.kind === 'answer' && (
        <AnswerAppealModal result={dialog.result} onClose={() => setDialog(null)} />
      )}
      {(dialog?.kind === 'deduction' || dialog?.kind === 'event') && (
        <RecordModal
          result={dialog.result}
          kind={dialog.kind}
          onClose={(recorded) => {
            setDialog(null);
            if (recorded) message.info(t('deduction.recomputeHint'));
          }}
        />
      )}
    </div>
  );
}
