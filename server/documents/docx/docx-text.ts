/**
 * Reading a .docx back: its plain text and its page setup, so tests can check what a
 * renderer wrote without Word or LibreOffice.
 */
import { readZipEntry } from './zip-entries.ts';

const TWIPS_PER_MM = 1440 / 25.4;

/** Page size, orientation and margins of one section, in millimetres (0.1 mm precision). */
export interface SectionPageSetup {
  widthMm: number;
  heightMm: number;
  orientation: 'portrait' | 'landscape';
  margins: { top: number; bottom: number; left: number; right: number; header: number; footer: number };
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, ref: string) => {
    if (ref[0] !== '#') return ENTITIES[ref.toLowerCase()];
    const code = ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number(ref.slice(1));
    return String.fromCodePoint(code);
  });
}

/** The XML of a part of the package (e.g. "word/document.xml"); throws when it is missing. */
export function readDocxPart(buffer: Buffer, part = 'word/document.xml'): string {
  const bytes = readZipEntry(buffer, part);
  if (!bytes) throw new Error(`not a .docx: ${part} is missing`);
  return bytes.toString('utf8');
}

/**
 * The plain text of a part: one line per paragraph (table cells are paragraphs too),
 * tabs and line breaks kept, no-break spaces as spaces, no markup.
 */
export function docxXmlToText(xml: string): string {
  const pieces: string[] = [];
  const token = /<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<w:br(?:\s[^>]*)?\/>|<\/w:p>|<w:t(?:\s[^>]*)?\/>/g;
  for (const match of xml.matchAll(token)) {
    const tag = match[0];
    if (match[1] !== undefined) pieces.push(decodeXml(match[1]));
    else if (tag === '<w:tab/>') pieces.push('\t');
    else if (tag.startsWith('<w:br')) pieces.push('\n');
    else if (tag === '</w:p>') pieces.push('\n');
  }
  // No-break spaces (kept inside names) read as ordinary spaces in plain text.
  return pieces
    .join('')
    .replace(/\u00a0/g, ' ')
    .normalize('NFC');
}

/** The plain text of the document body (word/document.xml) of a .docx. */
export async function extractDocxText(buffer: Buffer): Promise<string> {
  return docxXmlToText(readDocxPart(buffer));
}

function attribute(element: string, name: string): string | undefined {
  return new RegExp(`\\b${name}="([^"]*)"`).exec(element)?.[1];
}

const toMm = (twips: string | undefined) =>
  twips === undefined ? Number.NaN : Math.round((Number(twips) / TWIPS_PER_MM) * 10) / 10;

/** Page setup of every section of the document, in document order. */
export async function docxPageSetup(buffer: Buffer): Promise<SectionPageSetup[]> {
  const xml = readDocxPart(buffer);
  const sections = xml.match(/<w:sectPr\b[\s\S]*?<\/w:sectPr>/g) ?? [];
  return sections.map((section) => {
    const size = /<w:pgSz\b[^>]*>/.exec(section)?.[0] ?? '';
    const margin = /<w:pgMar\b[^>]*>/.exec(section)?.[0] ?? '';
    const widthMm = toMm(attribute(size, 'w:w'));
    const heightMm = toMm(attribute(size, 'w:h'));
    const orient = attribute(size, 'w:orient');
    return {
      widthMm,
      heightMm,
      orientation:
        orient === 'landscape' || (orient === undefined && widthMm > heightMm) ? 'landscape' : 'portrait',
      margins: {
        top: toMm(attribute(margin, 'w:top')),
        bottom: toMm(attribute(margin, 'w:bottom')),
        left: toMm(attribute(margin, 'w:left')),
        right: toMm(attribute(margin, 'w:right')),
        header: toMm(attribute(margin, 'w:header')),
        footer: toMm(attribute(margin, 'w:footer')),
      },
    };
  });
}
