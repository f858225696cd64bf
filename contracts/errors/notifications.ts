import type { ErrorEntry } from './entry.ts';

/** Error codes of notifications, reminders and urging notices. */
export const NOTIFICATION_ERRORS = {} as const satisfies Record<string, ErrorEntry>;
