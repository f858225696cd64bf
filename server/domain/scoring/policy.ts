import { DomainError } from './errors.ts';
import type { Hundredths } from './exact.ts';

/**
 * Scoring policy: every number of SPEC §4 as a versioned parameter set, chosen per cycle.
 * Score-like amounts are integer hundredths of a point (70 points = 7000); percentages
 * are plain percents with at most 2 decimals (25 = 25%).
 */

export type AggregateMethod = 'mean' | 'median' | 'trimmed_mean';

export interface LocalizedText {
  vi: string;
  en: string;
}

/** One general criterion (tiêu chí chung), scored by each council member in [0, max]. */
export interface GeneralCriterion {
  key: string;
  label: LocalizedText;
  max: Hundredths;
}

export interface ScoringPolicy {
  /** Preset or custom id, e.g. "qd366". */
  id: string;
  /** Bumped on every edit; a cycle stores the (id, version) it uses. */
  version: number;
  label: LocalizedText;
  /** R: task weights of an assignment add up to this. */
  resultsPart: Hundredths;
  /** G is the sum of their maxima; R + G must be 100 points. */
  generalCriteria: GeneralCriterion[];
  /** Share of a task's weight a late task's proposal loses. */
  latePenaltyPercent: number;
  bonusPerTask: Hundredths;
  /** Cap on the sum of aggregated task bonuses. */
  bonusCap: Hundredths;
  aggregate: AggregateMethod;
  /** The trimmed mean drops one highest and one lowest only from this many members up. */
  trimmedMeanMinMembers: number;
  bands: { excellent: Hundredths; good: Hundredths; completed: Hundredths };
  excellentMinExceededPercent: number;
  completedMaxLatePercent: number;
  /** Excellent heads in a cohort may not exceed this percent of good heads. */
  excellentQuotaPercentOfGood: number;
  /** A head cannot be above "good" while a directly subordinate head is "not completed". */
  subUnitRule: boolean;
  appealDays: number;
  /** An open task is "due soon" this many days before its deadline. */
  dueSoonDays: number;
  /** A task without a check-in for this many days is flagged silent. */
  silentDays: number;
  /** A member spread (max − min) above this percent of the item's maximum is flagged. */
  spreadThresholdPercent: number;
}

const QD366_CRITERIA: GeneralCriterion[] = [
  {
    key: 'political_ethics',
    label: {
      vi: 'Phẩm chất chính trị, đạo đức, lối sống, ý thức tổ chức kỷ luật, trách nhiệm nêu gương',
      en: 'Political qualities, ethics, lifestyle, discipline and exemplary responsibility',
    },
    max: 1000,
  },
  {
    key: 'innovation_vision',
    label: {
      vi: 'Tư duy đổi mới, tầm nhìn chiến lược, khát vọng cống hiến, dám nghĩ, dám làm, dám chịu trách nhiệm',
      en: 'Innovative and strategic thinking, aspiration to contribute, daring to think, act and take responsibility',
    },
    max: 1000,
  },
  {
    key: 'self_criticism',
    label: {
      vi: 'Tự phê bình và phê bình, tự sửa chữa khuyết điểm',
      en: 'Self-criticism and criticism, self-correction of shortcomings',
    },
    max: 1000,
  },
];

/** Quy định 366-QĐ/TW for heads: 30 general + 70 results, bands 90/70/50. */
export const QD366_POLICY: ScoringPolicy = {
  id: 'qd366',
  version: 1,
  label: { vi: 'Quy định 366-QĐ/TW (người đứng đầu)', en: 'Regulation 366-QĐ/TW (heads)' },
  resultsPart: 7000,
  generalCriteria: QD366_CRITERIA,
  latePenaltyPercent: 25,
  bonusPerTask: 200,
  bonusCap: 500,
  aggregate: 'mean',
  trimmedMeanMinMembers: 5,
  bands: { excellent: 9000, good: 7000, completed: 5000 },
  excellentMinExceededPercent: 30,
  completedMaxLatePercent: 20,
  excellentQuotaPercentOfGood: 20,
  subUnitRule: true,
  appealDays: 15,
  dueSoonDays: 7,
  silentDays: 45,
  spreadThresholdPercent: 30,
};

/** Product-contracting pilots: no general part, task weights sum to 100, same bands. */
export const PRODUCT_ONLY_POLICY: ScoringPolicy = {
  ...QD366_POLICY,
  id: 'product-only',
  label: { vi: 'Chỉ đánh giá bằng sản phẩm', en: 'Products only' },
  resultsPart: 10000,
  generalCriteria: [],
};

/*
 * Room for a civil-servant preset (Nghị định 335/2025/NĐ-CP): the same 30/70 split and
 * 90/70/50 bands, but the results part is scored per work item on quantity, quality and
 * timeliness, each late item losing 25%. It would reuse ScoringPolicy with its own
 * generalCriteria and latePenaltyPercent 25; the per-item quantity/quality/timeliness
 * breakdown needs a task kind of its own and is not implemented yet.
 */

export type PresetId = 'qd366' | 'product-only';

