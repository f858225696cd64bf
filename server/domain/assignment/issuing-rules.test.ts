import { describe, expect, it } from 'vitest';
import { DomainError } from './errors.ts';
import {
  type AssignmentDraft,
  assertIssuable,
  type IssueProblem,
  type IssuingOptions,
  issueAssignment,
  issuingProblems,
  type TaskDraft,
} from './issuing-rules.ts';
import { makeDeliverableDraft, makeTargetDraft } from './task-factory.ts';

const qd366: IssuingOptions = { resultsPart: 7000 };
const productOnly: IssuingOptions = { resultsPart: 10000 };

function draft(tasks: TaskDraft[], overrides: Partial<AssignmentDraft> = {}): AssignmentDraft {
  return {
    documentNumber: '12-QĐ/HU',
    documentDate: '2025-01-15',
    signer: 'Nguyễn Văn A',
    tasks,
    ...overrides,
  };
}

/** Two tasks of 35 points: issuable under qd366 as they are. */
const valid = () => draft([makeTargetDraft(), makeDeliverableDraft()]);

function codes(problems: IssueProblem[]) {
  return problems.map(({ taskIndex, field, code }) => ({ taskIndex, field, code }));
}

describe('weights add up to the results part R', () => {
  it.each<[string, number[], IssuingOptions, number | null]>([
    ['issues qd366 when 35 + 35 points make 70', [3500, 3500], qd366, null],
    ['issues product-only when 60 + 40 points make 100', [6000, 4000], productOnly, null],
    ['issues with uneven hundredths 33.33 + 36.67 = 70', [3333, 3667], qd366, null],
    ['refuses issuing when weights add up to 69.5 instead of 70', [3500, 3450], qd366, -50],
    ['refuses issuing when weights add up to 70.01 instead of 70', [3501, 3500], qd366, 1],
    ['refuses 70 points under product-only, which needs 100', [3500, 3500], productOnly, -3000],
  ])('%s', (_name, weights, options, difference) => {
    const tasks = [makeTargetDraft({ weight: weights[0] }), makeDeliverableDraft({ weight: weights[1] })];
    const mismatch = issuingProblems(draft(tasks), options).filter((p) => p.code === 'weights_sum_mismatch');
    if (difference === null) expect(mismatch).toEqual([]);
    else {
      expect(mismatch).toEqual([
        {
          field: 'tasks',
          code: 'weights_sum_mismatch',
          params: { sum: options.resultsPart + difference, expected: options.resultsPart, difference },
        },
      ]);
    }
  });

  it.each<[string, number | null, string]>([
    ['refuses a task without a weight', null, 'required'],
    ['refuses a zero weight', 0, 'weight_not_positive_integer'],
    ['refuses a negative weight', -500, 'weight_not_positive_integer'],
    ['refuses a weight that is not whole hundredths', 3499.5, 'weight_not_positive_integer'],
  ])('%s', (_name, weight, code) => {
    const problems = issuingProblems(draft([makeTargetDraft({ weight }), makeDeliverableDraft()]), qd366);
    expect(codes(problems)).toContainEqual({ taskIndex: 0, field: 'weight', code });
  });

  it('refuses an assignment with no task at all', () => {
    expect(codes(issuingProblems(draft([]), qd366))).toEqual([
      { taskIndex: undefined, field: 'tasks', code: 'no_tasks' },
    ]);
  });
});

