/**
 * Tiny, well-formed files of each evidence type (and a few impostors) built in memory,
 * for the tests of sniffing, storage, check-ins and the CLI.
 */
import { crc32 } from 'node:zlib';
import { Document, Packer, Paragraph } from 'docx';
import ExcelJS from 'exceljs';

const bytes = (...parts: (string | number[] | Uint8Array)[]) =>
  Buffer.concat(
    parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p as Uint8Array))),
  );

/** A one-page PDF with header and trailer. */
export function samplePdf(text = 'Bien ban'): Buffer {
  return bytes(
    '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n',
    '2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n',
    `3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n% ${text}\n`,
    'trailer<</Root 1 0 R>>\n%%EOF\n',
  );
}

/** The PNG signature and an IHDR chunk (1×1). */
export function samplePng(): Buffer {
  return bytes(
    [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
    [0, 0, 0, 13],
    'IHDR',
    [0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0],
    [0x90, 0x77, 0x53, 0xde],
  );
}

export const sampleJpeg = () =>
  bytes([0xff, 0xd8, 0xff, 0xe0, 0, 16], 'JFIF', [0, 1, 1, 0, 0, 1, 0, 1, 0, 0]);
export const sampleGif = () => bytes('GIF89a', [1, 0, 1, 0, 0, 0, 0], ';');
export const sampleWebp = () => bytes('RIFF', [26, 0, 0, 0], 'WEBPVP8L', [13, 0, 0, 0], new Uint8Array(14));
/** A Windows executable's first bytes. */
export const sampleExe = () => bytes('MZ', [0x90, 0, 3, 0, 0, 0, 4, 0], new Uint8Array(54), 'This program');

/** A zip of uncompressed entries. */
export function storedZip(entries: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(entries)) {
    const data = Buffer.from(content);
    const nameBytes = Buffer.from(name);
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
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
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(entries).length, 8);
  end.writeUInt16LE(Object.keys(entries).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** An OLE2 compound file (512-byte sectors) whose directory lists `streams` (at most 3) under the root. */
export function compoundFile(streams: string[]): Buffer {
  const size = 512;
  const header = Buffer.alloc(size);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header);
  header.writeUInt16LE(0x3e, 0x18);
  header.writeUInt16LE(3, 0x1a);
  header.writeUInt16LE(0xfffe, 0x1c);
  header.writeUInt16LE(9, 0x1e);
  header.writeUInt16LE(6, 0x20);
  header.writeUInt32LE(1, 0x2c);
  header.writeUInt32LE(1, 0x30);
  header.writeUInt32LE(4096, 0x38);
  header.writeUInt32LE(0xfffffffe, 0x3c);
  header.writeUInt32LE(0xfffffffe, 0x44);
  for (let i = 0; i < 109; i++) header.writeUInt32LE(i === 0 ? 0 : 0xffffffff, 0x4c + i * 4);
  const fat = Buffer.alloc(size, 0xff);
  fat.writeUInt32LE(0xfffffffd, 0);
  fat.writeUInt32LE(0xfffffffe, 4);
  fat.writeUInt32LE(0xfffffffe, 8);
  const dir = Buffer.alloc(size);
  ['Root Entry', ...streams].forEach((name, i) => {
    const entry = i * 128;
    dir.write(name, entry, 'utf16le');
    dir.writeUInt16LE((name.length + 1) * 2, entry + 64);
    dir[entry + 66] = i === 0 ? 5 : 2;
  });
  return Buffer.concat([header, fat, dir, Buffer.alloc(size, 0x20)]);
}

/** A real .docx written by the `docx` package. */
export async function sampleDocx(text = 'Báo cáo tiến độ'): Promise<Buffer> {
  return Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph(text)] }] }));
}

/** A real .xlsx written by exceljs. */
export async function sampleXlsx(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Số liệu').addRow(['Thu ngân sách', 12.5]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
