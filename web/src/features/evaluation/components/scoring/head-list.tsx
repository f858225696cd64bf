import { CheckCircleFilled, MinusCircleOutlined } from '@ant-design/icons';
import { Select } from 'antd';
import { useI18n } from '../../../../i18n/i18n.tsx';
import type { MySheetsDto, ScoringHead } from '../../api/sheets.ts';
import styles from './scoring.module.css';

export type HeadState = { finished: boolean; unscored: number; total: number; dirty: boolean };

type Props = {
  data: MySheetsDto;
  heads: ScoringHead[];
  currentId: string;
  stateOf: (head: ScoringHead) => HeadState;
  onPick: (assignmentId: string) => void;
  /** Below the wide layout: a select instead of the list. */
  compact: boolean;
};

/** The heads to score (finished marked, progress shown) and, disabled, those the member is recused from. */
export function HeadList({ data, heads, currentId, stateOf, onPick, compact }: Props) {
  const { t } = useI18n();
  const name = (h: { head: { fullName: string } | null; unit: { name: string } }) =>
    h.head?.fullName ?? h.unit.name;
  const status = (s: HeadState) =>
    s.finished
      ? t('scoring.headFinished')
      : t('scoring.headProgress', { scored: s.total - s.unscored, total: s.total });

  if (compact) {
    return (
      <Select
        style={{ width: '100%', marginBottom: 12 }}
        value={currentId}
        onChange={onPick}
        aria-label={t('scoring.pickHead')}
        options={[
          ...heads.map((h) => ({
            value: h.assignmentId,
            label: `${stateOf(h).finished ? '✓ ' : ''}${h.unit.name} — ${name(h)} (${status(stateOf(h))})`,
          })),
          ...data.recused.map((r) => ({
            value: `recused:${r.assignmentId}`,
            label: `${r.unit.name} — ${r.reasonLabel}`,
            disabled: true,
          })),
        ]}
      />
    );
  }
  const finished = heads.filter((h) => stateOf(h).finished).length;
  return (
    <nav className={styles.heads} aria-label={t('scoring.headsLabel')}>
      <h2 className={styles.headsTitle}>
        {t('scoring.headsTitle', { done: finished, total: heads.length })}
      </h2>
      <ul className={styles.headList}>
        {heads.map((h, i) => {
          const s = stateOf(h);
          return (
            <li key={h.assignmentId}>
              <button
                type="button"
                className={styles.headButton}
                aria-current={h.assignmentId === currentId ? 'true' : undefined}
                onClick={() => onPick(h.assignmentId)}
                data-testid="scoring-head"
                data-finished={s.finished || undefined}
              >
                <span className={styles.headMark} aria-hidden="true">
                  {s.finished ? <CheckCircleFilled className={styles.done} /> : `${i + 1}.`}
                </span>
                <span className={styles.headText}>
                  <span className={styles.headUnit}>{h.unit.name}</span>
                  <span className={styles.headSub}>{name(h)}</span>
                  <span
                    className={`${styles.headSub} ${s.finished ? styles.done : s.unscored < s.total ? styles.partial : ''}`}
                  >
                    {status(s)}
                    {s.dirty ? ` · ${t('scoring.unsavedShort')}` : ''}
                  </span>
                </span>
              </button>
            </li>
          );
        })}
        {data.recused.map((r) => (
          <li key={r.assignmentId}>
            <button type="button" className={styles.headButton} disabled data-testid="scoring-recused">
              <span className={styles.headMark} aria-hidden="true">
                <MinusCircleOutlined />
              </span>
              <span className={styles.headText}>
                <span className={styles.headUnit}>{r.unit.name}</span>
                <span className={styles.headSub}>{name(r)}</span>
                <span className={styles.headSub}>
                  {t('scoring.recused')}: {r.reasonLabel}
                </span>
              </span>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
