/**
 * The council's summary sheet (bảng tổng hợp kết quả chấm điểm) as a .docx: one row per
 * head, each member's total (a dash where the member was recused or left no sheet), the
 * aggregated parts, deductions, the total and the levels, on a landscape page. Also the
 * bordered-table helpers and the numberless header the score sheet and the results
 * decision share. Pure: data in, bytes out.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Paragraph,
  type ParagraphChild,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlign,
  WidthType,
} from 'docx';
import {
  bodyParagraph,
  documentStyles,
  keepTogether,
  LANDSCAPE_TEXT_MM,
  LAYOUTS,
  layoutTable,
  line,
  nameLines,
  pageNumberHeaders,
  pageProperties,
  partialRule,
  run,
  twips,
} from './layout.ts';
import { titleBlock } from './layout-blocks.ts';
import { packDocx } from './pack-docx.ts';
import { type DocumentLayout, formatPlaceDate, formatPoints } from './vietnamese-format.ts';

type Align = (typeof AlignmentType)[keyof typeof AlignmentType];
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const BORDERS = {
  top: BORDER,
  bottom: BORDER,
  left: BORDER,
  right: BORDER,
  insideHorizontal: BORDER,
  insideVertical: BORDER,
};
const CELL_MARGINS = { top: twips(0.8), bottom: twips(0.8), left: twips(1), right: twips(1) };

/** One cell's text and style in a bordered grid. */
export interface GridCell {
  text: string;
  bold?: boolean;
  italics?: boolean;
  align?: 'left' | 'center' | 'right';
  span?: number;
}
const ALIGN: Record<NonNullable<GridCell['align']>, Align> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
};

function gridCell(c: GridCell, widthMm: number, size: number, header: boolean): TableCell {
  const children: ParagraphChild[] = [run(c.text, { size, bold: c.bold || header, italics: c.italics })];
  return new TableCell({
    width: { size: twips(widthMm), type: WidthType.DXA },
    columnSpan: c.span,
    margins: CELL_MARGINS,
    verticalAlign: header ? VerticalAlign.CENTER : VerticalAlign.TOP,
    children: [
      new Paragraph({
        alignment: header ? AlignmentType.CENTER : ALIGN[c.align ?? 'left'],
        spacing: { before: 0, after: 0, line: 240, lineRule: 'auto' },
        children,
      }),
    ],
  });
}

/** A bordered table: a repeated header row, then rows of cells (a cell may span columns). */
export function gridTable(columnsMm: number[], header: string[], rows: GridCell[][], size = 12): Table {
  const widthOf = (row: GridCell[], i: number) => {
    const start = row.slice(0, i).reduce((n, c) => n + (c.span ?? 1), 0);
    return columnsMm.slice(start, start + (row[i].span ?? 1)).reduce((a, b) => a + b, 0);
  };
  const headerRow = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: header.map((h, i) => gridCell({ text: h }, columnsMm[i], size, true)),
  });
  return new Table({
    width: { size: twips(columnsMm.reduce((a, b) => a + b, 0)), type: WidthType.DXA },
    columnWidths: columnsMm.map(twips),
    layout: TableLayoutType.FIXED,
    borders: BORDERS,
    rows: [
      headerRow,
      ...rows.map(
        (row) =>
          new TableRow({
            cantSplit: true,
            children: row.map((c, i) => gridCell(c, widthOf(row, i), size, false)),
          }),
      ),
    ],
  });
}

/** Hundredths as points "91,42"; null as a dash. */
export const pointsCell = (h: number | null, bold = false): GridCell => ({
  text: h === null ? '—' : formatPoints(h / 100),
  align: 'right',
  bold,
});

