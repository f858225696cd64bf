import type { ErrorEntry } from './entry.ts';

/** Error codes of check-ins and evidence. */
export const CHECK_IN_ERRORS = {} as const satisfies Record<string, ErrorEntry>;
