import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { baseDocument } from '../interchange/test-document.ts';
import { main } from './main.ts';

const EXAMPLE = 'docs/interchange/examples/yen-lac-2022.json';
let dir: string;
let out: string;
let err: string;
const previousDataDir = process.env.MANDATE_DATA_DIR;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'mandate-evaluate-'));
  // a data folder that must never come to exist: these commands do not touch the database
  process.env.MANDATE_DATA_DIR = join(dir, 'data');
  out = '';
  err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    out += String(chunk);
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    err += String(chunk);
    return true;
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  if (previousDataDir === undefined) delete process.env.MANDATE_DATA_DIR;
  else process.env.MANDATE_DATA_DIR = previousDataDir;
  expect(existsSync(join(dir, 'data'))).toBe(false);
});

const write = (name: string, content: unknown) => {
  const file = join(dir, name);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
};

describe('mandate evaluate', () => {
  it('prints the evaluation of a cycle file as JSON and exits 0, without a database', async () => {
    expect(await main(['evaluate', '--file', EXAMPLE, '--locale', 'en'])).toBe(0);
    const result = JSON.parse(out);
    expect(result.format).toBe('mandate.evaluation/1');
    expect(result.heads.map((h: { total: string; level: string }) => [h.total, h.level])).toEqual([
      ['98.33', 'good'],
      ['97.10', 'excellent'],
      ['89.70', 'good'],
      ['75.35', 'not_completed'],
      ['96.00', 'good'],
    ]);
    expect(result.heads[1].explanation.text[0]).toBe('Level: Excellent (total 97.10)');
    expect(err).toBe('');
  });

  it('evaluates a quarter provisionally with --quarter and --as-of', async () => {
    expect(await main(['evaluate', '--file', EXAMPLE, '--quarter', '4', '--as-of', '2023-01-05'])).toBe(0);
    const result = JSON.parse(out);
    expect(result).toMatchObject({ provisional: true, asOf: '2023-01-05', period: { quarter: 4 } });
    expect(result.heads[0].explanation.text[0]).toMatch(/^Xếp loại: /);
  });

  it('prints every problem of an invalid file with its path to stderr and exits 2', async () => {
    const doc = baseDocument();
    doc.scores[0].tasks[0].score = 25;
    doc.scores[1].tasks[0].bonus = 3;
    expect(await main(['evaluate', '--file', write('bad.json', doc), '--locale', 'en'])).toBe(2);
    expect(out).toBe('');
    expect(err.trim().split('\n')).toEqual([
      'The cycle document is invalid (2 problems):',
      'scores[0].tasks[0].score: The score 25 is above the task weight 20. [score_above_weight]',
      'scores[1].tasks[0].bonus: The bonus 3 is above the 2 allowed per task. [bonus_above_cap]',
    ]);
  });

  it('exits 2 on a file that is not JSON and 1 on wrong usage', async () => {
    expect(await main(['evaluate', '--file', write('broken.json', '{"format":')])).toBe(2);
    expect(err).toMatch(/^\(document\): Tệp không phải JSON hợp lệ/m);
    expect(await main(['evaluate'])).toBe(1);
    expect(await main(['evaluate', '--file', EXAMPLE, '--quarter', '5'])).toBe(1);
    expect(await main(['evaluate', '--file', EXAMPLE, '--as-of', '31/12/2022'])).toBe(1);
    expect(await main(['evaluate', '--file', join(dir, 'missing.json')])).toBe(1);
    expect(out).toBe('');
  });
});

describe('mandate validate-cycle', () => {
  it('reports a valid file with its counts and notes, and exits 0', async () => {
    expect(await main(['validate-cycle', '--file', EXAMPLE, '--locale', 'en'])).toBe(0);
    const summary = JSON.parse(out);
    expect(summary).toMatchObject({
      valid: true,
      format: 'mandate.cycle/1',
      counts: { assignments: 5, tasks: 18 },
    });
    expect(summary.notes).toEqual([expect.objectContaining({ path: 'scores[22]', code: 'member_recused' })]);
  });

  it('exits 2 on an invalid file', async () => {
    expect(await main(['validate-cycle', '--file', write('bad.json', { format: 'mandate.cycle/1' })])).toBe(
      2,
    );
    expect(err).toContain('cycle: ');
  });
});
