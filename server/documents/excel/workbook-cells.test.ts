import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SUPPORT_KINDS, type SupportCommitmentInput } from '../../../contracts/tasks.ts';
import { DIRECTION_WORDS } from './task-workbook-vocabulary.ts';
import {
  type RawCell,
  readChoice,
  readCodes,
  readDate,
  readNumber,
  readSupportCommitments,
  readTags,
  readText,
  readWeight,
  writeSupportCommitments,
} from './workbook-cells.ts';

const text = (t: string): RawCell => ({ type: 'text', text: t });
const num = (value: number, percent = false): RawCell => ({ type: 'number', value, percent });
const empty: RawCell = { type: 'empty' };
const codes = (read: { ok: boolean; issues?: { code: string }[] }) =>
  read.ok ? [] : read.issues!.map((i) => i.code);

describe('readWeight', () => {
  it('accepts numbers and Vietnamese-formatted text with at most 2 decimals', () => {
    expect(readWeight(num(7.5))).toEqual({ ok: true, value: 7.5 });
    expect(readWeight(text('12,25'))).toEqual({ ok: true, value: 12.25 });
    expect(readWeight(num(0.1 + 0.2))).toEqual({ ok: true, value: 0.3 });
    expect(readWeight(empty)).toEqual({ ok: true, value: null });
  });

  it.each([
    [text('mười'), 'not_a_number'],
    [num(-1), 'negative_number'],
    [text('-1'), 'negative_number'],
    [num(7.125), 'too_many_decimals'],
    [text('7,125'), 'too_many_decimals'],
    [num(100.01), 'above_maximum'],
    [{ type: 'date', value: new Date() } as RawCell, 'not_a_number'],
    [{ type: 'error', value: '#REF!' } as RawCell, 'cell_error'],
  ])('rejects %j with %s', (cell, code) => {
    expect(codes(readWeight(cell))).toEqual([code]);
  });
});

describe('readNumber', () => {
  it('counts a percent-formatted cell in percent (0.95 shown as 95% is 95)', () => {
    expect(readNumber(num(0.95, true))).toEqual({ ok: true, value: 95 });
    expect(readNumber(num(0.035, true))).toEqual({ ok: true, value: 3.5 });
  });

  it('reads numbers stored as text', () => {
    expect(readNumber(text('1.234,5'))).toEqual({ ok: true, value: 1234.5 });
    expect(codes(readNumber(text('khoảng 5')))).toEqual(['not_a_number']);
  });
});

describe('readDate', () => {
  it('accepts Excel dates, dd/mm/yyyy and ISO text', () => {
    expect(readDate({ type: 'date', value: new Date(Date.UTC(2022, 5, 30)) })).toEqual({
      ok: true,
      value: '2022-06-30',
    });
    expect(readDate(text('30/06/2022'))).toEqual({ ok: true, value: '2022-06-30' });
    expect(readDate(text('2022-06-30'))).toEqual({ ok: true, value: '2022-06-30' });
  });

  it('rejects impossible dates and bare numbers', () => {
    expect(readDate(text('31/02/2022'))).toMatchObject({
      ok: false,
      issues: [{ code: 'invalid_date', params: { value: '31/02/2022' } }],
    });
    expect(codes(readDate(num(44742)))).toEqual(['invalid_date']);
  });
});

describe('readText, readChoice, readTags, readCodes', () => {
  it('requires a value where asked and limits length', () => {
    expect(codes(readText(text('   '), 10, true))).toEqual(['required']);
    expect(readText(text('  x  '), 10, false)).toEqual({ ok: true, value: 'x' });
    expect(readText(num(2025), 10, true)).toEqual({ ok: true, value: '2025' });
    expect(readText(text('x'.repeat(11)), 10, false)).toMatchObject({
      ok: false,
      issues: [{ code: 'too_long', params: { max: 10, length: 11 } }],
    });
  });

  it('reads a choice in Vietnamese without diacritics, or its English code', () => {
    expect(readChoice(text('khong vuot qua'), DIRECTION_WORDS, 'invalid_direction', false)).toEqual({
      ok: true,
      value: 'at_most',
    });
    expect(readChoice(text('at_least'), DIRECTION_WORDS, 'invalid_direction', false)).toEqual({
      ok: true,
      value: 'at_least',
    });
    expect(codes(readChoice(text('tăng'), DIRECTION_WORDS, 'invalid_direction', false))).toEqual([
      'invalid_direction',
    ]);
  });

  it('reads tags in order, once each, and reports every unknown tag', () => {
    expect(readTags(text('Mới; KHÓ, điem nghen; moi'))).toEqual({
      ok: true,
      value: ['new', 'hard', 'bottleneck'],
    });
    expect(readTags(text('routine / breakthrough'))).toEqual({
      ok: true,
      value: ['routine', 'breakthrough'],
    });
    const read = readTags(text('mới; cấp bách; quan trọng'));
    expect(read).toMatchObject({
      ok: false,
      issues: [{ params: { value: 'cấp bách' } }, { params: { value: 'quan trọng' } }],
    });
  });

  it('reads unit codes as written, once each, within the limits', () => {
    expect(readCodes(text('UBND-YL; PHONG-TCKH-YL;UBND-YL'), 30, 50)).toEqual({
      ok: true,
      value: ['UBND-YL', 'PHONG-TCKH-YL'],
    });
    expect(codes(readCodes(text('A;B;C'), 2, 50))).toEqual(['too_many_items']);
    expect(codes(readCodes(text('X'.repeat(51)), 30, 50))).toEqual(['too_long']);
  });
});

