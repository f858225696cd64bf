import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cleanText,
  excelDateFromIso,
  formatDateVi,
  hasAtMostTwoDecimals,
  isoFromExcelDate,
  normalizeKey,
  parseDateText,
  parseLocaleNumber,
  withoutParentheses,
} from './workbook-text.ts';

describe('normalizeKey', () => {
  it('ignores case, diacritics, đ, punctuation and spacing', () => {
    expect(normalizeKey('  Chỉ  TIÊU. ')).toBe('chi tieu');
    expect(normalizeKey('Đột phá')).toBe('dot pha');
    expect(normalizeKey('at_least')).toBe('at least');
    expect(normalizeKey('Điểm nghẽn')).toBe(normalizeKey('diem nghen'));
  });

  it('treats decomposed Vietnamese (typed with combining marks) like composed text', () => {
    expect(normalizeKey('Nhiệm vụ'.normalize('NFD'))).toBe(normalizeKey('Nhiệm vụ'));
  });
});

describe('withoutParentheses and cleanText', () => {
  it('drops a parenthesised hint', () => {
    expect(withoutParentheses('Trọng số (điểm)')).toBe('Trọng số');
  });

  it('stores text composed, trimmed, with \\n line breaks', () => {
    expect(cleanText(' a\r\nb\rc ')).toBe('a\nb\nc');
    expect(cleanText('Nhiệm vụ'.normalize('NFD'))).toBe('Nhiệm vụ');
  });
});

describe('parseLocaleNumber', () => {
  it.each([
    ['1.234,5', 1234.5],
    ['12,5', 12.5],
    ['1.234', 1234],
    ['1.234.567', 1234567],
    ['1 234,5', 1234.5],
    ['1,234.5', 1234.5],
    ['1,234,567', 1234567],
    ['12.5', 12.5],
    ['0.125', 0.125],
    ['12,345', 12.345],
    ['-5', -5],
    ['−3,2', -3.2],
    ['+7', 7],
    ['95%', 95],
    ['0', 0],
  ])('reads %s as %s', (text, value) => {
    expect(parseLocaleNumber(text)).toBe(value);
  });

  it.each(['', 'abc', '1,2,3.4.5', '1.23.4', '12,5,0', '1e3', '--5', '5-', ',5', '1.2,3,4', '12 tỷ'])(
    'rejects %s',
    (text) => {
      expect(parseLocaleNumber(text)).toBeNull();
    },
  );

  it('reads back any number written the Vietnamese way', () => {
    const vi = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });
    fc.assert(
      fc.property(fc.integer({ min: -10_000_000_00, max: 10_000_000_00 }), (hundredths) => {
        const value = hundredths / 100;
        expect(parseLocaleNumber(vi.format(value))).toBe(value);
      }),
    );
  });
});

describe('parseDateText', () => {
  it.each([
    ['30/06/2022', '2022-06-30'],
    ['1/7/2025', '2025-07-01'],
    ['30-06-2022', '2022-06-30'],
    ['30.06.2022', '2022-06-30'],
    ['2022-06-30', '2022-06-30'],
    ['29/02/2024', '2024-02-29'],
    ['ngày 30 tháng 6 năm 2022', '2022-06-30'],
  ])('reads %s', (text, iso) => {
    expect(parseDateText(text)).toBe(iso);
  });

  it.each([
    '31/02/2022',
    '29/02/2023',
    '31/04/2022',
    '00/01/2022',
    '12/13/2022',
    '2022-6-30',
    '30/06/22',
    'mai',
  ])('rejects %s', (text) => {
    expect(parseDateText(text)).toBeNull();
  });
});

describe('dates between Excel and ISO', () => {
  it('round-trips a day through the UTC instant ExcelJS writes', () => {
    expect(isoFromExcelDate(excelDateFromIso('2022-06-30'))).toBe('2022-06-30');
    expect(formatDateVi('2022-06-30')).toBe('30/06/2022');
  });

  it('keeps the calendar day of a date cell that also has a time', () => {
    expect(isoFromExcelDate(new Date(Date.UTC(2022, 5, 30, 23, 59)))).toBe('2022-06-30');
    expect(isoFromExcelDate(new Date(Number.NaN))).toBeNull();
  });
});

describe('hasAtMostTwoDecimals', () => {
  it('accepts hundredths despite binary floating point, rejects thousandths', () => {
    expect(hasAtMostTwoDecimals(0.1 + 0.2)).toBe(true);
    expect(hasAtMostTwoDecimals(7.25)).toBe(true);
    expect(hasAtMostTwoDecimals(7.255)).toBe(false);
  });
});
