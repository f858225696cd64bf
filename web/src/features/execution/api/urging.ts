import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  CreateUrgingNoticeInput,
  UrgingNoticeDto,
  urgingNoticeListSchema,
} from '../../../../../contracts/notifications.ts';
import { apiDownload, apiGet, apiPost } from '../../../lib/api-client.ts';
import { afterExecutionChange, EXECUTION_KEY } from './invalidate.ts';

/** The urging notices sent to one head, newest first. */
export function useUrgingNotices(assignmentId: string | undefined, enabled = true) {
  return useQuery({
    queryKey: [EXECUTION_KEY, 'urging', assignmentId],
    queryFn: async ({ signal }) =>
      (
        await apiGet<z.infer<typeof urgingNoticeListSchema>>(
          `/assignments/${assignmentId}/urging-notices`,
          undefined,
          signal,
        )
      ).items,
    enabled: Boolean(assignmentId) && enabled,
  });
}

/** Issues an urging notice (văn bản đôn đốc); the head is notified. */
export function useCreateUrgingNotice() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ assignmentId, body }: { assignmentId: string; body: CreateUrgingNoticeInput }) =>
      apiPost<UrgingNoticeDto>(`/assignments/${assignmentId}/urging-notices`, body),
    onSuccess: () => afterExecutionChange(queryClient),
  });
}

/** Downloads an urging notice as a document (.docx). */
export function useDownloadUrgingNotice() {
  return useMutation({
    mutationFn: (id: string) =>
      apiDownload(`/urging-notices/${id}/document.docx`, undefined, 'van-ban-don-doc.docx'),
  });
}
