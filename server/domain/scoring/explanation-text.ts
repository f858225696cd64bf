import type { Classification, Condition, Level } from './classify.ts';
import { formatHundredths, type Hundredths } from './exact.ts';

/**
 * Vietnamese and English renderings of a classification's explanation. The stored
 * explanation is codes + params; this is the reference wording the UI may reuse.
 */

export type Locale = 'vi' | 'en';

export const LEVEL_NAMES: Record<Locale, Record<Level, string>> = {
  vi: {
    excellent: 'Hoàn thành xuất sắc nhiệm vụ',
    good: 'Hoàn thành tốt nhiệm vụ',
    completed: 'Hoàn thành nhiệm vụ',
    not_completed: 'Không hoàn thành nhiệm vụ',
  },
  en: {
    excellent: 'Excellent',
    good: 'Good',
    completed: 'Completed',
    not_completed: 'Not completed',
  },
};

/** Formats hundredths in the locale's style: vi "1.234,50", en "1,234.50". */
export function formatScore(h: Hundredths, locale: Locale): string {
  const [sep, group] = locale === 'vi' ? [',', '.'] : ['.', ','];
  const [whole, frac] = formatHundredths(h, sep).split(sep);
  return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, group)}${sep}${frac}`;
}

const num = (p: Condition['params'], key: string): number => Number(p[key]);
const list = (p: Condition['params'], key: string): string =>
  ([] as string[]).concat(p[key] as string[]).join(', ');

type Phrase = (p: Condition['params'], f: (h: Hundredths) => string) => string;

const PHRASES: Record<Locale, Record<Condition['code'], { met: Phrase; failed: Phrase }>> = {
  vi: {
    total_at_least: {
      met: (p, f) => `Tổng điểm ${f(num(p, 'total'))} đạt mức tối thiểu ${f(num(p, 'min'))}`,
      failed: (p, f) => `Tổng điểm ${f(num(p, 'total'))} thấp hơn mức ${f(num(p, 'min'))}`,
    },
    all_tasks_done_on_time: {
      met: (p) => `Cả ${num(p, 'tasks')} nhiệm vụ hoàn thành đúng hạn`,
      failed: (p) => `${num(p, 'notOnTime')}/${num(p, 'tasks')} nhiệm vụ không hoàn thành đúng hạn`,
    },
    exceeded_share_at_least: {
      met: (p, f) =>
        `${num(p, 'exceeded')}/${num(p, 'tasks')} nhiệm vụ vượt mức (${f(num(p, 'share'))}%), đạt yêu cầu tối thiểu ${f(num(p, 'minShare'))}%`,
      failed: (p, f) =>
        `Chỉ ${num(p, 'exceeded')}/${num(p, 'tasks')} nhiệm vụ vượt mức (${f(num(p, 'share'))}%), chưa đạt ${f(num(p, 'minShare'))}%`,
    },
    all_tasks_done: {
      met: (p) => `Cả ${num(p, 'tasks')} nhiệm vụ đã hoàn thành`,
      failed: (p) => `${num(p, 'notDone')}/${num(p, 'tasks')} nhiệm vụ không hoàn thành`,
    },
    late_share_at_most: {
      met: (p, f) =>
        `${num(p, 'late')}/${num(p, 'tasks')} nhiệm vụ hoàn thành quá hạn (${f(num(p, 'share'))}%), không quá ${f(num(p, 'maxShare'))}%`,
      failed: (p, f) =>
        `${num(p, 'late')}/${num(p, 'tasks')} nhiệm vụ hoàn thành quá hạn (${f(num(p, 'share'))}%), vượt quá ${f(num(p, 'maxShare'))}%`,
    },
    no_disqualifying_event: {
      met: () => 'Không có vi phạm dẫn đến không hoàn thành nhiệm vụ',
      failed: (p) => `Có ${num(p, 'count')} vi phạm dẫn đến không hoàn thành nhiệm vụ (${list(p, 'kinds')})`,
    },
    no_sub_unit_not_completed: {
      met: () => 'Không có đơn vị cấp dưới trực tiếp xếp loại không hoàn thành nhiệm vụ',
      failed: (p) => `Đơn vị cấp dưới trực tiếp xếp loại không hoàn thành nhiệm vụ: ${list(p, 'unitIds')}`,
    },
  },
  en: {
    total_at_least: {
      met: (p, f) => `Total ${f(num(p, 'total'))} reaches the minimum ${f(num(p, 'min'))}`,
      failed: (p, f) => `Total ${f(num(p, 'total'))} is below ${f(num(p, 'min'))}`,
    },
    all_tasks_done_on_time: {
      met: (p) => `All ${num(p, 'tasks')} tasks done on time`,
      failed: (p) => `${num(p, 'notOnTime')} of ${num(p, 'tasks')} tasks not done on time`,
    },
    exceeded_share_at_least: {
      met: (p, f) =>
        `${num(p, 'exceeded')} of ${num(p, 'tasks')} tasks exceeded (${f(num(p, 'share'))}%), at least ${f(num(p, 'minShare'))}% required`,
      failed: (p, f) =>
        `Only ${num(p, 'exceeded')} of ${num(p, 'tasks')} tasks exceeded (${f(num(p, 'share'))}%), ${f(num(p, 'minShare'))}% required`,
    },
    all_tasks_done: {
      met: (p) => `All ${num(p, 'tasks')} tasks done`,
      failed: (p) => `${num(p, 'notDone')} of ${num(p, 'tasks')} tasks not done`,
    },
    late_share_at_most: {
      met: (p, f) =>
        `${num(p, 'late')} of ${num(p, 'tasks')} tasks done late (${f(num(p, 'share'))}%), within ${f(num(p, 'maxShare'))}%`,
      failed: (p, f) =>
        `${num(p, 'late')} of ${num(p, 'tasks')} tasks done late (${f(num(p, 'share'))}%), more than ${f(num(p, 'maxShare'))}%`,
    },
    no_disqualifying_event: {
      met: () => 'No disqualifying event recorded',
      failed: (p) => `${num(p, 'count')} disqualifying event(s) recorded (${list(p, 'kinds')})`,
    },
    no_sub_unit_not_completed: {
      met: () => 'No directly subordinate unit rated not completed',
      failed: (p) => `Directly subordinate unit(s) rated not completed: ${list(p, 'unitIds')}`,
    },
  },
};

/** Renders one condition as a sentence in the given locale. */
export function renderCondition(condition: Condition, locale: Locale): string {
  const phrase = PHRASES[locale][condition.code];
  return (condition.met ? phrase.met : phrase.failed)(condition.params, (h) => formatScore(h, locale));
}

/** Renders a classification: a headline with the level, then the deciding conditions. */
export function renderExplanation(classification: Classification, locale: Locale): string[] {
  const name = LEVEL_NAMES[locale][classification.level];
  const total = formatScore(classification.total, locale);
  const headline =
    locale === 'vi' ? `Xếp loại: ${name} (tổng điểm ${total})` : `Level: ${name} (total ${total})`;
  return [headline, ...classification.decisive.map((c) => renderCondition(c, locale))];
}
