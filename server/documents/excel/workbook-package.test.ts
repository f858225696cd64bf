import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { patchPackage, workbookFromRows } from './task-workbook-fixtures.ts';
import { countMergedCells, prepareWorkbookPackage, sniffFileType } from './workbook-package.ts';
import { readZip, writeStoredZip } from './zip-archive.ts';

const limits = { maxBytes: 10 * 1024 * 1024, maxUnpackedBytes: 60 * 1024 * 1024 };
const problem = (bytes: Uint8Array) => {
  const result = prepareWorkbookPackage(bytes, limits);
  return result.ok ? null : result.problem;
};

describe('sniffFileType', () => {
  it('tells files apart by their first bytes', () => {
    expect(sniffFileType(Buffer.from('PK\x03\x04rest', 'latin1'))).toBe('zip');
    expect(sniffFileType(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]))).toBe('ole');
    expect(sniffFileType(Buffer.from('%PDF-1.7\n'))).toBe('pdf');
    expect(sniffFileType(Buffer.from('MZ\x90\x00\x03', 'latin1'))).toBe('executable');
    expect(sniffFileType(Buffer.from('STT;Loại;Nội dung\n1;Chỉ tiêu;Giảm nghèo\n'))).toBe('text');
    expect(
      sniffFileType(Buffer.from([0x44, 0x61, 0x6e, 0x68, 0x20, 0x73, 0xb8, 0x63, 0x68, 0x0d, 0x0a])),
    ).toBe('text'); // TCVN3
    expect(sniffFileType(Buffer.from([0xff, 0xfe, 0x00, 0x41]))).toBe('unknown');
  });
});

describe('prepareWorkbookPackage', () => {
  it('refuses an empty file and a file over the limit before reading it', () => {
    expect(problem(Buffer.alloc(0))).toEqual({ code: 'empty_file', params: {} });
    expect(problem(Buffer.alloc(limits.maxBytes + 1))).toEqual({
      code: 'too_large',
      params: { bytes: limits.maxBytes + 1, max: limits.maxBytes },
    });
  });

  it('refuses other kinds of files, saying what they are', () => {
    expect(problem(Buffer.from('%PDF-1.7 fake pdf body'))).toMatchObject({ params: { detected: 'pdf' } });
    expect(problem(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 1, 2]))).toMatchObject({
      code: 'not_a_workbook',
      params: { detected: 'ole' },
    });
    const word = writeStoredZip([
      { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
      { name: 'word/document.xml', data: Buffer.from('<w:document/>') },
    ]);
    expect(problem(word)).toEqual({ code: 'not_a_workbook', params: { detected: 'word' } });
  });

  it('refuses a damaged workbook', async () => {
    const good = await workbookFromRows([]);
    const damaged = Buffer.from(good.subarray(0, good.length - 100));
    expect(problem(damaged)).toEqual({ code: 'not_a_workbook', params: { detected: 'corrupt' } });
  });

  it('refuses a package that unpacks beyond the budget', async () => {
    const good = await workbookFromRows([]);
    const result = prepareWorkbookPackage(good, { maxBytes: limits.maxBytes, maxUnpackedBytes: 1000 });
    expect(result).toEqual({ ok: false, problem: { code: 'unpacked_too_large', params: { max: 1000 } } });
  });

  it('drops named ranges, which ExcelJS would expand cell by cell', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('S').getCell('A1').value = 'x';
    workbook.definedNames.add('S!$A$1', 'placeholder');
    const huge = patchPackage(Buffer.from(await workbook.xlsx.writeBuffer()), 'xl/workbook.xml', (xml) =>
      xml.replace('S!$A$1', 'S!$A$1:$XFD$1048576'),
    );
    const prepared = prepareWorkbookPackage(huge, limits);
    if (!prepared.ok) throw new Error('refused');
    const unpacked = readZip(prepared.bytes, limits.maxUnpackedBytes);
    const xml = unpacked.ok
      ? unpacked.entries.find((e) => e.name === 'xl/workbook.xml')!.data.toString()
      : '';
    expect(xml).toContain('<sheets>');
    expect(xml).not.toContain('definedName');
  });

  it('refuses merged ranges too large to expand, and counts merges', async () => {
    expect(
      countMergedCells(
        '<sheetData/><mergeCells count="2"><mergeCell ref="A1:Q1"/><mergeCell ref="B5:B9"/></mergeCells>',
      ),
    ).toEqual({
      ranges: 2,
      cells: 22,
    });
    const merged = patchPackage(await workbookFromRows([]), 'xl/worksheets/sheet1.xml', (xml) =>
      xml.replace(
        '</sheetData>',
        '</sheetData><mergeCells count="1"><mergeCell ref="A2:XFD1048576"/></mergeCells>',
      ),
    );
    expect(problem(merged)).toMatchObject({ code: 'workbook_too_complex', params: { merges: 1 } });
  });

  it('passes a good workbook on as an equivalent package', async () => {
    const good = await workbookFromRows([{ title: 'x' }]);
    const prepared = prepareWorkbookPackage(good, limits);
    expect(prepared.ok).toBe(true);
  });
});
