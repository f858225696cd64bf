import { formatMessage, type Locale } from '../../../contracts/errors.ts';
import { TASK_COLUMNS } from './task-workbook-columns.ts';
import { columnLabel } from './task-workbook-headers.ts';
import type { CellIssueCode } from './workbook-cells.ts';

/** Every problem a task workbook can have, from the file as a whole down to one cell. */
export type WorkbookErrorCode =
  | 'empty_file'
  | 'too_large'
  | 'unpacked_too_large'
  | 'not_a_workbook'
  | 'workbook_too_complex'
  | 'too_many_columns'
  | 'sheet_not_found'
  | 'header_not_found'
  | 'missing_column'
  | 'duplicate_column'
  | 'too_many_rows'
  | 'no_tasks'
  | 'unknown_unit'
  | CellIssueCode;

/** One problem, located as precisely as possible (column as a letter, e.g. "D"); `params.field` names the task field. */
export type WorkbookError = {
  sheet: string | null;
  row: number | null;
  column: string | null;
  header: string | null;
  code: WorkbookErrorCode;
  params: Record<string, unknown>;
};

const M = (vi: string, en: string) => ({ vi, en });

/** Messages without location; {placeholders} come from params (lists already joined). */
const MESSAGES: Record<WorkbookErrorCode, { vi: string; en: string }> = {
  empty_file: M('Tệp rỗng, không có nội dung.', 'The file is empty.'),
  unknown_unit: M(
    'không tìm thấy đơn vị đang hoạt động có mã "{value}".',
    'no open unit has the code "{value}".',
  ),
  too_large: M(
    'Tệp có dung lượng {size}, vượt quá giới hạn {max}.',
    'The file is {size}, more than the limit of {max}.',
  ),
  unpacked_too_large: M(
    'Nội dung tệp khi giải nén vượt quá {max}; tệp có thể bị hỏng hoặc chứa dữ liệu bất thường.',
    'The file unpacks to more than {max}; it may be damaged or hold unusual data.',
  ),
  not_a_workbook: M(
    'Tệp không phải là bảng tính Excel (.xlsx){hint}.',
    'The file is not an Excel workbook (.xlsx){hint}.',
  ),
  workbook_too_complex: M(
    'Bảng tính có quá nhiều ô gộp ({merges} vùng, {cells} ô); hãy bỏ gộp ô rồi nhập lại.',
    'The workbook has too many merged cells ({merges} ranges, {cells} cells); unmerge them and import again.',
  ),
  too_many_columns: M(
    'Một dòng của bảng tính có hơn {max} ô; hãy xóa các cột thừa rồi nhập lại.',
    'A row of the workbook has more than {max} cells; delete the extra columns and import again.',
  ),
  sheet_not_found: M(
    'Không tìm thấy trang "{expected}" có dòng tiêu đề cột theo mẫu. Các trang trong tệp: {found}.',
    'No sheet "{expected}" with the template\'s header row was found. Sheets in the file: {found}.',
  ),
  header_not_found: M(
    'không tìm thấy dòng tiêu đề cột theo mẫu (cần có các cột: {expected}).',
    "the template's header row was not found (expected columns: {expected}).",
  ),
  missing_column: M('thiếu cột "{header}".', 'the column "{header}" is missing.'),
  duplicate_column: M(
    'cột "{header}" xuất hiện nhiều lần (các cột {columns}); chỉ giữ lại một cột.',
    'the column "{header}" appears more than once (columns {columns}); keep only one.',
  ),
  too_many_rows: M(
    'có {count} dòng chỉ tiêu, nhiệm vụ, vượt quá giới hạn {max} dòng cho một lần nhập.',
    'there are {count} task rows, more than the limit of {max} per import.',
  ),
  no_tasks: M('chưa có dòng chỉ tiêu, nhiệm vụ nào.', 'there are no task rows.'),
  required: M('không được để trống.', 'must not be blank.'),
  too_long: M('dài {length} ký tự, vượt quá {max} ký tự.', 'is {length} characters long, more than {max}.'),
  too_many_items: M('có {count} mục, vượt quá {max} mục.', 'has {count} items, more than {max}.'),
  invalid_kind: M(
    'giá trị "{value}" không hợp lệ; chọn "Chỉ tiêu" hoặc "Nhiệm vụ". Nếu đây là dòng tiêu đề nhóm, hãy xóa dòng này.',
    '"{value}" is not valid; choose "Chỉ tiêu" (target) or "Nhiệm vụ" (deliverable). If this is a group heading, delete the row.',
  ),
  not_a_number: M(
    '"{value}" không phải là số (ghi số theo dạng 1.234,5).',
    '"{value}" is not a number (write numbers as 1.234,5 or 1234.5).',
  ),
  negative_number: M('không được là số âm.', 'must not be negative.'),
  too_many_decimals: M(
    'phải là số có tối đa 2 chữ số thập phân.',
    'must be a number with at most 2 decimals.',
  ),
  above_maximum: M('không được lớn hơn {max}.', 'must be at most {max}.'),
  invalid_date: M(
    '"{value}" không phải là ngày hợp lệ; ghi theo dạng ngày/tháng/năm, ví dụ 30/06/2022.',
    '"{value}" is not a valid date; write it as day/month/year, e.g. 30/06/2022.',
  ),
  unknown_tag: M(
    'tính chất "{value}" không hợp lệ; dùng: {allowed}.',
    'the tag "{value}" is not valid; use: {allowed}.',
  ),
  invalid_direction: M(
    'giá trị "{value}" không hợp lệ; chọn: {allowed}.',
    '"{value}" is not valid; choose: {allowed}.',
  ),
  invalid_rollup: M(
    'giá trị "{value}" không hợp lệ; chọn: {allowed}.',
    '"{value}" is not valid; choose: {allowed}.',
  ),
  invalid_support_line: M(
    'dòng {line} ("{value}") không đúng dạng "Loại hỗ trợ: nội dung (dd/mm/yyyy)"; loại hỗ trợ là {allowed}.',
    'line {line} ("{value}") does not read "Kind: description (dd/mm/yyyy)"; the kind is one of {allowed}.',
  ),
  invalid_support_date: M(
    'dòng {line}: thời hạn "{value}" không phải là ngày hợp lệ (dd/mm/yyyy).',
    'line {line}: the due date "{value}" is not a valid date (dd/mm/yyyy).',
  ),
  empty_support_description: M(
    'dòng {line} ("{value}") thiếu nội dung hỗ trợ.',
    'line {line} ("{value}") has no description.',
  ),
  cell_error: M(
    'ô chứa lỗi {value}; hãy sửa công thức hoặc nhập giá trị.',
    'the cell holds the error {value}; fix the formula or type the value.',
  ),
};

