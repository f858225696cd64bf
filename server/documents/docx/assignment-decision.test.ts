import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  type AssignmentDecisionDoc,
  basisLines,
  decidingBody,
  defaultBasis,
  renderAssignmentDecision,
} from './assignment-decision.ts';
import { partyDecision, stateDecision } from './decision-fixtures.ts';
import { docxPageSetup, extractDocxText, readDocxPart, type SectionPageSetup } from './docx-text.ts';
import { nguyetDucTasks } from './nguyet-duc-tasks.ts';

const lines = (text: string) => text.split('\n').map((l) => l.trim());

const layouts = [
  { name: 'party', build: partyDecision },
  { name: 'state', build: stateDecision },
] as const;

describe.each(layouts)('the $name assignment decision', ({ name, build }) => {
  let docx: Buffer;
  let text: string;
  let sections: SectionPageSetup[];
  let appendixText: string;

  beforeAll(async () => {
    docx = await renderAssignmentDecision(build());
    text = await extractDocxText(docx);
    sections = await docxPageSetup(docx);
    appendixText = text.slice(text.search(/^(PHỤ LỤC|Phụ lục)$/m));
  });

  it('carries the header of its layout', () => {
    const all = lines(text);
    if (name === 'party') {
      expect(all.slice(0, 3)).toEqual(['ĐẢNG BỘ TỈNH VĨNH PHÚC', 'HUYỆN ỦY YÊN LẠC', '*']);
      expect(all).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
      expect(all).toContain('Số 12-QĐ/HU');
      expect(text).not.toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    } else {
      expect(all.slice(0, 2)).toEqual(['ỦY BAN NHÂN DÂN', 'HUYỆN YÊN LẠC']);
      expect(all).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
      expect(all).toContain('Độc lập - Tự do - Hạnh phúc');
      expect(all).toContain('Số: 12/QĐ-UBND');
      expect(text).not.toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    }
    expect(all).toContain('Yên Lạc, ngày 15 tháng 3 năm 2022');
  });

  it('underlines only the national title (Party) or the tiêu ngữ (state), and the Party "Nơi nhận:"', () => {
    const xml = readDocxPart(docx);
    const underlined = [
      ...xml.matchAll(/<w:r>(?:(?!<\/w:r>).)*?<w:u w:val="single"\/>(?:(?!<\/w:r>).)*?<w:t[^>]*>([^<]*)</gs),
    ].map((m) => m[1]);
    const expected =
      name === 'party' ? ['ĐẢNG CỘNG SẢN VIỆT NAM', 'Nơi nhận:'] : ['Độc lập - Tự do - Hạnh phúc'];
    expect(underlined).toEqual(expected);
  });

  it('names the kind of document and its trích yếu, then the basis and the deciding body', () => {
    const all = lines(text);
    const kind = all.indexOf('QUYẾT ĐỊNH');
    expect(kind).toBeGreaterThan(0);
    const summary = all[kind + 1];
    const assignee = build().assignee;
    expect(summary).toBe(
      `${name === 'state' ? 'Về' : 'về'} việc giao chỉ tiêu, nhiệm vụ trọng tâm năm 2022 cho đồng chí ` +
        `${assignee.fullName}, ${assignee.postTitle}`,
    );
    if (name === 'party') {
      expect(text).toContain(
        'Xét đề nghị của Ban Tổ chức Huyện ủy,\nBAN THƯỜNG VỤ HUYỆN ỦY YÊN LẠC QUYẾT ĐỊNH\n',
      );
    } else {
      expect(text).toContain('ỦY BAN NHÂN DÂN HUYỆN YÊN LẠC\nCăn cứ Luật Tổ chức chính quyền địa phương');
      expect(text).toContain('Theo đề nghị của Trưởng phòng Nội vụ huyện.\nQUYẾT ĐỊNH:\n');
    }
  });

  it('has Điều 1, 2 and 3 in order before the appendix, with the counts of the tasks', () => {
    const body = text.slice(0, text.length - appendixText.length);
    const positions = [1, 2, 3].map((n) => body.search(new RegExp(`^Điều ${n}\\. `, 'm')));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(body).toContain('thực hiện 21 chỉ tiêu, nhiệm vụ trọng tâm năm 2022');
    expect(body).toContain('gồm 8 chỉ tiêu và 13 nhiệm vụ có sản phẩm cụ thể, tổng trọng số 70,00 điểm');
    expect(body).toContain('rõ người, rõ việc, rõ thời gian, rõ sản phẩm');
    expect(body).toContain(
      'trong đó có 8 việc mới, 8 việc khó, 3 việc cần đột phá và 2 nội dung tháo gỡ điểm nghẽn',
    );
    expect(body).toContain(
      'Điểm nghẽn lớn nhất đồng chí đã xác định và cam kết tháo gỡ: Chậm bố trí đất tái định cư',
    );
    expect(body).toContain('theo 9 nội dung đã cam kết tại cột “Hỗ trợ của cấp trên” của Phụ lục');
    expect(body).toContain('tối đa 70,00 điểm trong thang điểm 100 (phần tiêu chí chung 30,00 điểm)');
    expect(body).toContain('Định kỳ hằng quý báo cáo tiến độ');
    expect(body).toContain('tiêu chí quan trọng nhất để đánh giá');
  });

  it('closes with the signature block and the recipients punctuated per its rule', () => {
    const all = lines(text);
    const signer = build().signer;
    const at = all.indexOf(signer.authority);
    expect(all.slice(at, at + 3)).toEqual([signer.authority, signer.title, signer.fullName]);
    const label = all.indexOf('Nơi nhận:');
    expect(label).toBeGreaterThan(0);
    const expected =
      name === 'party'
        ? [
            '- Thường trực Huyện ủy,',
            '- Như Điều 3,',
            '- Đảng ủy, UBND xã Nguyệt Đức,',
            '- Lưu Văn phòng Huyện ủy.',
          ]
        : [
            '- Như Điều 3;',
            '- TT Huyện ủy, TT HĐND huyện (để b/c);',
            '- Chủ tịch, các PCT UBND huyện;',
            '- Lưu: VT, NV.',
          ];
    expect(all.slice(label + 1, label + 5)).toEqual(expected);
  });

  it('lists every one of the 21 tasks in the appendix, in order, with its weight and deadline', () => {
    const all = lines(appendixText);
    let cursor = 0;
    for (const task of nguyetDucTasks()) {
      const at = all.indexOf(String(task.index), cursor);
      expect(at, `task ${task.index}`).toBeGreaterThanOrEqual(cursor);
      expect(all[at + 1]).toBe(task.title);
      expect(all.slice(at, at + 12)).toContain(task.deadline.split('-').reverse().join('/'));
      expect(all.slice(at, at + 12)).toContain(task.weight.toFixed(2).replace('.', ','));
      cursor = at + 1;
    }
  });

  it('states targets with their direction and baseline, deliverables with their product and acceptance', () => {
    expect(appendixText).toContain('Tỷ lệ hộ nghèo: không vượt quá 1,5 %\nĐầu kỳ: 2,1 %');
    expect(appendixText).toContain(
      'Tỷ lệ dân số tham gia bảo hiểm y tế: không thấp hơn 95 %\nĐầu kỳ: 92,3 %',
    );
    expect(appendixText).toContain('Thu tiền sử dụng đất: không thấp hơn 120 tỷ đồng\nĐầu kỳ: 85,4 tỷ đồng');
    expect(appendixText).toContain('Số vụ vi phạm đất đai được xử lý dứt điểm: không thấp hơn 15 vụ');
    expect(appendixText).toContain('Sản phẩm: Mặt bằng sạch 8,6 ha bàn giao cho chủ đầu tư');
    expect(appendixText).toContain('Nghiệm thu: Biên bản bàn giao mặt bằng có xác nhận của chủ đầu tư');
    expect(appendixText).toContain('Chủ trì: Đảng ủy xã Nguyệt Đức\nPhối hợp: Ban Tổ chức Huyện ủy');
    expect(appendixText).toContain('- Kinh phí: Tạm ứng kinh phí bồi thường, hỗ trợ (trước 31/05/2022)');
    expect(appendixText).toContain('Việc mới\nĐột phá\nĐiểm nghẽn');
  });

  it('totals the weights to 70,00 in the "Tổng cộng" row', () => {
    expect(appendixText).toMatch(/\nTổng cộng \(21 chỉ tiêu, nhiệm vụ\)\n70,00\n/);
  });

  it('heads the appendix with its title and the decision it belongs to', () => {
    const assignee = build().assignee;
    expect(lines(appendixText).slice(1, 4)).toEqual([
      'DANH MỤC CHỈ TIÊU, NHIỆM VỤ GIAO NĂM 2022',
      `ĐỐI VỚI ĐỒNG CHÍ ${assignee.fullName.toUpperCase()}, ${assignee.postTitle.toLocaleUpperCase('vi')}`,
      name === 'party'
        ? '(Kèm theo Quyết định số 12-QĐ/HU ngày 15 tháng 3 năm 2022 của Ban Thường vụ Huyện ủy Yên Lạc)'
        : '(Kèm theo Quyết định số 12/QĐ-UBND ngày 15 tháng 3 năm 2022 của Ủy ban nhân dân huyện Yên Lạc)',
    ]);
  });

  it('repeats the two header rows of the task table on every page', () => {
    const xml = readDocxPart(docx);
    const table = xml.slice(xml.lastIndexOf('<w:tbl>'));
    const rows = table.match(/<w:tr>[\s\S]*?<\/w:tr>/g) ?? [];
    expect(rows.length).toBe(2 + 21 + 1);
    expect(rows.map((row) => row.includes('<w:tblHeader/>'))).toEqual([true, true, ...Array(22).fill(false)]);
  });

  it('is A4: a portrait decision and a landscape appendix, margins inside the legal ranges', () => {
    expect(sections.map((s) => s.orientation)).toEqual(['portrait', 'landscape']);
    expect([sections[0].widthMm, sections[0].heightMm]).toEqual([210, 297]);
    expect([sections[1].widthMm, sections[1].heightMm]).toEqual([297, 210]);
    for (const { margins } of sections) {
      // Nghị định 30/2020 Phụ lục I, I.5, and Hướng dẫn 36-HD/VPTW (top/bottom 20, right 15).
      expect(margins.top).toBeGreaterThanOrEqual(20);
      expect(margins.top).toBeLessThanOrEqual(name === 'party' ? 20 : 25);
      expect(margins.bottom).toBeGreaterThanOrEqual(20);
      expect(margins.bottom).toBeLessThanOrEqual(name === 'party' ? 20 : 25);
      expect(margins.left).toBeGreaterThanOrEqual(30);
      expect(margins.left).toBeLessThanOrEqual(35);
      expect(margins.right).toBeGreaterThanOrEqual(15);
      expect(margins.right).toBeLessThanOrEqual(name === 'party' ? 15 : 20);
    }
  });

  it('sets Times New Roman in the body size, and numbers pages from the second one of each part', () => {
    const styles = readDocxPart(docx, 'word/styles.xml');
    const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(styles)?.[0] ?? '';
    expect(defaults).toContain('w:ascii="Times New Roman"');
    expect(defaults).toContain('w:hAnsi="Times New Roman"');
    expect(defaults).toContain('<w:sz w:val="28"/>');
    const xml = readDocxPart(docx);
    const sectPrs = xml.match(/<w:sectPr\b[\s\S]*?<\/w:sectPr>/g) ?? [];
    expect(sectPrs).toHaveLength(2);
    for (const sectPr of sectPrs) {
      expect(sectPr).toContain('<w:titlePg/>');
      expect(sectPr).toMatch(/<w:pgNumType w:start="1"\/>/);
    }
  });

  it('keeps Vietnamese diacritics intact', () => {
    expect(text).toBe(text.normalize('NFC'));
    expect(text).not.toContain('\uFFFD');
    for (const word of [
      'Nguyệt Đức',
      'ỦY',
      'Đảng ủy xã',
      'Điều',
      'thẩm định',
      'hiến kế',
      'Việc khó',
      'Đầu kỳ',
    ]) {
      expect(text).toContain(word);
    }
    expect(text).toContain(build().assignee.fullName);
  });
});

