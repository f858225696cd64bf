import type { AssignmentDto } from '../../../../../contracts/assignments.ts';
import { useI18n } from '../../../i18n/i18n.tsx';
import { formatDate, formatPoints } from '../../../lib/format.ts';
import { useTargetText } from './task-values.tsx';

export type Adjustment = AssignmentDto['adjustments'][number];

/** The change a request asks for, in words: "Gia hạn đến 30/11/2022", "Trọng số mới: 6"... */
export function useDescribeChange(assignment: AssignmentDto) {
  const { t, lang } = useI18n();
  const targetText = useTargetText();
  return (adj: Adjustment) => {
    const c = adj.change;
    const task = assignment.tasks.find((x) => x.id === adj.taskId);
    switch (c.kind) {
      case 'extension':
        return t('adjust.describe.extension', { date: formatDate(String(c.deadline)) });
      case 'target_value':
        return t('adjust.describe.target_value', {
          value: task ? targetText(task, Number(c.targetValue)) : String(c.targetValue),
        });
      case 'weight':
        return t('adjust.describe.weight', { value: formatPoints(Number(c.weight), lang) });
      case 'cancellation':
        return t('adjust.describe.cancellation');
      default:
        return String(c.kind);
    }
  };
}