describe('the four "clear"s of every task', () => {
  it.each<[string, TaskDraft, string, string]>([
    ['refuses a task without a title (clear task)', makeTargetDraft({ title: '' }), 'title', 'required'],
    ['refuses a title of spaces', makeTargetDraft({ title: '   ' }), 'title', 'required'],
    [
      'refuses a task without a lead unit (clear owner)',
      makeTargetDraft({ leadUnitId: null }),
      'leadUnitId',
      'required',
    ],
    [
      'refuses a task without a deadline (clear deadline)',
      makeTargetDraft({ deadline: undefined }),
      'deadline',
      'required',
    ],
    [
      'refuses an impossible deadline',
      makeTargetDraft({ deadline: '2025-02-30' }),
      'deadline',
      'invalid_date',
    ],
    [
      'refuses a deadline in display format',
      makeTargetDraft({ deadline: '31/12/2025' }),
      'deadline',
      'invalid_date',
    ],
    ['refuses a task without a kind', makeTargetDraft({ kind: null }), 'kind', 'required'],
    ['refuses an unknown kind', makeTargetDraft({ kind: 'wish' }), 'kind', 'not_one_of'],
    [
      'refuses a target without a metric (clear product)',
      makeTargetDraft({ metric: '' }),
      'metric',
      'required',
    ],
    [
      'refuses a target without a unit of measure',
      makeTargetDraft({ unitOfMeasure: null }),
      'unitOfMeasure',
      'required',
    ],
    [
      'refuses a target without a target value',
      makeTargetDraft({ targetValue: null }),
      'targetValue',
      'required',
    ],
    [
      'refuses a target value that is not a number',
      makeTargetDraft({ targetValue: Number.NaN }),
      'targetValue',
      'invalid_number',
    ],
    ['refuses a target without a direction', makeTargetDraft({ direction: '' }), 'direction', 'required'],
    [
      'refuses a direction other than at least / at most',
      makeTargetDraft({ direction: 'about' }),
      'direction',
      'not_one_of',
    ],
    [
      'refuses an infinite baseline',
      makeTargetDraft({ baseline: Number.POSITIVE_INFINITY }),
      'baseline',
      'invalid_number',
    ],
    ['refuses an unknown roll-up method', makeTargetDraft({ rollup: 'max' }), 'rollup', 'not_one_of'],
    [
      'refuses a deliverable without an expected product',
      makeDeliverableDraft({ expectedProduct: '' }),
      'expectedProduct',
      'required',
    ],
    [
      'refuses a deliverable without acceptance criteria',
      makeDeliverableDraft({ acceptanceCriteria: null }),
      'acceptanceCriteria',
      'required',
    ],
    [
      'refuses a lead unit that is also listed as coordinating',
      makeTargetDraft({ coordinatingUnitIds: ['unit-nguyet-duc'] }),
      'coordinatingUnitIds',
      'lead_unit_also_coordinating',
    ],
  ])('%s', (_name, task, field, code) => {
    const tasks = [makeDeliverableDraft(), { ...task, weight: 3500 }];
    expect(codes(issuingProblems(draft(tasks), qd366))).toEqual([{ taskIndex: 1, field, code }]);
  });

  it.each<[string, TaskDraft]>([
    ['accepts a target without a baseline', makeTargetDraft({ baseline: null })],
    [
      'accepts a target value of zero ("no new cases")',
      makeTargetDraft({ targetValue: 0, direction: 'at_most' }),
    ],
    ['accepts a negative target (a decline)', makeTargetDraft({ targetValue: -2.5 })],
    ['accepts each roll-up method', makeTargetDraft({ rollup: 'average' })],
    ['accepts a task with no tags', makeTargetDraft({ tags: [] })],
    ['accepts a task whose head post comes from the assignment', makeTargetDraft({ headPostId: null })],
  ])('%s', (_name, task) => {
    const problems = issuingProblems(draft([task, makeDeliverableDraft()], { headPostId: 'post-x' }), qd366);
    expect(problems).toEqual([]);
  });

  it('refuses a task without a head post when the assignment names none either', () => {
    const problems = issuingProblems(
      draft([makeTargetDraft({ headPostId: '' }), makeDeliverableDraft()]),
      qd366,
    );
    expect(codes(problems)).toEqual([{ taskIndex: 0, field: 'headPostId', code: 'required' }]);
  });
});

describe('deadlines against the cycle and the document date', () => {
  const cycle = { startDate: '2025-01-01', endDate: '2025-12-31' };
  it.each<[string, string, string | null]>([
    ['accepts the last day of the cycle', '2025-12-31', null],
    ['accepts the document date itself', '2025-01-15', null],
    ['refuses a deadline after the cycle ends', '2026-01-01', 'deadline_outside_cycle'],
    ['refuses a deadline before the decision was signed', '2025-01-14', 'deadline_before_document_date'],
  ])('%s', (_name, deadline, code) => {
    const problems = issuingProblems(draft([makeTargetDraft({ deadline }), makeDeliverableDraft()]), {
      ...qd366,
      cycle,
    });
    expect(problems.map((p) => p.code)).toEqual(code ? [code] : []);
  });
});

