/**
 * Uploaded file names are kept only to be shown and offered back on download, never
 * used as paths; still, a name that carries a path, a control character or a
 * direction override (which can disguise "tai-lieu‮fdp.exe") is refused outright
 * rather than silently rewritten, so the uploader sees what was wrong.
 */

export type FileNameCheck =
  | { ok: true; name: string; extension: string }
  | { ok: false; reason: 'empty' | 'too_long' | 'path' | 'control' | 'no_extension' };

/** C0 and C1 controls, DEL, the bidirectional marks, embeddings, overrides and isolates, and BOM. */
export const UNSAFE_CHARACTERS = /[\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/gu;
const CONTROL = new RegExp(UNSAFE_CHARACTERS.source, 'u');

/** Checks an uploaded file's name; the accepted name is in Unicode NFC form. */
export function checkFileName(raw: string, maxLength: number): FileNameCheck {
  const name = raw.normalize('NFC');
  if (name.trim() === '') return { ok: false, reason: 'empty' };
  if (CONTROL.test(name)) return { ok: false, reason: 'control' };
  if (/[/\\]/.test(name) || name === '.' || name === '..' || name.startsWith('.'))
    return { ok: false, reason: 'path' };
  if ([...name].length > maxLength) return { ok: false, reason: 'too_long' };
  if (name !== name.trim() || name.endsWith('.')) return { ok: false, reason: 'path' };
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
  if (!/^[a-z0-9]{1,10}$/.test(extension)) return { ok: false, reason: 'no_extension' };
  return { ok: true, name, extension };
}

/**
 * Content-Disposition for a download: an ASCII fallback (accents dropped, anything
 * unsafe replaced) and the exact UTF-8 name as RFC 5987 `filename*`.
 */
export function contentDisposition(name: string): string {
  const ascii =
    name
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/đ/g, 'd')
      .replace(/Đ/g, 'D')
      .replace(/[^\w.\- ()]/g, '_') || 'file';
  const encoded = encodeURIComponent(name).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
