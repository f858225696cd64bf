import { describe, expect, it } from 'vitest';
import { isValidDocumentNumber, normalizeDocumentNumber } from './document-number.ts';

describe('isValidDocumentNumber', () => {
  it.each([
    ['a district Party committee decision', '12-QĐ/HU'],
    ['a provincial Party committee regulation', '371-QĐ/TU'],
    ['a Politburo regulation', '366-QĐ/TW'],
    ['a conclusion', '198-KL/TW'],
    ['a guidance with a long issuer', '36-HD/VPTW'],
    ['a Party number with a compound issuer', '05-NQ/ĐU-UBND'],
    ['a government decree with a year', '335/2025/NĐ-CP'],
    ['a people\u2019s committee decision', '12/QĐ-UBND'],
    ['a prime minister decision with mixed case', '1234/QĐ-TTg'],
    ['an issuer with a digit after letters', '45/QĐ-QK7'],
    ['an issuer typed with an Icelandic eth instead of Đ', '12-QÐ/HU'],
    ['decomposed (NFD) Vietnamese letters', '12-Q\u0110/H\u00dbU'.normalize('NFD')],
  ])('accepts %s (%s)', (_name, value) => {
    expect(isValidDocumentNumber(value)).toBe(true);
  });

  it.each([
    ['an empty string', ''],
    ['letters only', 'QĐ/HU'],
    ['a number only', '12'],
    ['a Party form without the slash', '12-QĐ-HU'],
    ['a missing issuer', '12-QĐ/'],
    ['a missing kind', '12-/HU'],
    ['inner spaces', '12 - QĐ/HU'],
    ['the "Số" prefix left in', 'Số 12-QĐ/HU'],
    ['a year that is not four digits', '335/25/NĐ-CP'],
    ['an issuer starting with a digit', '12-QĐ/7K'],
    ['a non-string', 12],
  ])('refuses %s (%s)', (_name, value) => {
    expect(isValidDocumentNumber(value)).toBe(false);
  });
});

describe('normalizeDocumentNumber', () => {
  it.each([
    ['strips the "Số:" prefix and spaces around separators', 'Số: 12 - QĐ / HU', '12-QĐ/HU'],
    ['strips a lower-case "số" prefix', 'số 371-QĐ/TU', '371-QĐ/TU'],
    ['trims surrounding spaces', '  12/QĐ-UBND ', '12/QĐ-UBND'],
    ['recomposes NFD input', '12-QĐ/HU'.normalize('NFD'), '12-QĐ/HU'],
  ])('%s', (_name, input, expected) => {
    const normalized = normalizeDocumentNumber(input);
    expect(normalized).toBe(expected);
    expect(isValidDocumentNumber(normalized)).toBe(true);
  });
});
