import { describe, expect, it } from 'vitest';
import { estimateTextTwips, keepTogether, nameLines } from './layout.ts';
import { recipientLines } from './layout-blocks.ts';

describe('estimateTextTwips', () => {
  // Widths measured on the rendered PDFs (Liberation Serif, metric-compatible with Times New Roman).
  it.each([
    ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 12, true, 4992],
    ['HUYỆN YÊN LẠC', 13, true, 2160],
    ['Yên Lạc, ngày 15 tháng 3 năm 2022', 14, false, 4042],
    ['ĐẢNG CỘNG SẢN VIỆT NAM', 15, true, 4128],
  ])('sizes "%s" (%i pt, bold %s) within 10%% of its measured width', (text, size, bold, measured) => {
    const estimate = estimateTextTwips(text, size, bold);
    expect(Math.abs(estimate - measured) / measured).toBeLessThan(0.1);
  });
});

describe('names', () => {
  it('splits a name on its explicit breaks and keeps a person name on one line', () => {
    expect(nameLines(' ỦY BAN NHÂN DÂN \n\nHUYỆN YÊN LẠC')).toEqual(['ỦY BAN NHÂN DÂN', 'HUYỆN YÊN LẠC']);
    expect(keepTogether(' Lê  Thị Thu Hà ')).toBe('Lê\u00a0Thị\u00a0Thu\u00a0Hà');
  });
});

describe('recipientLines', () => {
  const typed = ['- Như Điều 3;', '', '  TT Huyện ủy (để b/c).', '• Lưu: VT, NV;'];

  it('writes one dash line per recipient, ";" after each and "." after the last (state)', () => {
    expect(recipientLines('state', typed)).toEqual([
      '- Như Điều 3;',
      '- TT Huyện ủy (để b/c);',
      '- Lưu: VT, NV.',
    ]);
  });

  it('ends Party lines with ","', () => {
    expect(recipientLines('party', typed)).toEqual([
      '- Như Điều 3,',
      '- TT Huyện ủy (để b/c),',
      '- Lưu: VT, NV.',
    ]);
  });
});
