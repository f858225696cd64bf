import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sha256Hex } from './file-storage.ts';
import { LocalFileStorage } from './local-file-storage.ts';
import { samplePdf } from './sample-files.ts';

const root = mkdtempSync(join(tmpdir(), 'mandate-storage-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the local content-addressed folder', () => {
  it('stores bytes under ab/cd/<sha256> and reads them back', async () => {
    const storage = new LocalFileStorage(root);
    const pdf = samplePdf('một');
    const stored = await storage.put(pdf);
    expect(stored).toEqual({ sha256: sha256Hex(pdf), size: pdf.length });
    const path = join(root, stored.sha256.slice(0, 2), stored.sha256.slice(2, 4), stored.sha256);
    expect(readFileSync(path)).toEqual(pdf);
    expect(await storage.has(stored.sha256)).toBe(true);
    expect(await storage.get(stored.sha256)).toEqual(pdf);
  });

  it('stores the same bytes once, even when written concurrently, and leaves no temporary files', async () => {
    const storage = new LocalFileStorage(root);
    const pdf = samplePdf('hai');
    const results = await Promise.all([storage.put(pdf), storage.put(pdf), storage.put(pdf)]);
    expect(new Set(results.map((r) => r.sha256)).size).toBe(1);
    const dir = join(root, results[0]!.sha256.slice(0, 2), results[0]!.sha256.slice(2, 4));
    expect(readdirSync(dir)).toEqual([results[0]!.sha256]);
  });

  it('answers null for unknown or malformed addresses, never reaching outside its folder', async () => {
    const storage = new LocalFileStorage(root);
    expect(await storage.get('0'.repeat(64))).toBeNull();
    expect(await storage.has('0'.repeat(64))).toBe(false);
    expect(await storage.get('../../etc/passwd')).toBeNull();
    expect(await storage.has('../../etc/passwd')).toBe(false);
    expect(() => storage.pathOf('../x')).toThrow();
  });
});