const NOT_A_WORKBOOK_HINTS: Record<string, { vi: string; en: string }> = {
  ole: M(
    ': đây là tệp Excel 97–2003 (.xls) hoặc tệp có mật khẩu; hãy mở bằng Excel, bỏ mật khẩu (nếu có) và lưu lại dưới dạng .xlsx',
    ': it is an Excel 97–2003 file (.xls) or a password-protected file; open it in Excel, remove any password and save it as .xlsx',
  ),
  pdf: M(': đây là tệp PDF', ': it is a PDF file'),
  executable: M(': đây là tệp chương trình', ': it is a program file'),
  word: M(': đây là tệp Word', ': it is a Word document'),
  ods: M(
    ': đây là bảng tính OpenDocument (.ods); hãy lưu lại dưới dạng .xlsx',
    ': it is an OpenDocument spreadsheet (.ods); save it as .xlsx',
  ),
  text: M(
    ': đây là tệp văn bản (ví dụ CSV); hãy mở bằng Excel và lưu lại dưới dạng .xlsx',
    ': it is a text file (e.g. CSV); open it in Excel and save it as .xlsx',
  ),
  corrupt: M(': tệp bị hỏng, không đọc được', ': the file is damaged'),
};

/** Two decimals at most, so that a file just over the limit never reads "10 MB, more than 10 MB". */
function formatSize(bytes: number, locale: Locale): string {
  const mb = bytes / (1024 * 1024);
  return `${new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 2 }).format(mb)} MB`;
}

function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}

/** A clear sentence for one error: "Trang 'Nhiệm vụ', dòng 7, cột D (Trọng số): phải là số có tối đa 2 chữ số thập phân." */
export function describeWorkbookError(error: WorkbookError, locale: Locale): string {
  const p = error.params;
  const list = (value: unknown) =>
    Array.isArray(value)
      ? value.map((v) => (typeof v === 'string' ? `"${v}"` : String(v))).join(', ')
      : String(value);
  const params: Record<string, unknown> = {
    ...p,
    size: typeof p.bytes === 'number' ? formatSize(p.bytes, locale) : p.bytes,
    max: typeof p.max === 'number' && error.code.endsWith('too_large') ? formatSize(p.max, locale) : p.max,
    allowed: Array.isArray(p.allowed) ? list(p.allowed) : p.allowed,
    found: Array.isArray(p.found)
      ? p.found.length > 0
        ? list(p.found)
        : locale === 'vi'
          ? '(không có)'
          : '(none)'
      : p.found,
    expected: Array.isArray(p.expected) ? list(p.expected) : p.expected,
    columns: Array.isArray(p.columns) ? p.columns.join(', ') : p.columns,
    hint: error.code === 'not_a_workbook' ? (NOT_A_WORKBOOK_HINTS[String(p.detected)]?.[locale] ?? '') : '',
  };
  const known = TASK_COLUMNS.find((c) => c.key === p.field);
  if (error.code === 'missing_column' || error.code === 'duplicate_column')
    params.header = known?.[locale] ?? error.header;
  if (error.code === 'too_many_rows' && p.atLeast)
    params.count = `${locale === 'vi' ? 'hơn' : 'more than'} ${p.count}`;
  const message = formatMessage(MESSAGES[error.code][locale], params);
  const where: string[] = [];
  if (error.sheet !== null) where.push(locale === 'vi' ? `Trang '${error.sheet}'` : `Sheet '${error.sheet}'`);
  if (error.row !== null) where.push(locale === 'vi' ? `dòng ${error.row}` : `row ${error.row}`);
  if (error.column !== null) {
    const label = known ? columnLabel(known.key, locale) : error.header;
    where.push(`${locale === 'vi' ? 'cột' : 'column'} ${error.column}${label ? ` (${label})` : ''}`);
  }
  return where.length > 0 ? `${where.join(', ')}: ${message}` : capitalize(message);
}
