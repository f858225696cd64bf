import { describe, expect, it } from 'vitest';
import { applySubUnitRule, type Classification, classifyHead, type Level, levelRank } from './classify.ts';
import { PRODUCT_ONLY_POLICY, policyPreset, QD366_POLICY } from './policy.ts';
import { computeTaskFacts, type TaskFacts } from './task-facts.ts';
import { acceptedDeliverable, deliverableTask } from './test-factories.ts';

/** Builds facts: `exceeded` on time and exceeded, `onTime` on time, `late` done late, `notDone`. */
function facts(n: {
  exceeded?: number;
  onTime?: number;
  late?: number;
  notDone?: number;
  cancelled?: number;
}) {
  const out: TaskFacts[] = [];
  const add = (count = 0, make: (id: string) => Parameters<typeof computeTaskFacts>[0]) => {
    for (let i = 0; i < count; i++) out.push(computeTaskFacts(make(`t${out.length}`), '2026-01-15'));
  };
  add(n.exceeded, (id) => acceptedDeliverable(id, 100, '2025-12-01', { exceeded: true }));
  add(n.onTime, (id) => acceptedDeliverable(id, 100, '2025-12-01'));
  add(n.late, (id) => acceptedDeliverable(id, 100, '2026-01-10'));
  add(n.notDone, (id) =>
    deliverableTask({ id, appraisals: [{ date: '2025-12-01', fraction: '0.5', accepted: false }] }),
  );
  add(n.cancelled, (id) => ({ ...deliverableTask({ id }), cancelled: true }));
  return out;
}

const classify = (total: number, f: TaskFacts[], policy = QD366_POLICY) =>
  classifyHead({ total, facts: f }, policy);
const codes = (c: Classification) => c.decisive.map((d) => `${d.code}${d.met ? '' : ':failed'}`);

describe('classifyHead: bands and conditions', () => {
  const best = facts({ exceeded: 3, onTime: 7 }); // 30% exceeded, all on time
  const ALL_MET = [
    'total_at_least',
    'all_tasks_done_on_time',
    'exceeded_share_at_least',
    'no_sub_unit_not_completed',
  ];

  it.each<[string, number, TaskFacts[], Level, string[]]>([
    ['90.00 with all conditions is excellent', 9000, best, 'excellent', ALL_MET],
    ['89.99 with all conditions is good (band edge)', 8999, best, 'good', ['total_at_least:failed']],
    [
      '90 with only 20% exceeded is good',
      9500,
      facts({ exceeded: 2, onTime: 8 }),
      'good',
      ['exceeded_share_at_least:failed'],
    ],
    [
      'exactly 30% exceeded (3 of 10) qualifies',
      9000,
      facts({ exceeded: 3, onTime: 7 }),
      'excellent',
      ALL_MET,
    ],
    ['1 of 3 exceeded (33.33%) qualifies', 9100, facts({ exceeded: 1, onTime: 2 }), 'excellent', ALL_MET],
    [
      '95 with one late task is completed, not good',
      9500,
      facts({ exceeded: 4, onTime: 5, late: 1 }),
      'completed',
      ['all_tasks_done_on_time:failed'],
    ],
    ['70.00 all on time is good (band edge)', 7000, best, 'good', ['total_at_least:failed']],
    ['69.99 all on time is completed', 6999, best, 'completed', ['total_at_least:failed']],
    [
      '50.00 all done, 20% late is completed (both edges)',
      5000,
      facts({ onTime: 8, late: 2 }),
      'completed',
      ['total_at_least:failed', 'all_tasks_done_on_time:failed'],
    ],
    ['49.99 is not completed', 4999, best, 'not_completed', ['total_at_least:failed']],
    [
      '80 with 3 of 10 late (30%) is not completed',
      8000,
      facts({ onTime: 7, late: 3 }),
      'not_completed',
      ['late_share_at_most:failed'],
    ],
    [
      '92 with one task not done is not completed',
      9200,
      facts({ exceeded: 5, onTime: 4, notDone: 1 }),
      'not_completed',
      ['all_tasks_done:failed'],
    ],
  ])('%s', (_name, total, f, level, decisive) => {
    const c = classify(total, f);
    expect(c.level).toBe(level);
    expect(codes(c)).toEqual(decisive);
  });

  it('leaves cancelled tasks out of every count', () => {
    // without the cancelled ones: 3 of 10 exceeded = 30%; with them it would be 3 of 12
    const c = classify(9500, facts({ exceeded: 3, onTime: 7, cancelled: 2 }));
    expect(c.level).toBe('excellent');
    expect(c.counts).toEqual({ tasks: 10, done: 10, onTime: 10, late: 0, exceeded: 3 });
  });

  it('carries the numbers the UI needs, in hundredths: 2 of 7 exceeded is 28.57%', () => {
    const c = classify(9500, facts({ exceeded: 2, onTime: 5 }));
    expect(c.level).toBe('good');
    expect(c.decisive).toEqual([
      {
        code: 'exceeded_share_at_least',
        met: false,
        params: { exceeded: 2, tasks: 7, share: 2857, minShare: 3000 },
      },
    ]);
  });

  it('reports the late share against its maximum', () => {
    const c = classify(8000, facts({ onTime: 6, late: 3 }));
    expect(c.decisive).toEqual([
      { code: 'late_share_at_most', met: false, params: { late: 3, tasks: 9, share: 3333, maxShare: 2000 } },
    ]);
  });

  it('applies the same bands and conditions under the product-only preset', () => {
    expect(classify(9000, facts({ exceeded: 3, onTime: 7 }), PRODUCT_ONLY_POLICY).level).toBe('excellent');
    expect(classify(6999, facts({ onTime: 10 }), PRODUCT_ONLY_POLICY).level).toBe('completed');
  });

  it('follows edited policy bands', () => {
    const policy = { ...policyPreset('qd366'), bands: { excellent: 9500, good: 8000, completed: 6000 } };
    expect(classify(9400, facts({ exceeded: 5, onTime: 5 }), policy).level).toBe('good');
  });
});