describe('tags and support commitments', () => {
  it.each<[string, TaskDraft, string[]]>([
    [
      'accepts all five tags',
      makeTargetDraft({ tags: ['new', 'hard', 'breakthrough', 'bottleneck', 'routine'] }),
      [],
    ],
    ['refuses an unknown tag', makeTargetDraft({ tags: ['urgent'] }), ['tags:not_one_of']],
    ['refuses a repeated tag', makeTargetDraft({ tags: ['hard', 'hard'] }), ['tags:duplicate_tag']],
    [
      'refuses a support commitment of an unknown kind',
      makeTargetDraft({ supportCommitments: [{ kind: 'prayers', description: 'x', dueDate: '2025-03-01' }] }),
      ['supportCommitments.0.kind:not_one_of'],
    ],
    [
      'refuses a support commitment with nothing filled in, naming each field',
      makeTargetDraft({ supportCommitments: [{}] }),
      [
        'supportCommitments.0.kind:required',
        'supportCommitments.0.description:required',
        'supportCommitments.0.dueDate:required',
      ],
    ],
    [
      'refuses a support commitment whose due date is not a date',
      makeTargetDraft({
        supportCommitments: [
          { kind: 'mechanism', description: 'Cơ chế đặc thù', dueDate: '2025-06-30' },
          { kind: 'resources', description: 'Cán bộ địa chính', dueDate: 'Q2' },
        ],
      }),
      ['supportCommitments.1.dueDate:invalid_date'],
    ],
    [
      'accepts every kind of support',
      makeTargetDraft({
        supportCommitments: (['resources', 'mechanism', 'policy', 'funds'] as const).map((kind) => ({
          kind,
          description: 'Hỗ trợ',
          dueDate: '2025-04-30',
        })),
      }),
      [],
    ],
  ])('%s', (_name, task, expected) => {
    const problems = issuingProblems(draft([task, makeDeliverableDraft()]), qd366);
    expect(problems.map((p) => `${p.field}:${p.code}`)).toEqual(expected);
  });

  it('refuses, when the policy asks for it, an assignment naming no bottleneck', () => {
    const tasks = [makeTargetDraft(), makeDeliverableDraft({ tags: ['hard'] })];
    const options = { ...qd366, requireBottleneckTask: true };
    expect(issuingProblems(draft(tasks), options).map((p) => p.code)).toEqual(['bottleneck_task_missing']);
    expect(issuingProblems(valid(), options)).toEqual([]);
  });
});

describe('the document itself', () => {
  it.each<[string, Partial<AssignmentDraft>, string[]]>([
    ['accepts a state-format number', { documentNumber: '15/QĐ-UBND' }, []],
    ['refuses a missing document number', { documentNumber: null }, ['documentNumber:required']],
    [
      'refuses a malformed document number',
      { documentNumber: '12-QĐ-HU' },
      ['documentNumber:invalid_document_number'],
    ],
    ['refuses a missing document date', { documentDate: '' }, ['documentDate:required']],
    ['refuses an impossible document date', { documentDate: '2025-13-01' }, ['documentDate:invalid_date']],
    ['refuses a missing signer', { signer: ' ' }, ['signer:required']],
  ])('%s', (_name, overrides, expected) => {
    const problems = issuingProblems({ ...valid(), ...overrides }, qd366);
    expect(problems.map((p) => `${p.field}:${p.code}`)).toEqual(expected);
  });
});

describe('every reason at once', () => {
  it('returns every problem of every task, not just the first', () => {
    const tasks = [
      makeTargetDraft({ title: '', direction: 'up', weight: 3000 }),
      makeDeliverableDraft({ deadline: null, expectedProduct: '', tags: ['x'] }),
    ];
    const problems = issuingProblems(draft(tasks, { documentNumber: 'abc' }), qd366);
    expect(problems.map((p) => `${p.taskIndex ?? '-'}:${p.field}:${p.code}`)).toEqual([
      '-:documentNumber:invalid_document_number',
      '0:title:required',
      '0:direction:not_one_of',
      '1:deadline:required',
      '1:expectedProduct:required',
      '1:tags:not_one_of',
      '-:tasks:weights_sum_mismatch',
    ]);
  });
});

describe('issuing', () => {
  const assigner = { isAssigner: true, isHead: false };

  it('moves a valid draft to issued', () => {
    expect(issueAssignment({ ...valid(), state: 'draft' }, assigner, qd366)).toBe('issued');
  });

  it('refuses an invalid draft with every problem in the error', () => {
    const bad = {
      ...draft([makeTargetDraft({ weight: 3450 }), makeDeliverableDraft({ title: '' })]),
      state: 'draft' as const,
    };
    const error = (() => {
      try {
        issueAssignment(bad, assigner, qd366);
      } catch (e) {
        return e as DomainError;
      }
    })();
    expect(error).toBeInstanceOf(DomainError);
    expect(error?.code).toBe('assignment_not_issuable');
    expect(error?.params.count).toBe(2);
  });

  it('checks who issues before what is issued: a head gets "forbidden", not a list of problems', () => {
    expect(() =>
      issueAssignment({ ...draft([]), state: 'draft' }, { isAssigner: false, isHead: true }, qd366),
    ).toThrow(expect.objectContaining({ code: 'assignment_transition_forbidden' }));
  });

  it('does not issue twice', () => {
    expect(() => issueAssignment({ ...valid(), state: 'issued' }, assigner, qd366)).toThrow(
      expect.objectContaining({ code: 'assignment_transition_not_allowed' }),
    );
  });

  it('assertIssuable passes silently on a valid draft', () => {
    expect(() => assertIssuable(valid(), qd366)).not.toThrow();
  });
});
