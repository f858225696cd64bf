import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../storage/file-storage.ts';
import { compoundFile, sampleExe, samplePdf, sampleXlsx } from '../../storage/sample-files.ts';
import { prepareUploads } from './evidence-uploads.ts';

const refusal = (fileName: string, bytes: Uint8Array, limits?: { files: number; fileBytes: number }) => {
  try {
    prepareUploads([{ field: 'files.3', fileName, bytes }], limits);
    return null;
  } catch (error) {
    const e = error as { code: string; params: Record<string, unknown>; fields: { field: string }[] };
    return { code: e.code, field: e.fields[0]?.field, params: e.params };
  }
};

describe('checking uploaded evidence files', () => {
  it('hashes accepted files and takes the media type from the content', async () => {
    const xlsx = await sampleXlsx();
    const [prepared] = prepareUploads([{ field: 'files.0', fileName: 'Số liệu.XLSX', bytes: xlsx }]);
    expect(prepared).toMatchObject({
      fileName: 'Số liệu.XLSX',
      sha256: sha256Hex(xlsx),
      sizeBytes: xlsx.length,
      mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    });
    expect(
      prepareUploads([{ field: 'files.0', fileName: 'cu.doc', bytes: compoundFile(['WordDocument']) }])[0]
        ?.mediaType,
    ).toBe('application/msword');
  });

  it('names the refused file and its field', () => {
    expect(refusal('hop-dong.pdf', sampleExe())).toMatchObject({
      code: 'check_in_file_type_refused',
      field: 'files.3',
      params: { name: 'hop-dong.pdf' },
    });
    expect(refusal('bang.xls', compoundFile(['WordDocument']))).toMatchObject({
      code: 'check_in_file_type_mismatch',
      params: { detected: 'Word (.doc)', extension: 'xls' },
    });
    expect(refusal('a\u0000b.pdf', samplePdf())).toMatchObject({
      code: 'check_in_file_name_invalid',
      params: { name: 'a\\u0000b.pdf' },
    });
    expect(refusal('rong.pdf', new Uint8Array())).toMatchObject({ code: 'check_in_file_empty' });
  });

  it('refuses files over the size limit and more files than allowed', () => {
    const pdf = samplePdf();
    expect(refusal('a.pdf', pdf, { files: 10, fileBytes: pdf.length })).toBeNull();
    expect(refusal('a.pdf', pdf, { files: 10, fileBytes: pdf.length - 1 })).toMatchObject({
      code: 'check_in_file_too_large',
    });
    expect(() =>
      prepareUploads(
        [
          { field: 'files.0', fileName: 'a.pdf', bytes: pdf },
          { field: 'files.1', fileName: 'b.pdf', bytes: pdf },
        ],
        { files: 1, fileBytes: 1000 },
      ),
    ).toThrow(expect.objectContaining({ code: 'check_in_too_many_files' }));
  });
});
