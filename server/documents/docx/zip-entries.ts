/**
 * The little of the zip format a .docx needs: read one entry, and stamp every entry with
 * a given time so that the same input always gives the same bytes (renderers read no
 * clock). Uses node:zlib only; no zip64 (a .docx of ours is far below 4 GB).
 */
import { inflateRawSync } from 'node:zlib';

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_HEADER = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

/** One file of a zip archive as its central directory describes it. */
export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  centralOffset: number;
  localOffset: number;
}

function endOfCentralDirectory(zip: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65535 bytes, at the very end.
  const lowest = Math.max(0, zip.length - 22 - 0xffff);
  for (let at = zip.length - 22; at >= lowest; at--) {
    if (zip.readUInt32LE(at) === END_OF_CENTRAL_DIRECTORY) return at;
  }
  throw new Error('not a zip archive: no end of central directory');
}

/** Every entry of the archive, in central-directory order. */
export function listZipEntries(zip: Buffer): ZipEntry[] {
  const end = endOfCentralDirectory(zip);
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== CENTRAL_HEADER) throw new Error('corrupt zip: bad central directory');
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    entries.push({
      name: zip.toString('utf8', at + 46, at + 46 + nameLength),
      method: zip.readUInt16LE(at + 10),
      compressedSize: zip.readUInt32LE(at + 20),
      size: zip.readUInt32LE(at + 24),
      centralOffset: at,
      localOffset: zip.readUInt32LE(at + 42),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The uncompressed bytes of the entry named `name`, or null when the archive has none. */
export function readZipEntry(zip: Buffer, name: string): Buffer | null {
  const entry = listZipEntries(zip).find((e) => e.name === name);
  if (!entry) return null;
  const local = entry.localOffset;
  if (zip.readUInt32LE(local) !== LOCAL_HEADER) throw new Error(`corrupt zip: bad local header for ${name}`);
  const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
  const data = zip.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) return Buffer.from(data);
  if (entry.method === 8) return inflateRawSync(data);
  throw new Error(`unsupported zip compression method ${entry.method} for ${name}`);
}

/** The MS-DOS time and date words of a calendar date at midnight. */
function dosDateTime(year: number, month: number, day: number): { time: number; date: number } {
  const clampedYear = Math.min(Math.max(year, 1980), 2107);
  return { time: 0, date: ((clampedYear - 1980) << 9) | (month << 5) | day };
}

/** A copy of the archive whose entries all carry the given date (midnight) as modification time. */
export function stampZipEntries(zip: Buffer, on: { year: number; month: number; day: number }): Buffer {
  const out = Buffer.from(zip);
  const { time, date } = dosDateTime(on.year, on.month, on.day);
  for (const entry of listZipEntries(out)) {
    out.writeUInt16LE(time, entry.centralOffset + 12);
    out.writeUInt16LE(date, entry.centralOffset + 14);
    if (out.readUInt32LE(entry.localOffset) !== LOCAL_HEADER)
      throw new Error('corrupt zip: bad local header');
    out.writeUInt16LE(time, entry.localOffset + 10);
    out.writeUInt16LE(date, entry.localOffset + 12);
  }
  return out;
}
