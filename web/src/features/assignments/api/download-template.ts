import { useMutation } from '@tanstack/react-query';
import { apiDownload } from '../../../lib/api-client.ts';

/** Downloads the empty task workbook, with Vietnamese headers and instructions. */
export function downloadTemplate(): Promise<string> {
  return apiDownload('/task-template.xlsx', undefined, 'mau-danh-muc-nhiem-vu.xlsx');
}

/** Download-template mutation. */
export function useDownloadTemplate() {
  return useMutation({ mutationFn: downloadTemplate });
}
