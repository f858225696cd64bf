import { describe, expect, it } from 'vitest';
import {
  formatDocumentNumber,
  formatLongDate,
  formatNumber,
  formatPlaceDate,
  formatPoints,
  formatShortDate,
  parseIsoDate,
  upperVi,
} from './vietnamese-format.ts';

describe('formatLongDate (Nghị định 30/2020, Phụ lục I, II.4)', () => {
  it.each([
    ['2022-01-05', 'ngày 05 tháng 01 năm 2022'],
    ['2022-02-09', 'ngày 09 tháng 02 năm 2022'],
    ['2022-02-28', 'ngày 28 tháng 02 năm 2022'],
    ['2022-03-15', 'ngày 15 tháng 3 năm 2022'],
    ['2022-03-01', 'ngày 01 tháng 3 năm 2022'],
    ['2022-09-09', 'ngày 09 tháng 9 năm 2022'],
    ['2022-10-10', 'ngày 10 tháng 10 năm 2022'],
    ['2022-12-31', 'ngày 31 tháng 12 năm 2022'],
  ])('writes %s as "%s"', (iso, expected) => {
    expect(formatLongDate(iso)).toBe(expected);
  });

  it('pads days 1-9 and months 1-2 with a 0 and nothing else, on every day of a leap year', () => {
    for (let t = Date.UTC(2024, 0, 1); t <= Date.UTC(2024, 11, 31); t += 86_400_000) {
      const iso = new Date(t).toISOString().slice(0, 10);
      const match = /^ngày (\d+) tháng (\d+) năm 2024$/.exec(formatLongDate(iso));
      expect(match, iso).not.toBeNull();
      const [day, month] = [match![1], match![2]];
      const d = new Date(t).getUTCDate();
      const m = new Date(t).getUTCMonth() + 1;
      expect(day).toBe(d < 10 ? `0${d}` : String(d));
      expect(month).toBe(m <= 2 ? `0${m}` : String(m));
    }
  });

  it('reads the calendar date written at the start of a timestamp, without a time-zone shift', () => {
    expect(formatLongDate('2022-03-15T23:30:00-07:00')).toBe('ngày 15 tháng 3 năm 2022');
  });

  it.each(['2022-02-30', '15/03/2022', '2022-3-5', ''])('refuses "%s"', (bad) => {
    expect(() => parseIsoDate(bad)).toThrow(RangeError);
  });

  it('builds the place and date line of the header', () => {
    expect(formatPlaceDate(' Yên Lạc ', '2022-03-15')).toBe('Yên Lạc, ngày 15 tháng 3 năm 2022');
  });
});

describe('formatShortDate', () => {
  it('writes dd/MM/yyyy with leading zeros', () => {
    expect(formatShortDate('2022-03-05')).toBe('05/03/2022');
    expect(formatShortDate('2022-12-31')).toBe('31/12/2022');
  });
});

describe('formatNumber', () => {
  it.each([
    [1234.5, {}, '1.234,5'],
    [1234567.891, {}, '1.234.567,89'],
    [0, {}, '0'],
    [-1234.5, {}, '-1.234,5'],
    [95, {}, '95'],
    [1.5, {}, '1,5'],
    [0.05, {}, '0,05'],
    [1.005, { maxDecimals: 2 }, '1,01'],
    [0.1 + 0.2, {}, '0,3'],
    [999.995, { maxDecimals: 2 }, '1.000'],
    [-0.001, { maxDecimals: 2 }, '0'],
    [2.5, { maxDecimals: 0 }, '3'],
    [85.4, { minDecimals: 2 }, '85,40'],
    [1e21, {}, '1.000.000.000.000.000.000.000'],
    [123456.0001, { maxDecimals: 4 }, '123.456,0001'],
  ])('formats %s with %o as "%s"', (value, format, expected) => {
    expect(formatNumber(value, format)).toBe(expected);
  });

  it('refuses a non-finite number', () => {
    expect(() => formatNumber(Number.NaN)).toThrow(RangeError);
  });

  it('shows points with exactly two decimals', () => {
    expect(formatPoints(3.5)).toBe('3,50');
    expect(formatPoints(70)).toBe('70,00');
    expect(formatPoints(2.75)).toBe('2,75');
    expect(formatPoints(1234.5)).toBe('1.234,50');
  });
});

describe('formatDocumentNumber', () => {
  it('writes the state number after "Số:" and the Party number after "Số", as given', () => {
    expect(formatDocumentNumber('state', '12/QĐ-UBND')).toBe('Số: 12/QĐ-UBND');
    expect(formatDocumentNumber('party', '12-QĐ/HU')).toBe('Số 12-QĐ/HU');
    expect(formatDocumentNumber('state', '5/QĐ-UBND')).toBe('Số: 5/QĐ-UBND');
  });

  it('does not double a prefix the number already carries', () => {
    expect(formatDocumentNumber('party', 'Số: 12-QĐ/HU')).toBe('Số 12-QĐ/HU');
    expect(formatDocumentNumber('state', 'số 05/QĐ-UBND')).toBe('Số: 05/QĐ-UBND');
  });

  it('writes NFC even when the number arrives decomposed', () => {
    const decomposed = '12-QĐ/HU'.normalize('NFD');
    expect(formatDocumentNumber('party', decomposed)).toBe('Số 12-QĐ/HU'.normalize('NFC'));
  });
});

describe('upperVi', () => {
  it('upper-cases Vietnamese letters with their marks', () => {
    expect(upperVi('đối với đồng chí Nguyễn Văn Minh, Bí thư Đảng ủy xã Nguyệt Đức')).toBe(
      'ĐỐI VỚI ĐỒNG CHÍ NGUYỄN VĂN MINH, BÍ THƯ ĐẢNG ỦY XÃ NGUYỆT ĐỨC',
    );
  });
});
