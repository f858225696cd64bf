import { useMutation } from '@tanstack/react-query';
import { apiDownload } from '../../../lib/api-client.ts';

/** Downloads the assignment's tasks as a workbook that imports back unchanged. */
export function exportTasks(id: string): Promise<string> {
  return apiDownload(`/assignments/${id}/tasks.xlsx`, undefined, 'danh-muc-nhiem-vu.xlsx');
}

/** Export-tasks mutation (pending while the workbook is generated). */
export function useExportTasks() {
  return useMutation({ mutationFn: exportTasks });
}
