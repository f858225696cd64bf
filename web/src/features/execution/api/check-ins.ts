import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CheckInData, CheckInDto, CheckInHistoryDto } from '../../../../../contracts/check-ins.ts';
import { apiGet, apiPostForm } from '../../../lib/api-client.ts';
import { afterExecutionChange, EXECUTION_KEY } from './invalidate.ts';

/** A task's check-ins, newest first, corrected entries included (marked not in force). */
export function useCheckIns(taskId: string | undefined) {
  return useQuery({
    queryKey: [EXECUTION_KEY, 'check-ins', taskId],
    queryFn: ({ signal }) => apiGet<CheckInHistoryDto>(`/tasks/${taskId}/check-ins`, undefined, signal),
    enabled: Boolean(taskId),
  });
}

export type RecordCheckInInput = { taskId: string; data: CheckInData; files: File[] };

/** Records a check-in (or a correction) with its evidence files, as one multipart request. */
export function recordCheckIn({ taskId, data, files }: RecordCheckInInput): Promise<CheckInDto> {
  const form = new FormData();
  form.append('data', new Blob([JSON.stringify(data)], { type: 'application/json' }));
  for (const file of files) form.append('files', file, file.name);
  return apiPostForm<CheckInDto>(`/tasks/${taskId}/check-ins`, form);
}

/** Record-check-in mutation. */
export function useRecordCheckIn() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: recordCheckIn, onSuccess: () => afterExecutionChange(queryClient) });
}
