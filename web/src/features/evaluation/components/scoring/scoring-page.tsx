import { Alert, Breadcrumb, Empty, Grid, Skeleton } from 'antd';
import { useCallback, useEffect, useMemo } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { NotFoundPage } from '../../../../components/not-found-page.tsx';
import { PageHeader } from '../../../../components/page-header.tsx';
import { QueryError } from '../../../../components/query-error.tsx';
import { useI18n } from '../../../../i18n/i18n.tsx';
import { ApiError } from '../../../../lib/api-client.ts';
import { compareVi, formatDate } from '../../../../lib/format.ts';
import { useUnsavedChangesGuard } from '../../../assignments/hooks/use-unsaved-changes-guard.ts';
import { type MySheetsDto, type ScoringHead, useMySheets } from '../../api/sheets.ts';
import { WindowStateTag } from '../shared/window-state-tag.tsx';
import { HeadList, type HeadState } from './head-list.tsx';
import styles from './scoring.module.css';
import { SheetEditor } from './sheet-editor.tsx';
import { unscoredCount } from './sheet-model.ts';
import { useSheetDrafts } from './use-sheet-drafts.ts';

/** A council member's scoring sheets (/councils/:id/score): one head at a time, keyboard first. */
export function ScoringPage() {
  const { id } = useParams();
  const query = useMySheets(id);
  if (query.isPending) return <Skeleton active paragraph={{ rows: 14 }} />;
  if (query.isError || !query.data) {
    if (query.error instanceof ApiError && query.error.status === 404) return <NotFoundPage />;
    return <QueryError error={query.error} onRetry={() => query.refetch()} />;
  }
  return <Scoring councilId={id!} data={query.data} />;
}

function Scoring({ councilId, data }: { councilId: string; data: MySheetsDto }) {
  const { t } = useI18n();
  const wide = Grid.useBreakpoint().xl ?? true;
  const [params, setParams] = useSearchParams();
  const drafts = useSheetDrafts(councilId, data);
  const heads = useMemo(
    () => [...data.heads].sort((a, b) => compareVi(a.unit.name, b.unit.name)),
    [data.heads],
  );
  const readOnly = !data.council.abilities.score;
  useUnsavedChangesGuard(drafts.anyDirty && !readOnly);

  const stateOf = useCallback(
    (h: ScoringHead): HeadState => {
      const d = drafts.get(h);
      return {
        finished: Boolean(h.sheet?.finishedAt),
        unscored: unscoredCount(h, data, d),
        total: h.tasks.filter((x) => !x.cancelled).length + data.criteria.length,
        dirty: d.rev !== d.savedRev,
      };
    },
    [data, drafts],
  );

  const firstOpen = heads.find((h) => !h.sheet?.finishedAt) ?? heads[0];
  const currentId = heads.some((h) => h.assignmentId === params.get('head'))
    ? params.get('head')!
    : firstOpen?.assignmentId;
  const index = heads.findIndex((h) => h.assignmentId === currentId);
  const head = heads[index];

  const pick = useCallback(
    (assignmentId: string) => {
      // Leaving a head saves what was typed there (the draft stays in memory either way).
      if (head && !readOnly) {
        const d = drafts.get(head);
        if (d.rev !== d.savedRev) void drafts.saveHead(head);
      }
      setParams({ head: assignmentId }, { replace: true });
      requestAnimationFrame(() =>
        document.querySelector<HTMLInputElement>('input[data-col="score"][data-row="0"]')?.focus(),
      );
    },
    [drafts, head, readOnly, setParams],
  );

  const step = useCallback(
    (delta: number) => {
      const next = heads[index + delta];
      if (next) pick(next.assignmentId);
    },
    [heads, index, pick],
  );
  const nextOpen = heads.slice(index + 1).find((h) => !h.sheet?.finishedAt) ?? heads[index + 1];

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey && !e.ctrlKey && (e.key === 'n' || e.key === 'N')) {
        e.preventDefault();
        step(1);
      } else if (e.altKey && !e.ctrlKey && (e.key === 'p' || e.key === 'P')) {
        e.preventDefault();
        step(-1);
      } else if ((e.ctrlKey || e.metaKey) && (e.key === 's' || e.key === 'S')) {
        e.preventDefault();
        if (head && !readOnly) void drafts.saveHead(head);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [drafts, head, readOnly, step]);

  const c = data.council;
  return (
    <>
      <Breadcrumb
        style={{ marginBottom: 8 }}
        items={[
          { key: 'eval', title: <Link to="/scoring">{t('nav.scoring')}</Link> },
          { key: 'council', title: <Link to={`/councils/${c.id}`}>{c.name}</Link> },
          { key: 'this', title: <span aria-current="page">{t('scoring.title')}</span> },
        ]}
      />
      <PageHeader
        title={t('scoring.title')}
        tags={<WindowStateTag council={c} />}
        subtitle={t('scoring.subtitle', {
          council: c.name,
          from: formatDate(c.opensOn),
          to: formatDate(c.closesOn),
          asOf: formatDate(data.asOf),
        })}
      />
      {readOnly && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title={
            c.windowState === 'not_open'
              ? t('scoring.notOpen', { date: formatDate(c.opensOn) })
              : t('scoring.closedNote')
          }
        />
      )}
      {!readOnly && (
        <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('scoring.blindNote')} />
      )}
      {heads.length === 0 ? (
        <Empty description={t('scoring.noHeads')} />
      ) : (
        <div className={styles.layout}>
          <HeadList
            data={data}
            heads={heads}
            currentId={currentId!}
            stateOf={stateOf}
            onPick={pick}
            compact={!wide}
          />
          {head && (
            <SheetEditor
              key={head.assignmentId}
              data={data}
              head={head}
              drafts={drafts}
              readOnly={readOnly}
              onNext={nextOpen && nextOpen !== head ? () => pick(nextOpen.assignmentId) : null}
            />
          )}
        </div>
      )}
    </>
  );
}
