import ExcelJS from 'exceljs';
import { type ColumnKey, TASK_COLUMNS, TASK_SHEET_NAME, type WorkbookTask } from './task-workbook-columns.ts';
import { readZip, writeStoredZip } from './zip-archive.ts';

/**
 * Test support: workbooks built in memory with ExcelJS (no binary fixtures are committed).
 * Not used by production code.
 */

/** A row by column key; absent keys are blank cells. */
export type FixtureRow = Partial<Record<ColumnKey, ExcelJS.CellValue>>;

/** A valid target row as a user would type it. */
export function validRow(overrides: FixtureRow = {}): FixtureRow {
  return {
    index: 1,
    kind: 'Chỉ tiêu',
    title: 'Giảm tỷ lệ hộ nghèo đa chiều',
    weight: 10,
    deadline: new Date(Date.UTC(2022, 11, 31)),
    tags: 'khó',
    leadUnitCode: 'VP-YL-NGUYETDUC',
    metric: 'Tỷ lệ hộ nghèo',
    unitOfMeasure: '%',
    baseline: 3.2,
    targetValue: 1.5,
    direction: 'Không vượt quá',
    ...overrides,
  };
}

type FixtureOptions = {
  sheetName?: string;
  /** Headers in sheet order (default: every column's Vietnamese header); rows follow the same keys. */
  columns?: readonly { key: ColumnKey; header: string }[];
  /** Rows above the header (a title, notes). */
  above?: ExcelJS.CellValue[][];
  /** Changes to the sheet after the rows are written (merges, formats, formulas...). */
  edit?: (sheet: ExcelJS.Worksheet, workbook: ExcelJS.Workbook) => void;
};

/** A workbook with one task sheet: header row, then `rows`. Data starts on row `above.length + 2`. */
export async function workbookFromRows(
  rows: readonly FixtureRow[],
  options: FixtureOptions = {},
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(options.sheetName ?? TASK_SHEET_NAME);
  const columns = options.columns ?? TASK_COLUMNS.map((c) => ({ key: c.key, header: c.vi }));
  for (const line of options.above ?? []) sheet.addRow(line);
  sheet.addRow(columns.map((c) => c.header));
  for (const row of rows) sheet.addRow(columns.map((c) => row[c.key] ?? null));
  options.edit?.(sheet, workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Rewrites one part of a package (e.g. a sheet's XML), to build files ExcelJS cannot write. */
export function patchPackage(bytes: Buffer, name: string, patch: (xml: string) => string): Buffer {
  const unpacked = readZip(bytes, 100 * 1024 * 1024);
  if (!unpacked.ok) throw new Error('not a zip');
  return writeStoredZip(
    unpacked.entries.map((e) =>
      e.name === name ? { name, data: Buffer.from(patch(e.data.toString('utf8'))) } : e,
    ),
  );
}

/** A varied set of tasks: Vietnamese text, formula-like strings, both directions, several supports. */
export function variedTasks(): WorkbookTask[] {
  const base = {
    tags: [],
    leadUnitCode: null,
    coordinatingUnitCodes: [],
    metric: null,
    unitOfMeasure: null,
    baseline: null,
    targetValue: null,
    direction: null,
    rollup: null,
    expectedProduct: null,
    acceptanceCriteria: null,
    supportCommitments: [],
  } satisfies Partial<WorkbookTask>;
  return [
    {
      ...base,
      kind: 'target',
      title: 'Giảm tỷ lệ hộ nghèo đa chiều xuống dưới 1,5%',
      weight: 7.25,
      deadline: '2022-12-31',
      tags: ['hard', 'bottleneck'],
      leadUnitCode: 'VP-YL-NGUYETDUC',
      coordinatingUnitCodes: ['UBND-YL', 'PHONG-LDTBXH-YL', '007'],
      metric: 'Tỷ lệ hộ nghèo',
      unitOfMeasure: '%',
      baseline: 3.2,
      targetValue: 1.5,
      direction: 'at_most',
      rollup: 'average',
      supportCommitments: [
        { kind: 'funds', description: 'Bố trí 2 tỷ đồng giải phóng mặt bằng', dueOn: '2022-06-30' },
        {
          kind: 'policy',
          description: 'Cơ chế hỗ trợ vay vốn:\nƯu tiên hộ cận nghèo\n  (theo danh sách)',
          dueOn: null,
        },
        { kind: 'resources', description: 'Theo Kế hoạch (01/03/2022)', dueOn: null },
      ],
    },
    {
      ...base,
      kind: 'deliverable',
      title: '=1+1',
      weight: 0,
      deadline: '2022-02-28',
      tags: ['new', 'hard', 'breakthrough', 'bottleneck', 'routine'],
      leadUnitCode: '=HYPERLINK("http://x")',
      expectedProduct: '-5% hộ nghèo',
      acceptanceCriteria: '+ Biên bản nghiệm thu\n@ chữ ký số\n\tcó đóng dấu',
      supportCommitments: [{ kind: 'mechanism', description: '=SUM(A1:A9)', dueOn: '2024-02-29' }],
    },
    {
      ...base,
      kind: 'target',
      title: 'Thu ngân sách trên địa bàn',
      weight: 62.75,
      deadline: '2023-01-15',
      leadUnitCode: 'UBND-YL',
      metric: 'Thu ngân sách',
      unitOfMeasure: 'tỷ đồng',
      baseline: -1234.5,
      targetValue: 0.000123,
      direction: 'at_least',
      rollup: 'sum',
    },
    {
      ...base,
      kind: 'deliverable',
      title: 'Nhiệm vụ dự thảo, chưa đủ thông tin',
      weight: null,
      deadline: null,
    },
  ];
}
