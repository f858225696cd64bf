import type { ErrorEntry } from './entry.ts';

/**
 * Error codes of the cycle interchange import and export (format mandate.cycle/1). The
 * three list errors carry every problem in `details.problems` ({path, code, message});
 * the codes below them are the messages of those problems.
 */
export const INTERCHANGE_ERRORS = {
  interchange_invalid: {
    status: 422,
    vi: 'Tệp dữ liệu kỳ đánh giá không hợp lệ ({count} lỗi); chưa ghi dữ liệu nào.',
    en: 'The cycle document is invalid ({count} problems); nothing was written.',
  },
  interchange_conflict: {
    status: 409,
    vi: 'Tệp dữ liệu kỳ đánh giá xung đột với dữ liệu đã có ({count} chỗ); chưa ghi dữ liệu nào.',
    en: 'The cycle document conflicts with stored data ({count} places); nothing was written.',
  },
  interchange_unsupported: {
    status: 422,
    vi: 'Cơ sở dữ liệu không lưu được {count} nội dung của tệp; chưa ghi dữ liệu nào.',
    en: 'The database cannot hold {count} parts of the document; nothing was written.',
  },
  interchange_export_invalid: {
    status: 422,
    vi: 'Không xuất được kỳ đánh giá: dữ liệu đã lưu có {count} điểm trái quy tắc của định dạng (đầu tiên: {first}).',
    en: 'The cycle cannot be exported: the stored data breaks the format in {count} places (first: {first}).',
  },
  interchange_id_exists: {
    status: 409,
    vi: 'Mã định danh {id} đã có trong cơ sở dữ liệu; nhập tệp không ghi đè dữ liệu đã có.',
    en: 'The id {id} is already in the database; an import never overwrites stored data.',
  },
  interchange_record_differs: {
    status: 409,
    vi: 'Bản ghi {id} đã có nhưng khác ở trường {field}: đã lưu "{existing}", trong tệp "{value}".',
    en: 'The record {id} exists but differs in {field}: stored "{existing}", in the document "{value}".',
  },
  interchange_code_taken: {
    status: 409,
    vi: 'Mã đơn vị "{code}" đã được dùng cho một đơn vị khác ({existingId}).',
    en: 'The unit code "{code}" is already used by another unit ({existingId}).',
  },
  interchange_term_overlaps: {
    status: 409,
    vi: 'Nhiệm kỳ này trùng thời gian với nhiệm kỳ đã lưu của chức vụ ({startOn} – {endOn}).',
    en: 'This term overlaps a stored term of the post ({startOn} – {endOn}).',
  },
  interchange_file_differs: {
    status: 409,
    vi: 'Tệp minh chứng {sha256} đã lưu với kích thước {existing} byte, khác với {value} byte trong tệp.',
    en: 'The evidence file {sha256} is stored with {existing} bytes, not {value} as in the document.',
  },
  interchange_member_units: {
    status: 422,
    vi: 'Cơ sở dữ liệu không lưu đơn vị công tác ngoài chức vụ của thành viên hội đồng; hãy ghi chức vụ và nhiệm kỳ của thành viên (posts, terms) thay cho unitIds.',
    en: "The database does not keep a council member's units beyond their posts; record the member's posts and terms instead of unitIds.",
  },
  interchange_number_too_large: {
    status: 422,
    vi: 'Số {value} vượt quá giới hạn lưu trữ ({max}).',
    en: 'The number {value} is above what can be stored ({max}).',
  },
  interchange_nul_character: {
    status: 422,
    vi: 'Văn bản chứa ký tự NUL, không lưu được.',
    en: 'The text contains a NUL character, which cannot be stored.',
  },
} as const satisfies Record<string, ErrorEntry>;
