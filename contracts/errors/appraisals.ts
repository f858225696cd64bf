import type { ErrorEntry } from './entry.ts';

/** Error codes of appraisals. */
export const APPRAISAL_ERRORS = {} as const satisfies Record<string, ErrorEntry>;
