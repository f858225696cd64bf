import { createHash } from 'node:crypto';

/** What a stored file is known by: its content hash and size. */
export type StoredFile = { sha256: string; size: number };

/**
 * Where evidence bytes live, addressed by their SHA-256 (SPEC §7). The local
 * folder is the default; an S3-compatible store can implement the same three calls.
 * Writing the same bytes twice stores them once.
 */
export interface FileStorage {
  /** Stores `bytes` (durably, before resolving) and returns their hash and size. */
  put(bytes: Uint8Array): Promise<StoredFile>;
  /** The bytes stored under `sha256`, or null when there are none. */
  get(sha256: string): Promise<Buffer | null>;
  /** True when bytes are stored under `sha256`. */
  has(sha256: string): Promise<boolean>;
}

/** The lowercase hex SHA-256 of `bytes`. */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** True for a well-formed content address (64 lowercase hex digits): nothing else reaches a path. */
export function isSha256(value: string): boolean {
  return /^[0-9a-f]{64}$/.test(value);
}
