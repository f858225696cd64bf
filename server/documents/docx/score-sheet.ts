/**
 * One council member's score sheet (phiếu chấm điểm) as a .docx: for each head of the
 * cohort, the tasks with their weight, the system's proposal, the member's score and
 * bonus, then the general criteria and the member's total; "không chấm" where the
 * member was recused. Pure: data in, bytes out.
 */
import { AlignmentType, Document, Paragraph, type Table } from 'docx';
import { type GridCell, gridTable, plainHeader, pointsCell, signatureRight } from './council-summary.ts';
import {
  bodyParagraph,
  documentStyles,
  LAYOUTS,
  line,
  pageNumberHeaders,
  pageProperties,
  run,
} from './layout.ts';
import { titleBlock } from './layout-blocks.ts';
import { packDocx } from './pack-docx.ts';
import { type DocumentLayout, formatPoints } from './vietnamese-format.ts';

export interface SheetTaskLine {
  number: number;
  title: string;
  /** Hundredths. */
  weight: number;
  proposal: number;
  score: number | null;
  bonus: number | null;
}

export interface SheetHead {
  headName: string;
  postTitle: string;
  unitName: string;
  /** The member may not score this head (is the head, or belongs to the unit). */
  recused: boolean;
  tasks: SheetTaskLine[];
  criteria: { label: string; max: number; score: number | null }[];
  /** The member's own total in hundredths (criteria + tasks + capped bonus); null when nothing was scored. */
  total: number | null;
}

/** Everything a member's score sheet shows. */
export interface MemberScoreSheetDoc {
  layout: DocumentLayout;
  superiorBodyName: string | null;
  issuingBodyName: string;
  councilName: string;
  cycleName: string;
  place: string;
  date: string;
  member: { fullName: string; role: 'chair' | 'member' };
  /** Hundredths. */
  bonusPerTask: number;
  bonusCap: number;
  heads: SheetHead[];
}

/** Column widths (mm): STT, task, weight, proposal, score, bonus = 165. */
const TASK_COLUMNS_MM = [12, 81, 18, 18, 18, 18];
const CRITERIA_COLUMNS_MM = [12, 117, 18, 18];

function headBlock(head: SheetHead, index: number, layout: DocumentLayout): (Paragraph | Table)[] {
  const size = LAYOUTS[layout].body;
  const title = bodyParagraph(
    [
      run(`${index + 1}. Đồng chí ${head.headName}, ${head.postTitle}, ${head.unitName}`, {
        size,
        bold: true,
      }),
    ],
    { keepNext: true, firstLine: false },
  );
  if (head.recused) {
    return [
      title,
      bodyParagraph(
        [
          run('Không chấm: thành viên là người đứng đầu hoặc thuộc đơn vị được đánh giá.', {
            size,
            italics: true,
          }),
        ],
        { firstLine: false },
      ),
    ];
  }
  const taskRows = head.tasks.map((t): GridCell[] => [
    { text: String(t.number), align: 'center' },
    { text: t.title },
    pointsCell(t.weight),
    pointsCell(t.proposal),
    pointsCell(t.score),
    pointsCell(t.bonus),
  ]);
  const criteriaRows = head.criteria.map((c, i): GridCell[] => [
    { text: String(i + 1), align: 'center' },
    { text: c.label },
    pointsCell(c.max),
    pointsCell(c.score),
  ]);
  return [
    title,
    gridTable(
      TASK_COLUMNS_MM,
      ['STT', 'Chỉ tiêu, nhiệm vụ', 'Trọng số', 'Điểm đề xuất', 'Điểm chấm', 'Điểm thưởng'],
      taskRows,
    ),
    ...(criteriaRows.length
      ? [
          line('', { size: 4 }),
          gridTable(CRITERIA_COLUMNS_MM, ['STT', 'Tiêu chí chung', 'Tối đa', 'Điểm chấm'], criteriaRows),
        ]
      : []),
    bodyParagraph(
      [
        run(`Tổng điểm của thành viên: ${head.total === null ? '—' : formatPoints(head.total / 100)}`, {
          size,
          bold: true,
        }),
      ],
      { firstLine: false },
    ),
  ];
}

/** The member's score sheet as .docx bytes (identical for identical input). */
export async function renderMemberScoreSheet(doc: MemberScoreSheetDoc): Promise<Buffer> {
  const spec = LAYOUTS[doc.layout];
  const summary = `${doc.layout === 'state' ? 'Đánh' : 'đánh'} giá kết quả thực hiện nhiệm vụ ${doc.cycleName} của người đứng đầu`;
  const role = doc.member.role === 'chair' ? 'Chủ tịch Hội đồng' : 'Thành viên Hội đồng';
  const document = new Document({
    styles: documentStyles(doc.layout),
    sections: [
      {
        properties: pageProperties('portrait'),
        headers: pageNumberHeaders(doc.layout),
        children: [
          plainHeader(doc.layout, doc),
          ...titleBlock(doc.layout, 'PHIẾU CHẤM ĐIỂM', summary),
          bodyParagraph([
            run(`Họ và tên người chấm: ${doc.member.fullName} (${role}, ${doc.councilName}).`, {
              size: spec.body,
            }),
          ]),
          bodyParagraph([
            run(
              `Điểm chấm mỗi chỉ tiêu, nhiệm vụ từ 0 đến trọng số; điểm thưởng tối đa ${formatPoints(doc.bonusPerTask / 100)} ` +
                `điểm mỗi nhiệm vụ, tổng điểm thưởng tính tối đa ${formatPoints(doc.bonusCap / 100)} điểm.`,
              { size: spec.body, italics: true },
            ),
          ]),
          ...doc.heads.flatMap((h, i) => headBlock(h, i, doc.layout)),
          line('', { size: 6, align: AlignmentType.LEFT }),
          signatureRight(doc.layout, 'NGƯỜI CHẤM', doc.member.fullName),
          new Paragraph({ children: [] }),
        ],
      },
    ],
  });
  return packDocx(document, {
    title: `Phiếu chấm điểm ${summary}`,
    creator: doc.member.fullName,
    date: doc.date,
  });
}