export const POLICY_PRESETS: Readonly<Record<PresetId, ScoringPolicy>> = {
  qd366: QD366_POLICY,
  'product-only': PRODUCT_ONLY_POLICY,
};

/** Returns a deep copy of a preset, safe to edit into a custom policy. */
export function policyPreset(id: string): ScoringPolicy {
  const preset = (POLICY_PRESETS as Record<string, ScoringPolicy | undefined>)[id];
  if (!preset) throw new DomainError('unknown_policy_preset', { id });
  return structuredClone(preset);
}

/** G: the maximum of the general part. */
export const generalPart = (policy: ScoringPolicy): Hundredths =>
  policy.generalCriteria.reduce((s, c) => s + c.max, 0);

export interface PolicyFieldError {
  field: string;
  code: string;
  params?: Record<string, unknown>;
}

const FULL_SCALE = 10000;

/** Checks a policy and returns one error per offending field (empty when valid). */
export function validatePolicy(policy: ScoringPolicy): PolicyFieldError[] {
  const errors: PolicyFieldError[] = [];
  const push = (field: string, code: string, params?: Record<string, unknown>) =>
    errors.push(params ? { field, code, params } : { field, code });
  const points = (field: string, v: unknown, lo: number, hi: number) => {
    if (!Number.isSafeInteger(v)) return push(field, 'must_be_integer_hundredths');
    if ((v as number) < lo || (v as number) > hi) push(field, 'out_of_range', { min: lo, max: hi });
  };
  const percent = (field: string, v: unknown) => {
    if (typeof v !== 'number' || !Number.isFinite(v)) return push(field, 'must_be_number');
    if (Math.round(v * 100) / 100 !== v) push(field, 'too_many_decimals', { maxDecimals: 2 });
    else if (v < 0 || v > 100) push(field, 'out_of_range', { min: 0, max: 100 });
  };
  const count = (field: string, v: unknown, lo: number) => {
    if (!Number.isSafeInteger(v) || (v as number) < lo) push(field, 'must_be_integer_at_least', { min: lo });
  };

  if (!policy.id?.trim()) push('id', 'required');
  count('version', policy.version, 1);
  if (!policy.label?.vi?.trim()) push('label.vi', 'required');
  if (!policy.label?.en?.trim()) push('label.en', 'required');
  points('resultsPart', policy.resultsPart, 1, FULL_SCALE);

  const keys = new Set<string>();
  policy.generalCriteria.forEach((c, i) => {
    const f = `generalCriteria.${i}`;
    if (!/^[a-z][a-z0-9_]*$/.test(c.key ?? '')) push(`${f}.key`, 'must_be_snake_case');
    else if (keys.has(c.key)) push(`${f}.key`, 'duplicate', { key: c.key });
    keys.add(c.key);
    if (!c.label?.vi?.trim()) push(`${f}.label.vi`, 'required');
    if (!c.label?.en?.trim()) push(`${f}.label.en`, 'required');
    points(`${f}.max`, c.max, 1, FULL_SCALE);
  });
  const g = generalPart(policy);
  if (Number.isSafeInteger(policy.resultsPart) && policy.resultsPart + g !== FULL_SCALE) {
    push('resultsPart', 'parts_must_sum_to_100', { resultsPart: policy.resultsPart, generalPart: g });
  }

  percent('latePenaltyPercent', policy.latePenaltyPercent);
  points('bonusPerTask', policy.bonusPerTask, 0, FULL_SCALE);
  points('bonusCap', policy.bonusCap, 0, FULL_SCALE);
  if (!['mean', 'median', 'trimmed_mean'].includes(policy.aggregate)) {
    push('aggregate', 'must_be_one_of', { values: ['mean', 'median', 'trimmed_mean'] });
  }
  count('trimmedMeanMinMembers', policy.trimmedMeanMinMembers, 3);

  const b = policy.bands ?? ({} as ScoringPolicy['bands']);
  points('bands.excellent', b.excellent, 1, FULL_SCALE);
  points('bands.good', b.good, 1, FULL_SCALE);
  points('bands.completed', b.completed, 1, FULL_SCALE);
  if (b.good >= b.excellent) push('bands.good', 'must_be_below', { other: 'bands.excellent' });
  if (b.completed >= b.good) push('bands.completed', 'must_be_below', { other: 'bands.good' });

  percent('excellentMinExceededPercent', policy.excellentMinExceededPercent);
  percent('completedMaxLatePercent', policy.completedMaxLatePercent);
  percent('excellentQuotaPercentOfGood', policy.excellentQuotaPercentOfGood);
  percent('spreadThresholdPercent', policy.spreadThresholdPercent);
  if (typeof policy.subUnitRule !== 'boolean') push('subUnitRule', 'must_be_boolean');
  count('appealDays', policy.appealDays, 0);
  count('dueSoonDays', policy.dueSoonDays, 0);
  count('silentDays', policy.silentDays, 1);
  return errors;
}

/** Throws invalid_policy with the field errors when the policy is not valid. */
export function assertValidPolicy(policy: ScoringPolicy): void {
  const errors = validatePolicy(policy);
  if (errors.length > 0) throw new DomainError('invalid_policy', { errors });
}
