import { describe, expect, it } from 'vitest';
import type { MemberScoreSheet } from './aggregate.ts';
import {
  evaluateCohort,
  evaluateHead,
  evaluateHeadProvisional,
  type HeadEvaluationInput,
} from './evaluate.ts';
import { ratToString } from './exact.ts';
import { PRODUCT_ONLY_POLICY, policyPreset, QD366_POLICY } from './policy.ts';
import type { ScoringTask } from './task-facts.ts';
import { acceptedDeliverable, FULL_GENERAL, member, sheet, targetTask } from './test-factories.ts';

const M1 = member('m1');
const M2 = member('m2');

/** Three tasks worth 20 + 20 + 30, all done on time, the first exceeded. */
const TASKS: ScoringTask[] = [
  targetTask({ id: 'revenue', weight: 2000, target: 100, checkIns: [{ date: '2025-11-30', value: 120 }] }),
  acceptedDeliverable('site-clearance', 2000, '2025-09-15'),
  acceptedDeliverable('new-school', 3000, '2025-12-20'),
];

const fullMarks = (m = M1): MemberScoreSheet =>
  sheet(m, { revenue: 2000, 'site-clearance': 2000, 'new-school': 3000 }, FULL_GENERAL);

function head(patch: Partial<HeadEvaluationInput> = {}): HeadEvaluationInput {
  return {
    head: { personId: 'secretary-a', unitId: 'commune-a' },
    tasks: TASKS,
    sheets: [fullMarks(M1), fullMarks(M2)],
    asOf: '2026-01-15',
    ...patch,
  };
}

