import type { QueryClient } from '@tanstack/react-query';

/** Every evaluation query starts with this key, so one change refreshes the whole area. */
export const EVALUATION_KEY = 'evaluation';

/**
 * After a write: the evaluation screens fetch again (reports, councils, sheets, results,
 * recommendations), and so do the assignments, whose states follow the evaluation.
 */
export async function afterEvaluationChange(queryClient: QueryClient): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: [EVALUATION_KEY] }),
    queryClient.invalidateQueries({ queryKey: ['assignments'] }),
  ]);
}
