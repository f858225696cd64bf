import { describe, expect, it } from 'vitest';
import {
  assertValidPolicy,
  generalPart,
  PRODUCT_ONLY_POLICY,
  policyPreset,
  QD366_POLICY,
  type ScoringPolicy,
  validatePolicy,
} from './policy.ts';

const edit = (patch: Partial<ScoringPolicy>): ScoringPolicy => ({ ...policyPreset('qd366'), ...patch });
const fields = (policy: ScoringPolicy) => validatePolicy(policy).map((e) => `${e.field}:${e.code}`);

describe('presets', () => {
  it('qd366 splits 100 points into 30 general (three criteria of 10) and 70 results', () => {
    expect(QD366_POLICY.resultsPart).toBe(7000);
    expect(QD366_POLICY.generalCriteria.map((c) => c.max)).toEqual([1000, 1000, 1000]);
    expect(generalPart(QD366_POLICY)).toBe(3000);
    expect(QD366_POLICY.bands).toEqual({ excellent: 9000, good: 7000, completed: 5000 });
    expect(QD366_POLICY.subUnitRule).toBe(true);
  });

  it('labels every qd366 criterion in Vietnamese and English', () => {
    for (const c of QD366_POLICY.generalCriteria) {
      expect(c.label.vi.length).toBeGreaterThan(10);
      expect(c.label.en.length).toBeGreaterThan(10);
    }
  });

  it('product-only has no general part, R = 100 and the same bands and conditions', () => {
    expect(PRODUCT_ONLY_POLICY.generalCriteria).toEqual([]);
    expect(PRODUCT_ONLY_POLICY.resultsPart).toBe(10000);
    expect(PRODUCT_ONLY_POLICY.bands).toEqual(QD366_POLICY.bands);
    expect(PRODUCT_ONLY_POLICY.excellentMinExceededPercent).toBe(30);
    expect(PRODUCT_ONLY_POLICY.completedMaxLatePercent).toBe(20);
  });

  it.each([['qd366'], ['product-only']])('preset %s is valid', (id) => {
    expect(validatePolicy(policyPreset(id))).toEqual([]);
    expect(() => assertValidPolicy(policyPreset(id))).not.toThrow();
  });

  it('hands out a copy, so editing it leaves the preset untouched', () => {
    const copy = policyPreset('qd366');
    copy.generalCriteria[0].max = 1;
    expect(QD366_POLICY.generalCriteria[0].max).toBe(1000);
  });

  it('refuses an unknown preset', () => {
    expect(() => policyPreset('civil-servant')).toThrow(
      expect.objectContaining({ code: 'unknown_policy_preset' }),
    );
  });
});

describe('validatePolicy', () => {
  it.each<[string, Partial<ScoringPolicy>, string[]]>([
    ['parts that do not add up to 100', { resultsPart: 6000 }, ['resultsPart:parts_must_sum_to_100']],
    [
      'a results part in points instead of hundredths',
      { resultsPart: 70.5 },
      ['resultsPart:must_be_integer_hundredths'],
    ],
    [
      'bands out of order',
      { bands: { excellent: 9000, good: 9000, completed: 5000 } },
      ['bands.good:must_be_below'],
    ],
    [
      'a completed band above good',
      { bands: { excellent: 9000, good: 7000, completed: 8000 } },
      ['bands.completed:must_be_below'],
    ],
    ['a late penalty over 100%', { latePenaltyPercent: 120 }, ['latePenaltyPercent:out_of_range']],
    [
      'a percent with 3 decimals',
      { excellentMinExceededPercent: 30.125 },
      ['excellentMinExceededPercent:too_many_decimals'],
    ],
    ['an unknown aggregate', { aggregate: 'mode' as never }, ['aggregate:must_be_one_of']],
    [
      'a trimmed mean from 2 members',
      { trimmedMeanMinMembers: 2 },
      ['trimmedMeanMinMembers:must_be_integer_at_least'],
    ],
    ['a negative bonus cap', { bonusCap: -1 }, ['bonusCap:out_of_range']],
    ['a fractional appeal window', { appealDays: 1.5 }, ['appealDays:must_be_integer_at_least']],
    ['zero silent days', { silentDays: 0 }, ['silentDays:must_be_integer_at_least']],
    ['a version 0', { version: 0 }, ['version:must_be_integer_at_least']],
    ['an empty id', { id: ' ' }, ['id:required']],
  ])('names the field for %s', (_name, patch, expected) => {
    expect(fields(edit(patch))).toEqual(expected);
  });

  it('names each bad criterion by index: bad key, duplicate key, missing label, zero max', () => {
    const policy = edit({
      resultsPart: 7000,
      generalCriteria: [
        { key: 'Bad Key', label: { vi: 'a', en: 'a' }, max: 1000 },
        { key: 'ethics', label: { vi: 'b', en: '' }, max: 1000 },
        { key: 'ethics', label: { vi: 'c', en: 'c' }, max: 0 },
      ],
    });
    expect(fields(policy)).toEqual([
      'generalCriteria.0.key:must_be_snake_case',
      'generalCriteria.1.label.en:required',
      'generalCriteria.2.key:duplicate',
      'generalCriteria.2.max:out_of_range',
      'resultsPart:parts_must_sum_to_100',
    ]);
  });

  it('accepts a custom split such as 40 general + 60 results', () => {
    const policy = edit({
      resultsPart: 6000,
      generalCriteria: [
        { key: 'a', label: { vi: 'A', en: 'A' }, max: 2000 },
        { key: 'b', label: { vi: 'B', en: 'B' }, max: 2000 },
      ],
    });
    expect(validatePolicy(policy)).toEqual([]);
  });

  it('assertValidPolicy throws invalid_policy with the field errors', () => {
    expect(() => assertValidPolicy(edit({ resultsPart: 6000 }))).toThrow(
      expect.objectContaining({
        code: 'invalid_policy',
        params: { errors: [expect.objectContaining({ field: 'resultsPart' })] },
      }),
    );
  });
});
