import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { baseDocument, checkIn, item, sheet, taskOf } from './test-document.ts';
import { serializeCycleDocument, validateCycleDocument, validateCycleJson } from './validate-cycle.ts';

const EXAMPLE = 'docs/interchange/examples/yen-lac-2022.json';

const problems = (input: unknown) => {
  const v = validateCycleDocument(input);
  if (v.ok) throw new Error('expected the document to be refused');
  return v.errors.map((e) => [e.path, e.code]);
};

describe('validateCycleDocument: shape', () => {
  it('accepts the Yên Lạc example and writes it back exactly, field for field and in order', () => {
    const text = readFileSync(EXAMPLE, 'utf8');
    const v = validateCycleJson(text);
    expect(v.ok).toBe(true);
    // compared without whitespace: the committed file is laid out by the project's formatter
    const compact = (json: string) => JSON.stringify(JSON.parse(json));
    if (v.ok) expect(compact(serializeCycleDocument(v.document))).toBe(compact(text));
  });

  it('reads back an export exactly: parse ∘ serialize is the identity on a valid document', () => {
    const doc = baseDocument();
    const once = serializeCycleDocument(doc);
    const v = validateCycleJson(once);
    expect(v.ok && serializeCycleDocument(v.document)).toBe(once);
    expect(JSON.parse(once)).toEqual(doc);
  });

  it('names each shape problem by its JSON path, all of them at once', () => {
    const doc = JSON.parse(JSON.stringify(baseDocument()));
    doc.scores[0].tasks[1].score = 12.345;
    doc.scores[1].criteria[0].score = '10';
    doc.checkIns[0].value = '1e3';
    doc.assignments[0].tasks[0].direction = 'more';
    doc.units[1].colour = 'red';
    delete doc.cycle.endsOn;
    expect(problems(doc)).toEqual(
      expect.arrayContaining([
        ['scores[0].tasks[1].score', 'too_many_decimals'],
        ['scores[1].criteria[0].score', 'invalid_type'],
        ['checkIns[0].value', 'invalid_format'],
        ['assignments[0].tasks[0].direction', 'invalid_value'],
        ['units[1].colour', 'unrecognized_keys'],
        ['cycle.endsOn', 'required'],
      ]),
    );
    expect(problems(doc)).toHaveLength(6);
  });

  it('refuses another format version and broken JSON with a clear message', () => {
    expect(problems({ ...baseDocument(), format: 'mandate.cycle/2' })).toEqual([['format', 'invalid_value']]);
    const v = validateCycleJson('{"format": ', 'vi');
    expect(v.ok).toBe(false);
    if (!v.ok) {
      expect(v.errors).toHaveLength(1);
      expect(v.errors[0]).toMatchObject({ path: '', code: 'invalid_json' });
      expect(v.errors[0].message).toMatch(/^Tệp không phải JSON hợp lệ/);
    }
  });
});

