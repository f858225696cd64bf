import { describe, expect, it } from 'vitest';
import { describeWorkbookError, type WorkbookError } from './workbook-errors.ts';

const cell = (code: WorkbookError['code'], params: Record<string, unknown>, column = 'D'): WorkbookError => ({
  sheet: 'Nhiệm vụ',
  row: 7,
  column,
  header: 'Trọng số (điểm)',
  code,
  params,
});
const file = (code: WorkbookError['code'], params: Record<string, unknown> = {}): WorkbookError => ({
  sheet: null,
  row: null,
  column: null,
  header: null,
  code,
  params,
});

describe('describeWorkbookError', () => {
  it('names the sheet, row, column letter and short header, in Vietnamese and English', () => {
    const error = cell('too_many_decimals', { field: 'weight', value: 7.125, max: 2 });
    expect(describeWorkbookError(error, 'vi')).toBe(
      "Trang 'Nhiệm vụ', dòng 7, cột D (Trọng số): phải là số có tối đa 2 chữ số thập phân.",
    );
    expect(describeWorkbookError(error, 'en')).toBe(
      "Sheet 'Nhiệm vụ', row 7, column D (Weight): must be a number with at most 2 decimals.",
    );
  });

  it('lists the allowed values of a choice', () => {
    const error = cell(
      'invalid_direction',
      { field: 'direction', value: 'tăng', allowed: ['Không thấp hơn', 'Không vượt quá'] },
      'M',
    );
    expect(describeWorkbookError(error, 'vi')).toBe(
      'Trang \'Nhiệm vụ\', dòng 7, cột M (Chiều đánh giá): giá trị "tăng" không hợp lệ; chọn: "Không thấp hơn", "Không vượt quá".',
    );
  });

  it('explains support lines by their line in the cell', () => {
    const error = cell(
      'invalid_support_line',
      { field: 'supportCommitments', line: 2, value: 'Hỗ trợ xe', allowed: ['Kinh phí'] },
      'Q',
    );
    expect(describeWorkbookError(error, 'vi')).toContain(
      'cột Q (Cam kết hỗ trợ của cấp trên): dòng 2 ("Hỗ trợ xe")',
    );
  });

  it('describes file problems as whole sentences with sizes in MB', () => {
    expect(
      describeWorkbookError(file('too_large', { bytes: 20 * 1024 * 1024, max: 10 * 1024 * 1024 }), 'vi'),
    ).toBe('Tệp có dung lượng 20 MB, vượt quá giới hạn 10 MB.');
    expect(
      describeWorkbookError(file('too_large', { bytes: 10.5 * 1024 * 1024, max: 10 * 1024 * 1024 }), 'en'),
    ).toBe('The file is 10.5 MB, more than the limit of 10 MB.');
    expect(describeWorkbookError(file('empty_file'), 'vi')).toBe('Tệp rỗng, không có nội dung.');
  });

  it('tells what the file was when it is not a workbook', () => {
    expect(describeWorkbookError(file('not_a_workbook', { detected: 'pdf' }), 'vi')).toBe(
      'Tệp không phải là bảng tính Excel (.xlsx): đây là tệp PDF.',
    );
    expect(describeWorkbookError(file('not_a_workbook', { detected: 'unknown' }), 'en')).toBe(
      'The file is not an Excel workbook (.xlsx).',
    );
    expect(describeWorkbookError(file('not_a_workbook', { detected: 'ole' }), 'vi')).toContain('(.xls)');
  });

  it('names the expected sheet and the sheets found', () => {
    const error = file('sheet_not_found', { expected: 'Nhiệm vụ', found: ['Sheet1', 'Dữ liệu'] });
    expect(describeWorkbookError(error, 'vi')).toBe(
      'Không tìm thấy trang "Nhiệm vụ" có dòng tiêu đề cột theo mẫu. Các trang trong tệp: "Sheet1", "Dữ liệu".',
    );
  });

  it('names a missing column by its full header in the chosen language', () => {
    const error: WorkbookError = {
      ...file('missing_column', { field: 'weight' }),
      sheet: 'Nhiệm vụ',
      header: 'Trọng số (điểm)',
    };
    expect(describeWorkbookError(error, 'vi')).toBe('Trang \'Nhiệm vụ\': thiếu cột "Trọng số (điểm)".');
    expect(describeWorkbookError(error, 'en')).toBe(
      'Sheet \'Nhiệm vụ\': the column "Weight (points)" is missing.',
    );
  });

  it('says "more than" when the row count is only known to exceed a cap', () => {
    const error = file('too_many_rows', { count: 15000, atLeast: true, max: 5000 });
    expect(describeWorkbookError(error, 'vi')).toBe(
      'Có hơn 15000 dòng chỉ tiêu, nhiệm vụ, vượt quá giới hạn 5000 dòng cho một lần nhập.',
    );
  });
});
