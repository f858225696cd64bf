import type { ErrorEntry } from './entry.ts';

/** Error codes of evaluation results, finalization, appeals and personnel recommendations. */
export const DECISION_ERRORS = {} as const satisfies Record<string, ErrorEntry>;
