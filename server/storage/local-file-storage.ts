import { randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { type FileStorage, isSha256, type StoredFile, sha256Hex } from './file-storage.ts';

/**
 * Evidence files in a local folder, content-addressed: `<root>/ab/cd/<sha256>`.
 * A file is written to a temporary name in its final folder, flushed to disk and
 * renamed, so a crash never leaves a partial file under a real address, and two
 * writers of the same bytes both end with one complete file.
 */
export class LocalFileStorage implements FileStorage {
  constructor(readonly root: string) {}

  /** The path of a content address (refuses anything that is not a SHA-256). */
  pathOf(sha256: string): string {
    if (!isSha256(sha256)) throw new Error(`not a content address: ${sha256.slice(0, 80)}`);
    return join(this.root, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  }

  async put(bytes: Uint8Array): Promise<StoredFile> {
    const sha256 = sha256Hex(bytes);
    const stored = { sha256, size: bytes.byteLength };
    const path = this.pathOf(sha256);
    if (await this.has(sha256)) return stored;
    const dir = join(this.root, sha256.slice(0, 2), sha256.slice(2, 4));
    await mkdir(dir, { recursive: true });
    const temp = join(dir, `.${sha256}.${randomBytes(6).toString('hex')}.tmp`);
    try {
      const file = await open(temp, 'wx', 0o640);
      try {
        await file.writeFile(bytes);
        await file.sync();
      } finally {
        await file.close();
      }
      await rename(temp, path);
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
    await syncDirectory(dir);
    return stored;
  }

  async get(sha256: string): Promise<Buffer | null> {
    if (!isSha256(sha256)) return null;
    try {
      return await readFile(this.pathOf(sha256));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  async has(sha256: string): Promise<boolean> {
    if (!isSha256(sha256)) return false;
    try {
      return (await stat(this.pathOf(sha256))).isFile();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
      throw error;
    }
  }
}

// The rename is durable only once the folder's entry is flushed too.
async function syncDirectory(dir: string): Promise<void> {
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch {
    // Some platforms cannot fsync a directory; the file itself is already flushed.
  } finally {
    await handle?.close();
  }
}
