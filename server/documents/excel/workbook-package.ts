import { readZip, writeStoredZip, type ZipEntry } from './zip-archive.ts';

/**
 * Checks an uploaded .xlsx as a package before ExcelJS parses it, and removes the parts that
 * make ExcelJS expand ranges cell by cell (a named range "A1:XFD1048576" would take hours).
 */

/** Limits on the file and on what it unpacks to. */
export type PackageLimits = { maxBytes: number; maxUnpackedBytes: number };

/** Why a file is refused as a package (codes shared with WorkbookError). */
export type PackageProblem = {
  code: 'empty_file' | 'too_large' | 'unpacked_too_large' | 'not_a_workbook' | 'workbook_too_complex';
  params: Record<string, unknown>;
};

/** What kind of file the first bytes say it is. */
export type SniffedType = 'zip' | 'ole' | 'pdf' | 'executable' | 'text' | 'unknown';

/** Merged ranges are expanded cell by cell by ExcelJS; beyond these the file is refused. */
export const MERGE_LIMITS = { ranges: 5_000, cells: 200_000 } as const;

const startsWith = (bytes: Uint8Array, signature: number[]) =>
  bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b);

/** Tells a workbook from other files by their signature bytes. */
export function sniffFileType(bytes: Uint8Array): SniffedType {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'zip';
  // OLE2 compound file: Excel 97–2003 .xls, and also any password-protected .xlsx.
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'ole';
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return 'pdf';
  if (startsWith(bytes, [0x4d, 0x5a]) || startsWith(bytes, [0x7f, 0x45, 0x4c, 0x46])) return 'executable';
  // Text in any encoding (a CSV in UTF-8, Windows-1258, TCVN3…) has no control bytes but tab and line breaks.
  const head = bytes.subarray(0, 4096);
  if (head.length > 0 && head.every((b) => b >= 0x20 || b === 0x09 || b === 0x0a || b === 0x0d))
    return 'text';
  return 'unknown';
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Counts the merged ranges of one worksheet's XML and the cells they cover. */
export function countMergedCells(sheetXml: string): { ranges: number; cells: number } {
  const from = sheetXml.indexOf('<mergeCells');
  if (from < 0) return { ranges: 0, cells: 0 };
  let ranges = 0;
  let cells = 0;
  const pattern = /<mergeCell\b[^>]*\bref="([A-Za-z]{1,3})(\d{1,7})(?::([A-Za-z]{1,3})(\d{1,7}))?"/g;
  pattern.lastIndex = from;
  for (let m = pattern.exec(sheetXml); m; m = pattern.exec(sheetXml)) {
    ranges++;
    const [c1, r1] = [columnNumber(m[1]), Number(m[2])];
    const [c2, r2] = m[3] ? [columnNumber(m[3]), Number(m[4])] : [c1, r1];
    cells += (Math.abs(c2 - c1) + 1) * (Math.abs(r2 - r1) + 1);
  }
  return { ranges, cells };
}

const DEFINED_NAMES =
  /<(?:\w+:)?definedNames\b[^>]*\/>|<(?:\w+:)?definedNames\b[\s\S]*?<\/(?:\w+:)?definedNames>/g;

function detectOtherPackage(names: Set<string>): string {
  if (names.has('word/document.xml')) return 'word';
  if (names.has('mimetype') && names.has('content.xml')) return 'ods';
  return 'zip';
}

/** Validates an upload as an .xlsx package and returns a copy safe to give ExcelJS, or the problem. */
export function prepareWorkbookPackage(
  bytes: Uint8Array,
  limits: PackageLimits,
): { ok: true; bytes: Buffer } | { ok: false; problem: PackageProblem } {
  const refuse = (code: PackageProblem['code'], params: Record<string, unknown> = {}) => ({
    ok: false as const,
    problem: { code, params },
  });
  if (bytes.byteLength === 0) return refuse('empty_file');
  if (bytes.byteLength > limits.maxBytes)
    return refuse('too_large', { bytes: bytes.byteLength, max: limits.maxBytes });
  const type = sniffFileType(bytes);
  if (type !== 'zip') return refuse('not_a_workbook', { detected: type });
  // Stored offsets are 32-bit: the rebuilt package must stay under 4 GB whatever the caller asks.
  const budget = Math.min(limits.maxUnpackedBytes, 0xfffffff0);
  const unpacked = readZip(bytes, budget);
  if (!unpacked.ok) {
    if (unpacked.problem.kind === 'too_large') return refuse('unpacked_too_large', { max: budget });
    return refuse('not_a_workbook', { detected: 'corrupt' });
  }
  const names = new Set(unpacked.entries.map((e) => e.name));
  if (!names.has('[Content_Types].xml') || !names.has('xl/workbook.xml')) {
    return refuse('not_a_workbook', { detected: detectOtherPackage(names) });
  }
  const entries: ZipEntry[] = [];
  // Ranges are checked against each other per sheet (quadratic); cells are created in every sheet.
  let merges = { ranges: 0, cells: 0 };
  for (const entry of unpacked.entries) {
    if (entry.name === 'xl/workbook.xml') {
      // Named ranges and print areas are never needed to read tasks.
      const xml = entry.data.toString('utf8').replace(DEFINED_NAMES, '');
      entries.push({ name: entry.name, data: Buffer.from(xml, 'utf8') });
      continue;
    }
    if (/^xl\/worksheets\/[^/]+\.xml$/.test(entry.name)) {
      // <mergeCells> follows <sheetData>: decode only the tail of a possibly large sheet.
      const from = entry.data.lastIndexOf('<mergeCells');
      const count = from < 0 ? { ranges: 0, cells: 0 } : countMergedCells(entry.data.toString('utf8', from));
      merges = { ranges: Math.max(merges.ranges, count.ranges), cells: merges.cells + count.cells };
    }
    entries.push(entry);
  }
  if (merges.ranges > MERGE_LIMITS.ranges || merges.cells > MERGE_LIMITS.cells) {
    return refuse('workbook_too_complex', { merges: merges.ranges, cells: merges.cells });
  }
  return { ok: true, bytes: writeStoredZip(entries) };
}
