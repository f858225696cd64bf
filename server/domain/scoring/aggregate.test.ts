import { describe, expect, it } from 'vitest';
import {
  aggregateCouncil,
  aggregateValues,
  checkMemberScores,
  isRecused,
  type ScoredTaskRef,
  spreadExceeds,
} from './aggregate.ts';
import { ratToString } from './exact.ts';
import { type AggregateMethod, policyPreset, QD366_POLICY } from './policy.ts';
import { member, sheet } from './test-factories.ts';

const HEAD = { personId: 'head-1', unitId: 'commune-a' };
const TASKS: ScoredTaskRef[] = [
  { taskId: 'a', weight: 4000, cancelled: false },
  { taskId: 'b', weight: 3000, cancelled: false },
];
const agg = (values: number[], method: AggregateMethod) => {
  const r = aggregateValues(values, method, 5);
  return r === null ? null : ratToString(r);
};

describe('aggregateValues', () => {
  it.each<[string, number[], AggregateMethod, string | null]>([
    ['mean of two scores is exact (89.99, 90.00 → 89.995)', [8999, 9000], 'mean', '17999/200'],
    ['mean of three', [700, 800, 1000], 'mean', '25/3'],
    ['median of an odd count is the middle', [100, 900, 500], 'median', '5'],
    ['median of an even count is the mean of the middle two', [100, 400, 600, 1000], 'median', '5'],
    ['trimmed mean with 4 members is the plain mean', [0, 400, 600, 1000], 'trimmed_mean', '5'],
    [
      'trimmed mean with 5 members drops one highest and one lowest',
      [0, 600, 700, 800, 1000],
      'trimmed_mean',
      '7',
    ],
    ['trimmed mean drops only one of tied extremes', [1000, 1000, 1000, 0, 0], 'trimmed_mean', '20/3'],
    ['nobody scored gives no aggregate', [], 'mean', null],
  ])('%s', (_name, values, method, expected) => {
    expect(agg(values, method)).toBe(expected);
  });
});

describe('recusal', () => {
  it.each([
    ['the head themself', member('head-1'), true],
    ['a member of the head’s unit', member('m2', ['other', 'commune-a']), true],
    ['a member from another unit', member('m3', ['commune-b']), false],
  ])('recuses %s: %s', (_name, m, expected) => {
    expect(isRecused(m, HEAD)).toBe(expected);
  });

  it('refuses a recused member’s sheet at entry', () => {
    expect(() => checkMemberScores(sheet(member('head-1'), { a: 4000 }), HEAD, TASKS, QD366_POLICY)).toThrow(
      expect.objectContaining({ code: 'member_recused', params: { memberId: 'head-1', headId: 'head-1' } }),
    );
  });

  it('leaves a recused member’s scores out of the aggregate and names them', () => {
    const result = aggregateCouncil(
      [
        sheet(member('m1'), { a: 4000, b: 3000 }),
        sheet(member('m2'), { a: 2000, b: 1000 }),
        sheet(member('insider', ['commune-a']), { a: 0, b: 0 }),
      ],
      HEAD,
      TASKS,
      QD366_POLICY,
    );
    expect(result.recusedMemberIds).toEqual(['insider']);
    expect(result.tasks.map((t) => [t.taskId, ratToString(t.score!), t.memberCount])).toEqual([
      ['a', '30', 2],
      ['b', '20', 2],
    ]);
  });
});

describe('checkMemberScores', () => {
  const check =
    (s: ReturnType<typeof sheet>, tasks = TASKS) =>
    () =>
      checkMemberScores(s, HEAD, tasks, QD366_POLICY);

  it('accepts scores at the bounds: 0, the weight, the per-task bonus, the criterion maximum', () => {
    expect(
      check(sheet(member('m'), { a: 0, b: { score: 3000, bonus: 200 } }, { political_ethics: 1000 })),
    ).not.toThrow();
  });

  it.each([
    ['a task score above its weight', sheet(member('m'), { b: 3001 }), 'score_out_of_range'],
    ['a negative task score', sheet(member('m'), { a: -1 }), 'score_out_of_range'],
    ['a score given in points instead of hundredths', sheet(member('m'), { a: 12.5 }), 'score_out_of_range'],
    [
      'a bonus above bonusPerTask (2 points)',
      sheet(member('m'), { a: { score: 10, bonus: 201 } }),
      'bonus_out_of_range',
    ],
    [
      'a criterion score above its maximum',
      sheet(member('m'), {}, { self_criticism: 1001 }),
      'criterion_score_out_of_range',
    ],
    ['an unknown criterion', sheet(member('m'), {}, { charisma: 10 }), 'unknown_criterion'],
    ['an unknown task', sheet(member('m'), { zzz: 10 }), 'unknown_task'],
  ])('refuses %s', (_name, s, code) => {
    expect(check(s)).toThrow(expect.objectContaining({ code }));
  });

  it('refuses a score on a cancelled task', () => {
    const tasks = [...TASKS, { taskId: 'c', weight: 0, cancelled: true }];
    expect(check(sheet(member('m'), { c: 0 }), tasks)).toThrow(
      expect.objectContaining({ code: 'task_cancelled' }),
    );
  });

  it('refuses two scores for the same task', () => {
    const s = {
      member: member('m'),
      tasks: [
        { taskId: 'a', score: 1 },
        { taskId: 'a', score: 2 },
      ],
      criteria: [],
    };
    expect(check(s)).toThrow(expect.objectContaining({ code: 'duplicate_score' }));
  });
});