describe('rendering', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('reads no clock: the same input rendered at two different times gives the same bytes', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2030-01-01T08:00:00Z'));
    const first = await renderAssignmentDecision(partyDecision());
    vi.setSystemTime(new Date('2031-06-30T17:45:00Z'));
    const second = await renderAssignmentDecision(partyDecision());
    expect(first.equals(second)).toBe(true);
    const core = readDocxPart(first, 'docProps/core.xml');
    expect(core).toContain(
      '<dcterms:created xsi:type="dcterms:W3CDTF">2022-03-15T00:00:00Z</dcterms:created>',
    );
    expect(core).toContain('<dc:creator>HU</dc:creator>');
  });

  it('keeps characters that XML escapes', async () => {
    const doc = partyDecision();
    doc.tasks[0] = { ...doc.tasks[0], title: 'Cải tạo "chợ" & <bến> xe' };
    const text = await extractDocxText(await renderAssignmentDecision(doc));
    expect(text).toContain('\nCải tạo "chợ" & <bến> xe\n');
  });

  it('shows the true total of a draft whose weights do not add up, and omits what is absent', async () => {
    const doc: AssignmentDecisionDoc = {
      ...stateDecision(),
      bottleneck: null,
      resultsPart: 100,
      tasks: nguyetDucTasks()
        .slice(0, 2)
        .map((t) => ({ ...t, supportCommitments: [], tags: [] })),
    };
    const text = await extractDocxText(await renderAssignmentDecision(doc));
    expect(text).toMatch(/\nTổng cộng \(2 chỉ tiêu, nhiệm vụ\)\n9,00\n/);
    expect(text).toContain('tổng trọng số 9,00 điểm');
    expect(text).not.toContain('Điểm nghẽn lớn nhất');
    expect(text).not.toContain('trong đó có');
    expect(text).not.toContain('nội dung đã cam kết');
    expect(text).toContain('chấm điểm từng chỉ tiêu, nhiệm vụ, theo thang điểm 100;');
    expect(text).not.toContain('tiêu chí chung');
  });
});

