import { describe, expect, it } from 'vitest';
import {
  compoundFile,
  sampleDocx,
  sampleExe,
  sampleGif,
  sampleJpeg,
  samplePdf,
  samplePng,
  sampleWebp,
  sampleXlsx,
  storedZip,
} from './sample-files.ts';
import {
  checkFileType,
  compoundFileEntryNames,
  sniffEvidenceType,
  zipEntryNames,
} from './sniff-content-type.ts';

describe('recognising evidence files by their content', () => {
  it('recognises PDF, PNG, JPEG, GIF and WebP from their first bytes', () => {
    expect(sniffEvidenceType(samplePdf())).toBe('pdf');
    expect(sniffEvidenceType(samplePng())).toBe('png');
    expect(sniffEvidenceType(sampleJpeg())).toBe('jpeg');
    expect(sniffEvidenceType(sampleGif())).toBe('gif');
    expect(sniffEvidenceType(sampleWebp())).toBe('webp');
  });

  it('tells a real .docx from a real .xlsx by the parts listed in the zip', async () => {
    const docx = await sampleDocx();
    const xlsx = await sampleXlsx();
    expect(zipEntryNames(docx)).toContain('word/document.xml');
    expect(sniffEvidenceType(docx)).toBe('docx');
    expect(sniffEvidenceType(xlsx)).toBe('xlsx');
  });

  it('refuses a zip of anything else, and a macro-enabled document renamed .docx', () => {
    expect(sniffEvidenceType(storedZip({ 'payload.exe': 'MZ', 'readme.txt': 'hi' }))).toBeNull();
    expect(sniffEvidenceType(storedZip({ 'word/document.xml': '<w/>' }))).toBeNull();
    const docm = storedZip({
      '[Content_Types].xml': '<Types/>',
      'word/document.xml': '<w/>',
      'word/vbaProject.bin': 'x',
    });
    expect(sniffEvidenceType(docm)).toBeNull();
    expect(
      sniffEvidenceType(storedZip({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w/>' })),
    ).toBe('docx');
  });

  it('reads legacy Word and Excel files from the compound file directory, and refuses other OLE2 files', () => {
    expect(compoundFileEntryNames(compoundFile(['WordDocument', '1Table']))).toEqual([
      'Root Entry',
      'WordDocument',
      '1Table',
    ]);
    expect(sniffEvidenceType(compoundFile(['WordDocument', '1Table']))).toBe('doc');
    expect(sniffEvidenceType(compoundFile(['Workbook']))).toBe('xls');
    // An installer package (.msi) is also OLE2, with neither stream.
    expect(sniffEvidenceType(compoundFile(['SummaryInformation']))).toBeNull();
    expect(sniffEvidenceType(compoundFile(['WordDocument', 'Macros']))).toBeNull();
  });

  it('refuses executables, truncated containers, empty and unknown content', () => {
    expect(sniffEvidenceType(sampleExe())).toBeNull();
    expect(sniffEvidenceType(new Uint8Array())).toBeNull();
    expect(sniffEvidenceType(Buffer.from('<svg onload="alert(1)"/>'))).toBeNull();
    expect(sniffEvidenceType(Buffer.from('PK\u0003\u0004 truncated'))).toBeNull();
    expect(sniffEvidenceType(compoundFile(['WordDocument']).subarray(0, 700))).toBeNull();
    expect(sniffEvidenceType(samplePng().subarray(0, 8))).toBeNull();
  });
});

describe('matching the declared extension with the content', () => {
  it('accepts a file whose extension names its content type, in any letter case', () => {
    expect(checkFileType('PDF', samplePdf())).toEqual({
      ok: true,
      type: 'pdf',
      mediaType: 'application/pdf',
    });
    expect(checkFileType('jpg', sampleJpeg())).toMatchObject({ ok: true, mediaType: 'image/jpeg' });
    expect(checkFileType('jpeg', sampleJpeg())).toMatchObject({ ok: true });
  });

  it('refuses an executable renamed .pdf, and names the real type of a PNG renamed .pdf', () => {
    expect(checkFileType('pdf', sampleExe())).toEqual({ ok: false, reason: 'refused' });
    expect(checkFileType('pdf', samplePng())).toEqual({ ok: false, reason: 'mismatch', detected: 'PNG' });
    expect(checkFileType('doc', compoundFile(['Workbook']))).toMatchObject({ reason: 'mismatch' });
  });
});
