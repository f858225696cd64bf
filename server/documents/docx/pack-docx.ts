/**
 * Packing a docx `Document` into bytes that depend on the input only: the core
 * properties carry the document's own date and every zip entry is stamped with it,
 * where docx would write the time of packing.
 */
import { type Document, Packer } from 'docx';
import { type CalendarDate, parseIsoDate } from './vietnamese-format.ts';
import { stampZipEntries } from './zip-entries.ts';

/** Metadata written to docProps/core.xml. */
export interface DocxMetadata {
  title: string;
  creator: string;
  /** ISO date the document bears; used as created/modified time. */
  date: string;
}

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const w3cdtf = ({ year, month, day }: CalendarDate) =>
  `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}T00:00:00Z`;

function coreProperties(meta: DocxMetadata, on: CalendarDate): string {
  const stamp = w3cdtf(on);
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"',
    ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"',
    ' xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
    `<dc:title>${escapeXml(meta.title)}</dc:title>`,
    `<dc:creator>${escapeXml(meta.creator)}</dc:creator>`,
    `<cp:lastModifiedBy>${escapeXml(meta.creator)}</cp:lastModifiedBy>`,
    '<cp:revision>1</cp:revision>',
    `<dcterms:created xsi:type="dcterms:W3CDTF">${stamp}</dcterms:created>`,
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${stamp}</dcterms:modified>`,
    '</cp:coreProperties>',
  ].join('');
}

/** The .docx bytes of `document`, identical for identical input whatever the time of packing. */
export async function packDocx(document: Document, meta: DocxMetadata): Promise<Buffer> {
  const on = parseIsoDate(meta.date);
  const packed = await Packer.toBuffer(document, false, [
    { path: 'docProps/core.xml', data: coreProperties(meta, on) },
  ]);
  return stampZipEntries(packed, on);
}
