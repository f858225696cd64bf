import { describe, expect, it } from 'vitest';
import { type AppraisalMinutesDoc, minutesSummary, renderAppraisalMinutes } from './appraisal-minutes.ts';
import { docxPageSetup, extractDocxText } from './docx-text.ts';

/** Yên Lạc's Internal Affairs office appraises the secretary of Nguyệt Đức for the second quarter of 2022. */
function minutes(overrides: Partial<AppraisalMinutesDoc> = {}): AppraisalMinutesDoc {
  return {
    layout: 'state',
    superiorBodyName: 'ỦY BAN NHÂN DÂN\nHUYỆN YÊN LẠC',
    issuingBodyName: 'PHÒNG NỘI VỤ',
    appraisingUnitName: 'Phòng Nội vụ huyện Yên Lạc',
    place: 'Yên Lạc',
    date: '2022-06-30',
    kind: 'quarterly',
    quarter: 2,
    cycleName: 'năm 2022',
    assignee: {
      fullName: 'Nguyễn Văn Minh',
      postTitle: 'Bí thư Đảng ủy xã Nguyệt Đức',
      unitName: 'xã Nguyệt Đức',
    },
    decision: {
      documentNumber: '12-QĐ/HU',
      documentDate: '2022-03-15',
      assignerName: 'Ban Thường vụ Huyện ủy Yên Lạc',
    },
    items: [
      {
        number: 1,
        title: 'Thu ngân sách trên địa bàn',
        kind: 'target',
        unitOfMeasure: 'tỷ đồng',
        targetValue: 12,
        direction: 'at_least',
        verifiedValue: 7.5,
        verifiedFraction: null,
        progress: 'on_track',
        productDecision: null,
        decisionReason: null,
        exceeded: false,
        findings: 'Thu đạt 62,5% kế hoạch năm',
        recommendation: null,
      },
      {
        number: 4,
        title: 'Giải phóng mặt bằng đường vành đai',
        kind: 'deliverable',
        unitOfMeasure: null,
        targetValue: null,
        direction: null,
        verifiedValue: null,
        verifiedFraction: 0.6,
        progress: 'at_risk',
        productDecision: 'returned',
        decisionReason: 'Biên bản bàn giao còn thiếu 4 hộ',
        exceeded: false,
        findings: null,
        recommendation: 'Hoàn thành bàn giao trước 31/7/2022',
      },
    ],
    findings: 'Đảng ủy xã lãnh đạo quyết liệt.\nTiến độ giải phóng mặt bằng còn chậm.',
    recommendations: 'Huyện hỗ trợ kinh phí tái định cư.',
    appraiserSigner: { title: 'Trưởng phòng', fullName: 'Lê Thị Hoa' },
    ...overrides,
  };
}

const lines = async (doc: AppraisalMinutesDoc) =>
  (await extractDocxText(await renderAppraisalMinutes(doc))).split('\n').map((l) => l.trim());

