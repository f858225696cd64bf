/**
 * Evidence file types recognised from their first bytes and, for Office files, their
 * container's directory: PDF, Word and Excel (OOXML zip and legacy OLE2), PNG, JPEG,
 * WebP, GIF. Everything else is refused, executables and other archives included, and
 * an accepted type must agree with the name's extension. Pure: bytes in, verdict out.
 */

export type EvidenceType = 'pdf' | 'docx' | 'xlsx' | 'doc' | 'xls' | 'png' | 'jpeg' | 'webp' | 'gif';

/** Media type, extensions and a short label (the same in both languages) of each accepted type. */
export const EVIDENCE_TYPES: Record<
  EvidenceType,
  { mediaType: string; extensions: string[]; label: string }
> = {
  pdf: { mediaType: 'application/pdf', extensions: ['pdf'], label: 'PDF' },
  docx: {
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extensions: ['docx'],
    label: 'Word (.docx)',
  },
  xlsx: {
    mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extensions: ['xlsx'],
    label: 'Excel (.xlsx)',
  },
  doc: { mediaType: 'application/msword', extensions: ['doc'], label: 'Word (.doc)' },
  xls: { mediaType: 'application/vnd.ms-excel', extensions: ['xls'], label: 'Excel (.xls)' },
  png: { mediaType: 'image/png', extensions: ['png'], label: 'PNG' },
  jpeg: { mediaType: 'image/jpeg', extensions: ['jpg', 'jpeg'], label: 'JPEG' },
  webp: { mediaType: 'image/webp', extensions: ['webp'], label: 'WebP' },
  gif: { mediaType: 'image/gif', extensions: ['gif'], label: 'GIF' },
};

export type FileTypeCheck =
  | { ok: true; type: EvidenceType; mediaType: string }
  | { ok: false; reason: 'refused' }
  | { ok: false; reason: 'mismatch'; detected: string };

/** Accepts `bytes` when their content is an evidence type that `extension` names. */
export function checkFileType(extension: string, bytes: Uint8Array): FileTypeCheck {
  const type = sniffEvidenceType(bytes);
  if (!type) return { ok: false, reason: 'refused' };
  const info = EVIDENCE_TYPES[type];
  if (!info.extensions.includes(extension.toLowerCase()))
    return { ok: false, reason: 'mismatch', detected: info.label };
  return { ok: true, type, mediaType: info.mediaType };
}

const startsWith = (b: Uint8Array, sig: readonly number[], at = 0) =>
  b.length >= at + sig.length && sig.every((x, i) => b[at + i] === x);
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

/** The evidence type of `bytes`, or null when they are not one (or not a well-formed one). */
export function sniffEvidenceType(bytes: Uint8Array): EvidenceType | null {
  if (startsWith(bytes, ascii('%PDF-'))) return 'pdf';
  if (
    startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) &&
    startsWith(bytes, ascii('IHDR'), 12)
  )
    return 'png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a'))) return 'gif';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBPVP8'), 8)) return 'webp';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return officeZipType(bytes);
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return legacyOfficeType(bytes);
  return null;
}

// --- OOXML: a zip whose central directory lists [Content_Types].xml and word/ or xl/ parts.

/** The entry names of a zip's central directory, or null when it cannot be read. */
export function zipEntryNames(bytes: Uint8Array): string[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const minEnd = Math.max(0, bytes.length - 22 - 0xffff);
  let end = -1;
  for (let i = bytes.length - 22; i >= minEnd; i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  const count = view.getUint16(end + 10, true);
  const offset = view.getUint32(end + 16, true);
  // Zip64 markers: never needed within the upload limit, so not supported.
  if (count === 0xffff || offset === 0xffffffff) return null;
  const names: string[] = [];
  const decoder = new TextDecoder();
  let at = offset;
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) return null;
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    if (at + 46 + nameLength > bytes.length) return null;
    names.push(decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

function officeZipType(bytes: Uint8Array): EvidenceType | null {
  const names = zipEntryNames(bytes);
  if (!names?.includes('[Content_Types].xml')) return null;
  // Macro-enabled documents renamed to .docx/.xlsx are refused.
  if (names.some((n) => /(^|\/)vbaProject\.bin$/i.test(n))) return null;
  const word = names.some((n) => n.startsWith('word/'));
  const excel = names.some((n) => n.startsWith('xl/'));
  if (word && !excel) return 'docx';
  if (excel && !word) return 'xlsx';
  return null;
}

// --- Legacy Word/Excel: an OLE2 compound file whose directory holds a WordDocument or Workbook stream.

const FREE = 0xffffffff;
const END_OF_CHAIN = 0xfffffffe;

/** Stream and storage names in an OLE2 compound file's directory, or null when it cannot be read. */
export function compoundFileEntryNames(bytes: Uint8Array): string[] | null {
  if (bytes.length < 512) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const shift = view.getUint16(0x1e, true);
  if (shift !== 9 && shift !== 12) return null;
  const size = 1 << shift;
  const sectors = Math.floor((bytes.length - size) / size);
  const sectorAt = (n: number) => (n + 1) * size;
  const valid = (n: number) => n < sectors;

  // The FAT's own sectors: 109 listed in the header, the rest in a chain of DIFAT sectors.
  const fatSectors: number[] = [];
  for (let i = 0; i < 109; i++) {
    const s = view.getUint32(0x4c + i * 4, true);
    if (s === FREE || s === END_OF_CHAIN) break;
    fatSectors.push(s);
  }
  let difat = view.getUint32(0x44, true);
  for (let hops = 0; difat !== END_OF_CHAIN && difat !== FREE; hops++) {
    if (!valid(difat) || hops > sectors) return null;
    const base = sectorAt(difat);
    for (let i = 0; i < size / 4 - 1; i++) {
      const s = view.getUint32(base + i * 4, true);
      if (s !== FREE) fatSectors.push(s);
    }
    difat = view.getUint32(base + size - 4, true);
  }
  if (fatSectors.some((s) => !valid(s))) return null;
  const next = (n: number) => {
    const index = n * 4;
    const fat = fatSectors[Math.floor(index / size)];
    return fat === undefined ? null : view.getUint32(sectorAt(fat) + (index % size), true);
  };

  const names: string[] = [];
  let dir = view.getUint32(0x30, true);
  for (let hops = 0; dir !== END_OF_CHAIN; hops++) {
    if (!valid(dir) || hops > sectors) return null;
    const base = sectorAt(dir);
    for (let e = 0; e < size / 128; e++) {
      const entry = base + e * 128;
      const length = view.getUint16(entry + 64, true);
      const type = bytes[entry + 66];
      if (type === 0 || length < 2 || length > 64) continue;
      let name = '';
      for (let i = 0; i < length - 2; i += 2) name += String.fromCharCode(view.getUint16(entry + i, true));
      names.push(name);
    }
    const following = next(dir);
    if (following === null) return null;
    dir = following;
  }
  return names;
}

function legacyOfficeType(bytes: Uint8Array): EvidenceType | null {
  const names = compoundFileEntryNames(bytes);
  if (!names) return null;
  // Documents carrying macros are refused (Word "Macros", Excel "_VBA_PROJECT_CUR").
  if (names.some((n) => n === 'Macros' || n === '_VBA_PROJECT_CUR' || n === 'VBA')) return null;
  const word = names.includes('WordDocument');
  const excel = names.includes('Workbook') || names.includes('Book');
  if (word && !excel) return 'doc';
  if (excel && !word) return 'xls';
  return null;
}
