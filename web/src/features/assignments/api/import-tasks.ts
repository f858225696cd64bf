import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AssignmentDto } from '../../../../../contracts/assignments.ts';
import { apiUpload } from '../../../lib/api-client.ts';
import { afterAssignmentChange } from './invalidate.ts';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** The API refuses larger uploads (413). */
export const IMPORT_MAX_BYTES = 10 * 1024 * 1024;

/** One problem of a refused workbook (nothing was imported). */
export type WorkbookError = {
  sheet: string | null;
  row: number | null;
  column: string | null;
  header: string | null;
  code: string;
  message: string;
};

export type ImportTasksInput = { id: string; version: number; mode: 'replace' | 'append'; file: Blob };

/** Imports a task workbook into a draft: every row valid or nothing written (422 workbook_invalid lists why). */
export function importTasks({ id, version, mode, file }: ImportTasksInput): Promise<AssignmentDto> {
  return apiUpload<AssignmentDto>(`/assignments/${id}/tasks/import`, { version, mode }, file, XLSX_TYPE);
}

/** Import mutation. */
export function useImportTasks() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: importTasks,
    onSuccess: (fresh) => afterAssignmentChange(queryClient, fresh),
  });
}
