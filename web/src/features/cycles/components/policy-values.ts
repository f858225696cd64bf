import type { CycleDto } from '../../../../../contracts/assignments.ts';

type Params = Record<string, unknown>;
type Criterion = { key: string; label: { vi: string; en: string }; max: number };

/** The policy as edited: amounts in points (the API keeps integer hundredths), percents as they are. */
export type PolicyValues = {
  preset: 'qd366' | 'product-only';
  resultsPart: number;
  generalCriteria: Criterion[];
  latePenaltyPercent: number;
  bonusPerTask: number;
  bonusCap: number;
  bands: { excellent: number; good: number; completed: number };
  aggregate: 'mean' | 'median' | 'trimmed_mean';
  trimmedMeanMinMembers: number;
  excellentMinExceededPercent: number;
  completedMaxLatePercent: number;
  excellentQuotaPercentOfGood: number;
  spreadThresholdPercent: number;
  subUnitRule: boolean;
  appealDays: number;
  dueSoonDays: number;
  silentDays: number;
  note?: string;
};

const pts = (v: unknown) => Number(v ?? 0) / 100;
const hundredths = (v: number) => Math.round(v * 100);

/** The policy in force as form values. */
export function policyToValues(cycle: CycleDto): PolicyValues {
  const p = cycle.policy.params as Params;
  const bands = (p.bands ?? {}) as Record<string, number>;
  return {
    preset: cycle.policy.preset as PolicyValues['preset'],
    resultsPart: pts(p.resultsPart),
    generalCriteria: ((p.generalCriteria ?? []) as Criterion[]).map((c) => ({ ...c, max: pts(c.max) })),
    latePenaltyPercent: Number(p.latePenaltyPercent ?? 0),
    bonusPerTask: pts(p.bonusPerTask),
    bonusCap: pts(p.bonusCap),
    bands: { excellent: pts(bands.excellent), good: pts(bands.good), completed: pts(bands.completed) },
    aggregate: (p.aggregate ?? 'mean') as PolicyValues['aggregate'],
    trimmedMeanMinMembers: Number(p.trimmedMeanMinMembers ?? 5),
    excellentMinExceededPercent: Number(p.excellentMinExceededPercent ?? 0),
    completedMaxLatePercent: Number(p.completedMaxLatePercent ?? 0),
    excellentQuotaPercentOfGood: Number(p.excellentQuotaPercentOfGood ?? 0),
    spreadThresholdPercent: Number(p.spreadThresholdPercent ?? 0),
    subUnitRule: Boolean(p.subUnitRule),
    appealDays: Number(p.appealDays ?? 0),
    dueSoonDays: Number(p.dueSoonDays ?? 0),
    silentDays: Number(p.silentDays ?? 0),
    note: '',
  };
}

/** The parameters to save on top of the preset, in the API's units. */
export function valuesToChanges(v: PolicyValues): Record<string, unknown> {
  return {
    resultsPart: hundredths(v.resultsPart),
    generalCriteria: v.generalCriteria.map((c) => ({ ...c, max: hundredths(c.max) })),
    latePenaltyPercent: v.latePenaltyPercent,
    bonusPerTask: hundredths(v.bonusPerTask),
    bonusCap: hundredths(v.bonusCap),
    bands: {
      excellent: hundredths(v.bands.excellent),
      good: hundredths(v.bands.good),
      completed: hundredths(v.bands.completed),
    },
    aggregate: v.aggregate,
    trimmedMeanMinMembers: v.trimmedMeanMinMembers,
    excellentMinExceededPercent: v.excellentMinExceededPercent,
    completedMaxLatePercent: v.completedMaxLatePercent,
    excellentQuotaPercentOfGood: v.excellentQuotaPercentOfGood,
    spreadThresholdPercent: v.spreadThresholdPercent,
    subUnitRule: v.subUnitRule,
    appealDays: v.appealDays,
    dueSoonDays: v.dueSoonDays,
    silentDays: v.silentDays,
  };
}
