import type { ErrorEntry } from './entry.ts';

/** Error codes of support commitments and support requests. */
export const SUPPORT_ERRORS = {} as const satisfies Record<string, ErrorEntry>;
