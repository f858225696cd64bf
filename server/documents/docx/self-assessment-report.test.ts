import { describe, expect, it } from 'vitest';
import { docxPageSetup, extractDocxText } from './docx-text.ts';
import {
  type ReportTaskLine,
  renderSelfAssessmentReport,
  resultText,
  type SelfAssessmentReportDoc,
  statusText,
} from './self-assessment-report.ts';

const task = (over: Partial<ReportTaskLine>): ReportTaskLine => ({
  number: 1,
  title: 'Thu ngân sách',
  kind: 'target',
  weight: 20,
  cancelled: false,
  status: 'done_on_time',
  exceeded: false,
  atRisk: false,
  unitOfMeasure: 'tỷ đồng',
  targetValue: '12',
  finalActual: '12.6',
  fraction: null,
  verified: true,
  evidenceCount: 1,
  explanation: null,
  selfScore: 20,
  ...over,
});

function report(
  layout: 'party' | 'state',
  over: Partial<SelfAssessmentReportDoc> = {},
): SelfAssessmentReportDoc {
  return {
    layout,
    superiorBodyName: layout === 'party' ? 'ĐẢNG BỘ HUYỆN YÊN LẠC' : null,
    unitName: layout === 'party' ? 'ĐẢNG ỦY XÃ TỀ LỖ' : 'ỦY BAN NHÂN DÂN\nXÃ TỀ LỖ',
    place: 'Tề Lỗ',
    date: '2022-12-20',
    cycleName: 'năm 2022',
    draft: false,
    head: { fullName: 'Nguyễn Văn An', postTitle: 'Bí thư Đảng ủy xã', unitName: 'Xã Tề Lỗ' },
    assignment: {
      documentNumber: '12-QĐ/HU',
      documentDate: '2022-03-15',
      assignerName: 'Ban Thường vụ Huyện ủy Yên Lạc',
    },
    tasks: [
      task({ number: 1, status: 'done_early', exceeded: true, explanation: 'Vượt thu nhờ tăng thu từ đất.' }),
      task({
        number: 2,
        title: 'Giảm tỷ lệ hộ nghèo',
        status: 'done_late',
        unitOfMeasure: '%',
        targetValue: '1.5',
        finalActual: '1.4',
        verified: false,
        selfScore: 16.5,
      }),
      task({
        number: 3,
        title: 'Giải phóng mặt bằng',
        kind: 'deliverable',
        weight: 10,
        status: 'not_done',
        targetValue: null,
        finalActual: null,
        fraction: '0.6',
        selfScore: 6,
      }),
      task({
        number: 4,
        title: 'Nhiệm vụ đã hủy',
        weight: 20,
        cancelled: true,
        status: 'cancelled',
        selfScore: null,
      }),
    ],
    criteria: [
      { label: 'Phẩm chất chính trị, đạo đức, lối sống', max: 10, selfScore: 9 },
      { label: 'Tư duy đổi mới, tầm nhìn chiến lược', max: 10, selfScore: 8.5 },
      { label: 'Tự phê bình và phê bình', max: 10, selfScore: null },
    ],
    summary: 'Hoàn thành cơ bản các chỉ tiêu.',
    obstacles: 'Nguồn lực hạn chế.\nThời tiết bất lợi.',
    directionRequests: null,
    proposals: 'Bổ sung kinh phí.',
    ...over,
  };
}

