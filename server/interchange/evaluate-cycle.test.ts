import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CycleDocument } from '../../contracts/interchange/cycle-format.ts';
import { PRODUCT_ONLY_POLICY } from '../domain/scoring/policy.ts';
import { type EvaluateCycleOptions, evaluateCycle } from './evaluate-cycle.ts';
import { fromScoringPolicy } from './policy.ts';
import { addHead, assignmentOf, baseDocument, productCheckIn, sheet, taskOf } from './test-document.ts';
import { validateCycleDocument, validateCycleJson } from './validate-cycle.ts';

function run(doc: CycleDocument, options: EvaluateCycleOptions = {}) {
  const v = validateCycleDocument(doc);
  if (!v.ok) throw new Error(JSON.stringify(v.errors, null, 2));
  return evaluateCycle(v.document, options);
}
const head = (out: ReturnType<typeof run>, id = 'a-1') => out.heads.find((h) => h.assignmentId === id)!;

describe('evaluateCycle on the Yên Lạc example (totals computed by hand in docs/interchange/README.md)', () => {
  const v = validateCycleJson(readFileSync('docs/interchange/examples/yen-lac-2022.json', 'utf8'));
  if (!v.ok) throw new Error('the example must be valid');
  const out = evaluateCycle(v.document);

  it('gives each head the hand-computed total and level', () => {
    expect(out.heads.map((h) => [h.assignmentId, h.total, h.totalExact, h.level])).toEqual([
      ['a-yl', '98.33', '295/3', 'good'],
      ['a-nd', '97.10', '971/10', 'excellent'],
      ['a-vt', '89.70', '897/10', 'good'],
      ['a-tk', '75.35', '1507/20', 'not_completed'],
      ['a-tt', '96.00', '96', 'good'],
    ]);
  });

  it('caps the district secretary at good because Trung Kiên, directly under, is not completed', () => {
    const yl = head(out, 'a-yl');
    expect(yl.explanation.cappedBySubUnitRule).toEqual({
      from: 'excellent',
      units: [{ id: 'u-tk', code: 'VP-YL-TRUNGKIEN', name: 'Xã Trung Kiên' }],
    });
    expect(yl.explanation.text[1]).toBe(
      'Đơn vị cấp dưới trực tiếp xếp loại không hoàn thành nhiệm vụ: Xã Trung Kiên',
    );
  });

  it('proposes moving Nguyệt Đức down to good: 1 excellent for 2 good breaches the 20% quota', () => {
    expect(
      out.cohorts.map((c) => [c.assigningUnit.code, c.counts, c.quota.breached, c.quota.proposedMoves]),
    ).toEqual([
      ['VP', { excellent: 0, good: 1, completed: 0, not_completed: 0 }, false, []],
      ['VP-YL', { excellent: 1, good: 2, completed: 0, not_completed: 1 }, true, ['a-nd']],
    ]);
    expect(head(out, 'a-nd').level).toBe('excellent');
  });

  it('shows the facts: the extension, the corrected check-in, the late school, the cancelled task', () => {
    const task = (a: string, t: string) => head(out, a).tasks.find((x) => x.taskId === t)!;
    expect(task('a-nd', 't-nd-1').facts).toMatchObject({
      onTime: true,
      deadline: '2022-11-30',
      originalDeadline: '2022-09-30',
      extended: true,
      doneDate: '2022-10-25',
    });
    // the mistyped 83 (corrected to 38) would have met the 45 target on 30 September
    expect(task('a-nd', 't-nd-3').facts).toMatchObject({ doneDate: '2022-12-20', finalActual: '52.5' });
    expect(task('a-tk', 't-tk-2')).toMatchObject({ proposal: '18.75', latePenalized: true, score: '18.45' });
    expect(task('a-tk', 't-tk-1').facts).toMatchObject({ done: false, finalActual: '6', verified: true });
    expect(head(out, 'a-vt').cancelledTaskIds).toEqual(['t-vt-4']);
    expect(head(out, 'a-vt').breakdown).toMatchObject({
      deductions: '2.00',
      general: '24.70',
      tasks: '66.80',
    });
  });

  it('leaves out the town secretary’s own sheet and names him', () => {
    expect(head(out, 'a-tt').recusedMembers).toEqual([{ personId: 'p-toan', name: 'Phạm Văn Toàn' }]);
    expect(head(out, 'a-tt').criteria.map((c) => c.memberCount)).toEqual([4, 4, 4]);
  });

  it('recommends the transfer of the head not completed and the commendation after two excellent years', () => {
    expect(out.recommendations.map((r) => [r.assignmentId, r.kind])).toEqual([
      ['a-nd', 'commend_and_plan'],
      ['a-tk', 'transfer_or_replace'],
    ]);
  });
});

