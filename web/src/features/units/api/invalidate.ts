import type { QueryClient } from '@tanstack/react-query';

/** After any change to the tree, posts or terms: units, people and the overview counts may all differ. */
export function invalidateOrganisation(queryClient: QueryClient): Promise<void> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: ['units'] }),
    queryClient.invalidateQueries({ queryKey: ['people'] }),
    queryClient.invalidateQueries({ queryKey: ['overview'] }),
  ]).then(() => undefined);
}