describe('support commitments', () => {
  it('reads one commitment per line, the due date in parentheses being optional', () => {
    const read = readSupportCommitments(
      text(
        'Kinh phí: Bố trí 2 tỷ đồng giải phóng mặt bằng (30/06/2022)\n- co che: Cho phép thí điểm (hạn 1/7/2022)\nChính sách: Ưu đãi thuê đất',
      ),
    );
    expect(read).toEqual({
      ok: true,
      value: [
        { kind: 'funds', description: 'Bố trí 2 tỷ đồng giải phóng mặt bằng', dueOn: '2022-06-30' },
        { kind: 'mechanism', description: 'Cho phép thí điểm', dueOn: '2022-07-01' },
        { kind: 'policy', description: 'Ưu đãi thuê đất', dueOn: null },
      ],
    });
  });

  it('keeps parentheses that are not a date in the description', () => {
    expect(readSupportCommitments(text('Nguồn lực: Tăng cường cán bộ (02 người)'))).toEqual({
      ok: true,
      value: [{ kind: 'resources', description: 'Tăng cường cán bộ (02 người)', dueOn: null }],
    });
  });

  it('reports each bad line by its number', () => {
    const read = readSupportCommitments(
      text(
        'Kinh phí: 2 tỷ đồng (31/02/2022)\nHỗ trợ thêm xe\nVốn vay: 5 tỷ\nCơ chế:  (30/06/2022)\nNguồn lực: đủ người',
      ),
    );
    expect(read).toMatchObject({
      ok: false,
      issues: [
        { code: 'invalid_support_date', params: { line: 1, value: '31/02/2022' } },
        { code: 'invalid_support_line', params: { line: 2, value: 'Hỗ trợ thêm xe' } },
        { code: 'invalid_support_line', params: { line: 3, value: 'Vốn vay: 5 tỷ' } },
        { code: 'empty_support_description', params: { line: 4 } },
      ],
    });
  });

  it('allows at most 10 commitments', () => {
    const lines = Array.from({ length: 11 }, (_, i) => `Kinh phí: khoản ${i + 1}`).join('\n');
    expect(codes(readSupportCommitments(text(lines)))).toEqual(['too_many_items']);
  });

  it('reads back exactly what it writes, whatever the description', () => {
    const line = fc
      .string({
        unit: fc.constantFrom('a', 'ă', 'Đ', ' ', ':', '(', ')', '/', '1', '2', '0', '-', '\n', '=', 'x'),
      })
      .map((s) => s.trim())
      .filter((s) => s !== '');
    const commitment = fc.record({
      kind: fc.constantFrom(...SUPPORT_KINDS),
      description: line,
      dueOn: fc.option(fc.constantFrom('2022-06-30', '2025-01-01'), { nil: null }),
    });
    fc.assert(
      fc.property(fc.array(commitment, { minLength: 1, maxLength: 5 }), (list: SupportCommitmentInput[]) => {
        const written = writeSupportCommitments(list)!;
        expect(readSupportCommitments(text(written))).toEqual({ ok: true, value: list });
      }),
      { numRuns: 300 },
    );
  });

  it('says "không thời hạn" when a description without due date ends like one', () => {
    const list: SupportCommitmentInput[] = [
      { kind: 'funds', description: 'Theo Quyết định (30/06/2022)', dueOn: null },
    ];
    expect(writeSupportCommitments(list)).toBe('Kinh phí: Theo Quyết định (30/06/2022) (không thời hạn)');
    expect(readSupportCommitments(text(writeSupportCommitments(list)!))).toEqual({ ok: true, value: list });
  });
});
