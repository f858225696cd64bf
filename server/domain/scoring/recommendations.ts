import type { Level } from './classify.ts';

/** Personnel recommendation kinds (SPEC §2 "Evaluation", §4 item 11). */
export type RecommendationKind = 'transfer_or_replace' | 'commend_and_plan';

export interface Recommendation {
  kind: RecommendationKind;
  /** Why, as a code + params the UI localizes. */
  reason: { code: 'not_completed' | 'excellent_two_consecutive_cycles'; params: Record<string, string> };
}

export interface RecommendationInput {
  /** The cycle's final (decided) level. */
  level: Level;
  cycleId: string;
  /** Quarterly provisional results never create recommendations. */
  provisional?: boolean;
  /** The final level of the immediately preceding cycle of the same kind, if any. */
  previous?: { cycleId: string; level: Level } | null;
}

/**
 * SPEC §4 item 11: "not completed" creates a transfer/replacement recommendation;
 * "excellent" in two consecutive cycles creates a commendation / succession-planning one.
 */
export function recommendPersonnelActions(input: RecommendationInput): Recommendation[] {
  if (input.provisional) return [];
  if (input.level === 'not_completed') {
    return [
      { kind: 'transfer_or_replace', reason: { code: 'not_completed', params: { cycleId: input.cycleId } } },
    ];
  }
  if (input.level === 'excellent' && input.previous?.level === 'excellent') {
    return [
      {
        kind: 'commend_and_plan',
        reason: {
          code: 'excellent_two_consecutive_cycles',
          params: { cycleId: input.cycleId, previousCycleId: input.previous.cycleId },
        },
      },
    ];
  }
  return [];
}
