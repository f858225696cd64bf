import { randomBytes } from 'node:crypto';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { taskInput } from '../../../contracts/tasks.ts';
import { buildTaskTemplate, buildTaskWorkbook } from './build-task-workbook.ts';
import { generateLargeTaskList, generateLargeTaskWorkbook } from './large-workbook.ts';
import { parseTaskWorkbook } from './parse-task-workbook.ts';
import { columnLetter } from './sheet-layout.ts';
import { TASK_COLUMNS } from './task-workbook-columns.ts';
import { patchPackage, validRow, variedTasks, workbookFromRows } from './task-workbook-fixtures.ts';

const withoutRows = <T extends { row: number }>(tasks: T[]) => tasks.map(({ row: _row, ...task }) => task);
const firstError = async (bytes: Uint8Array, opts?: Parameters<typeof parseTaskWorkbook>[1]) => {
  const result = await parseTaskWorkbook(bytes, opts);
  if (result.ok) throw new Error('expected errors');
  return result.errors[0];
};

describe('round trip', () => {
  it('imports a built workbook back exactly unchanged', async () => {
    const tasks = variedTasks();
    const result = await parseTaskWorkbook(await buildTaskWorkbook({ tasks }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(withoutRows(result.tasks)).toEqual(tasks);
    expect(result.tasks.map((t) => t.row)).toEqual([2, 3, 4, 5]);
  });

  it('imports it unchanged with a title above the header, from a Uint8Array', async () => {
    const tasks = variedTasks();
    const buffer = await buildTaskWorkbook({ title: 'Danh sách chỉ tiêu, nhiệm vụ năm 2022', tasks });
    const result = await parseTaskWorkbook(new Uint8Array(buffer));
    expect(result.ok && withoutRows(result.tasks)).toEqual(tasks);
    expect(result.ok && result.tasks[0].row).toBe(4);
  });

  it('gives tasks that the contracts accept once unit codes are resolved', async () => {
    const result = await parseTaskWorkbook(await buildTaskWorkbook({ tasks: variedTasks() }));
    if (!result.ok) throw new Error('refused');
    for (const { row: _row, leadUnitCode, coordinatingUnitCodes, ...task } of result.tasks) {
      const id = '0b7c4f0e-2a8a-4c1e-9a57-6f1f8f0d3b11';
      const input = {
        ...task,
        leadUnitId: leadUnitCode ? id : null,
        coordinatingUnitIds: coordinatingUnitCodes.map(() => id),
        parentTaskId: null,
      };
      expect(taskInput.safeParse(input).success).toBe(true);
    }
  });

  it('reads 10,000 rows (the benchmark workbook) in one pass', async () => {
    const result = await parseTaskWorkbook(await generateLargeTaskWorkbook(10_000), { maxRows: 10_000 });
    expect(result.ok && result.tasks.length).toBe(10_000);
    expect(result.ok && withoutRows(result.tasks)).toEqual(generateLargeTaskList(10_000));
  });
});

describe('files that are not task workbooks', () => {
  it('refuses random bytes, a PDF and an .exe renamed .xlsx', async () => {
    expect(await firstError(randomBytes(4096))).toMatchObject({ code: 'not_a_workbook' });
    expect(await firstError(Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj <<>> endobj\n'))).toMatchObject({
      code: 'not_a_workbook',
      params: { detected: 'pdf' },
    });
    const exe = Buffer.concat([Buffer.from('MZ'), randomBytes(2048)]);
    expect(await firstError(exe)).toEqual({
      sheet: null,
      row: null,
      column: null,
      header: null,
      code: 'not_a_workbook',
      params: { detected: 'executable' },
    });
  });

  it('refuses an empty file', async () => {
    expect(await firstError(Buffer.alloc(0))).toMatchObject({ code: 'empty_file' });
  });

  it('refuses a 20 MB upload as too large without parsing it', async () => {
    const started = performance.now();
    const error = await firstError(Buffer.alloc(20 * 1024 * 1024, 0x50));
    expect(error).toMatchObject({
      code: 'too_large',
      params: { bytes: 20 * 1024 * 1024, max: 10 * 1024 * 1024 },
    });
    // Not a timing assertion on the parser: a parse of 20 MB would take seconds, a size check none.
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('honours a smaller maxBytes', async () => {
    const buffer = await buildTaskWorkbook({ tasks: variedTasks() });
    expect(await firstError(buffer, { maxBytes: 1000 })).toMatchObject({
      code: 'too_large',
      params: { max: 1000 },
    });
  });

  it('refuses a zip bomb posing as a workbook', async () => {
    // 10 MB of text packs into a few kilobytes.
    const bomb = await workbookFromRows(
      Array.from({ length: 100 }, (_, i) => validRow({ title: `${i} ${'A'.repeat(100_000)}` })),
    );
    expect(bomb.length).toBeLessThan(200_000);
    expect(await firstError(bomb, { maxUnpackedBytes: 5 * 1024 * 1024 })).toMatchObject({
      code: 'unpacked_too_large',
      params: { max: 5 * 1024 * 1024 },
    });
  });
});

describe('workbooks too big to load', () => {
  it('stops at the row cap of a sheet with a flood of (even blank) rows', async () => {
    const rows = Array.from(
      { length: 10_010 },
      (_, i) => `<row r="${i + 3}"><c r="A${i + 3}"><v>${i}</v></c></row>`,
    ).join('');
    const flood = patchPackage(await workbookFromRows([validRow()]), 'xl/worksheets/sheet1.xml', (xml) =>
      xml.replace('</sheetData>', `${rows}</sheetData>`),
    );
    expect(await firstError(flood, { maxRows: 1 })).toMatchObject({
      code: 'too_many_rows',
      params: { count: 10_001, atLeast: true, max: 1 },
    });
  });

  it('refuses a row with more than 1,000 cells', async () => {
    const cells = Array.from({ length: 1_001 }, (_, i) => `<c r="${columnLetter(i + 1)}3"><v>1</v></c>`).join(
      '',
    );
    const wide = patchPackage(await workbookFromRows([validRow()]), 'xl/worksheets/sheet1.xml', (xml) =>
      xml.replace('</sheetData>', `<row r="3">${cells}</row></sheetData>`),
    );
    expect(await firstError(wide)).toMatchObject({ code: 'too_many_columns', params: { max: 1_000 } });
  });
});

describe('finding the task sheet', () => {
  it('accepts a renamed sheet whose header matches', async () => {
    const buffer = await workbookFromRows([validRow()], { sheetName: 'Danh sách giao 2022' });
    const result = await parseTaskWorkbook(buffer);
    expect(result.ok && result.tasks[0]).toMatchObject({ title: 'Giảm tỷ lệ hộ nghèo đa chiều', row: 2 });
  });

  it('names the expected sheet and the sheets found when no sheet has the header', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Sheet1').addRow(['Họ tên', 'Chức vụ']);
    workbook.addWorksheet('Dữ liệu');
    const error = await firstError(Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(error).toEqual({
      sheet: null,
      row: null,
      column: null,
      header: null,
      code: 'sheet_not_found',
      params: { expected: 'Nhiệm vụ', found: ['Sheet1', 'Dữ liệu'] },
    });
  });

  it('says the header is missing when the "Nhiệm vụ" sheet has none', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Nhiệm vụ').addRow(['Ghi chú']);
    const error = await firstError(Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(error).toMatchObject({ sheet: 'Nhiệm vụ', code: 'header_not_found' });
  });

  it('finds the header below a title, in any column order, with English or unaccented headers', async () => {
    const columns = [
      { key: 'title', header: 'Title' },
      { key: 'deadline', header: 'thoi han hoan thanh' },
      { key: 'kind', header: 'LOẠI' },
      { key: 'weight', header: 'Trọng số' },
      { key: 'leadUnitCode', header: 'Đơn vị chủ trì' },
    ] as const;
    const buffer = await workbookFromRows(
      [validRow(), validRow({ kind: 'Nhiệm vụ', title: 'Bàn giao mặt bằng' })],
      {
        columns,
        above: [['DANH SÁCH NHIỆM VỤ'], ['(Kèm theo Quyết định số 12-QĐ/HU)']],
      },
    );
    const result = await parseTaskWorkbook(buffer);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.tasks.map((t) => [t.row, t.kind, t.title, t.metric])).toEqual([
      [4, 'target', 'Giảm tỷ lệ hộ nghèo đa chiều', null],
      [5, 'deliverable', 'Bàn giao mặt bằng', null],
    ]);
  });

  it('reads a two-level header: group cells above, column names below, merged vertically', async () => {
    const buffer = await workbookFromRows([validRow()], {
      above: [
        [
          'STT',
          'Loại',
          'Nội dung',
          'Trọng số',
          'Thời hạn',
          'Tính chất',
          'Đơn vị chủ trì',
          'Đơn vị phối hợp',
          'Thông tin chỉ tiêu',
        ],
      ],
      edit: (sheet) => {
        for (const col of 'ABCDEFGH') sheet.mergeCells(`${col}1:${col}2`);
        sheet.mergeCells('I1:N1');
      },
    });
    const result = await parseTaskWorkbook(buffer);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.tasks).toMatchObject([
      { row: 3, kind: 'target', weight: 10, metric: 'Tỷ lệ hộ nghèo', direction: 'at_most' },
    ]);
  });

  it('reports each missing required column by its header', async () => {
    const columns = TASK_COLUMNS.filter((c) => !['weight', 'leadUnitCode'].includes(c.key)).map((c) => ({
      key: c.key,
      header: c.vi,
    }));
    const result = await parseTaskWorkbook(await workbookFromRows([validRow()], { columns }));
    expect(result.ok ? [] : result.errors.map((e) => [e.code, e.header, e.sheet])).toEqual([
      ['missing_column', 'Trọng số (điểm)', 'Nhiệm vụ'],
      ['missing_column', 'Đơn vị chủ trì (mã đơn vị)', 'Nhiệm vụ'],
    ]);
  });

  it('refuses a column that appears twice', async () => {
    const columns = [
      ...TASK_COLUMNS.map((c) => ({ key: c.key, header: c.vi })),
      { key: 'weight' as const, header: 'Trọng số' },
    ];
    expect(await firstError(await workbookFromRows([validRow()], { columns }))).toMatchObject({
      code: 'duplicate_column',
      row: 1,
      column: 'R',
      params: { columns: ['D', 'R'] },
    });
  });
});

describe('rows', () => {
  it('skips blank rows (even numbered ones) and the totals row', async () => {
    const buffer = await workbookFromRows(
      [
        validRow(),
        { index: 2 },
        {},
        validRow({ index: 3, title: 'Thứ hai' }),
        { title: 'TỔNG CỘNG', weight: 20 },
      ],
      {},
    );
    const result = await parseTaskWorkbook(buffer);
    expect(result.ok && result.tasks.map((t) => [t.row, t.title])).toEqual([
      [2, 'Giảm tỷ lệ hộ nghèo đa chiều'],
      [5, 'Thứ hai'],
    ]);
  });

  it('refuses a sheet with no task rows, such as the empty template', async () => {
    expect(await firstError(await buildTaskTemplate())).toMatchObject({
      sheet: 'Nhiệm vụ',
      code: 'no_tasks',
    });
  });

  it('refuses more rows than maxRows, counting only task rows', async () => {
    const rows = Array.from({ length: 6 }, (_, i) => validRow({ index: i + 1 }));
    expect(await firstError(await workbookFromRows(rows), { maxRows: 5 })).toMatchObject({
      code: 'too_many_rows',
      params: { count: 6, max: 5 },
    });
    const result = await parseTaskWorkbook(await workbookFromRows(rows.slice(0, 5)), { maxRows: 5 });
    expect(result.ok).toBe(true);
  });
});