describe('defaultBasis', () => {
  it.each(['party', 'state'] as const)('cites 366-QĐ/TW and 198-KL/TW for the %s layout', (layout) => {
    const basis = defaultBasis(layout);
    expect(basis).toContain(
      'Căn cứ Quy định số 366-QĐ/TW ngày 30/8/2025 của Bộ Chính trị về kiểm điểm và đánh giá, xếp loại chất ' +
        'lượng đối với tập thể, cá nhân trong hệ thống chính trị;',
    );
    expect(basis).toContain(
      'Căn cứ Kết luận số 198-KL/TW ngày 8/10/2025 của Bộ Chính trị về chủ trương đánh giá đối với cán bộ lãnh ' +
        'đạo, quản lý trong hệ thống chính trị;',
    );
    for (const line of basis) expect(line).toMatch(/^Căn cứ .*;$/);
  });

  it('adds the Party Statute for the Party and Nghị định 335/2025/NĐ-CP for the state', () => {
    expect(defaultBasis('party')[0]).toBe('Căn cứ Điều lệ Đảng Cộng sản Việt Nam;');
    expect(defaultBasis('state').some((l) => l.includes('Nghị định số 335/2025/NĐ-CP ngày 21/12/2025'))).toBe(
      true,
    );
  });
});

describe('basisLines', () => {
  it('ends each line with ";" and the last with "." (state) or "," (Party)', () => {
    const basis = ['Căn cứ A.', 'Căn cứ B', ' Xét đề nghị của C; '];
    expect(basisLines('state', basis)).toEqual(['Căn cứ A;', 'Căn cứ B;', 'Xét đề nghị của C.']);
    expect(basisLines('party', basis)).toEqual(['Căn cứ A;', 'Căn cứ B;', 'Xét đề nghị của C,']);
  });
});

describe('decidingBody', () => {
  it('is the assigner in capitals when given', () => {
    expect(decidingBody(partyDecision())).toBe('BAN THƯỜNG VỤ HUYỆN ỦY YÊN LẠC');
  });

  it('falls back to the collective of the signature plus the issuer (Party) or the issuer (state)', () => {
    expect(decidingBody({ ...partyDecision(), assignerName: null })).toBe('BAN THƯỜNG VỤ HUYỆN ỦY YÊN LẠC');
    expect(decidingBody({ ...stateDecision(), assignerName: undefined })).toBe(
      'ỦY BAN NHÂN DÂN HUYỆN YÊN LẠC',
    );
  });
});
