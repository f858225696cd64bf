import { useMutation } from '@tanstack/react-query';
import { apiDownload } from '../../../lib/api-client.ts';

export type DecisionLayout = 'party' | 'state';

/** Downloads the decision with its task appendix (.docx), in the Party (36-HD/VPTW) or state (NĐ 30/2020) layout. */
export function downloadDecision({ id, layout }: { id: string; layout: DecisionLayout }): Promise<string> {
  return apiDownload(`/assignments/${id}/decision.docx`, { layout }, 'quyet-dinh-giao-nhiem-vu.docx');
}

/** Download-decision mutation (pending while the document is generated). */
export function useDownloadDecision() {
  return useMutation({ mutationFn: downloadDecision });
}
