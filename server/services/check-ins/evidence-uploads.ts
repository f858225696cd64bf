/**
 * Checks uploaded evidence files before anything is stored: the name (no paths or
 * control characters), the size (not empty, within the limit) and the type read from
 * the content, which must agree with the extension. Every file is hashed here, so the
 * storage and the database both see the same content address.
 */
import { CHECK_IN_LIMITS } from '../../../contracts/check-ins.ts';
import { AppError } from '../../domain/app-error.ts';
import { sha256Hex } from '../../storage/file-storage.ts';
import { checkFileName, UNSAFE_CHARACTERS } from '../../storage/safe-file-name.ts';
import { checkFileType } from '../../storage/sniff-content-type.ts';

/** One uploaded file as received; `field` names it in errors (e.g. "files.0"). */
export type EvidenceUpload = { field: string; fileName: string; bytes: Uint8Array };

/** An upload that passed every check. */
export type PreparedFile = {
  field: string;
  fileName: string;
  bytes: Uint8Array;
  sha256: string;
  sizeBytes: number;
  mediaType: string;
};

const MB = 1024 * 1024;

/** Validates and hashes every upload, refusing the first bad one with a 4xx naming its field. */
export function prepareUploads(
  uploads: readonly EvidenceUpload[],
  limits: { files: number; fileBytes: number } = CHECK_IN_LIMITS,
): PreparedFile[] {
  if (uploads.length > limits.files)
    throw new AppError('check_in_too_many_files', { max: limits.files }, [
      { field: 'files', code: 'too_many' },
    ]);
  return uploads.map((upload) => {
    const fail = (code: Parameters<typeof refusal>[0], params: Record<string, unknown> = {}) =>
      refusal(code, upload.field, { name: printable(upload.fileName), ...params });
    const name = checkFileName(upload.fileName, CHECK_IN_LIMITS.fileName);
    if (!name.ok) throw fail('check_in_file_name_invalid', { max: CHECK_IN_LIMITS.fileName });
    if (upload.bytes.byteLength === 0) throw fail('check_in_file_empty');
    if (upload.bytes.byteLength > limits.fileBytes)
      throw fail('check_in_file_too_large', { maxMb: Math.floor(limits.fileBytes / MB) });
    const type = checkFileType(name.extension, upload.bytes);
    if (!type.ok && type.reason === 'mismatch')
      throw fail('check_in_file_type_mismatch', { detected: type.detected, extension: name.extension });
    if (!type.ok) throw fail('check_in_file_type_refused');
    return {
      field: upload.field,
      fileName: name.name,
      bytes: upload.bytes,
      sha256: sha256Hex(upload.bytes),
      sizeBytes: upload.bytes.byteLength,
      mediaType: type.mediaType,
    };
  });
}

function refusal(
  code:
    | 'check_in_file_name_invalid'
    | 'check_in_file_empty'
    | 'check_in_file_too_large'
    | 'check_in_file_type_mismatch'
    | 'check_in_file_type_refused',
  field: string,
  params: Record<string, unknown>,
): AppError {
  return new AppError(code, params, [{ field, code }]);
}

// The refused name is echoed back in the message: control characters shown escaped, length capped.
function printable(name: string): string {
  const shown = name.replace(UNSAFE_CHARACTERS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return shown.length > 120 ? `${shown.slice(0, 117)}...` : shown;
}
