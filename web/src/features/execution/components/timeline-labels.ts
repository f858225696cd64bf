import type { TaskDto } from '../../../../../contracts/assignments.ts';
import type { Translate } from '../../../i18n/i18n.tsx';
import type { MessageKey } from '../../../i18n/vi.ts';
import { formatDate, formatNumber, formatPoints } from '../../../lib/format.ts';

type Lang = 'vi' | 'en';

/** "Kiểm tra định kỳ quý 2" / "Kiểm tra đột xuất". */
export function appraisalKindText(t: Translate, kind: string, quarter: number | null): string {
  return kind === 'quarterly' && quarter
    ? t('appraisal.kindQuarter', { quarter })
    : t(`appraisal.kind.${kind}` as MessageKey);
}

/** Đúng tiến độ / Có nguy cơ chậm / Chậm tiến độ. */
export function progressText(t: Translate, progress: string): string {
  return t(`appraisal.progress.${progress}` as MessageKey);
}

/** Nghiệm thu / Trả lại để hoàn thiện / Không chấp nhận. */
export function decisionText(t: Translate, decision: string): string {
  return t(`appraisal.decision.${decision}` as MessageKey);
}

/** "65%" from a share 0..1. */
export function fractionText(value: number | null, lang: Lang): string {
  return value === null ? '' : `${formatNumber(Math.round(value * 10000) / 100, lang)}%`;
}

/** Đang chờ / Đã thực hiện / Chậm. */
export function commitmentStateText(t: Translate, state: string): string {
  return t(`commitmentState.${state}` as MessageKey);
}

/** An adjustment's change in words, e.g. "Gia hạn đến 30/11/2022". */
export function describeChange(
  t: Translate,
  lang: Lang,
  change: Record<string, unknown>,
  task: Pick<TaskDto, 'unitOfMeasure'>,
): string {
  switch (change.kind) {
    case 'extension':
      return t('adjust.describe.extension', { date: formatDate(String(change.deadline)) });
    case 'target_value':
      return t('adjust.describe.target_value', {
        value: `${formatNumber(Number(change.targetValue), lang)}${task.unitOfMeasure ? ` ${task.unitOfMeasure}` : ''}`,
      });
    case 'weight':
      return t('adjust.describe.weight', { value: formatPoints(Number(change.weight), lang) });
    case 'cancellation':
      return t('adjust.describe.cancellation');
    default:
      return String(change.kind ?? '');
  }
}