describe('evaluateCycle: exact arithmetic', () => {
  it('rounds a total of exactly 89.995 up to 90.00 and rates it excellent', () => {
    const doc = baseDocument();
    doc.scores = [
      sheet(
        'p-m1',
        'a-1',
        { 't1-1': 19.24, 't1-2': 19.21, 't1-3': 29.35 },
        { political_ethics: 9.83, innovation_vision: 9.57, self_criticism: 8.23 },
      ),
      sheet(
        'p-m2',
        'a-1',
        { 't1-1': 19.33, 't1-2': 19.64, 't1-3': 17.25 },
        { political_ethics: 9.27, innovation_vision: 9.92, self_criticism: 9.15 },
      ),
    ];
    const h = head(run(doc));
    expect([h.totalExact, h.total, h.level]).toEqual(['17999/200', '90.00', 'excellent']);
  });

  it('rounds 70.085 to 70.09 where binary floating point gives 70.08', () => {
    const doc = baseDocument();
    doc.people.push({ id: 'p-m3', fullName: 'Thành viên Ba' }, { id: 'p-m4', fullName: 'Thành viên Bốn' });
    doc.councils[0].members.push({ personId: 'p-m3', role: 'member', unitIds: ['u-dist-du'] });
    doc.councils[0].members.push({ personId: 'p-m4', role: 'member', unitIds: ['u-dist-du'] });
    const zero = { political_ethics: 0, innovation_vision: 0, self_criticism: 0 };
    const marks = { 't1-1': [20, 0.08] as [number, number], 't1-2': 20, 't1-3': 30 };
    doc.scores = ['p-m1', 'p-m2', 'p-m3'].map((m) => sheet(m, 'a-1', marks, zero));
    doc.scores.push(sheet('p-m4', 'a-1', marks, { ...zero, political_ethics: 0.02 }));
    const h = head(run(doc));
    // G = 0.02 / 4 = 0.005; total = 0.005 + 70 + 0.08
    expect([h.totalExact, h.total]).toEqual(['14017/200', '70.09']);
    expect((0.005 + 20 + 20 + 30 + 0.08).toFixed(2)).toBe('70.08');
  });
});