describe('evaluateHead', () => {
  it('evaluates a head end to end: facts, proposals, aggregates, total and level', () => {
    const e = evaluateHead(head(), QD366_POLICY);
    expect(
      e.tasks.map((t) => [
        t.facts.taskId,
        t.facts.done,
        t.facts.onTime,
        t.facts.exceeded,
        t.proposal.proposal,
      ]),
    ).toEqual([
      ['revenue', true, true, true, 2000],
      ['site-clearance', true, true, false, 2000],
      ['new-school', true, true, false, 3000],
    ]);
    expect(e.total.rounded).toBe(10000);
    expect(e.classification.level).toBe('excellent');
    expect(e).toMatchObject({
      provisional: false,
      period: null,
      complete: true,
      policy: { id: 'qd366', version: 1 },
    });
  });

  it('rounds 89.995 up to 90.00 and classifies it excellent', () => {
    const pairs = {
      political_ethics: [983, 927],
      innovation_vision: [957, 992],
      self_criticism: [823, 915],
      revenue: [1924, 1933],
      'site-clearance': [1921, 1964],
      'new-school': [2935, 1725],
    };
    const byMember = (i: 0 | 1) =>
      sheet(
        member(`m${i}`),
        {
          revenue: pairs.revenue[i],
          'site-clearance': pairs['site-clearance'][i],
          'new-school': pairs['new-school'][i],
        },
        {
          political_ethics: pairs.political_ethics[i],
          innovation_vision: pairs.innovation_vision[i],
          self_criticism: pairs.self_criticism[i],
        },
      );
    const e = evaluateHead(head({ sheets: [byMember(0), byMember(1)] }), QD366_POLICY);
    expect(ratToString(e.total.exact)).toBe('17999/200');
    expect(e.total.rounded).toBe(9000);
    expect(e.classification.level).toBe('excellent');
    expect(e.spreadFlags).toEqual([{ kind: 'task', id: 'new-school', spread: 1210 }]);
  });

  it('leaves a recused member out: the head’s own deputy cannot lift the score', () => {
    const deputy = member('deputy', ['commune-a']);
    const low = sheet(M1, { revenue: 1000, 'site-clearance': 1000, 'new-school': 1500 }, FULL_GENERAL);
    const e = evaluateHead(head({ sheets: [low, fullMarks(deputy)] }), QD366_POLICY);
    expect(e.recusedMemberIds).toEqual(['deputy']);
    expect(e.total.rounded).toBe(3000 + 3500);
  });

  it('counts a task done after its original deadline but before the approved extension as on time', () => {
    const tasks = [
      ...TASKS.slice(0, 2),
      acceptedDeliverable('new-school', 3000, '2026-01-10', { extendedDeadline: '2026-01-31' }),
    ];
    const e = evaluateHead(head({ tasks }), QD366_POLICY);
    const school = e.tasks[2].facts;
    expect(school).toMatchObject({ onTime: true, deadline: '2026-01-31', originalDeadline: '2025-12-31' });
    expect(e.classification.level).toBe('excellent');
  });

  it('rates the same head not completed without the extension: 1 of 3 tasks late is over 20%', () => {
    const tasks = [...TASKS.slice(0, 2), acceptedDeliverable('new-school', 3000, '2026-01-10')];
    const e = evaluateHead(head({ tasks }), QD366_POLICY);
    expect(e.tasks[2].proposal).toMatchObject({ proposal: 2250, latePenalized: true });
    expect(e.classification.level).toBe('not_completed');
    expect(e.classification.decisive.map((d) => d.code)).toEqual(['late_share_at_most']);
  });

  it('leaves a cancelled task out of the counts and ignores scores given to it', () => {
    const tasks = [
      ...TASKS,
      { ...targetTask({ id: 'cancelled-road', weight: 1000, checkIns: [] }), cancelled: true },
    ];
    const sheets = [M1, M2].map((m) => ({
      ...fullMarks(m),
      tasks: [...fullMarks(m).tasks, { taskId: 'cancelled-road', score: 0 }],
    }));
    const e = evaluateHead(head({ tasks, sheets }), QD366_POLICY);
    expect(e.cancelledTaskIds).toEqual(['cancelled-road']);
    expect(e.classification.counts.tasks).toBe(3);
    expect(e.classification.level).toBe('excellent');
  });

  it('refuses an assignment whose remaining weights do not add up to R', () => {
    expect(() => evaluateHead(head({ tasks: TASKS.slice(0, 2) }), QD366_POLICY)).toThrow(
      expect.objectContaining({
        code: 'weights_must_sum_to_results_part',
        params: { expected: 7000, actual: 4000 },
      }),
    );
  });

  it('subtracts deductions and rates down on a lower total', () => {
    const e = evaluateHead(
      head({ deductions: [{ points: 1500, reason: 'discipline: reprimand' }] }),
      QD366_POLICY,
    );
    expect(e.total.rounded).toBe(8500);
    expect(e.classification.level).toBe('good');
  });

  it('rates a perfect record not completed when a disqualifying event is recorded', () => {
    const e = evaluateHead(head({ disqualifyingEvents: [{ kind: 'corruption_in_unit' }] }), QD366_POLICY);
    expect(e.total.rounded).toBe(10000);
    expect(e.classification.level).toBe('not_completed');
  });

  it('adds capped bonuses but never beyond 100', () => {
    const withBonus = (m = M1) =>
      sheet(
        m,
        {
          revenue: { score: 1800, bonus: 200 },
          'site-clearance': { score: 1800, bonus: 200 },
          'new-school': { score: 2500, bonus: 200 },
        },
        FULL_GENERAL,
      );
    const e = evaluateHead(head({ sheets: [withBonus(M1), withBonus(M2)] }), QD366_POLICY);
    expect(e.total).toMatchObject({ rounded: 3000 + 6100 + 500, bonusCapped: true, clamped: null });
  });

  it('reports a result nobody fully scored as incomplete', () => {
    const e = evaluateHead(head({ sheets: [sheet(M1, { revenue: 2000 })] }), QD366_POLICY);
    expect(e.complete).toBe(false);
    expect(e.missing).toContainEqual({ kind: 'task', id: 'new-school' });
  });

  it('scores a product-only head on 100 points of tasks', () => {
    const tasks = [
      targetTask({ id: 'revenue', weight: 4000, checkIns: [{ date: '2025-11-30', value: 120 }] }),
      acceptedDeliverable('site-clearance', 6000, '2025-09-15'),
    ];
    const sheets = [sheet(M1, { revenue: 4000, 'site-clearance': 5000 })];
    const e = evaluateHead(head({ tasks, sheets }), PRODUCT_ONLY_POLICY);
    expect(e.total.rounded).toBe(9000);
    expect(e.criteria).toEqual([]);
    expect(e.classification.level).toBe('excellent');
  });

  it('refuses to evaluate with an invalid policy', () => {
    expect(() => evaluateHead(head(), { ...policyPreset('qd366'), resultsPart: 6000 })).toThrow(
      expect.objectContaining({ code: 'invalid_policy' }),
    );
  });
});