describe('aggregateCouncil', () => {
  it('aggregates bonuses with the same members and method, a missing bonus counting as 0', () => {
    const result = aggregateCouncil(
      [sheet(member('m1'), { a: { score: 4000, bonus: 200 } }), sheet(member('m2'), { a: 4000 })],
      HEAD,
      TASKS,
      QD366_POLICY,
    );
    expect(ratToString(result.tasks[0].bonus!)).toBe('1');
  });

  it('aggregates each general criterion', () => {
    const result = aggregateCouncil(
      [
        sheet(member('m1'), {}, { political_ethics: 900, innovation_vision: 800, self_criticism: 1000 }),
        sheet(member('m2'), {}, { political_ethics: 1000, innovation_vision: 700, self_criticism: 1000 }),
      ],
      HEAD,
      TASKS,
      QD366_POLICY,
    );
    expect(result.criteria.map((c) => [c.key, ratToString(c.score!)])).toEqual([
      ['political_ethics', '19/2'],
      ['innovation_vision', '15/2'],
      ['self_criticism', '10'],
    ]);
  });

  it('uses the median when the policy says so', () => {
    const policy = { ...policyPreset('qd366'), aggregate: 'median' as const };
    const sheets = [1000, 3500, 4000].map((score, i) => sheet(member(`m${i}`), { a: score }));
    expect(ratToString(aggregateCouncil(sheets, HEAD, TASKS, policy).tasks[0].score!)).toBe('35');
  });

  it('uses the trimmed mean when the policy says so, from 5 members', () => {
    const policy = { ...policyPreset('qd366'), aggregate: 'trimmed_mean' as const };
    const sheets = [0, 3000, 3100, 3200, 4000].map((score, i) => sheet(member(`m${i}`), { a: score }));
    expect(ratToString(aggregateCouncil(sheets, HEAD, TASKS, policy).tasks[0].score!)).toBe('31');
  });

  it('lists items nobody scored as missing', () => {
    const result = aggregateCouncil([sheet(member('m1'), { a: 4000 })], HEAD, TASKS, QD366_POLICY);
    expect(result.missing).toEqual([
      { kind: 'task', id: 'b' },
      { kind: 'criterion', id: 'political_ethics' },
      { kind: 'criterion', id: 'innovation_vision' },
      { kind: 'criterion', id: 'self_criticism' },
    ]);
  });

  it('ignores scores on cancelled tasks and does not report them', () => {
    const tasks = [...TASKS, { taskId: 'c', weight: 1000, cancelled: true }];
    const result = aggregateCouncil(
      [sheet(member('m1'), { a: 4000, b: 3000, c: 1000 })],
      HEAD,
      tasks,
      QD366_POLICY,
    );
    expect(result.tasks.map((t) => t.taskId)).toEqual(['a', 'b']);
  });

  it('refuses the same member twice', () => {
    expect(() =>
      aggregateCouncil([sheet(member('m1'), {}), sheet(member('m1'), {})], HEAD, TASKS, QD366_POLICY),
    ).toThrow(expect.objectContaining({ code: 'duplicate_member' }));
  });

  it('throws on an out-of-range score that slipped past entry', () => {
    expect(() => aggregateCouncil([sheet(member('m1'), { a: 5000 })], HEAD, TASKS, QD366_POLICY)).toThrow(
      expect.objectContaining({ code: 'score_out_of_range' }),
    );
  });
});

describe('spread flag', () => {
  it.each([
    ['a spread of exactly 30% of the weight is not flagged', 1200, 4000, false],
    ['a spread just above 30% of the weight is flagged', 1201, 4000, true],
    ['no spread is not flagged', 0, 4000, false],
  ])('%s', (_name, spread, max, expected) => {
    expect(spreadExceeds(spread, max, 30)).toBe(expected);
  });

  it('flags a task whose members disagree widely, and reports the spread', () => {
    const result = aggregateCouncil(
      [sheet(member('m1'), { a: 4000, b: 2900 }), sheet(member('m2'), { a: 2000, b: 3000 })],
      HEAD,
      TASKS,
      QD366_POLICY,
    );
    expect(result.tasks.map((t) => [t.taskId, t.spread, t.spreadFlagged])).toEqual([
      ['a', 2000, true],
      ['b', 100, false],
    ]);
  });
});
