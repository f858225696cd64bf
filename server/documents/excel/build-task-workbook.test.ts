import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildTaskTemplate, buildTaskWorkbook } from './build-task-workbook.ts';
import { TASK_COLUMNS } from './task-workbook-columns.ts';
import { variedTasks } from './task-workbook-fixtures.ts';
import { GUIDE_SHEET_NAME } from './task-workbook-guide.ts';
import { readZip } from './zip-archive.ts';

async function open(buffer: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return workbook;
}

type Validations = { model: Record<string, ExcelJS.DataValidation | undefined> };
const validationsOf = (sheet: ExcelJS.Worksheet) =>
  (sheet as unknown as { dataValidations: Validations }).dataValidations.model;

const FORMULA_LIKE = /^[=+\-@\t\r]/;

describe('buildTaskWorkbook', () => {
  it('writes the "Nhiệm vụ" sheet with a bold, frozen header row and the column widths, then "Hướng dẫn"', async () => {
    const workbook = await open(await buildTaskWorkbook({ tasks: variedTasks() }));
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Nhiệm vụ', GUIDE_SHEET_NAME]);
    const sheet = workbook.worksheets[0];
    const header = sheet.getRow(1);
    TASK_COLUMNS.forEach((column, i) => {
      expect(header.getCell(i + 1).value).toBe(column.vi);
      expect(header.getCell(i + 1).font?.bold).toBe(true);
      expect(sheet.getColumn(i + 1).width).toBe(column.width);
    });
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });

  it('puts the title above the header when one is given', async () => {
    const sheet = (
      await open(await buildTaskWorkbook({ title: 'Danh sách nhiệm vụ năm 2022', tasks: variedTasks() }))
    ).worksheets[0];
    expect(sheet.getCell('A1').value).toBe('Danh sách nhiệm vụ năm 2022');
    expect(sheet.getCell('B3').value).toBe('Loại (Chỉ tiêu / Nhiệm vụ)');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
  });

  it('writes deadlines as real dates shown dd/mm/yyyy and weights as numbers shown 0.00', async () => {
    const sheet = (await open(await buildTaskWorkbook({ tasks: variedTasks() }))).worksheets[0];
    const deadline = sheet.getCell('E2');
    expect(deadline.type).toBe(ExcelJS.ValueType.Date);
    expect(deadline.value).toEqual(new Date(Date.UTC(2022, 11, 31)));
    expect(deadline.numFmt).toBe('dd/mm/yyyy');
    const weight = sheet.getCell('D2');
    expect(weight.type).toBe(ExcelJS.ValueType.Number);
    expect(weight.value).toBe(7.25);
    expect(weight.numFmt).toBe('0.00');
    expect(sheet.getCell('E5').value).toBeNull();
  });

  it('adds a "Tổng trọng số" row summing the weights exactly', async () => {
    const sheet = (await open(await buildTaskWorkbook({ tasks: variedTasks() }))).worksheets[0];
    expect(sheet.getCell('C6').value).toBe('Tổng trọng số');
    expect(sheet.getCell('D6').value).toEqual({ formula: 'SUM(D2:D5)', result: 70 });
  });

  it('offers drop-downs for Loại, Chiều đánh giá and Tổng hợp, and bounds the weight', async () => {
    const sheet = (await open(await buildTaskWorkbook({ tasks: variedTasks() }))).worksheets[0];
    const model = validationsOf(sheet);
    expect(model.B2).toMatchObject({ type: 'list', formulae: ['"Chỉ tiêu,Nhiệm vụ"'] });
    expect(model.M5).toMatchObject({ type: 'list', formulae: ['"Không thấp hơn,Không vượt quá"'] });
    expect(model.N3).toMatchObject({ type: 'list', formulae: ['"Tổng,Trung bình,Nhỏ nhất"'] });
    expect(model.D4).toMatchObject({ type: 'decimal', operator: 'between', formulae: [0, 100] });
  });

  it('never writes user text as a formula: "=1+1" and "-5% hộ nghèo" are string cells and read back unchanged', async () => {
    const tasks = variedTasks();
    const buffer = await buildTaskWorkbook({ tasks });
    const sheet = (await open(buffer)).worksheets[0];
    const checked: string[] = [];
    tasks.forEach((task, t) => {
      TASK_COLUMNS.forEach((column, i) => {
        const written = column.write(task, t);
        if (typeof written !== 'string' || !FORMULA_LIKE.test(written)) return;
        const cell = sheet.getCell(t + 2, i + 1);
        expect(cell.type).toBe(ExcelJS.ValueType.String);
        expect(cell.formula).toBeUndefined();
        expect(cell.value).toBe(written);
        checked.push(written);
      });
    });
    expect(checked).toEqual(expect.arrayContaining(['=1+1', '-5% hộ nghèo', '=HYPERLINK("http://x")']));

    // In the file itself, the only <f> element is the totals row's SUM.
    const unpacked = readZip(buffer, 10 * 1024 * 1024);
    const xml = unpacked.ok
      ? unpacked.entries.find((e) => e.name === 'xl/worksheets/sheet1.xml')!.data.toString()
      : '';
    expect(xml.match(/<f>[^<]*<\/f>/g)).toEqual(['<f>SUM(D2:D5)</f>']);
  });

  it('formats the columns users fill later: text columns as text, so a typed "=..." stays text', async () => {
    const sheet = (await open(await buildTaskTemplate())).worksheets[0];
    expect(sheet.getColumn(3).numFmt).toBe('@');
    expect(sheet.getColumn(4).numFmt).toBe('0.00');
    expect(sheet.getColumn(5).numFmt).toBe('dd/mm/yyyy');
  });
});

describe('buildTaskTemplate', () => {
  it('is the header row with drop-downs on the first 500 rows, no totals row, and the guide', async () => {
    const workbook = await open(await buildTaskTemplate());
    const sheet = workbook.worksheets[0];
    expect(sheet.name).toBe('Nhiệm vụ');
    expect(sheet.actualRowCount).toBe(1);
    const model = validationsOf(sheet);
    expect(model.B501).toMatchObject({ type: 'list' });
    expect(model.B502).toBeUndefined();

    const guide = workbook.getWorksheet(GUIDE_SHEET_NAME)!;
    const guideText: string[] = [];
    guide.eachRow((row) => row.eachCell((cell) => guideText.push(String(cell.value))));
    for (const column of TASK_COLUMNS) {
      expect(guideText).toContain(column.vi);
      expect(guideText).toContain(column.guide);
    }
    expect(guideText.join('\n')).toContain('Tổng trọng số');
  });
});