describe('classifyHead: disqualifying events', () => {
  it('rates a perfect record not completed when a disqualifying event is recorded', () => {
    const c = classifyHead(
      {
        total: 10000,
        facts: facts({ exceeded: 10 }),
        disqualifyingEvents: [{ kind: 'discipline' }, { kind: 'corruption_in_unit' }, { kind: 'discipline' }],
      },
      QD366_POLICY,
    );
    expect(c.level).toBe('not_completed');
    expect(c.decisive).toEqual([
      {
        code: 'no_disqualifying_event',
        met: false,
        params: { count: 3, kinds: ['discipline', 'corruption_in_unit'] },
      },
    ]);
    expect(c.checks.every((check) => !check.met)).toBe(true);
  });

  it('is not lifted by the sub-unit rule afterwards', () => {
    const c = classifyHead(
      { total: 10000, facts: facts({ exceeded: 10 }), disqualifyingEvents: [{ kind: 'discipline' }] },
      QD366_POLICY,
    );
    expect(applySubUnitRule(c, [{ unitId: 'u', level: 'not_completed' }], QD366_POLICY).level).toBe(
      'not_completed',
    );
  });
});

describe('sub-unit rule', () => {
  const excellent = () => classify(9500, facts({ exceeded: 5, onTime: 5 }));

  it('caps an excellent head at good while a directly subordinate head is not completed', () => {
    const c = applySubUnitRule(
      excellent(),
      [
        { unitId: 'commune-1', level: 'good' },
        { unitId: 'commune-2', level: 'not_completed' },
      ],
      QD366_POLICY,
    );
    expect(c.level).toBe('good');
    expect(c.decisive).toEqual([
      { code: 'no_sub_unit_not_completed', met: false, params: { unitIds: ['commune-2'] } },
    ]);
    expect(c.cappedBySubUnitRule).toEqual({ from: 'excellent', unitIds: ['commune-2'] });
  });

  it('keeps excellent, and records the met condition, when no subordinate failed', () => {
    const c = applySubUnitRule(excellent(), [{ unitId: 'commune-1', level: 'completed' }], QD366_POLICY);
    expect(c.level).toBe('excellent');
    expect(c.decisive.map((d) => d.code)).toContain('no_sub_unit_not_completed');
  });

  it('does not touch a good or lower head', () => {
    const good = classify(8000, facts({ onTime: 10 }));
    const c = applySubUnitRule(good, [{ unitId: 'x', level: 'not_completed' }], QD366_POLICY);
    expect(c.level).toBe('good');
    expect(c.cappedBySubUnitRule).toBeNull();
  });

  it('is off when the policy turns it off', () => {
    const policy = { ...policyPreset('qd366'), subUnitRule: false };
    const base = classify(9500, facts({ exceeded: 5, onTime: 5 }), policy);
    expect(applySubUnitRule(base, [{ unitId: 'x', level: 'not_completed' }], policy).level).toBe('excellent');
  });

  it('restores excellent when fresh subordinate results no longer fail', () => {
    const capped = applySubUnitRule(excellent(), [{ unitId: 'x', level: 'not_completed' }], QD366_POLICY);
    const again = applySubUnitRule(capped, [{ unitId: 'x', level: 'completed' }], QD366_POLICY);
    expect(again.level).toBe('excellent');
    expect(again.cappedBySubUnitRule).toBeNull();
  });

  it('is applied by classifyHead when subordinates are passed', () => {
    const c = classifyHead(
      {
        total: 9500,
        facts: facts({ exceeded: 5, onTime: 5 }),
        subordinates: [{ unitId: 'x', level: 'not_completed' }],
      },
      QD366_POLICY,
    );
    expect(c.level).toBe('good');
  });
});

describe('levelRank', () => {
  it('orders the levels best first', () => {
    expect(
      ['not_completed', 'excellent', 'completed', 'good'].sort(
        (a, b) => levelRank(b as Level) - levelRank(a as Level),
      ),
    ).toEqual(['excellent', 'good', 'completed', 'not_completed']);
  });
});
