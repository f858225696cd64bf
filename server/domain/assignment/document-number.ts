/**
 * Document numbers of assignments. Two real shapes exist and both must pass:
 * Party documents (Hướng dẫn 36-HD/VPTW) "12-QĐ/HU", "371-QĐ/TU", "36-HD/VPTW";
 * state documents (Nghị định 30/2020) "12/QĐ-UBND", "335/2025/NĐ-CP", "1234/QĐ-TTg".
 * The check is deliberately loose inside the letter groups (any letters, Vietnamese
 * diacritics, mixed case, digits after the first letter) because issuers' abbreviations
 * vary by locality; what it insists on is a leading number and a slash-separated issuer.
 */

// A letter group: starts with a letter, then letters, combining marks (NFD input) or digits.
const GROUP = String.raw`\p{L}[\p{L}\p{M}\d]*`;
const DOCUMENT_NUMBER = new RegExp(
  String.raw`^\d{1,6}(?:\/\d{4})?(?<separator>[-/])(?<rest>${GROUP}(?:[-/]${GROUP})*)$`,
  'u',
);

/** True when the text is a plausible Party or state document number (e.g. "12-QĐ/HU", "12/QĐ-UBND"). */
export function isValidDocumentNumber(text: unknown): boolean {
  if (typeof text !== 'string') return false;
  const groups = DOCUMENT_NUMBER.exec(text.normalize('NFC'))?.groups;
  if (!groups) return false;
  // "12-QĐ-HU" names no issuer after a slash; the Party form needs one after the kind.
  return groups.separator === '/' || groups.rest.includes('/');
}

/**
 * The number as it should be stored: NFC, no "Số"/"Số:" prefix, no spaces around the
 * separators ("Số: 12 - QĐ / HU" → "12-QĐ/HU"). Validation is done on the stored form.
 */
export function normalizeDocumentNumber(text: string): string {
  return text
    .normalize('NFC')
    .trim()
    .replace(/^số\s*:?\s*/iu, '')
    .replace(/\s*([-/])\s*/gu, '$1');
}
