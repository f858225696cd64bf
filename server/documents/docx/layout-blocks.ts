/**
 * The blocks of an official document's first and last pages: the header (issuer,
 * national title, number, place and date), the kind and trích yếu, and the closing
 * signature with its "Nơi nhận:" list, each in the state or the Party layout.
 */
import { AlignmentType, type Paragraph, type Table } from 'docx';
import {
  LAYOUT_CELL_MARGINS,
  LAYOUTS,
  type LineStyle,
  layoutTable,
  line,
  nameLines,
  PORTRAIT_TEXT_MM,
  partialRule,
  twips,
} from './layout.ts';
import { type DocumentLayout, formatDocumentNumber, formatPlaceDate } from './vietnamese-format.ts';

/** What the header of the first page shows. */
export interface HeaderFields {
  superiorBodyName: string | null;
  issuingBodyName: string;
  documentNumber: string;
  place: string;
  date: string;
}

/**
 * The header of the first page. State: issuer (under its parent) with a short rule,
 * and the number, on the left; Quốc hiệu, tiêu ngữ underlined, and the place/date on
 * the right. Party: superior body over the issuing body, "*", and the number on the
 * left; "ĐẢNG CỘNG SẢN VIỆT NAM" underlined and the place/date on the right.
 */
export function headerBlock(layout: DocumentLayout, fields: HeaderFields): Table {
  const spec = LAYOUTS[layout];
  const [leftMm, rightMm] = spec.headerColumnsMm;
  const leftTwips = twips(leftMm) - 2 * LAYOUT_CELL_MARGINS.left;
  const superior = nameLines(fields.superiorBodyName ?? '').map((text) =>
    line(text, { size: spec.superiorBody }),
  );
  const issuerStyle: LineStyle = { size: spec.issuingBody, bold: true };
  const issuer = nameLines(fields.issuingBodyName).map((text) => line(text, issuerStyle));
  const numberLine = line(formatDocumentNumber(layout, fields.documentNumber), {
    size: spec.number,
    before: 6,
  });
  const dateLine = line(formatPlaceDate(fields.place, fields.date), {
    size: spec.placeDate,
    italics: true,
    before: 6,
  });
  if (layout === 'state') {
    const longest = nameLines(fields.issuingBodyName).reduce((a, b) => (a.length >= b.length ? a : b), '');
    return layoutTable(spec.headerColumnsMm, [
      [
        [...superior, ...issuer, partialRule(longest, issuerStyle, leftTwips)],
        [
          line('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { size: spec.nationalTitle, bold: true }),
          line('Độc lập - Tự do - Hạnh phúc', { size: spec.motto, bold: true, underline: true }),
        ],
      ],
      [[numberLine], [dateLine]],
    ]);
  }
  return layoutTable(
    [leftMm, rightMm],
    [
      [
        [...superior, ...issuer, line('*', { size: spec.issuingBody })],
        [line('ĐẢNG CỘNG SẢN VIỆT NAM', { size: spec.nationalTitle, bold: true, underline: true })],
      ],
      [[numberLine], [dateLine]],
    ],
  );
}

/**
 * The document kind ("QUYẾT ĐỊNH") and its trích yếu, centred in bold; under them a
 * short rule (state) or "-----" (Party).
 */
export function titleBlock(layout: DocumentLayout, kind: string, summary: string): Paragraph[] {
  const spec = LAYOUTS[layout];
  const summaryStyle: LineStyle = { size: spec.summary, bold: true, keepNext: true };
  const lines = [
    line(kind, { size: spec.kind, bold: true, before: 18, keepNext: true }),
    line(summary, summaryStyle),
  ];
  if (layout === 'state') return [...lines, partialRule(summary, summaryStyle, twips(PORTRAIT_TEXT_MM), 12)];
  return [...lines, line('-----', { size: spec.summary, after: 12, keepNext: true })];
}

/** Who signs: quyền hạn ("T/M BAN THƯỜNG VỤ"), chức vụ (may hold "\n"), full name. */
export interface Signer {
  authority: string;
  title: string;
  fullName: string;
}

const endWith = (text: string, mark: string) => `${text.trim().replace(/[\s;,.]+$/u, '')}${mark}`;

/**
 * The recipients as the rules write them: one per line after a dash, each ending with
 * ";" (state) or "," (Party), the last with ".".
 */
export function recipientLines(layout: DocumentLayout, recipients: string[]): string[] {
  const items = recipients.map((r) => r.trim().replace(/^[-–•]\s*/u, '')).filter(Boolean);
  return items.map(
    (item, i) => `- ${endWith(item, i === items.length - 1 ? '.' : layout === 'state' ? ';' : ',')}`,
  );
}

/**
 * The closing block: "Nơi nhận:" and its list on the left (state: label bold italic 12,
 * list 11; Party: label underlined 14, list 12); quyền hạn, chức vụ, room for the
 * signature and seal, and the name in bold on the right.
 */
export function signatureBlock(layout: DocumentLayout, signer: Signer, recipients: string[]): Table {
  const spec = LAYOUTS[layout];
  const label =
    layout === 'state'
      ? line('Nơi nhận:', {
          size: spec.recipientsLabel,
          bold: true,
          italics: true,
          align: AlignmentType.LEFT,
        })
      : line('Nơi nhận:', { size: spec.recipientsLabel, underline: true, align: AlignmentType.LEFT });
  const list = recipientLines(layout, recipients).map((text) =>
    line(text, { size: spec.recipients, align: AlignmentType.LEFT }),
  );
  const signerStyle: LineStyle = { size: spec.signer, bold: true };
  const heading = [...nameLines(signer.authority), ...nameLines(signer.title)].map((text) =>
    line(text, signerStyle),
  );
  const name = line(signer.fullName, { ...signerStyle, before: 72 });
  return layoutTable(
    [85, 80],
    [
      [
        [label, ...list],
        [...heading, name],
      ],
    ],
  );
}