/** The header of a document without a number: issuer on the left, national title and place/date on the right. */
export function plainHeader(
  layout: DocumentLayout,
  f: { superiorBodyName: string | null; issuingBodyName: string; place: string; date: string },
): Table {
  const spec = LAYOUTS[layout];
  const superior = nameLines(f.superiorBodyName ?? '').map((s) => line(s, { size: spec.superiorBody }));
  const issuerStyle = { size: spec.issuingBody, bold: true };
  const issuer = nameLines(f.issuingBodyName).map((s) => line(s, issuerStyle));
  const date = line(formatPlaceDate(f.place, f.date), { size: spec.placeDate, italics: true, before: 6 });
  if (layout === 'state') {
    const longest = nameLines(f.issuingBodyName).reduce((a, b) => (a.length >= b.length ? a : b), '');
    return layoutTable(spec.headerColumnsMm, [
      [
        [
          ...superior,
          ...issuer,
          partialRule(longest, issuerStyle, twips(spec.headerColumnsMm[0]) - twips(2)),
        ],
        [
          line('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { size: spec.nationalTitle, bold: true }),
          line('Độc lập - Tự do - Hạnh phúc', { size: spec.motto, bold: true, underline: true }),
          date,
        ],
      ],
    ]);
  }
  return layoutTable(spec.headerColumnsMm, [
    [
      [...superior, ...issuer, line('*', { size: spec.issuingBody })],
      [line('ĐẢNG CỘNG SẢN VIỆT NAM', { size: spec.nationalTitle, bold: true, underline: true }), date],
    ],
  ]);
}

/** A signature on the right: the capacity, "(Ký, ghi rõ họ tên)", room, the name. */
export function signatureRight(layout: DocumentLayout, capacity: string, fullName: string): Table {
  const size = LAYOUTS[layout].signer;
  return layoutTable(
    [85, 80],
    [
      [
        [],
        [
          line(capacity, { size, bold: true }),
          line('(Ký, ghi rõ họ tên)', { size, italics: true }),
          line(keepTogether(fullName), { size, bold: true, before: 72 }),
        ],
      ],
    ],
  );
}

export interface SummaryHead {
  headName: string;
  postTitle: string;
  unitName: string;
  /** Each member's own total in hundredths, in member order; null when recused or no sheet. */
  memberTotals: (number | null)[];
  /** Aggregated parts in hundredths (rounded for display; the total is rounded once, exactly). */
  general: number;
  tasks: number;
  bonus: number;
  deductions: number;
  total: number;
  proposedLevel: string;
  decidedLevel: string | null;
}

/** Everything the summary sheet shows. */
export interface CouncilSummaryDoc {
  layout: DocumentLayout;
  superiorBodyName: string | null;
  issuingBodyName: string;
  councilName: string;
  cycleName: string;
  place: string;
  date: string;
  /** "trung bình cộng", "trung vị", "trung bình cộng sau khi bỏ điểm cao nhất và thấp nhất". */
  aggregateLabel: string;
  members: { fullName: string; role: 'chair' | 'member' }[];
  heads: SummaryHead[];
  chairName: string;
}

/** Column widths (mm) on a landscape page: fixed columns, the rest shared by the members. */
export function summaryColumns(memberCount: number): number[] {
  const fixed = [12, 48, 16, 16, 14, 14, 16, 26];
  const left = LANDSCAPE_TEXT_MM - fixed.reduce((a, b) => a + b, 0);
  const each = Math.floor((left / Math.max(memberCount, 1)) * 10) / 10;
  return [fixed[0], fixed[1], ...Array.from({ length: memberCount }, () => each), ...fixed.slice(2)];
}

/** The summary's table: heads × members, aggregates, total and levels. */
export function summaryTable(doc: CouncilSummaryDoc): Table {
  const header = [
    'STT',
    'Họ và tên, chức vụ, đơn vị',
    ...doc.members.map((_m, i) => `TV${i + 1}`),
    'Tiêu chí chung',
    'Chỉ tiêu, nhiệm vụ',
    'Điểm thưởng',
    'Điểm trừ',
    'Tổng điểm',
    'Xếp loại',
  ];
  const rows = doc.heads.map((h, i): GridCell[] => [
    { text: String(i + 1), align: 'center' },
    { text: `${h.headName}, ${h.postTitle}, ${h.unitName}` },
    ...h.memberTotals.map((t) => pointsCell(t)),
    pointsCell(h.general),
    pointsCell(h.tasks),
    pointsCell(h.bonus),
    pointsCell(h.deductions),
    pointsCell(h.total, true),
    {
      text:
        h.decidedLevel && h.decidedLevel !== h.proposedLevel
          ? `${h.decidedLevel} (đề xuất: ${h.proposedLevel})`
          : (h.decidedLevel ?? h.proposedLevel),
    },
  ]);
  return gridTable(summaryColumns(doc.members.length), header, rows, 11);
}

/** The summary sheet as .docx bytes (identical for identical input). */
export async function renderCouncilSummary(doc: CouncilSummaryDoc): Promise<Buffer> {
  const spec = LAYOUTS[doc.layout];
  const body = (text: string) => bodyParagraph([run(text, { size: spec.body })]);
  const summary = `${doc.layout === 'state' ? 'Kết' : 'kết'} quả chấm điểm, đề xuất xếp loại người đứng đầu ${doc.cycleName}`;
  const legend = doc.members.map(
    (m, i) => `TV${i + 1}: ${m.fullName}${m.role === 'chair' ? ' (Chủ tịch Hội đồng)' : ''}`,
  );
  const document = new Document({
    styles: documentStyles(doc.layout),
    sections: [
      {
        properties: pageProperties('landscape'),
        headers: pageNumberHeaders(doc.layout),
        children: [
          plainHeader(doc.layout, doc),
          ...titleBlock(doc.layout, 'BẢNG TỔNG HỢP', summary),
          body(
            `${doc.councilName} tổng hợp kết quả chấm điểm của các thành viên; điểm từng nội dung là ${doc.aggregateLabel} ` +
              'điểm của các thành viên tham gia chấm (thành viên là người đứng đầu hoặc thuộc đơn vị được đánh giá không chấm, ký hiệu "—").',
          ),
          summaryTable(doc),
          line('', { size: 6 }),
          ...legend.map((l) => line(l, { size: 12, align: AlignmentType.LEFT })),
          signatureRight(doc.layout, 'CHỦ TỊCH HỘI ĐỒNG', doc.chairName),
          new Paragraph({ children: [] }),
        ],
      },
    ],
  });
  return packDocx(document, {
    title: `Bảng tổng hợp ${summary}`,
    creator: nameLines(doc.issuingBodyName).join(' '),
    date: doc.date,
  });
}
