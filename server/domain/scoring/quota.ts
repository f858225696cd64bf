import type { Level } from './classify.ts';
import { type Hundredths, shareAtMost } from './exact.ts';
import type { ScoringPolicy } from './policy.ts';

/** One head's proposed result within a cohort (same assigning body and cycle). */
export interface CohortEntry {
  headId: string;
  level: Level;
  /** Rounded total. */
  total: Hundredths;
}

/** What the system proposes on a quota breach; the assigning body decides. */
export interface QuotaProposal {
  breach: boolean;
  excellent: number;
  good: number;
  /** Moves from excellent down to good needed to respect the quota. */
  movesNeeded: number;
  /** Heads that must move (their totals are strictly below the cut). */
  move: string[];
  /** Heads tied at the cut's total when the cut falls among them: `toMove` of them move. */
  tie: { total: Hundredths; headIds: string[]; toMove: number } | null;
  /** Counts once the proposal is applied. */
  after: { excellent: number; good: number };
}

const respects = (excellent: number, good: number, policy: ScoringPolicy): boolean =>
  shareAtMost(excellent, good, policy.excellentQuotaPercentOfGood);

/**
 * Checks the cohort quota (#excellent ≤ quota% of #good) and, on a breach, proposes
 * moving the lowest-total excellent heads down to good, as few as needed. Never applies it.
 */
export function proposeQuota(cohort: readonly CohortEntry[], policy: ScoringPolicy): QuotaProposal {
  const excellent = cohort.filter((e) => e.level === 'excellent');
  const good = cohort.filter((e) => e.level === 'good').length;
  // each move takes one from excellent and adds one to good, so re-check after every move
  let k = 0;
  while (k < excellent.length && !respects(excellent.length - k, good + k, policy)) k++;
  const base = { excellent: excellent.length, good, movesNeeded: k };
  const after = { excellent: excellent.length - k, good: good + k };
  if (k === 0) return { ...base, breach: false, move: [], tie: null, after };

  const ascending = [...excellent].sort((a, b) => a.total - b.total || a.headId.localeCompare(b.headId));
  const cut = ascending[k - 1].total;
  const below = ascending.filter((e) => e.total < cut).map((e) => e.headId);
  const atCut = ascending.filter((e) => e.total === cut).map((e) => e.headId);
  if (below.length + atCut.length === k) {
    return { ...base, breach: true, move: [...below, ...atCut], tie: null, after };
  }
  return {
    ...base,
    breach: true,
    move: below,
    tie: { total: cut, headIds: atCut, toMove: k - below.length },
    after,
  };
}
