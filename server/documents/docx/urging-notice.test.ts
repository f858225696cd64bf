import { describe, expect, it } from 'vitest';
import { docxPageSetup, extractDocxText } from './docx-text.ts';
import { openingSentence, renderUrgingNotice, type UrgingNoticeDoc } from './urging-notice.ts';

function notice(layout: 'party' | 'state'): UrgingNoticeDoc {
  const party = layout === 'party';
  return {
    layout,
    superiorBodyName: party ? 'ĐẢNG BỘ TỈNH VĨNH PHÚC' : null,
    issuingBodyName: party ? 'HUYỆN ỦY YÊN LẠC' : 'ỦY BAN NHÂN DÂN\nHUYỆN YÊN LẠC',
    issuerName: party ? 'Ban Thường vụ Huyện ủy Yên Lạc' : 'Ủy ban nhân dân huyện Yên Lạc',
    documentNumber: party ? '25-CV/HU' : '25/UBND-VP',
    place: 'Yên Lạc',
    date: '2022-07-05',
    cycleName: 'năm 2022',
    recipient: {
      fullName: 'Nguyễn Văn Minh',
      postTitle: 'Bí thư Đảng ủy xã Nguyệt Đức',
      unitName: 'Xã Nguyệt Đức',
    },
    assignment: { documentNumber: party ? '12-QĐ/HU' : '12/QĐ-UBND', documentDate: '2022-03-15' },
    tasks: [
      {
        index: 1,
        title: 'Tỷ lệ tiêm chủng đạt 95%',
        deadlineInForce: '2022-06-30',
        originalDeadline: null,
        status: 'overdue',
        lastCheckIn: '2022-05-02',
      },
      {
        index: 2,
        title: 'Giải phóng mặt bằng đường vành đai',
        deadlineInForce: '2022-09-30',
        originalDeadline: '2022-08-31',
        status: 'not_due',
        lastCheckIn: null,
      },
    ],
    body: 'Đề nghị đồng chí tập trung chỉ đạo, khắc phục ngay các tồn tại.\n\nKịp thời báo cáo khó khăn, vướng mắc.',
    respondBy: '2022-07-15',
    signer: {
      authority: party ? 'T/M BAN THƯỜNG VỤ' : 'TM. ỦY BAN NHÂN DÂN',
      title: party ? 'PHÓ BÍ THƯ THƯỜNG TRỰC' : 'CHỦ TỊCH',
      fullName: 'Trần Quang Huy',
    },
    recipients: ['Như trên', 'Lưu Văn phòng'],
  };
}

const lines = (text: string) => text.split('\n').map((l) => l.trim());

describe.each(['party', 'state'] as const)('the %s urging notice', (layout) => {
  it('carries the header, the number, the place and date, and the "V/v" summary under the number', async () => {
    const all = lines(await extractDocxText(await renderUrgingNotice(notice(layout))));
    if (layout === 'party') {
      expect(all.slice(0, 3)).toEqual(['ĐẢNG BỘ TỈNH VĨNH PHÚC', 'HUYỆN ỦY YÊN LẠC', '*']);
      expect(all).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
      expect(all).toContain('Số 25-CV/HU');
    } else {
      expect(all.slice(0, 2)).toEqual(['ỦY BAN NHÂN DÂN', 'HUYỆN YÊN LẠC']);
      expect(all).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
      expect(all).toContain('Số: 25/UBND-VP');
    }
    expect(all).toContain('Yên Lạc, ngày 05 tháng 7 năm 2022');
    expect(all).toContain('V/v đôn đốc thực hiện nhiệm vụ được giao năm 2022');
    expect(all).toContain('Kính gửi: Đồng chí Nguyễn Văn Minh, Bí thư Đảng ủy xã Nguyệt Đức');
  });

  it('lists the tasks with their deadline in force and status, then the body, the reply date and the signature', async () => {
    const buffer = await renderUrgingNotice(notice(layout));
    const text = await extractDocxText(buffer);
    const all = lines(text);
    const table = all.indexOf('STT');
    expect(all.slice(table, table + 4)).toEqual([
      'STT',
      'Nhiệm vụ',
      'Thời hạn',
      'Tình hình đến ngày 05/07/2022',
    ]);
    expect(all.slice(table + 4, table + 9)).toEqual([
      '1',
      'Tỷ lệ tiêm chủng đạt 95%',
      '30/06/2022',
      'Quá hạn',
      'Báo cáo tiến độ gần nhất: 02/05/2022',
    ]);
    expect(all.slice(table + 9, table + 15)).toEqual([
      '2',
      'Giải phóng mặt bằng đường vành đai',
      '30/09/2022',
      '(gia hạn từ 31/08/2022)',
      'Chưa đến hạn',
      'Chưa có báo cáo tiến độ',
    ]);
    expect(all).toContain('Đề nghị đồng chí tập trung chỉ đạo, khắc phục ngay các tồn tại.');
    expect(all).toContain('Kịp thời báo cáo khó khăn, vướng mắc.');
    expect(text).toMatch(/báo cáo kết quả thực hiện các nhiệm vụ nêu trên về .* trước ngày 15\/07\/2022\./);
    expect(all).toContain('Nơi nhận:');
    expect(all).toContain('Trần Quang Huy');
    expect((await docxPageSetup(buffer))[0]).toMatchObject({ widthMm: 210, orientation: 'portrait' });
  });
});

describe('the urging notice text', () => {
  it('cites the assignment decision with its number and date', () => {
    expect(openingSentence(notice('party')).replace(/\u00a0/g, ' ')).toBe(
      'Thực hiện Quyết định số 12-QĐ/HU ngày 15 tháng 3 năm 2022 của Ban Thường vụ Huyện ủy Yên Lạc về việc giao ' +
        'chỉ tiêu, nhiệm vụ trọng tâm năm 2022 cho đồng chí Nguyễn Văn Minh, Bí thư Đảng ủy xã Nguyệt Đức; qua theo ' +
        'dõi, đến ngày 05 tháng 7 năm 2022, 2 nhiệm vụ sau đây cần được tập trung chỉ đạo thực hiện:',
    );
  });

  it('leaves the reply paragraph out when no reply date is set', async () => {
    const text = await extractDocxText(await renderUrgingNotice({ ...notice('state'), respondBy: null }));
    expect(text).not.toContain('trước ngày');
  });
});
