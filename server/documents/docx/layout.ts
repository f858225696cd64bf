/**
 * Page setup and building blocks of the two official layouts: state documents per
 * Nghị định 30/2020/NĐ-CP (Phụ lục I) and Party documents per Hướng dẫn 36-HD/VPTW.
 * Every size here is in points unless the name says otherwise; docx wants half-points
 * for type and twips (1/20 pt) for distances.
 */
import {
  AlignmentType,
  BorderStyle,
  Header,
  type IRunOptions,
  type ISectionPropertiesOptions,
  type IStylesOptions,
  PageNumber,
  PageOrientation,
  Paragraph,
  type ParagraphChild,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import type { DocumentLayout } from './vietnamese-format.ts';

/** Millimetres to twips. */
export const twips = (mm: number): number => Math.round((mm * 1440) / 25.4);

/** A4, portrait, in millimetres. */
export const A4_MM = { width: 210, height: 297 } as const;

/**
 * Margins for both layouts, inside both legal ranges: NĐ 30 (top/bottom 20-25, left
 * 30-35, right 15-20) and HD 36 (top/bottom 20, left 30-35, right 15). Header distance
 * keeps the page number inside the top margin.
 */
export const PAGE_MARGINS_MM = { top: 20, bottom: 20, left: 30, right: 15, header: 10, footer: 10 } as const;

/** The only typeface either rule allows (Unicode, TCVN 6909:2001). */
export const FONT = 'Times New Roman';

/** Width of the text block of a portrait page, in millimetres (165). */
export const PORTRAIT_TEXT_MM = A4_MM.width - PAGE_MARGINS_MM.left - PAGE_MARGINS_MM.right;
/** Width of the text block of a landscape page, in millimetres (252). */
export const LANDSCAPE_TEXT_MM = A4_MM.height - PAGE_MARGINS_MM.left - PAGE_MARGINS_MM.right;

/** Type sizes (points) and header column widths (mm) of one layout. */
export interface LayoutSpec {
  layout: DocumentLayout;
  body: number;
  superiorBody: number;
  issuingBody: number;
  /** Quốc hiệu (state) or "ĐẢNG CỘNG SẢN VIỆT NAM" (Party). */
  nationalTitle: number;
  /** Tiêu ngữ (state only). */
  motto: number;
  number: number;
  placeDate: number;
  kind: number;
  summary: number;
  signer: number;
  recipientsLabel: number;
  recipients: number;
  pageNumber: number;
  headerColumnsMm: [number, number];
}

/** The sizes chosen for each layout, each inside the range its rule allows. */
export const LAYOUTS: Record<DocumentLayout, LayoutSpec> = {
  state: {
    layout: 'state',
    body: 14,
    superiorBody: 13,
    issuingBody: 13,
    nationalTitle: 12,
    motto: 13,
    number: 13,
    placeDate: 14,
    kind: 14,
    summary: 14,
    signer: 14,
    recipientsLabel: 12,
    recipients: 11,
    pageNumber: 14,
    headerColumnsMm: [62, 103],
  },
  party: {
    layout: 'party',
    body: 14,
    superiorBody: 14,
    issuingBody: 14,
    nationalTitle: 15,
    motto: 0,
    number: 14,
    placeDate: 14,
    kind: 16,
    summary: 14,
    signer: 14,
    recipientsLabel: 14,
    recipients: 12,
    pageNumber: 14,
    headerColumnsMm: [75, 90],
  },
};

/** Style of one line of text: size in points and the usual switches. */
export interface LineStyle {
  size: number;
  bold?: boolean;
  italics?: boolean;
  underline?: boolean;
  align?: (typeof AlignmentType)[keyof typeof AlignmentType];
  before?: number;
  after?: number;
  keepNext?: boolean;
}

/** A run of text in a given size (points) and style. */
export function run(text: string, style: Omit<LineStyle, 'align' | 'before' | 'after'>): TextRun {
  const options: IRunOptions = {
    text,
    size: style.size * 2,
    bold: style.bold,
    italics: style.italics,
    underline: style.underline ? { type: 'single' } : undefined,
  };
  return new TextRun(options);
}

/** One paragraph with no first-line indent (header lines, titles, signature lines); spacing in points. */
export function line(text: string | ParagraphChild[], style: LineStyle): Paragraph {
  return new Paragraph({
    alignment: style.align ?? AlignmentType.CENTER,
    spacing: {
      before: (style.before ?? 0) * 20,
      after: (style.after ?? 0) * 20,
      line: 240,
      lineRule: 'auto',
    },
    keepNext: style.keepNext,
    children: typeof text === 'string' ? [run(text, style)] : text,
  });
}

/** A body paragraph: justified, 1 cm first-line indent, 6 pt after (NĐ 30 Phụ lục I, II.6). */
export function bodyParagraph(
  children: ParagraphChild[],
  options: { firstLine?: boolean; align?: LineStyle['align']; keepNext?: boolean } = {},
): Paragraph {
  return new Paragraph({
    alignment: options.align ?? AlignmentType.JUSTIFIED,
    indent: options.firstLine === false ? undefined : { firstLine: twips(10) },
    spacing: { before: 0, after: 120, line: 264, lineRule: 'auto' },
    keepNext: options.keepNext,
    children,
  });
}

const CAPS = /\p{Lu}/u;
const NARROW = /[\s.,:;'!|()[\]\-/*]/u;

/**
 * A rough width of a line of Times New Roman, in twips: enough to size the short rules
 * the rules ask for (1/3 to 1/2 of the line above), not to lay out text.
 */
export function estimateTextTwips(text: string, sizePt: number, bold = false): number {
  let ems = 0;
  for (const char of text.normalize('NFD').replace(/\p{M}/gu, '')) {
    if (NARROW.test(char)) ems += 0.27;
    else if (CAPS.test(char)) ems += bold ? 0.74 : 0.7;
    else ems += bold ? 0.52 : 0.47;
  }
  return Math.round(ems * sizePt * 20);
}

/**
 * A short solid rule centred in a block `availableTwips` wide: a bottom border on an
 * empty 2 pt paragraph, its length set by the indents.
 */
export function ruleParagraph(lengthTwips: number, availableTwips: number, after = 0): Paragraph {
  const length = Math.min(lengthTwips, availableTwips);
  const side = Math.max(0, Math.round((availableTwips - length) / 2));
  return new Paragraph({
    indent: { left: side, right: side },
    spacing: { before: 0, after: after * 20, line: 60, lineRule: 'exact' },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    children: [run('', { size: 2 })],
  });
}

/** A rule 2/5 as long as the text above it (the rules ask for 1/3 to 1/2). */
export function partialRule(text: string, style: LineStyle, availableTwips: number, after = 0): Paragraph {
  const textTwips = Math.min(estimateTextTwips(text, style.size, style.bold), availableTwips);
  return ruleParagraph(Math.round(textTwips * 0.4), availableTwips, after);
}

const NO_BORDERS = TableBorders.NONE;
/** Cell padding of the borderless layout tables: 1 mm at the sides. */
export const LAYOUT_CELL_MARGINS = { top: 0, bottom: 0, left: twips(1), right: twips(1) };

/** A cell of a borderless layout table. */
export function layoutCell(widthMm: number, children: Paragraph[]): TableCell {
  return new TableCell({
    width: { size: twips(widthMm), type: WidthType.DXA },
    margins: LAYOUT_CELL_MARGINS,
    verticalAlign: VerticalAlign.TOP,
    children: children.length > 0 ? children : [new Paragraph('')],
  });
}

/** A borderless table of fixed columns (mm), one array of cell contents per row. */
export function layoutTable(columnsMm: number[], rows: Paragraph[][][]): Table {
  return new Table({
    width: { size: twips(columnsMm.reduce((a, b) => a + b, 0)), type: WidthType.DXA },
    columnWidths: columnsMm.map(twips),
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: rows.map(
      (cells) =>
        new TableRow({ cantSplit: true, children: cells.map((c, i) => layoutCell(columnsMm[i], c)) }),
    ),
  });
}

/** A person's name with no-break spaces, so that a line never ends inside it. */
export const keepTogether = (name: string): string => name.trim().replace(/\s+/g, '\u00a0');

/** Lines of a name that may carry explicit breaks ("ỦY BAN NHÂN DÂN\nHUYỆN YÊN LẠC"). */
export const nameLines = (name: string): string[] =>
  name
    .split('\n')
    .map((part) => part.trim())
    .filter(Boolean);

/** Headers that number pages from the second one, centred in the top margin (NĐ 30 II.9). */
export function pageNumberHeaders(layout: DocumentLayout): { default: Header; first: Header } {
  const size = LAYOUTS[layout].pageNumber * 2;
  return {
    default: new Header({
      children: [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [new TextRun({ children: [PageNumber.CURRENT], size })],
        }),
      ],
    }),
    first: new Header({ children: [new Paragraph('')] }),
  };
}

/** A4 section properties in the given orientation; page numbers restart at 1, none on the first page. */
export function pageProperties(orientation: 'portrait' | 'landscape'): ISectionPropertiesOptions {
  const m = PAGE_MARGINS_MM;
  return {
    titlePage: true,
    page: {
      size: {
        width: twips(A4_MM.width),
        height: twips(A4_MM.height),
        orientation: orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
      },
      margin: {
        top: twips(m.top),
        bottom: twips(m.bottom),
        left: twips(m.left),
        right: twips(m.right),
        header: twips(m.header),
        footer: twips(m.footer),
      },
      pageNumbers: { start: 1 },
    },
  };
}

/** Document defaults: Times New Roman in the body size, Vietnamese language, black. */
export function documentStyles(layout: DocumentLayout): IStylesOptions {
  return {
    default: {
      document: {
        run: { font: FONT, size: LAYOUTS[layout].body * 2, color: '000000', language: { value: 'vi-VN' } },
        paragraph: { spacing: { line: 240, lineRule: 'auto' } },
      },
    },
  };
}
