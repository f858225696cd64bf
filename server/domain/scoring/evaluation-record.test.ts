import { describe, expect, it } from 'vitest';
import { evaluateHead } from './evaluate.ts';
import { toEvaluationRecord } from './evaluation-record.ts';
import { QD366_POLICY } from './policy.ts';
import { acceptedDeliverable, FULL_GENERAL, member, sheet, targetTask } from './test-factories.ts';

describe('toEvaluationRecord', () => {
  const evaluation = evaluateHead(
    {
      head: { personId: 'h', unitId: 'u' },
      tasks: [
        targetTask({ id: 'a', weight: 4000, checkIns: [{ date: '2025-06-01', value: 90 }] }),
        acceptedDeliverable('b', 3000, '2025-06-01'),
      ],
      sheets: [
        sheet(member('m1'), { a: 3599, b: 3000 }, FULL_GENERAL),
        sheet(member('m2'), { a: 3600, b: 3000 }, FULL_GENERAL),
      ],
      asOf: '2026-01-15',
    },
    QD366_POLICY,
  );

  it('survives a JSON round trip unchanged (no BigInt left)', () => {
    const record = toEvaluationRecord(evaluation);
    expect(JSON.parse(JSON.stringify(record))).toEqual(record);
  });

  it('keeps exact values as fractions next to the rounded ones', () => {
    const record = toEvaluationRecord(evaluation);
    expect(record.tasks[0].score).toEqual({ rounded: 3600, exact: '7199/200' });
    expect(record.total).toMatchObject({ rounded: 9600, exact: '19199/200' });
    expect(record.tasks[0]).toMatchObject({
      completionPercent: 9000,
      proposal: 3600,
      overdue: true,
      latePenalized: false,
    });
  });
});