describe.each(['party', 'state'] as const)('the self-assessment report, %s layout', (layout) => {
  it('bears its layout header, the title and the head', async () => {
    const text = await extractDocxText(await renderSelfAssessmentReport(report(layout)));
    const lines = text.split('\n').map((l) => l.trim());
    expect(lines).toContain('BÁO CÁO');
    if (layout === 'party') {
      expect(lines.slice(0, 3)).toEqual(['ĐẢNG BỘ HUYỆN YÊN LẠC', 'ĐẢNG ỦY XÃ TỀ LỖ', '*']);
      expect(lines).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
      expect(lines).toContain('tự đánh giá kết quả thực hiện nhiệm vụ năm 2022');
      expect(text).not.toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    } else {
      expect(lines.slice(0, 2)).toEqual(['ỦY BAN NHÂN DÂN', 'XÃ TỀ LỖ']);
      expect(lines).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
      expect(lines).toContain('Độc lập - Tự do - Hạnh phúc');
      expect(lines).toContain('Tự đánh giá kết quả thực hiện nhiệm vụ năm 2022');
    }
    expect(lines).toContain('Tề Lỗ, ngày 20 tháng 12 năm 2022');
    expect(lines).toContain('Họ và tên: Nguyễn Văn An');
    expect(text).toContain(
      'Thực hiện Quyết định số 12-QĐ/HU ngày 15/03/2022 của Ban Thường vụ Huyện ủy Yên Lạc',
    );
    const [page] = await docxPageSetup(await renderSelfAssessmentReport(report(layout)));
    expect(page).toMatchObject({ orientation: 'portrait', widthMm: 210, heightMm: 297 });
  });

  it('lists every task with its result, status, evidence and self-score, and sums what counts', async () => {
    const text = await extractDocxText(await renderSelfAssessmentReport(report(layout)));
    const lines = text.split('\n').map((l) => l.trim());
    expect(lines).toContain('Đạt 12,6 tỷ đồng / chỉ tiêu 12 tỷ đồng');
    expect(lines).toContain('Hoàn thành trước hạn, vượt chỉ tiêu');
    expect(lines).toContain('Đạt 1,4 % / chỉ tiêu 1,5 % (chưa được thẩm định)');
    expect(lines).toContain('Thẩm định đạt 60% sản phẩm');
    expect(lines).toContain('Đã hủy theo điều chỉnh');
    expect(lines).toContain('Cộng (3 chỉ tiêu, nhiệm vụ)');
    expect(lines).toContain('50,00'); // 20 + 20 + 10, the cancelled task left out
    expect(lines).toContain('42,50'); // 20 + 16,5 + 6
    expect(text).toContain(
      'Tổng số 3 chỉ tiêu, nhiệm vụ với tổng trọng số 50,00 điểm: hoàn thành 2 (trước hạn 1, đúng hạn 0, quá hạn 1)',
    );
    expect(text).toContain('Nhiệm vụ 1 (Thu ngân sách): Vượt thu nhờ tăng thu từ đất.');
    expect(text).toContain('Tổng điểm tự chấm: 60,00/80,00 điểm');
  });

  it('prints the sections the head wrote, one paragraph per line, and "Không." when empty', async () => {
    const text = await extractDocxText(await renderSelfAssessmentReport(report(layout)));
    const linesAfter = (heading: string) =>
      text
        .slice(text.indexOf(heading))
        .split('\n')
        .slice(1, 3)
        .map((l) => l.trim());
    expect(linesAfter('V. KHÓ KHĂN, VƯỚNG MẮC')).toEqual(['Nguồn lực hạn chế.', 'Thời tiết bất lợi.']);
    expect(linesAfter('VI. KIẾN NGHỊ, XIN Ý KIẾN CHỈ ĐẠO')[0]).toBe('Không.');
    expect(text).toContain('NGƯỜI BÁO CÁO');
    expect(text).not.toContain('Dự thảo');
  });
});

it('marks a draft as such', async () => {
  const text = await extractDocxText(await renderSelfAssessmentReport(report('party', { draft: true })));
  expect(text).toContain('(Dự thảo, chưa nộp)');
});

it('gives the same bytes for the same report', async () => {
  const a = await renderSelfAssessmentReport(report('state'));
  const b = await renderSelfAssessmentReport(report('state'));
  expect(a.equals(b)).toBe(true);
});

it('reads results and statuses in Vietnamese', () => {
  expect(resultText(task({ finalActual: null }))).toBe('Chưa có số liệu');
  expect(resultText(task({ kind: 'deliverable', fraction: '1' }))).toBe('Sản phẩm đã được nghiệm thu');
  expect(resultText(task({ kind: 'deliverable', fraction: null }))).toBe('Chưa được thẩm định');
  expect(statusText(task({ status: 'overdue', atRisk: true }))).toBe(
    'Quá hạn, chưa hoàn thành, có nguy cơ chậm',
  );
});
