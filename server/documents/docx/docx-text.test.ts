import { crc32, deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { docxXmlToText, extractDocxText } from './docx-text.ts';
import { listZipEntries, readZipEntry, stampZipEntries } from './zip-entries.ts';

/** A minimal zip archive written by hand: stored or deflated entries, one central directory. */
function buildZip(files: { name: string; data: string; deflate?: boolean }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const file of files) {
    const name = Buffer.from(file.name, 'utf8');
    const raw = Buffer.from(file.data, 'utf8');
    const body = file.deflate ? deflateRawSync(raw) : raw;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(file.deflate ? 8 : 0, 8);
    local.writeUInt32LE(crc32(raw), 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(raw.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(file.deflate ? 8 : 0, 10);
    central.writeUInt32LE(crc32(raw), 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(raw.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += 30 + name.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const documentXml = (body: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="x"><w:body>${body}</w:body></w:document>`;

describe('docxXmlToText', () => {
  it('gives one line per paragraph and decodes entities', () => {
    const xml = documentXml(
      '<w:p><w:r><w:t>Cải tạo &quot;chợ&quot; &amp; &lt;bến&gt; xe &#7897;</w:t></w:r></w:p>' +
        '<w:p><w:r><w:t xml:space="preserve">Số </w:t></w:r><w:r><w:t>12-QĐ/HU</w:t></w:r></w:p>',
    );
    expect(docxXmlToText(xml)).toBe('Cải tạo "chợ" & <bến> xe ộ\nSố 12-QĐ/HU\n');
  });

  it('keeps tabs and breaks, ignores tab stops, empty runs and table markup', () => {
    const xml = documentXml(
      '<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr>' +
        '<w:r><w:t>a</w:t><w:tab/><w:t>b</w:t><w:br/><w:t/><w:t>c</w:t></w:r></w:p>' +
        '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>ô</w:t></w:r></w:p></w:tc></w:tr></w:tbl>',
    );
    expect(docxXmlToText(xml)).toBe('a\tb\nc\nô\n');
  });

  it('reads no-break spaces as spaces and returns NFC', () => {
    const xml = documentXml(
      `<w:p><w:r><w:t>${'Nguyễn\u00a0Văn\u00a0Minh'.normalize('NFD')}</w:t></w:r></w:p>`,
    );
    expect(docxXmlToText(xml)).toBe('Nguyễn Văn Minh\n'.normalize('NFC'));
  });
});

describe('zip entries', () => {
  const xml = documentXml('<w:p><w:r><w:t>Độc lập - Tự do - Hạnh phúc</w:t></w:r></w:p>');

  it('reads stored and deflated entries', async () => {
    const zip = buildZip([
      { name: '[Content_Types].xml', data: '<Types/>' },
      { name: 'word/document.xml', data: xml, deflate: true },
    ]);
    expect(listZipEntries(zip).map((e) => e.name)).toEqual(['[Content_Types].xml', 'word/document.xml']);
    expect(readZipEntry(zip, '[Content_Types].xml')?.toString()).toBe('<Types/>');
    expect(await extractDocxText(zip)).toBe('Độc lập - Tự do - Hạnh phúc\n');
    expect(readZipEntry(zip, 'missing.xml')).toBeNull();
  });

  it('says clearly when a buffer is not a .docx', async () => {
    await expect(extractDocxText(Buffer.from('not a zip at all, not even close'))).rejects.toThrow(
      /not a zip/,
    );
    const noDocument = buildZip([{ name: 'a.txt', data: 'a' }]);
    await expect(extractDocxText(noDocument)).rejects.toThrow(/word\/document.xml is missing/);
  });

  it('stamps every entry with the given date and leaves the contents alone', () => {
    const zip = buildZip([
      { name: 'a.xml', data: '<a/>' },
      { name: 'word/document.xml', data: xml, deflate: true },
    ]);
    const stamped = stampZipEntries(zip, { year: 2022, month: 3, day: 15 });
    const dosDate = ((2022 - 1980) << 9) | (3 << 5) | 15;
    for (const entry of listZipEntries(stamped)) {
      expect(stamped.readUInt16LE(entry.centralOffset + 14)).toBe(dosDate);
      expect(stamped.readUInt16LE(entry.localOffset + 12)).toBe(dosDate);
      expect(readZipEntry(stamped, entry.name)).toEqual(readZipEntry(zip, entry.name));
    }
  });
});
