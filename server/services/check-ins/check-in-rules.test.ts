import { describe, expect, it } from 'vitest';
import type { CheckInData } from '../../../contracts/check-ins.ts';
import { assertCheckInAllowed, type CheckInFacts, isReportable } from './check-in-rules.ts';

const facts = (over: Partial<CheckInFacts> = {}): CheckInFacts => ({
  task: { kind: 'target', cancelledOn: null },
  assignmentState: 'in_progress',
  issuedOn: '2022-03-15',
  cycleEnd: '2022-12-31',
  today: '2022-06-15',
  evidenceCount: 0,
  ...over,
});
const data = (over: Partial<CheckInData> = {}): CheckInData => ({
  reportedOn: '2022-06-10',
  value: 5,
  ...over,
});
const codeOf = (f: CheckInFacts, d: CheckInData) => {
  try {
    assertCheckInAllowed(f, d);
    return 'ok';
  } catch (error) {
    return (error as { code: string }).code;
  }
};

describe('check-in rules', () => {
  it('accepts a target value or a deliverable percent inside the reporting window', () => {
    expect(codeOf(facts(), data())).toBe('ok');
    expect(
      codeOf(facts({ task: { kind: 'deliverable', cancelledOn: null } }), {
        reportedOn: '2022-06-10',
        percent: 0,
      }),
    ).toBe('ok');
    expect(codeOf(facts({ assignmentState: 'committed' }), data({ reportedOn: '2022-03-15' }))).toBe('ok');
    expect(codeOf(facts({ today: '2023-02-01' }), data({ reportedOn: '2022-12-31' }))).toBe('ok');
  });

  it('reports a cancelled task before anything else, then the assignment state', () => {
    expect(
      codeOf(
        facts({ task: { kind: 'target', cancelledOn: '2022-05-01' }, assignmentState: 'draft' }),
        data(),
      ),
    ).toBe('check_in_task_cancelled');
    for (const state of ['draft', 'issued', 'self_assessed', 'scored', 'finalized'])
      expect(codeOf(facts({ assignmentState: state }), data())).toBe('check_in_assignment_state');
  });

  it('keeps the report date between the issue date and both today and the cycle end', () => {
    expect(codeOf(facts(), data({ reportedOn: '2022-06-16' }))).toBe('check_in_date_in_future');
    expect(codeOf(facts(), data({ reportedOn: '2022-03-14' }))).toBe('check_in_date_before_issue');
    expect(codeOf(facts({ today: '2023-02-01' }), data({ reportedOn: '2023-01-01' }))).toBe(
      'check_in_date_after_cycle',
    );
  });

  it('asks for evidence with a submitted product, and document dates no later than the report', () => {
    const deliverable = facts({ task: { kind: 'deliverable', cancelledOn: null } });
    const product = { reportedOn: '2022-06-10', percent: 100, submitsProduct: true };
    expect(codeOf(deliverable, product)).toBe('check_in_product_needs_evidence');
    expect(codeOf({ ...deliverable, evidenceCount: 1 }, product)).toBe('ok');
    expect(codeOf(facts(), data({ documents: [{ number: '1/BC', date: '2022-06-10' }] }))).toBe('ok');
    expect(codeOf(facts(), data({ documents: [{ number: '1/BC', date: '2022-06-11' }] }))).toBe(
      'check_in_document_after_report',
    );
  });

  it('tells whether a task can take check-ins at all', () => {
    expect(isReportable({ task: { kind: 'target', cancelledOn: null }, assignmentState: 'committed' })).toBe(
      true,
    );
    expect(
      isReportable({ task: { kind: 'target', cancelledOn: '2022-05-01' }, assignmentState: 'in_progress' }),
    ).toBe(false);
    expect(
      isReportable({ task: { kind: 'target', cancelledOn: null }, assignmentState: 'self_assessed' }),
    ).toBe(false);
  });
});
