import { crc32, inflateRawSync } from 'node:zlib';

/**
 * A minimal ZIP reader and writer, enough for .xlsx packages. It exists so that an upload is
 * unpacked under a byte budget that we enforce ourselves (a 10 MB zip bomb can claim to hold
 * anything; the declared sizes are not trusted), before ExcelJS ever sees it.
 */

/** One file of an archive, unpacked. */
export type ZipEntry = { name: string; data: Buffer };

/** Why an archive could not be read. */
export type ZipProblem = { kind: 'not_zip' | 'corrupt' | 'unsupported' } | { kind: 'too_large'; max: number };

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX_ENTRIES = 10_000;

class ZipError extends Error {
  constructor(readonly problem: ZipProblem) {
    super(problem.kind);
  }
}

const corrupt = () => new ZipError({ kind: 'corrupt' });

function u64(buf: Buffer, at: number): number {
  const value = buf.readBigUInt64LE(at);
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw corrupt();
  return Number(value);
}

function findDirectory(buf: Buffer): { count: number; offset: number } {
  const floor = Math.max(0, buf.length - 22 - 0xffff);
  for (let at = buf.length - 22; at >= floor; at--) {
    if (buf.readUInt32LE(at) !== EOCD) continue;
    let count = buf.readUInt16LE(at + 10);
    let offset = buf.readUInt32LE(at + 16);
    if (
      (count === 0xffff || offset === 0xffffffff) &&
      at >= 20 &&
      buf.readUInt32LE(at - 20) === ZIP64_LOCATOR
    ) {
      const record = u64(buf, at - 20 + 8);
      if (record + 56 > buf.length || buf.readUInt32LE(record) !== ZIP64_EOCD) throw corrupt();
      count = u64(buf, record + 32);
      offset = u64(buf, record + 48);
    }
    return { count, offset };
  }
  throw corrupt();
}

/** Sizes and offset that overflow 32 bits live in the ZIP64 extra field, in this order. */
function applyZip64(extra: Buffer, sizes: { unpacked: number; packed: number; offset: number }) {
  for (let at = 0; at + 4 <= extra.length; ) {
    const id = extra.readUInt16LE(at);
    const size = extra.readUInt16LE(at + 2);
    if (id === 0x0001) {
      let p = at + 4;
      for (const key of ['unpacked', 'packed', 'offset'] as const) {
        if (sizes[key] === 0xffffffff && p + 8 <= at + 4 + size) {
          sizes[key] = u64(extra, p);
          p += 8;
        }
      }
    }
    at += 4 + size;
  }
}

/** Unpacks every file of a ZIP archive, never producing more than `maxUnpackedBytes` in total. */
export function readZip(
  bytes: Uint8Array,
  maxUnpackedBytes: number,
): { ok: true; entries: ZipEntry[] } | { ok: false; problem: ZipProblem } {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.length < 22 || buf.readUInt32LE(0) !== LOCAL) return { ok: false, problem: { kind: 'not_zip' } };
  try {
    const { count, offset } = findDirectory(buf);
    if (count > MAX_ENTRIES) throw new ZipError({ kind: 'unsupported' });
    const entries: ZipEntry[] = [];
    let budget = maxUnpackedBytes;
    let at = offset;
    for (let i = 0; i < count; i++) {
      if (at + 46 > buf.length || buf.readUInt32LE(at) !== CENTRAL) throw corrupt();
      const flags = buf.readUInt16LE(at + 8);
      const method = buf.readUInt16LE(at + 10);
      const sizes = {
        packed: buf.readUInt32LE(at + 20),
        unpacked: buf.readUInt32LE(at + 24),
        offset: buf.readUInt32LE(at + 42),
      };
      const nameLength = buf.readUInt16LE(at + 28);
      const extraLength = buf.readUInt16LE(at + 30);
      const commentLength = buf.readUInt16LE(at + 32);
      const name = buf.toString('utf8', at + 46, at + 46 + nameLength);
      applyZip64(buf.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength), sizes);
      at += 46 + nameLength + extraLength + commentLength;
      if (name.endsWith('/')) continue;
      if (flags & 0x1 || (method !== 0 && method !== 8)) throw new ZipError({ kind: 'unsupported' });
      const local = sizes.offset;
      if (local + 30 > buf.length || buf.readUInt32LE(local) !== LOCAL) throw corrupt();
      const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
      if (start + sizes.packed > buf.length) throw corrupt();
      const packed = buf.subarray(start, start + sizes.packed);
      let data: Buffer;
      if (method === 0) data = packed;
      else {
        try {
          // One byte over the budget is enough to know the budget is blown.
          data = inflateRawSync(packed, { maxOutputLength: budget + 1 });
        } catch (error) {
          if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE')
            throw new ZipError({ kind: 'too_large', max: maxUnpackedBytes });
          throw corrupt();
        }
      }
      budget -= data.length;
      if (budget < 0) throw new ZipError({ kind: 'too_large', max: maxUnpackedBytes });
      entries.push({ name, data });
    }
    return { ok: true, entries };
  } catch (error) {
    if (error instanceof ZipError) return { ok: false, problem: error.problem };
    if (error instanceof RangeError) return { ok: false, problem: { kind: 'corrupt' } };
    throw error;
  }
}

/** Packs files into a ZIP archive without compression (the fastest for a reader that follows at once). */
export function writeStoredZip(entries: readonly ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const { name, data } of entries) {
    const nameBytes = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(CENTRAL, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(EOCD, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
