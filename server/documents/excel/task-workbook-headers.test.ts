import { describe, expect, it } from 'vitest';
import { TASK_COLUMNS } from './task-workbook-columns.ts';
import { columnLabel, matchHeader } from './task-workbook-headers.ts';
import {
  DIRECTION_WORDS,
  KIND_WORDS,
  ROLLUP_WORDS,
  SUPPORT_KIND_WORDS,
  TAG_WORDS,
} from './task-workbook-vocabulary.ts';

describe('the column table', () => {
  it('has the 17 columns A–Q, each with Vietnamese and English headers and guidance', () => {
    expect(TASK_COLUMNS.map((c) => c.key)).toEqual([
      'index',
      'kind',
      'title',
      'weight',
      'deadline',
      'tags',
      'leadUnitCode',
      'coordinatingUnitCodes',
      'metric',
      'unitOfMeasure',
      'baseline',
      'targetValue',
      'direction',
      'rollup',
      'expectedProduct',
      'acceptanceCriteria',
      'supportCommitments',
    ]);
    for (const column of TASK_COLUMNS) {
      expect(column.vi && column.en && column.guide && column.example && column.width > 0).toBeTruthy();
    }
  });

  it('marks as required the columns of "rõ người, rõ việc, rõ thời gian"', () => {
    expect(TASK_COLUMNS.filter((c) => c.required).map((c) => c.key)).toEqual([
      'kind',
      'title',
      'weight',
      'deadline',
      'leadUnitCode',
    ]);
  });
});

describe('matchHeader', () => {
  it('recognizes every column by its Vietnamese and English header', () => {
    for (const column of TASK_COLUMNS) {
      expect(matchHeader(column.vi)).toBe(column.key);
      expect(matchHeader(column.en)).toBe(column.key);
    }
  });

  it('tolerates case, spacing, missing diacritics, line breaks and a changed hint', () => {
    expect(matchHeader('TRỌNG SỐ')).toBe('weight');
    expect(matchHeader('trong so (diem)')).toBe('weight');
    expect(matchHeader('Thời hạn\nhoàn thành')).toBe('deadline');
    expect(matchHeader('Loại (Chỉ tiêu/Nhiệm vụ)')).toBe('kind');
    expect(matchHeader('Nhãn (mới; khó; đột phá; điểm nghẽn; thường xuyên)')).toBe('tags');
    expect(matchHeader('Hỗ trợ cam kết của cấp trên')).toBe('supportCommitments');
    expect(matchHeader('Cộng dồn từ cấp dưới (Tổng / Trung bình / Nhỏ nhất)')).toBe('rollup');
    expect(matchHeader('Giá trị hiện tại (gốc)')).toBe('baseline');
    expect(matchHeader('ĐVT')).toBe('unitOfMeasure');
  });

  it('does not confuse "Đơn vị tính" with the unit columns, nor guess unknown headers', () => {
    expect(matchHeader('Đơn vị tính')).toBe('unitOfMeasure');
    expect(matchHeader('Đơn vị chủ trì')).toBe('leadUnitCode');
    expect(matchHeader('Ghi chú')).toBeNull();
  });

  it('gives short labels for messages', () => {
    expect(columnLabel('weight', 'vi')).toBe('Trọng số');
    expect(columnLabel('weight', 'en')).toBe('Weight');
  });
});

describe('vocabularies', () => {
  it('write the official Vietnamese words', () => {
    expect(KIND_WORDS.codes.map(KIND_WORDS.label)).toEqual(['Chỉ tiêu', 'Nhiệm vụ']);
    expect(TAG_WORDS.codes.map(TAG_WORDS.label)).toEqual([
      'mới',
      'khó',
      'đột phá',
      'điểm nghẽn',
      'thường xuyên',
    ]);
    expect(DIRECTION_WORDS.codes.map(DIRECTION_WORDS.label)).toEqual(['Không thấp hơn', 'Không vượt quá']);
    expect(ROLLUP_WORDS.codes.map(ROLLUP_WORDS.label)).toEqual(['Tổng', 'Trung bình', 'Nhỏ nhất']);
    expect(SUPPORT_KIND_WORDS.codes.map(SUPPORT_KIND_WORDS.label)).toEqual([
      'Nguồn lực',
      'Cơ chế',
      'Chính sách',
      'Kinh phí',
    ]);
  });

  it('read Vietnamese in any case or without diacritics, English words and codes', () => {
    expect(KIND_WORDS.lookup('CHỈ TIÊU')).toBe('target');
    expect(KIND_WORDS.lookup('nhiem vu')).toBe('deliverable');
    expect(KIND_WORDS.lookup('Deliverable')).toBe('deliverable');
    expect(TAG_WORDS.lookup('Điểm Nghẽn')).toBe('bottleneck');
    expect(TAG_WORDS.lookup('breakthrough')).toBe('breakthrough');
    expect(DIRECTION_WORDS.lookup('≤')).toBe('at_most');
    expect(DIRECTION_WORDS.lookup('AT_LEAST')).toBe('at_least');
    expect(ROLLUP_WORDS.lookup('trung binh')).toBe('average');
    expect(SUPPORT_KIND_WORDS.lookup('kinh phi')).toBe('funds');
    expect(SUPPORT_KIND_WORDS.lookup('policy')).toBe('policy');
    expect(KIND_WORDS.lookup('Chỉ tiêu phụ')).toBeNull();
  });
});
