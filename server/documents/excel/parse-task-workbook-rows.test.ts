import { describe, expect, it } from 'vitest';
import { parseTaskWorkbook } from './parse-task-workbook.ts';
import { type FixtureRow, validRow, workbookFromRows } from './task-workbook-fixtures.ts';
import { describeWorkbookError, type WorkbookError } from './workbook-errors.ts';

/** Row 2 is valid; `row` becomes row 3. */
async function errorsFor(row: FixtureRow): Promise<WorkbookError[]> {
  const result = await parseTaskWorkbook(await workbookFromRows([validRow(), validRow(row)]));
  if (result.ok) throw new Error('expected errors');
  return result.errors;
}

const at = (e: WorkbookError) => [e.row, e.column, e.code];

describe('cell errors name the row, the column letter and the header', () => {
  it.each([
    ['unknown kind', { kind: 'Đề án' }, 'B', 'invalid_kind'],
    ['blank kind', { kind: null }, 'B', 'required'],
    ['empty title', { title: '   ' }, 'C', 'required'],
    ['weight not a number', { weight: 'mười' }, 'D', 'not_a_number'],
    ['negative weight', { weight: -5 }, 'D', 'negative_number'],
    ['weight with 3 decimals', { weight: 7.125 }, 'D', 'too_many_decimals'],
    ['weight above 100', { weight: '100,5' }, 'D', 'above_maximum'],
    ['deadline not a date', { deadline: 'cuối năm' }, 'E', 'invalid_date'],
    ['impossible deadline', { deadline: '31/02/2022' }, 'E', 'invalid_date'],
    ['unknown tag', { tags: 'mới; cấp bách' }, 'F', 'unknown_tag'],
    ['too long unit code', { leadUnitCode: 'X'.repeat(51) }, 'G', 'too_long'],
    ['baseline not numeric', { baseline: 'n/a' }, 'K', 'not_a_number'],
    ['target value not numeric', { targetValue: 'khoảng 2' }, 'L', 'not_a_number'],
    ['unknown direction', { direction: 'Tăng' }, 'M', 'invalid_direction'],
    ['unknown rollup', { rollup: 'Cộng gộp' }, 'N', 'invalid_rollup'],
    ['unparseable support line', { supportCommitments: 'Hỗ trợ thêm 2 xe' }, 'Q', 'invalid_support_line'],
    [
      'bad support due date',
      { supportCommitments: 'Kinh phí: 2 tỷ (30/13/2022)' },
      'Q',
      'invalid_support_date',
    ],
    ['formula error', { weight: { formula: '1/0', result: { error: '#DIV/0!' } } }, 'D', 'cell_error'],
  ])('%s', async (_name, row, column, code) => {
    const errors = await errorsFor(row as FixtureRow);
    expect(errors.map(at)).toEqual([[3, column, code]]);
    expect(errors[0].sheet).toBe('Nhiệm vụ');
    expect(errors[0].header).toBeTruthy();
  });

  it('explains the error in a sentence that locates it', async () => {
    const [error] = await errorsFor({ weight: 7.125 });
    expect(describeWorkbookError(error, 'vi')).toBe(
      "Trang 'Nhiệm vụ', dòng 3, cột D (Trọng số): phải là số có tối đa 2 chữ số thập phân.",
    );
  });
});

describe('every error of every row', () => {
  it('reports all wrong cells of several rows, in order, and imports nothing', async () => {
    const rows: FixtureRow[] = [
      validRow({ weight: 'abc', deadline: 'mai' }),
      validRow(),
      validRow({ kind: 'X', title: null, tags: 'gấp; rất gấp', targetValue: 'nhiều' }),
      {},
      validRow({
        weight: -1,
        direction: 'lên',
        supportCommitments: 'Kinh phí: có\nXin thêm người\nCơ chế: x (31/02/2022)',
      }),
    ];
    const result = await parseTaskWorkbook(await workbookFromRows(rows));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map(at)).toEqual([
      [2, 'D', 'not_a_number'],
      [2, 'E', 'invalid_date'],
      [4, 'B', 'invalid_kind'],
      [4, 'C', 'required'],
      [4, 'F', 'unknown_tag'],
      [4, 'F', 'unknown_tag'],
      [4, 'L', 'not_a_number'],
      [6, 'D', 'negative_number'],
      [6, 'M', 'invalid_direction'],
      [6, 'Q', 'invalid_support_line'],
      [6, 'Q', 'invalid_support_date'],
    ]);
    expect(result.errors[9].params).toMatchObject({
      field: 'supportCommitments',
      line: 2,
      value: 'Xin thêm người',
    });
    for (const error of result.errors) {
      expect(describeWorkbookError(error, 'vi')).toMatch(
        new RegExp(`^Trang 'Nhiệm vụ', dòng ${error.row}, cột ${error.column} \\(`),
      );
      expect(describeWorkbookError(error, 'en')).not.toMatch(/[{}]/);
    }
  });
});

