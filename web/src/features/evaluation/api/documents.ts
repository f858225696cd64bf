import { useMutation } from '@tanstack/react-query';
import { apiDownload } from '../../../lib/api-client.ts';

export type CouncilDocument =
  | { kind: 'summary'; format: 'xlsx' | 'docx' }
  | { kind: 'results' }
  | { kind: 'decision'; layout: 'party' | 'state' }
  | { kind: 'sheet'; memberId: string; format: 'xlsx' | 'docx' };

function target(
  councilId: string,
  doc: CouncilDocument,
): { path: string; fallback: string; layout?: string } {
  const base = `/councils/${councilId}`;
  switch (doc.kind) {
    case 'summary':
      return { path: `${base}/summary.${doc.format}`, fallback: `tong-hop-ket-qua.${doc.format}` };
    case 'results':
      return { path: `${base}/results.xlsx`, fallback: 'ket-qua-danh-gia.xlsx' };
    case 'decision':
      return { path: `${base}/decision.docx`, fallback: 'quyet-dinh-xep-loai.docx', layout: doc.layout };
    case 'sheet':
      return {
        path: `${base}/members/${doc.memberId}/sheet.${doc.format}`,
        fallback: `phieu-cham-diem.${doc.format}`,
      };
  }
}

/** Downloads one of the council's documents (summary, results table, decision, a member's sheets). */
export function useCouncilDocument(councilId: string) {
  return useMutation({
    mutationFn: (doc: CouncilDocument) => {
      const { path, fallback, layout } = target(councilId, doc);
      return apiDownload(path, layout ? { layout } : undefined, fallback);
    },
  });
}
