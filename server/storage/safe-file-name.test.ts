import { describe, expect, it } from 'vitest';
import { checkFileName, contentDisposition } from './safe-file-name.ts';

describe('uploaded file names', () => {
  it('accepts Vietnamese names with spaces and keeps them in NFC form with a lowercase extension', () => {
    const decomposed = 'Bie\u0302n ba\u0309n ba\u0300n giao.PDF';
    expect(checkFileName(decomposed, 200)).toEqual({
      ok: true,
      name: 'Biên bản bàn giao.PDF',
      extension: 'pdf',
    });
  });

  it.each([
    ['../../etc/passwd.pdf', 'path'],
    ['..\\..\\boot.ini.pdf', 'path'],
    ['a/b.pdf', 'path'],
    ['..', 'path'],
    ['.htaccess', 'path'],
    ['bao-cao.pdf ', 'path'],
    ['bao-cao.pdf.', 'path'],
    ['a\u0000b.pdf', 'control'],
    ['a\nb.pdf', 'control'],
    ['a\u0007b.pdf', 'control'],
    ['a\u0085b.pdf', 'control'],
    ['tai-lieu\u202Efdp.exe', 'control'],
    ['', 'empty'],
    ['   ', 'empty'],
    ['bao-cao', 'no_extension'],
    ['bao-cao.', 'path'],
    ['bao-cao.p d f', 'no_extension'],
  ])('refuses %j (%s)', (name, reason) => {
    expect(checkFileName(name, 200)).toEqual({ ok: false, reason });
  });

  it('refuses a name longer than the limit, counted in characters', () => {
    expect(checkFileName(`${'ạ'.repeat(196)}.pdf`, 200)).toMatchObject({ ok: true });
    expect(checkFileName(`${'ạ'.repeat(197)}.pdf`, 200)).toEqual({ ok: false, reason: 'too_long' });
  });
});

describe('download names', () => {
  it('offers an ASCII fallback and the exact UTF-8 name (RFC 5987)', () => {
    expect(contentDisposition('Biên bản "bàn giao" Đợt 1.pdf')).toBe(
      `attachment; filename="Bien ban _ban giao_ Dot 1.pdf"; filename*=UTF-8''Bi%C3%AAn%20b%E1%BA%A3n%20%22b%C3%A0n%20giao%22%20%C4%90%E1%BB%A3t%201.pdf`,
    );
  });
});
