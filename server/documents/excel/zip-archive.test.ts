import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readZip, writeStoredZip } from './zip-archive.ts';

/** A one-file deflated archive, written by hand (writeStoredZip only stores). */
function deflatedZip(name: string, content: Buffer): Buffer {
  const packed = deflateRawSync(content);
  const nameBytes = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(packed.length, 18);
  local.writeUInt32LE(10, 22); // a lie: the real size is never trusted
  local.writeUInt16LE(nameBytes.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(packed.length, 20);
  central.writeUInt32LE(10, 24);
  central.writeUInt16LE(nameBytes.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(46 + nameBytes.length, 12);
  end.writeUInt32LE(30 + nameBytes.length + packed.length, 16);
  return Buffer.concat([local, nameBytes, packed, central, nameBytes, end]);
}

describe('zip archives', () => {
  it('reads back what it stores, names in UTF-8 included', () => {
    const entries = [
      { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
      { name: 'xl/tệp.xml', data: Buffer.from('xin chào') },
      { name: 'empty', data: Buffer.alloc(0) },
    ];
    const read = readZip(writeStoredZip(entries), 1024);
    expect(read).toEqual({ ok: true, entries });
  });

  it('inflates deflated entries', () => {
    const content = Buffer.from('<sheetData/>'.repeat(100));
    expect(readZip(deflatedZip('a.xml', content), 10_000)).toEqual({
      ok: true,
      entries: [{ name: 'a.xml', data: content }],
    });
  });

  it('stops unpacking a zip bomb at the budget, whatever sizes it declares', () => {
    const bomb = deflatedZip('xl/sharedStrings.xml', Buffer.alloc(50 * 1024 * 1024, 0x41));
    expect(bomb.length).toBeLessThan(100_000);
    expect(readZip(bomb, 1024 * 1024)).toEqual({
      ok: false,
      problem: { kind: 'too_large', max: 1024 * 1024 },
    });
  });

  it('refuses what is not a zip, and damaged archives', () => {
    expect(readZip(Buffer.from('%PDF-1.7 ...........................'), 1024)).toEqual({
      ok: false,
      problem: { kind: 'not_zip' },
    });
    const good = writeStoredZip([{ name: 'a', data: Buffer.from('abc') }]);
    expect(readZip(good.subarray(0, good.length - 10), 1024)).toEqual({
      ok: false,
      problem: { kind: 'corrupt' },
    });
    const badOffset = Buffer.from(good);
    badOffset.writeUInt32LE(0xfffff, badOffset.length - 6);
    expect(readZip(badOffset, 1024)).toEqual({ ok: false, problem: { kind: 'corrupt' } });
  });
});
