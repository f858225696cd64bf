import type { QueryClient } from '@tanstack/react-query';

/** Root of every execution query (board, task pages, statuses, requests, appraisals, overview). */
export const EXECUTION_KEY = 'execution';

/**
 * After any execution write (check-in, request, answer, appraisal, notice): statuses, boards
 * and counts depend on each other, so every execution query and the assignment pages are
 * fetched again (only those on screen refetch at once).
 */
export function afterExecutionChange(queryClient: QueryClient): Promise<void> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: [EXECUTION_KEY] }),
    queryClient.invalidateQueries({ queryKey: ['notifications'] }),
  ]).then(() => undefined);
}