describe('validateCycleDocument: cross-references', () => {
  it('lists every broken reference and rule at once, each with its path', () => {
    const doc = baseDocument();
    doc.checkIns.push(checkIn('ci-x', 't-nowhere', '2025-05-01', { value: '3' }));
    doc.checkIns.push(checkIn('ci-y', 't1-2', '2025-05-01', { value: '3' }));
    doc.scores[0].tasks[0].score = 25;
    doc.scores[0].tasks[1].bonus = 2.5;
    doc.scores[1].criteria.push({ key: 'charisma', score: 5 });
    doc.scores.push(sheet('p-nobody', 'a-1', {}, {}));
    doc.appraisals[0].items[0].verifiedFraction = '0.9';
    doc.appraisals[1].items.push(item('t1-1'));
    taskOf(doc, 't1-3').weight = 35;
    doc.units.push({ id: 'u-dist', code: 'DIST2', name: 'Trùng', kind: 'district', parentId: 'u-ghost' });
    doc.deductions.push({
      id: 'dd-1',
      assignmentId: 'a-ghost',
      points: 2,
      reason: 'Kỷ luật',
      decidedOn: null,
    });
    expect(problems(doc)).toEqual([
      ['units[4].id', 'duplicate_id'],
      ['units[4].parentId', 'unknown_reference'],
      ['assignments[0].tasks', 'weights_must_sum_to_results_part'],
      ['checkIns[3].taskId', 'unknown_reference'],
      ['checkIns[4].value', 'not_for_deliverable'],
      ['appraisals[0].items[0].verifiedFraction', 'accepted_fraction_not_one'],
      ['appraisals[1].items[2].taskId', 'duplicate_task'],
      ['scores[0].tasks[0].score', 'score_above_weight'],
      ['scores[0].tasks[1].bonus', 'bonus_above_cap'],
      ['scores[1].criteria[3].key', 'unknown_criterion'],
      ['scores[2].memberPersonId', 'unknown_reference'],
      ['deductions[0].assignmentId', 'unknown_reference'],
    ]);
  });

  it('checks the organisation: heads hold their post, assignees sit under the assigning unit', () => {
    const doc = baseDocument();
    doc.assignments[0].headPersonId = 'p-m2';
    doc.assignments[0].assigneeUnitId = 'u-root';
    doc.terms.push({ postId: 'post-m1', personId: 'p-m2', startOn: '2024-01-01', endOn: null });
    expect(problems(doc)).toEqual([
      ['terms[3]', 'term_overlap'],
      ['assignments[0].assigneeUnitId', 'assignee_not_under_assigner'],
      ['assignments[0].headPersonId', 'head_not_holding_post'],
    ]);
  });

  it('checks corrections, product check-ins and the adjustment history', () => {
    const doc = baseDocument();
    doc.checkIns.unshift(checkIn('ci-fix', 't1-1', '2025-11-30', { value: '90', correctsId: 'ci1-1' }));
    doc.appraisals[0].items[0].acceptedCheckInId = 'ci1-3';
    taskOf(doc, 't1-2').history = [
      { field: 'deadline', from: '2025-06-30', to: '2025-08-31', approvedOn: '2025-05-01', reason: null },
    ];
    expect(problems(doc)).toEqual([
      ['assignments[0].tasks[1].history[0].to', 'history_not_in_force'],
      ['checkIns[0].correctsId', 'correction_before_entry'],
      ['appraisals[0].items[0].acceptedCheckInId', 'not_a_product_check_in'],
    ]);
  });

  it('checks that the weights add up after every approval, not only at the end', () => {
    const doc = baseDocument();
    // the cancellation and its re-balance were approved on different days
    Object.assign(taskOf(doc, 't1-3'), { cancellation: { approvedOn: '2025-06-01', reason: 'Hủy' } });
    Object.assign(taskOf(doc, 't1-1'), {
      weight: 50,
      history: [{ field: 'weight', from: 20, to: 50, approvedOn: '2025-06-02', reason: null }],
    });
    const v = validateCycleDocument(doc, 'en');
    expect(!v.ok && v.errors.map((e) => [e.path, e.code, e.params.date])).toEqual([
      ['assignments[0].tasks', 'weights_must_sum_on', '2025-06-01'],
    ]);
  });

  it('reports policy problems under policy.params', () => {
    const doc = baseDocument();
    doc.policy.params.resultsPart = 60;
    doc.policy.params.bands.good = 95;
    const found = problems(doc);
    expect(found).toContainEqual(['policy.params.resultsPart', 'policy_parts_must_sum_to_100']);
    expect(found).toContainEqual(['policy.params.bands.good', 'policy_must_be_below']);
  });

  it('reads a recused member’s sheet as a note, not an error', () => {
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
    doc.scores.push(sheet('p-deputy', 'a-1', { 't1-1': 20 }));
    const v = validateCycleDocument(doc);
    expect(v.ok).toBe(true);
    expect(v.notes.map((n) => [n.path, n.code])).toEqual([['scores[2]', 'member_recused']]);
  });

  it('speaks Vietnamese or English', () => {
    const doc = baseDocument();
    doc.scores[0].tasks[0].score = 25;
    const vi = validateCycleDocument(doc, 'vi');
    const en = validateCycleDocument(doc, 'en');
    expect(!vi.ok && vi.errors[0].message).toBe('Điểm 25 vượt trọng số 20 của nhiệm vụ.');
    expect(!en.ok && en.errors[0].message).toBe('The score 25 is above the task weight 20.');
  });
});