describe('evaluateCycle: the rules from a file', () => {
  it('rates the base document excellent with 100.00', () => {
    const h = head(run(baseDocument()));
    expect([h.total, h.level, h.complete, h.provisional]).toEqual(['100.00', 'excellent', true, false]);
  });

  it('leaves out a recused member: a council member working in the head’s commune', () => {
    const doc = baseDocument();
    doc.people.push({ id: 'p-deputy', fullName: 'Phó Bí thư xã' });
    doc.units.push({
      id: 'u-1-du',
      code: 'X-1-DU',
      name: 'Đảng ủy xã 1',
      kind: 'party_committee',
      parentId: 'u-1',
    });
    doc.posts.push({ id: 'post-deputy', unitId: 'u-1-du', title: 'Phó Bí thư Đảng ủy xã', isHead: false });
    doc.terms.push({ postId: 'post-deputy', personId: 'p-deputy', startOn: '2020-10-15', endOn: null });
    doc.councils[0].members.push({ personId: 'p-deputy', role: 'member', unitIds: [] });
    doc.scores.push(sheet('p-deputy', 'a-1', { 't1-1': 0, 't1-2': 0, 't1-3': 0 }, { political_ethics: 0 }));
    const h = head(run(doc));
    expect(h.recusedMembers).toEqual([{ personId: 'p-deputy', name: 'Phó Bí thư xã' }]);
    expect(h.total).toBe('100.00');
  });

  it('leaves a cancelled task out of the counts and ignores scores given to it', () => {
    const doc = baseDocument();
    const a = assignmentOf(doc, 'a-1');
    a.tasks.push({
      ...taskOf(doc, 't1-2'),
      id: 't1-4',
      position: 4,
      weight: 10,
      cancellation: { approvedOn: '2025-06-01', reason: 'Chuyển sang năm sau' },
    });
    // issued as 20 + 20 + 20 + 10; the cancellation moved its 10 points to t1-3
    taskOf(doc, 't1-3').history = [
      { field: 'weight', from: 20, to: 30, approvedOn: '2025-06-01', reason: 'Cân đối lại' },
    ];
    doc.scores[0].tasks.push({ taskId: 't1-4', score: 0, bonus: 0 });
    const h = head(run(doc));
    expect(h.cancelledTaskIds).toEqual(['t1-4']);
    expect(h.tasks.map((t) => t.taskId)).toEqual(['t1-1', 't1-2', 't1-3']);
    expect([h.total, h.level]).toEqual(['100.00', 'excellent']);
  });

  it('counts a product delivered after the original deadline but within the approved extension as on time', () => {
    const late = baseDocument();
    late.checkIns[1] = productCheckIn('ci1-2', 't1-2', '2025-10-15');
    late.appraisals[0].appraisedOn = '2025-10-20';
    const extended = structuredClone(late);
    Object.assign(taskOf(extended, 't1-2'), {
      deadline: '2025-10-31',
      history: [
        {
          field: 'deadline',
          from: '2025-09-30',
          to: '2025-10-31',
          approvedOn: '2025-09-10',
          reason: 'Mưa bão',
        },
      ],
    });
    const withExtension = head(run(extended)).tasks[1];
    expect(withExtension.facts).toMatchObject({
      onTime: true,
      extended: true,
      originalDeadline: '2025-09-30',
    });
    expect(head(run(extended)).level).toBe('excellent');
    const without = head(run(late));
    expect(without.tasks[1]).toMatchObject({ proposal: '15.00', latePenalized: true });
    expect(without.level).toBe('not_completed');
  });

  it('caps the sum of bonuses at 5 and the total at 100', () => {
    const doc = baseDocument();
    const marks = {
      't1-1': [18, 2] as [number, number],
      't1-2': [18, 2] as [number, number],
      't1-3': [25, 2] as [number, number],
    };
    doc.scores = [sheet('p-m1', 'a-1', marks), sheet('p-m2', 'a-1', marks)];
    const h = head(run(doc));
    expect(h.breakdown).toMatchObject({
      bonusBeforeCap: '6.00',
      bonus: '5.00',
      bonusCapped: true,
      clamped: null,
    });
    expect(h.total).toBe('96.00');
    const full = baseDocument();
    for (const s of full.scores) s.tasks[0].bonus = 2;
    expect(head(run(full)).breakdown).toMatchObject({ clamped: 'high' });
    expect(head(run(full)).total).toBe('100.00');
  });

  it('subtracts deductions, rates on the lower total and clamps at 0', () => {
    const doc = baseDocument();
    doc.deductions.push({
      id: 'dd-1',
      assignmentId: 'a-1',
      points: 15,
      reason: 'Khiển trách',
      decidedOn: '2025-08-01',
    });
    const h = head(run(doc));
    expect([h.total, h.level, h.deductions]).toEqual([
      '85.00',
      'good',
      [{ id: 'dd-1', points: '15.00', reason: 'Khiển trách' }],
    ]);
    doc.deductions.push({
      id: 'dd-2',
      assignmentId: 'a-1',
      points: 100,
      reason: 'Cách chức',
      decidedOn: null,
    });
    expect(head(run(doc))).toMatchObject({ total: '0.00', breakdown: { clamped: 'low' } });
  });

  it('rates a perfect record not completed when a disqualifying event is recorded', () => {
    const doc = baseDocument();
    doc.disqualifyingEvents.push({
      id: 'ev-1',
      assignmentId: 'a-1',
      kind: 'corruption_in_unit',
      occurredOn: '2025-07-01',
      note: null,
    });
    const out = run(doc, { locale: 'en' });
    const h = head(out);
    expect([h.total, h.level]).toEqual(['100.00', 'not_completed']);
    expect(h.explanation.decisive.map((c) => c.code)).toEqual(['no_disqualifying_event']);
    expect(h.explanation.text).toEqual([
      'Level: Not completed (total 100.00)',
      '1 disqualifying event(s) recorded (corruption_in_unit)',
    ]);
    expect(out.recommendations.map((r) => r.kind)).toEqual(['transfer_or_replace']);
  });

  it('caps a head above a commune rated not completed, across cohorts and from results given', () => {
    const doc = baseDocument();
    // the district head (assigned by the province) is excellent; commune 1 under it fails
    doc.councils.push({ ...structuredClone(doc.councils[0]), id: 'c-root', assigningUnitId: 'u-root' });
    addHead(doc, 'd', { parentId: 'u-root', assigningUnitId: 'u-root', councilId: 'c-root' });
    doc.units.find((u) => u.id === 'u-1')!.parentId = 'u-d';
    assignmentOf(doc, 'a-1').assigningUnitId = 'u-d';
    doc.councils[0].assigningUnitId = 'u-d';
    doc.units.find((u) => u.id === 'u-dist-du')!.parentId = 'u-root';
    doc.disqualifyingEvents.push({
      id: 'ev-1',
      assignmentId: 'a-1',
      kind: 'discipline',
      occurredOn: null,
      note: null,
    });
    const h = head(run(doc), 'a-d');
    expect(h.level).toBe('good');
    expect(h.explanation.cappedBySubUnitRule?.units.map((u) => u.id)).toEqual(['u-1']);

    const given = baseDocument();
    given.units.push({ id: 'u-1-x', code: 'X-1-X', name: 'Thôn X', kind: 'village', parentId: 'u-1' });
    given.subordinateResults = [{ unitId: 'u-1-x', headName: 'Trưởng thôn', level: 'not_completed' }];
    expect(head(run(given)).level).toBe('good');
  });

  it('names every head tied at the quota cut: 2 excellent at 100.00 for 8 good, one must move', () => {
    const doc = baseDocument();
    addHead(doc, '2');
    const goodMarks = (k: string) => ({ [`t${k}-1`]: 20, [`t${k}-2`]: 20, [`t${k}-3`]: 30 });
    for (const k of ['3', '4', '5', '6', '7', '8', '9', '10']) {
      addHead(doc, k, {
        marks: goodMarks(k),
        criteria: { political_ethics: 5, innovation_vision: 5, self_criticism: 5 },
      });
    }
    const out = run(doc);
    expect(out.cohorts[0].counts).toEqual({ excellent: 2, good: 8, completed: 0, not_completed: 0 });
    expect(out.cohorts[0].quota).toMatchObject({
      breached: true,
      limit: 1,
      movesNeeded: 1,
      proposedMoves: [],
      tiedAtCut: ['a-1', 'a-2'],
      tiedTotal: '100.00',
      tiedToMove: 1,
      after: { excellent: 1, good: 9 },
    });
  });

  it('scores a product-only cycle on 100 points of tasks with no general part', () => {
    const doc = baseDocument();
    doc.policy = fromScoringPolicy('product-only', PRODUCT_ONLY_POLICY);
    Object.assign(taskOf(doc, 't1-3'), { weight: 60 });
    doc.scores = [
      sheet('p-m1', 'a-1', { 't1-1': 20, 't1-2': 20, 't1-3': 50 }, {}),
      sheet('p-m2', 'a-1', { 't1-1': 20, 't1-2': 20, 't1-3': 50 }, {}),
    ];
    const h = head(run(doc));
    expect([h.total, h.level, h.criteria, h.complete]).toEqual(['90.00', 'excellent', [], true]);
  });

  it('evaluates a quarter provisionally: only tasks due in it, scaled back to 70, no recommendation', () => {
    const doc = baseDocument();
    for (const s of doc.scores) s.tasks[1].score = 16;
    const out = run(doc, { quarter: 3 });
    const h = head(out);
    expect(out.period).toEqual({ quarter: 3, from: '2025-07-01', to: '2025-09-30' });
    expect(h.tasks.map((t) => t.taskId)).toEqual(['t1-2']);
    // 30 + 16 × 70 / 20 = 86
    expect([h.total, h.level, h.provisional, h.breakdown.taskScale]).toEqual(['86.00', 'good', true, '7/2']);
    expect(out.recommendations).toEqual([]);
    expect(run(doc, { quarter: 1 }).skipped).toEqual([{ assignmentId: 'a-1', reason: 'no_tasks_in_period' }]);
  });

  it('fixes the facts on the --as-of day instead of the day scoring opened', () => {
    const h = head(run(baseDocument(), { asOf: '2025-12-01' }));
    expect(h.asOf).toBe('2025-12-01');
    expect(h.tasks[2].facts).toMatchObject({ done: false, overdue: false });
    expect(h.level).toBe('not_completed');
  });

  it('reads deadlines, weights and cancellations in force on the as-of day', () => {
    const doc = baseDocument();
    doc.checkIns[1] = productCheckIn('ci1-2', 't1-2', '2025-10-15');
    doc.appraisals[0].appraisedOn = '2025-10-20';
    Object.assign(taskOf(doc, 't1-2'), {
      deadline: '2025-10-31',
      history: [
        { field: 'deadline', from: '2025-09-30', to: '2025-10-31', approvedOn: '2025-09-10', reason: null },
      ],
    });
    const cancel = { approvedOn: '2025-11-05', reason: 'Không còn phù hợp' };
    Object.assign(taskOf(doc, 't1-3'), { cancellation: cancel });
    Object.assign(taskOf(doc, 't1-1'), {
      weight: 50,
      history: [{ field: 'weight', from: 20, to: 50, approvedOn: '2025-11-05', reason: null }],
    });
    const before = head(run(doc, { asOf: '2025-09-05' }));
    expect(before.tasks.map((t) => [t.taskId, t.weight, t.facts.deadline, t.facts.extended])).toEqual([
      ['t1-1', '20.00', '2025-12-31', false],
      ['t1-2', '20.00', '2025-09-30', false],
      ['t1-3', '30.00', '2025-12-31', false],
    ]);
    const after = head(run(doc, { asOf: '2025-12-01' }));
    expect(after.cancelledTaskIds).toEqual(['t1-3']);
    expect(after.tasks.map((t) => [t.taskId, t.weight, t.facts.deadline, t.facts.onTime])).toEqual([
      ['t1-1', '50.00', '2025-12-31', true],
      ['t1-2', '20.00', '2025-10-31', true],
    ]);
  });

  it('makes no recommendation from a result the council has not finished scoring', () => {
    const doc = baseDocument();
    doc.scores = [];
    const out = run(doc);
    expect(head(out)).toMatchObject({ total: '0.00', level: 'not_completed', complete: false });
    expect(head(out).missing).toContainEqual({ kind: 'task', id: 't1-1' });
    expect(out.recommendations).toEqual([]);
  });

  it('skips draft assignments', () => {
    const doc = baseDocument();
    addHead(doc, '2', { members: [] });
    assignmentOf(doc, 'a-2').state = 'draft';
    doc.checkIns = doc.checkIns.filter((c) => !c.taskId.startsWith('t2-'));
    doc.appraisals = doc.appraisals.filter((a) => a.assignmentId !== 'a-2');
    const out = run(doc);
    expect(out.skipped).toEqual([{ assignmentId: 'a-2', reason: 'draft' }]);
    expect(out.heads.map((x) => x.assignmentId)).toEqual(['a-1']);
  });
});
