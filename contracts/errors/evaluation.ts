import type { ErrorEntry } from './entry.ts';

/** Error codes of self-assessment, council scoring and decisions. */
export const EVALUATION_ERRORS = {} as const satisfies Record<string, ErrorEntry>;