describe('evaluateHeadProvisional (quarterly)', () => {
  const Q3 = { from: '2025-07-01', to: '2025-09-30' };

  it('counts only tasks due in the quarter and scales their part back to R', () => {
    const tasks = [
      acceptedDeliverable('q3-a', 2000, '2025-08-01', { deadline: '2025-09-30', exceeded: true }),
      acceptedDeliverable('q3-b', 1500, '2025-08-01', { deadline: '2025-08-31' }),
      acceptedDeliverable('year-end', 3500, '2025-12-01'),
    ];
    const sheets = [sheet(M1, { 'q3-a': 1600, 'q3-b': 1200, 'year-end': 3500 }, FULL_GENERAL)];
    const e = evaluateHeadProvisional(head({ tasks, sheets, asOf: '2025-10-05' }), QD366_POLICY, Q3);
    expect(e.tasks.map((t) => t.facts.taskId)).toEqual(['q3-a', 'q3-b']);
    expect(ratToString(e.taskScale)).toBe('2');
    // (16 + 12) × 70 / 35 = 56
    expect(e.total.rounded).toBe(3000 + 5600);
    expect(e).toMatchObject({ provisional: true, period: Q3 });
    expect(e.classification.level).toBe('good');
  });

  it('refuses a quarter with no task due in it', () => {
    expect(() => evaluateHeadProvisional(head(), QD366_POLICY, Q3)).toThrow(
      expect.objectContaining({ code: 'no_tasks_in_period' }),
    );
  });

  it('refuses a period that ends before it starts', () => {
    expect(() =>
      evaluateHeadProvisional(head(), QD366_POLICY, { from: '2025-09-30', to: '2025-07-01' }),
    ).toThrow(expect.objectContaining({ code: 'invalid_period' }));
  });
});

describe('evaluateCohort', () => {
  const good = (id: string, unitId: string, parentUnitId?: string): HeadEvaluationInput =>
    head({
      head: { personId: id, unitId, parentUnitId },
      sheets: [
        sheet(M1, { revenue: 2000, 'site-clearance': 2000, 'new-school': 3000 }, { political_ethics: 0 }),
      ],
    });
  const failing = (id: string, unitId: string, parentUnitId?: string): HeadEvaluationInput =>
    head({
      head: { personId: id, unitId, parentUnitId },
      sheets: [sheet(M1, { revenue: 500, 'site-clearance': 500, 'new-school': 500 })],
    });
  const excellent = (id: string, unitId: string, parentUnitId?: string): HeadEvaluationInput =>
    head({ head: { personId: id, unitId, parentUnitId } });

  it('applies the sub-unit rule to a head whose subordinate in the cohort is not completed', () => {
    const c = evaluateCohort(
      [
        excellent('chair', 'province-pc'),
        failing('director', 'dept-x', 'province-pc'),
        ...Array.from({ length: 5 }, (_, i) => good(`g${i}`, `u${i}`)),
      ],
      QD366_POLICY,
    );
    const chair = c.heads.find((h) => h.headId === 'chair')!;
    expect(chair.classification.level).toBe('good');
    expect(chair.classification.cappedBySubUnitRule).toEqual({ from: 'excellent', unitIds: ['dept-x'] });
  });

  it('applies the sub-unit rule with subordinates from outside the cohort', () => {
    const input = {
      ...excellent('sec', 'district'),
      subordinates: [{ unitId: 'commune-z', level: 'not_completed' as const }],
    };
    expect(evaluateCohort([input], QD366_POLICY).heads[0].classification.level).toBe('good');
  });

  it('proposes a quota move without applying it, naming heads tied at the cut', () => {
    const c = evaluateCohort(
      [
        excellent('e1', 'u-e1'),
        excellent('e2', 'u-e2'),
        ...Array.from({ length: 6 }, (_, i) => good(`g${i}`, `u${i}`)),
      ],
      QD366_POLICY,
    );
    // 2 excellent at 100.00 for 6 good: 2 ≤ 1.2 no; 1 ≤ 1.4 yes → one of the two tied moves
    expect(c.quota).toMatchObject({
      breach: true,
      movesNeeded: 1,
      move: [],
      tie: { total: 10000, headIds: ['e1', 'e2'], toMove: 1 },
    });
    expect(c.heads.filter((h) => h.classification.level === 'excellent')).toHaveLength(2);
  });

  it('refuses the same head twice', () => {
    expect(() => evaluateCohort([excellent('e1', 'u1'), excellent('e1', 'u2')], QD366_POLICY)).toThrow(
      expect.objectContaining({ code: 'duplicate_head' }),
    );
  });

  it('runs a provisional cohort evaluation for a quarter', () => {
    const c = evaluateCohort([excellent('e1', 'u1')], QD366_POLICY, { from: '2025-10-01', to: '2025-12-31' });
    expect(c.provisional).toBe(true);
    expect(c.heads[0].provisional).toBe(true);
  });
});
