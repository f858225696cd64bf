import { LIMITS } from '../../../contracts/common.ts';
import { TASK_LIMITS, type TaskInput } from '../../../contracts/tasks.ts';
import { DIRECTION_WORDS, KIND_WORDS, ROLLUP_WORDS, TAG_WORDS } from './task-workbook-vocabulary.ts';
import {
  type CellIssue,
  type RawCell,
  type Read,
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
import { excelDateFromIso } from './workbook-text.ts';

/** Name of the sheet that holds the tasks. */
export const TASK_SHEET_NAME = 'Nhiệm vụ';

/** Label of the totals row written under the tasks (skipped on import). */
export const TOTAL_ROW_LABEL = 'Tổng trọng số';

/** A task as a workbook row: units by code (the database resolves them), no parent task. */
export type WorkbookTask = Omit<TaskInput, 'leadUnitId' | 'coordinatingUnitIds' | 'parentTaskId'> & {
  leadUnitCode: string | null;
  coordinatingUnitCodes: string[];
};

/** What ExcelJS is given for one cell: always a plain value, never a formula object. */
export type WrittenCell = string | number | Date | null;

/** A column of the "Nhiệm vụ" sheet: `index` (STT) or the task field it holds. */
export type ColumnKey = 'index' | keyof WorkbookTask;

/** One column of the task sheet: its headers, layout, guidance, and how its cell is written and read. */
export type TaskColumn = {
  key: ColumnKey;
  /** Official Vietnamese header, written in the sheet. */
  vi: string;
  /** English header, also accepted on import. */
  en: string;
  /** Other headers accepted on import (compared without case, diacritics or parentheses). */
  aliases: readonly string[];
  width: number;
  /** The column must be present (its cells may still be blank unless the field is required). */
  required: boolean;
  /** Excel number format of the column: "@" (text) for text, so that what users type stays text. */
  numFmt: string;
  wrap?: boolean;
  /** Vietnamese values offered by a drop-down. */
  choices?: readonly string[];
  /** How to fill the column, for the "Hướng dẫn" sheet. */
  guide: string;
  example: string;
  write(task: WorkbookTask, index: number): WrittenCell;
  /** Reads the cell into `into`; returns the problems found (none on success). */
  read(cell: RawCell, into: Partial<WorkbookTask>): CellIssue[];
};

type FieldSpec<K extends keyof WorkbookTask> = Omit<TaskColumn, 'key' | 'write' | 'read'> & {
  write(value: WorkbookTask[K]): WrittenCell;
  read(cell: RawCell): Read<WorkbookTask[K]>;
};

function field<K extends keyof WorkbookTask>(key: K, spec: FieldSpec<K>): TaskColumn {
  return {
    ...spec,
    key,
    write: (task) => spec.write(task[key]),
    read: (cell, into) => {
      const result = spec.read(cell);
      if (!result.ok) return result.issues;
      into[key] = result.value;
      return [];
    },
  };
}

const text = (max: number) => ({
  write: (value: string | null) => value,
  read: (cell: RawCell) => readText(cell, max, false),
});
const number = { write: (value: number | null) => value, read: readNumber };
const joined = (values: readonly string[]) => (values.length > 0 ? values.join('; ') : null);

/** The columns of the "Nhiệm vụ" sheet, in order (A to Q). */
export const TASK_COLUMNS: readonly TaskColumn[] = [
  {
    key: 'index',
    vi: 'STT',
    en: 'No.',
    aliases: ['Số thứ tự', 'TT', 'No', '#'],
    width: 6,
    required: false,
    numFmt: 'General',
    guide: 'Số thứ tự; chỉ để theo dõi, không dùng khi nhập.',
    example: '1',
    write: (_task, index) => index + 1,
    read: () => [],
  },
  field('kind', {
    vi: 'Loại (Chỉ tiêu / Nhiệm vụ)',
    en: 'Kind (Target / Deliverable)',
    aliases: ['Loại', 'Phân loại'],
    width: 13,
    required: true,
    numFmt: '@',
    choices: KIND_WORDS.codes.map(KIND_WORDS.label),
    guide: 'Chọn "Chỉ tiêu" (đo bằng con số) hoặc "Nhiệm vụ" (đánh giá bằng sản phẩm). Bắt buộc.',
    example: 'Chỉ tiêu',
    write: (value) => KIND_WORDS.label(value),
    read: (cell) => readChoice(cell, KIND_WORDS, 'invalid_kind', true),
  }),
  field('title', {
    vi: 'Nội dung chỉ tiêu, nhiệm vụ',
    en: 'Title',
    aliases: ['Nội dung', 'Tên chỉ tiêu, nhiệm vụ', 'Nội dung nhiệm vụ', 'Nội dung chỉ tiêu', 'Task'],
    width: 50,
    required: true,
    numFmt: '@',
    wrap: true,
    guide: `Nêu rõ việc phải làm. Bắt buộc; tối đa ${TASK_LIMITS.title} ký tự.`,
    example: 'Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều',
    write: (value) => value,
    read: (cell) => readText(cell, TASK_LIMITS.title, true),
  }),
  field('weight', {
    vi: 'Trọng số (điểm)',
    en: 'Weight (points)',
    aliases: ['Trọng số', 'Điểm', 'Số điểm'],
    width: 11,
    required: true,
    numFmt: '0.00',
    guide: 'Số điểm của chỉ tiêu, nhiệm vụ: từ 0 đến 100, tối đa 2 chữ số thập phân (ví dụ 7,5).',
    example: '7,5',
    write: (value) => value,
    read: readWeight,
  }),
  field('deadline', {
    vi: 'Thời hạn hoàn thành',
    en: 'Deadline',
    aliases: ['Thời hạn', 'Thời gian hoàn thành', 'Hạn hoàn thành', 'Due date'],
    width: 14,
    required: true,
    numFmt: 'dd/mm/yyyy',
    guide: 'Ngày phải hoàn thành, ghi theo dạng ngày/tháng/năm (dd/mm/yyyy), ví dụ 30/06/2022.',
    example: '30/06/2022',
    write: (value) => (value ? excelDateFromIso(value) : null),
    read: readDate,
  }),
  field('tags', {
    vi: 'Tính chất (mới; khó; đột phá; điểm nghẽn; thường xuyên)',
    en: 'Tags (new; hard; breakthrough; bottleneck; routine)',
    aliases: ['Tính chất', 'Nhãn', 'Tính chất nhiệm vụ'],
    width: 22,
    required: false,
    numFmt: '@',
    wrap: true,
    guide: `Một hoặc nhiều giá trị, cách nhau bởi dấu chấm phẩy (;): ${TAG_WORDS.codes.map(TAG_WORDS.label).join('; ')}.`,
    example: 'mới; khó',
    write: (value) => joined(value.map(TAG_WORDS.label)),
    read: readTags,
  }),
  field('leadUnitCode', {
    vi: 'Đơn vị chủ trì (mã đơn vị)',
    en: 'Lead unit (code)',
    aliases: ['Đơn vị chủ trì', 'Chủ trì', 'Mã đơn vị chủ trì', 'Lead unit code'],
    width: 22,
    required: true,
    numFmt: '@',
    guide: 'Mã của đơn vị chủ trì thực hiện, theo danh mục đơn vị trên hệ thống.',
    example: 'VP-YL-NGUYETDUC',
    ...text(LIMITS.code),
  }),
  field('coordinatingUnitCodes', {
    vi: 'Đơn vị phối hợp (mã đơn vị, cách nhau bởi dấu ;)',
    en: 'Coordinating units (codes, separated by ;)',
    aliases: ['Đơn vị phối hợp', 'Phối hợp', 'Mã đơn vị phối hợp', 'Coordinating units'],
    width: 28,
    required: false,
    numFmt: '@',
    wrap: true,
    guide: `Mã các đơn vị phối hợp, cách nhau bởi dấu chấm phẩy (;); tối đa ${TASK_LIMITS.coordinating} đơn vị.`,
    example: 'UBND-YL; PHONG-TCKH-YL',
    write: joined,
    read: (cell) => readCodes(cell, TASK_LIMITS.coordinating, LIMITS.code),
  }),
  field('metric', {
    vi: 'Chỉ số',
    en: 'Metric',
    aliases: ['Tên chỉ số'],
    width: 28,
    required: false,
    numFmt: '@',
    wrap: true,
    guide: 'Đại lượng dùng để đo chỉ tiêu (chỉ ghi với loại "Chỉ tiêu").',
    example: 'Tỷ lệ hộ nghèo',
    ...text(TASK_LIMITS.title),
  }),
  field('unitOfMeasure', {
    vi: 'Đơn vị tính',
    en: 'Unit of measure',
    aliases: ['ĐVT', 'Unit'],
    width: 12,
    required: false,
    numFmt: '@',
    guide: 'Đơn vị đo của chỉ số, ví dụ %, km, tỷ đồng, hộ.',
    example: '%',
    ...text(100),
  }),
  field('baseline', {
    vi: 'Giá trị hiện trạng (gốc)',
    en: 'Baseline',
    aliases: ['Giá trị hiện tại', 'Giá trị gốc', 'Giá trị cơ sở', 'Hiện trạng'],
    width: 14,
    required: false,
    numFmt: 'General',
    guide: 'Giá trị của chỉ số tại thời điểm giao (số; dùng dấu phẩy cho phần thập phân, ví dụ 1.234,5).',
    example: '3,2',
    ...number,
  }),
  field('targetValue', {
    vi: 'Giá trị mục tiêu',
    en: 'Target value',
    aliases: ['Mục tiêu', 'Chỉ tiêu kế hoạch'],
    width: 14,
    required: false,
    numFmt: 'General',
    guide: 'Giá trị phải đạt được khi hoàn thành (số).',
    example: '1,5',
    ...number,
  }),
  field('direction', {
    vi: 'Chiều đánh giá (Không thấp hơn / Không vượt quá)',
    en: 'Direction (At least / At most)',
    aliases: ['Chiều đánh giá', 'Chiều'],
    width: 17,
    required: false,
    numFmt: '@',
    choices: DIRECTION_WORDS.codes.map(DIRECTION_WORDS.label),
    guide:
      '"Không thấp hơn": kết quả phải bằng hoặc cao hơn mục tiêu; "Không vượt quá": kết quả phải bằng hoặc thấp hơn mục tiêu (ví dụ tỷ lệ hộ nghèo).',
    example: 'Không vượt quá',
    write: (value) => (value ? DIRECTION_WORDS.label(value) : null),
    read: (cell) => readChoice(cell, DIRECTION_WORDS, 'invalid_direction', false),
  }),
  field('rollup', {
    vi: 'Tổng hợp từ cấp dưới (Tổng / Trung bình / Nhỏ nhất)',
    en: 'Roll-up from lower levels (Sum / Average / Minimum)',
    aliases: ['Cộng dồn từ cấp dưới', 'Tổng hợp từ cấp dưới', 'Cách tổng hợp', 'Cộng dồn', 'Rollup'],
    width: 17,
    required: false,
    numFmt: '@',
    choices: ROLLUP_WORDS.codes.map(ROLLUP_WORDS.label),
    guide:
      'Khi chỉ tiêu được chia cho cấp dưới: cách tổng hợp kết quả của cấp dưới (Tổng, Trung bình hoặc Nhỏ nhất).',
    example: 'Tổng',
    write: (value) => (value ? ROLLUP_WORDS.label(value) : null),
    read: (cell) => readChoice(cell, ROLLUP_WORDS, 'invalid_rollup', false),
  }),
  field('expectedProduct', {
    vi: 'Sản phẩm cụ thể',
    en: 'Expected product',
    aliases: ['Sản phẩm', 'Sản phẩm dự kiến', 'Sản phẩm đầu ra', 'Product'],
    width: 36,
    required: false,
    numFmt: '@',
    wrap: true,
    guide:
      'Sản phẩm chứng minh việc hoàn thành (chủ yếu với loại "Nhiệm vụ"), ví dụ: mặt bằng được bàn giao, có biên bản.',
    example: 'Mặt bằng sạch được bàn giao cho chủ đầu tư, có biên bản',
    ...text(TASK_LIMITS.text),
  }),
  field('acceptanceCriteria', {
    vi: 'Tiêu chí nghiệm thu',
    en: 'Acceptance criteria',
    aliases: ['Tiêu chí đánh giá', 'Yêu cầu nghiệm thu'],
    width: 36,
    required: false,
    numFmt: '@',
    wrap: true,
    guide: 'Căn cứ để cơ quan thẩm định xác nhận sản phẩm đạt yêu cầu.',
    example: '100% diện tích được bàn giao trước thời hạn',
    ...text(TASK_LIMITS.text),
  }),
  field('supportCommitments', {
    vi: 'Cam kết hỗ trợ của cấp trên',
    en: 'Support commitments',
    aliases: [
      'Hỗ trợ cam kết của cấp trên',
      'Cấp trên cam kết hỗ trợ',
      'Cam kết hỗ trợ',
      'Hỗ trợ',
      'Support',
    ],
    width: 48,
    required: false,
    numFmt: '@',
    wrap: true,
    guide:
      'Mỗi dòng một nội dung, dạng "Loại hỗ trợ: nội dung (dd/mm/yyyy)"; loại hỗ trợ là Nguồn lực, Cơ chế, Chính sách hoặc Kinh phí; thời hạn trong ngoặc đơn có thể bỏ trống. Xuống dòng trong ô: Alt+Enter.',
    example: 'Kinh phí: Bố trí 2 tỷ đồng giải phóng mặt bằng (30/06/2022)',
    write: writeSupportCommitments,
    read: readSupportCommitments,
  }),
];

/** An empty task: what a missing optional column contributes. */
export function emptyWorkbookTask(): Omit<WorkbookTask, 'kind' | 'title'> {
  return {
    weight: null,
    deadline: null,
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
  };
}
