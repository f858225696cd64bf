import type ExcelJS from 'exceljs';
import { BORDER, columnLetter, estimateRowHeight, HEADER_FILL } from './sheet-layout.ts';
import { type ColumnKey, TASK_COLUMNS, TASK_SHEET_NAME, TOTAL_ROW_LABEL } from './task-workbook-columns.ts';

/** Name of the sheet that explains each column. */
export const GUIDE_SHEET_NAME = 'Hướng dẫn';

const GENERAL_NOTES = [
  `Mỗi dòng trên trang "${TASK_SHEET_NAME}" là một chỉ tiêu hoặc một nhiệm vụ. Không sửa, không xóa dòng tiêu đề cột; có thể bỏ các cột không bắt buộc.`,
  'Loại "Chỉ tiêu": ghi Chỉ số, Đơn vị tính, Giá trị hiện trạng, Giá trị mục tiêu và Chiều đánh giá. Loại "Nhiệm vụ": ghi Sản phẩm cụ thể và Tiêu chí nghiệm thu.',
  'Bảo đảm "rõ người, rõ việc, rõ thời gian, rõ sản phẩm": mỗi dòng cần có đơn vị chủ trì, nội dung, thời hạn và sản phẩm (hoặc giá trị mục tiêu).',
  'Số: dùng dấu phẩy (,) cho phần thập phân và dấu chấm (.) ngăn cách hàng nghìn, ví dụ 1.234,5. Ngày: ngày/tháng/năm, ví dụ 30/06/2022.',
  'Đơn vị chủ trì, đơn vị phối hợp ghi bằng mã đơn vị theo danh mục trên hệ thống.',
  `Dòng "${TOTAL_ROW_LABEL}" cuối bảng và các dòng trống được bỏ qua khi nhập.`,
  'Khi nhập, hệ thống kiểm tra tất cả các dòng và liệt kê mọi lỗi (trang, dòng, cột); còn lỗi thì chưa dòng nào được nhập.',
];

/** Whether a value is needed, as the guide says it (a draft may leave weight, deadline and lead unit blank). */
const NEED: Partial<Record<ColumnKey, string>> = {
  kind: 'Bắt buộc',
  title: 'Bắt buộc',
  weight: 'Cần có khi ban hành',
  deadline: 'Cần có khi ban hành',
  leadUnitCode: 'Cần có khi ban hành',
};

/** Adds the "Hướng dẫn" sheet: general rules, then one row per column of the task sheet. */
export function addGuideSheet(workbook: ExcelJS.Workbook): void {
  const sheet = workbook.addWorksheet(GUIDE_SHEET_NAME, {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const widths = [7, 34, 20, 70, 40];
  sheet.columns = widths.map((width) => ({ width }));
  sheet.mergeCells('A1:E1');
  const title = sheet.getCell('A1');
  title.value = 'HƯỚNG DẪN LẬP DANH SÁCH CHỈ TIÊU, NHIỆM VỤ';
  title.font = { bold: true, size: 14 };
  title.alignment = { horizontal: 'center' };

  let row = 3;
  sheet.getCell(row, 1).value = 'Quy định chung';
  sheet.getCell(row, 1).font = { bold: true };
  for (const [i, note] of GENERAL_NOTES.entries()) {
    row++;
    sheet.mergeCells(row, 2, row, 5);
    sheet.getCell(row, 1).value = i + 1;
    sheet.getCell(row, 1).alignment = { horizontal: 'center', vertical: 'top' };
    sheet.getCell(row, 2).value = note;
    sheet.getCell(row, 2).alignment = { wrapText: true, vertical: 'top' };
    sheet.getRow(row).height = estimateRowHeight(
      [null, note],
      [widths[0], widths.slice(1).reduce((a, b) => a + b)],
    );
  }

  row += 2;
  const header = sheet.getRow(row);
  header.values = ['Cột', 'Tiêu đề cột', 'Yêu cầu', 'Cách ghi', 'Ví dụ'];
  header.eachCell((cell) => {
    cell.font = { bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.fill = HEADER_FILL;
    cell.border = BORDER;
  });
  for (const [i, column] of TASK_COLUMNS.entries()) {
    row++;
    const line = sheet.getRow(row);
    const values = [
      columnLetter(i + 1),
      column.vi,
      NEED[column.key] ?? 'Không bắt buộc',
      column.guide,
      column.example,
    ];
    line.values = values;
    line.height = estimateRowHeight(values, widths);
    line.eachCell((cell) => {
      cell.alignment = { wrapText: true, vertical: 'top' };
      cell.border = BORDER;
    });
    line.getCell(1).alignment = { horizontal: 'center', vertical: 'top' };
  }
}
