import type { Rule } from 'antd/es/form';
import type { Translate } from '../../../../i18n/i18n.tsx';
import { hasAtMostTwoDecimals } from '../../../../lib/format.ts';

/** A typed score's problem against its range, or null: negative, above the maximum, more than 2 decimals. */
export function scoreProblem(
  value: number | null | undefined,
  max: number,
  t: Translate,
  maxText: string,
): string | null {
  if (value === null || value === undefined) return null;
  if (value < 0) return t('score.negative');
  if (Math.round(value * 100) > Math.round(max * 100)) return t('score.aboveMax', { max: maxText });
  if (!hasAtMostTwoDecimals(value)) return t('score.decimals');
  return null;
}

/** The same checks as a form rule. */
export function scoreRule(max: number, t: Translate, maxText: string): Rule {
  return {
    validator: (_, value: number | null | undefined) => {
      const problem = scoreProblem(value, max, t, maxText);
      return problem ? Promise.reject(new Error(problem)) : Promise.resolve();
    },
  };
}
