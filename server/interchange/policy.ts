import type { CycleDocument, PolicyParams } from '../../contracts/interchange/cycle-format.ts';
import { parseHundredths } from '../domain/scoring/exact.ts';
import type { PresetId, ScoringPolicy } from '../domain/scoring/policy.ts';

/**
 * The policy as written in a document (points as numbers) and as the scoring domain
 * reads it (integer hundredths). Both directions are exact: h / 100 is always the double
 * nearest to h hundredths, and parseHundredths reads it back to h.
 */

const h = (points: number) => parseHundredths(points);
const p = (hundredths: number) => hundredths / 100;

/** From a document's policy to the domain's (the preset id names the policy). */
export function toScoringPolicy(policy: CycleDocument['policy']): ScoringPolicy {
  const x = policy.params;
  return {
    id: policy.preset,
    version: policy.version,
    label: { ...x.label },
    resultsPart: h(x.resultsPart),
    generalCriteria: x.generalCriteria.map((c) => ({ key: c.key, label: { ...c.label }, max: h(c.max) })),
    latePenaltyPercent: x.latePenaltyPercent,
    bonusPerTask: h(x.bonusPerTask),
    bonusCap: h(x.bonusCap),
    aggregate: x.aggregate,
    trimmedMeanMinMembers: x.trimmedMeanMinMembers,
    bands: { excellent: h(x.bands.excellent), good: h(x.bands.good), completed: h(x.bands.completed) },
    excellentMinExceededPercent: x.excellentMinExceededPercent,
    completedMaxLatePercent: x.completedMaxLatePercent,
    excellentQuotaPercentOfGood: x.excellentQuotaPercentOfGood,
    subUnitRule: x.subUnitRule,
    appealDays: x.appealDays,
    dueSoonDays: x.dueSoonDays,
    silentDays: x.silentDays,
    spreadThresholdPercent: x.spreadThresholdPercent,
  };
}

/** From a stored policy version to a document's policy (for exports). */
export function fromScoringPolicy(preset: PresetId, policy: ScoringPolicy): CycleDocument['policy'] {
  const params: PolicyParams = {
    label: { vi: policy.label.vi, en: policy.label.en },
    resultsPart: p(policy.resultsPart),
    generalCriteria: policy.generalCriteria.map((c) => ({
      key: c.key,
      label: { vi: c.label.vi, en: c.label.en },
      max: p(c.max),
    })),
    latePenaltyPercent: policy.latePenaltyPercent,
    bonusPerTask: p(policy.bonusPerTask),
    bonusCap: p(policy.bonusCap),
    aggregate: policy.aggregate,
    trimmedMeanMinMembers: policy.trimmedMeanMinMembers,
    bands: {
      excellent: p(policy.bands.excellent),
      good: p(policy.bands.good),
      completed: p(policy.bands.completed),
    },
    excellentMinExceededPercent: policy.excellentMinExceededPercent,
    completedMaxLatePercent: policy.completedMaxLatePercent,
    excellentQuotaPercentOfGood: policy.excellentQuotaPercentOfGood,
    subUnitRule: policy.subUnitRule,
    appealDays: policy.appealDays,
    dueSoonDays: policy.dueSoonDays,
    silentDays: policy.silentDays,
    spreadThresholdPercent: policy.spreadThresholdPercent,
  };
  return { preset, version: policy.version, params };
}

/** A domain policy field ("generalCriteria.0.key") as a document path. */
export const policyFieldPath = (field: string): string =>
  `policy.params.${field.replace(/\.(\d+)(?=\.|$)/g, '[$1]')}`;