describe('the appraisal minutes', () => {
  it('carries the appraising unit in the header and the place and date in Vietnamese', async () => {
    const all = await lines(minutes());
    expect(all.slice(0, 3)).toEqual(['ỦY BAN NHÂN DÂN', 'HUYỆN YÊN LẠC', 'PHÒNG NỘI VỤ']);
    expect(all).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(all).toContain('Yên Lạc, ngày 30 tháng 6 năm 2022');
    expect(all).toContain('BIÊN BẢN');
  });

  it('names the head and unit appraised, the period and the decision the tasks come from', async () => {
    const text = (await lines(minutes())).join('\n');
    expect(text).toContain(
      'Kiểm tra, thẩm định kết quả thực hiện chỉ tiêu, nhiệm vụ quý II năm 2022 của đồng chí Nguyễn Văn Minh, Bí thư Đảng ủy xã Nguyệt Đức',
    );
    expect(text).toContain('người đứng đầu xã Nguyệt Đức, theo Quyết định số 12-QĐ/HU ngày 15/03/2022');
    expect(text).toContain('Số chỉ tiêu, nhiệm vụ được kiểm tra, thẩm định: 2.');
  });

  it('prints one row per task with the verified level, progress, product decision and reason', async () => {
    const all = await lines(minutes());
    const table = all.slice(all.indexOf('STT'), all.indexOf('II. NHẬN XÉT CHUNG'));
    expect(table).toEqual(
      expect.arrayContaining([
        'Thu ngân sách trên địa bàn',
        '7,5 tỷ đồng',
        'Chỉ tiêu: không thấp hơn 12 tỷ đồng',
        'Đúng tiến độ',
        'Thu đạt 62,5% kế hoạch năm',
        'Giải phóng mặt bằng đường vành đai',
        '60%',
        'Có nguy cơ chậm',
        'Trả lại để hoàn thiện',
        'Lý do: Biên bản bàn giao còn thiếu 4 hộ',
        'Hoàn thành bàn giao trước 31/7/2022',
      ]),
    );
    expect(table.indexOf('Thu ngân sách trên địa bàn')).toBeLessThan(
      table.indexOf('Giải phóng mặt bằng đường vành đai'),
    );
  });

  it('writes the general findings line by line, the recommendations, and both signatures', async () => {
    const all = await lines(minutes());
    const findings = all.indexOf('II. NHẬN XÉT CHUNG');
    expect(all.slice(findings + 1, findings + 3)).toEqual([
      'Đảng ủy xã lãnh đạo quyết liệt.',
      'Tiến độ giải phóng mặt bằng còn chậm.',
    ]);
    expect(all[all.indexOf('III. KIẾN NGHỊ') + 1]).toBe('Huyện hỗ trợ kinh phí tái định cư.');
    expect(all).toEqual(
      expect.arrayContaining([
        'ĐƠN VỊ ĐƯỢC KIỂM TRA',
        'BÍ THƯ ĐẢNG ỦY XÃ NGUYỆT ĐỨC',
        'Nguyễn Văn Minh',
        'CƠ QUAN THẨM ĐỊNH',
        'TRƯỞNG PHÒNG',
        'Lê Thị Hoa',
      ]),
    );
  });

  it('marks an accepted product that exceeded its requirement, and an ad hoc appraisal without a quarter', async () => {
    const doc = minutes({
      kind: 'ad_hoc',
      quarter: null,
      findings: null,
      items: [
        {
          ...minutes().items[1],
          verifiedFraction: 1,
          progress: 'on_track',
          productDecision: 'accepted',
          decisionReason: null,
          exceeded: true,
        },
      ],
    });
    const all = await lines(doc);
    expect(minutesSummary(doc)).toMatch(
      /^Kiểm tra, thẩm định đột xuất kết quả thực hiện chỉ tiêu, nhiệm vụ năm 2022/,
    );
    expect(all).toEqual(expect.arrayContaining(['100%', 'Nghiệm thu, chấp nhận sản phẩm', 'Vượt yêu cầu']));
    expect(all[all.indexOf('II. NHẬN XÉT CHUNG') + 1]).toBe('Không có.');
  });

  it('uses the Party header and a lower-case trích yếu in the Party layout, on A4 portrait', async () => {
    const doc = minutes({
      layout: 'party',
      superiorBodyName: 'HUYỆN ỦY YÊN LẠC',
      issuingBodyName: 'BAN TỔ CHỨC',
      documentNumber: '05-BB/BTCHU',
    });
    const buffer = await renderAppraisalMinutes(doc);
    const all = (await extractDocxText(buffer)).split('\n').map((l) => l.trim());
    expect(all.slice(0, 3)).toEqual(['HUYỆN ỦY YÊN LẠC', 'BAN TỔ CHỨC', '*']);
    expect(all).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(all).toContain('Số 05-BB/BTCHU');
    expect(minutesSummary(doc)).toMatch(/^kiểm tra, thẩm định/);
    expect((await docxPageSetup(buffer)).map((s) => s.orientation)).toEqual(['portrait']);
  });

  it('gives the same bytes for the same minutes', async () => {
    const a = await renderAppraisalMinutes(minutes());
    const b = await renderAppraisalMinutes(minutes());
    expect(a.equals(b)).toBe(true);
  });
});