describe('cells as people actually fill them', () => {
  it('reads numbers typed as text in Vietnamese format, and dates typed as text', async () => {
    const result = await parseTaskWorkbook(
      await workbookFromRows([
        validRow({ weight: '12,5', baseline: '1.234,5', targetValue: ' 2.000 ', deadline: '30/06/2022' }),
        validRow({ weight: '7', baseline: '-3,25', targetValue: '95%', deadline: '2022-12-31' }),
      ]),
    );
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.tasks.map((t) => [t.weight, t.baseline, t.targetValue, t.deadline])).toEqual([
      [12.5, 1234.5, 2000, '2022-06-30'],
      [7, -3.25, 95, '2022-12-31'],
    ]);
  });

  it('reads rich text, hyperlinks, formulas (cached result), numbers in text columns and percent cells', async () => {
    const buffer = await workbookFromRows(
      [
        validRow({
          title: { richText: [{ text: 'Giảm ', font: { bold: true } }, { text: 'tỷ lệ hộ nghèo' }] },
          leadUnitCode: { text: 'VP-YL-NGUYETDUC', hyperlink: 'https://example.vn/don-vi/1' },
          weight: { formula: '5+5', result: 10 },
          deadline: { formula: 'DATE(2022,6,30)', result: new Date(Date.UTC(2022, 5, 30)) },
          kind: { formula: '"Chỉ tiêu"', result: 'Chỉ tiêu' },
          unitOfMeasure: 2025,
          targetValue: 0.95,
          acceptanceCriteria: { formula: 'IF(1,"","x")', result: '' },
        }),
      ],
      {
        edit: (sheet) => {
          sheet.getCell('E2').numFmt = 'dd/mm/yyyy';
          sheet.getCell('L2').numFmt = '0%';
        },
      },
    );
    const result = await parseTaskWorkbook(buffer);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.tasks[0]).toMatchObject({
      kind: 'target',
      title: 'Giảm tỷ lệ hộ nghèo',
      leadUnitCode: 'VP-YL-NGUYETDUC',
      weight: 10,
      deadline: '2022-06-30',
      unitOfMeasure: '2025',
      targetValue: 95,
      acceptanceCriteria: null,
    });
  });

  it('gives every row of a vertically merged cell its value', async () => {
    const buffer = await workbookFromRows(
      [
        validRow({ leadUnitCode: 'UBND-YL' }),
        validRow({ leadUnitCode: null }),
        validRow({ leadUnitCode: null }),
      ],
      { edit: (sheet) => sheet.mergeCells('G2:G4') },
    );
    const result = await parseTaskWorkbook(buffer);
    expect(result.ok && result.tasks.map((t) => t.leadUnitCode)).toEqual(['UBND-YL', 'UBND-YL', 'UBND-YL']);
  });

  it('ignores whole-column validations and named ranges that would take ExcelJS minutes to expand', async () => {
    const buffer = await workbookFromRows([validRow()], {
      edit: (sheet, workbook) => {
        const validations = (sheet as unknown as { dataValidations: { add(r: string, v: object): void } })
          .dataValidations;
        validations.add('B2:Q1048576', { type: 'list', allowBlank: true, formulae: ['"a,b"'] });
        workbook.definedNames.add("'Nhiệm vụ'!$A$1", 'Vung');
      },
    });
    const result = await parseTaskWorkbook(buffer);
    expect(result.ok && result.tasks.length).toBe(1);
  });
});
