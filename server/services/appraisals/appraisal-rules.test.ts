import { describe, expect, it } from 'vitest';
import {
  type AppraisalInput,
  type AppraisedTaskFacts,
  checkAppraisal,
  defaultCarrier,
  quarterEnd,
  quarterStart,
} from './appraisal-rules.ts';

const calendar = {
  today: '2022-07-05',
  issuedOn: '2022-03-15',
  cycleStart: '2022-01-01',
  cycleEnd: '2022-12-31',
};
const target: AppraisedTaskFacts = { id: 't', number: 1, kind: 'target', cancelledOn: null, checkIns: [] };
const deliverable: AppraisedTaskFacts = {
  id: 'd',
  number: 2,
  kind: 'deliverable',
  cancelledOn: null,
  checkIns: [
    { id: 'draft', reportedOn: '2022-05-01', submitsProduct: false },
    { id: 'first', reportedOn: '2022-06-01', submitsProduct: true },
    { id: 'second', reportedOn: '2022-06-25', submitsProduct: true },
    { id: 'july', reportedOn: '2022-07-02', submitsProduct: true },
  ],
};
const input = (items: AppraisalInput['items'], over: Partial<AppraisalInput> = {}): AppraisalInput => ({
  kind: 'quarterly',
  quarter: 2,
  appraisedOn: '2022-06-30',
  items,
  ...over,
});

describe('appraisal rules', () => {
  it.each([
    [1, '2022-01-01', '2022-03-31'],
    [2, '2022-04-01', '2022-06-30'],
    [3, '2022-07-01', '2022-09-30'],
    [4, '2022-10-01', '2022-12-31'],
  ])('quarter %i of a 2022 cycle runs from %s to %s', (q, start, end) => {
    expect([quarterStart('2022-01-01', q), quarterEnd('2022-01-01', q)]).toEqual([start, end]);
  });

  it('takes as the product the latest submitting check-in dated by the appraisal', () => {
    expect(defaultCarrier(deliverable, '2022-06-30')).toBe('second');
    expect(defaultCarrier(deliverable, '2022-06-24')).toBe('first');
    expect(defaultCarrier(deliverable, '2022-05-31')).toBeNull();
  });

  it('stores an accepted product as whole, with its carrier, and clears what only acceptance allows', () => {
    const { problems, items } = checkAppraisal(
      input([
        { taskId: 'd', progress: 'on_track', productDecision: 'accepted' },
        { taskId: 't', progress: 'late', verifiedValue: 4 },
      ]),
      [target, deliverable],
      calendar,
    );
    expect(problems).toEqual([]);
    expect(items).toEqual([
      expect.objectContaining({
        taskId: 'd',
        verifiedFraction: 1,
        acceptedCheckInId: 'second',
        exceeded: false,
      }),
      expect.objectContaining({
        taskId: 't',
        verifiedValue: 4,
        verifiedFraction: null,
        acceptedCheckInId: null,
      }),
    ]);
  });

  it('keeps a returned share as given, and reports every problem with its field in form order', () => {
    const returned = checkAppraisal(
      input([
        {
          taskId: 'd',
          progress: 'late',
          productDecision: 'returned',
          decisionReason: 'Thiếu',
          verifiedFraction: 0.75,
        },
      ]),
      [deliverable],
      calendar,
    );
    expect(returned.items[0]).toMatchObject({ verifiedFraction: 0.75, acceptedCheckInId: null });
    const { problems } = checkAppraisal(
      input(
        [
          { taskId: 'd', progress: 'on_track', verifiedFraction: 1, exceeded: true },
          { taskId: 't', progress: 'on_track', verifiedFraction: 0.5 },
        ],
        { kind: 'ad_hoc', appraisedOn: '2022-03-01' },
      ),
      [target, deliverable],
      calendar,
    );
    expect(problems.map((p) => [p.code, p.field])).toEqual([
      ['appraisal_date_before_issue', 'appraisedOn'],
      ['appraisal_quarter_not_allowed', 'quarter'],
      ['appraisal_whole_needs_acceptance', 'items.0.verifiedFraction'],
      ['appraisal_exceeded_needs_acceptance', 'items.0.exceeded'],
      ['appraisal_deliverable_field_only', 'items.1.verifiedFraction'],
    ]);
  });

  it('lets an appraisal dated before a cancellation judge the task, not one dated on or after it', () => {
    const cancelled = { ...target, cancelledOn: '2022-06-30' };
    const line = [{ taskId: 't', progress: 'late' as const }];
    expect(
      checkAppraisal(input(line, { appraisedOn: '2022-06-29' }), [cancelled], calendar).problems,
    ).toEqual([]);
    expect(checkAppraisal(input(line), [cancelled], calendar).problems[0]).toMatchObject({
      code: 'appraisal_task_cancelled',
      params: { number: 1 },
    });
  });
});
