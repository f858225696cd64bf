import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { mySheetsSchema, SaveSheetInput, sheetSchema } from '../../../../../contracts/councils.ts';
import { apiGet, apiPut } from '../../../lib/api-client.ts';
import { EVALUATION_KEY } from './keys.ts';

export type MySheetsDto = z.infer<typeof mySheetsSchema>;
export type SheetDto = z.infer<typeof sheetSchema>;
export type ScoringHead = MySheetsDto['heads'][number];
export type ScoringTask = ScoringHead['tasks'][number];

export const mySheetsKey = (councilId: string) => [EVALUATION_KEY, 'sheets', councilId] as const;

/** The calling member's heads, tasks with the system's proposals, and own sheets. */
export function useMySheets(councilId: string | undefined) {
  return useQuery({
    queryKey: mySheetsKey(councilId ?? ''),
    queryFn: ({ signal }) => apiGet<MySheetsDto>(`/councils/${councilId}/sheets/mine`, undefined, signal),
    enabled: Boolean(councilId),
    // The sheet is being typed into: a background refetch must not replace it.
    refetchOnWindowFocus: false,
    retry: false,
  });
}

/** Saves one head's sheet; the answer replaces that head's sheet in the cached list. */
export function useSaveSheet(councilId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ assignmentId, body }: { assignmentId: string; body: SaveSheetInput }) =>
      apiPut<SheetDto>(`/councils/${councilId}/sheets/${assignmentId}`, body),
    onSuccess: (sheet) => {
      queryClient.setQueryData<MySheetsDto>(mySheetsKey(councilId), (old) =>
        old
          ? {
              ...old,
              heads: old.heads.map((h) => (h.assignmentId === sheet.assignmentId ? { ...h, sheet } : h)),
            }
          : old,
      );
      void queryClient.invalidateQueries({ queryKey: [EVALUATION_KEY, 'progress', councilId] });
    },
  });
}
