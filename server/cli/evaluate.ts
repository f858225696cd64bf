import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Locale } from '../../contracts/errors.ts';
import { isIsoDate } from '../domain/assignment/calendar.ts';
import { DomainError } from '../domain/scoring/errors.ts';
import { evaluateCycle } from '../interchange/evaluate-cycle.ts';
import type { InterchangeIssue } from '../interchange/issues.ts';
import { quarterCount } from '../interchange/period.ts';
import { type CycleValidation, validateCycleJson } from '../interchange/validate-cycle.ts';

/**
 * `mandate evaluate` and `mandate validate-cycle`: read a cycle document
 * (format mandate.cycle/1), validate all of it, and print the evaluation as JSON. Pure:
 * no database is opened. Exit codes: 0 done, 1 wrong usage or unreadable file, 2 the
 * document is invalid (every problem printed to stderr, one per line).
 */

export interface CommandIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

const processIo: CommandIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

const EVALUATE_USAGE =
  'Usage: mandate evaluate --file cycle.json [--quarter N] [--as-of YYYY-MM-DD] [--locale vi|en]\n';
const VALIDATE_USAGE = 'Usage: mandate validate-cycle --file cycle.json [--locale vi|en]\n';

type Parsed = { file?: string; quarter?: string; 'as-of'?: string; locale?: string };

function parse(args: string[], withEvaluation: boolean): Parsed | null {
  try {
    const { values } = parseArgs({
      args,
      options: {
        file: { type: 'string' },
        locale: { type: 'string' },
        ...(withEvaluation ? { quarter: { type: 'string' }, 'as-of': { type: 'string' } } : {}),
      },
    });
    return values as Parsed;
  } catch {
    return null;
  }
}

function read(file: string, locale: Locale, io: CommandIo): CycleValidation | null {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    io.err(`Cannot read ${file}: ${error instanceof Error ? error.message : String(error)}\n`);
    return null;
  }
  return validateCycleJson(text.replace(/^\uFEFF/, ''), locale);
}

const line = (issue: InterchangeIssue) => `${issue.path || '(document)'}: ${issue.message} [${issue.code}]\n`;

function reportInvalid(errors: readonly InterchangeIssue[], io: CommandIo): number {
  io.err(`The cycle document is invalid (${errors.length} problem${errors.length === 1 ? '' : 's'}):\n`);
  for (const issue of errors) io.err(line(issue));
  return 2;
}

const localeOf = (value: string | undefined): Locale | null =>
  value === undefined ? 'vi' : value === 'vi' || value === 'en' ? value : null;

/** `mandate evaluate --file F [--quarter N] [--as-of D] [--locale vi|en]`. */
export function evaluateCli(args: string[], io: CommandIo = processIo): number {
  const o = parse(args, true);
  const locale = localeOf(o?.locale);
  const quarter = o?.quarter === undefined ? undefined : Number(o.quarter);
  const asOf = o?.['as-of'];
  if (
    !o?.file ||
    !locale ||
    (quarter !== undefined && !(Number.isInteger(quarter) && quarter >= 1)) ||
    (asOf !== undefined && !isIsoDate(asOf))
  ) {
    io.err(EVALUATE_USAGE);
    return 1;
  }
  const validation = read(o.file, locale, io);
  if (!validation) return 1;
  if (!validation.ok) return reportInvalid(validation.errors, io);
  const { cycle } = validation.document;
  if (quarter !== undefined && quarter > quarterCount(cycle)) {
    io.err(
      `The cycle ${cycle.startsOn} – ${cycle.endsOn} has ${quarterCount(cycle)} quarters; --quarter ${quarter} is outside it.\n`,
    );
    return 1;
  }
  try {
    const result = evaluateCycle(validation.document, { quarter, asOf, locale });
    io.out(`${JSON.stringify(result, null, 2)}\n`);
    return 0;
  } catch (error) {
    // validation should leave nothing for the rules to refuse; say so plainly if it did
    if (!(error instanceof DomainError)) throw error;
    io.err(`The scoring rules refused the document: ${error.code} ${JSON.stringify(error.params)}\n`);
    return 2;
  }
}

/** `mandate validate-cycle --file F [--locale vi|en]`: checks a document without evaluating it. */
export function validateCycleCli(args: string[], io: CommandIo = processIo): number {
  const o = parse(args, false);
  const locale = localeOf(o?.locale);
  if (!o?.file || !locale) {
    io.err(VALIDATE_USAGE);
    return 1;
  }
  const validation = read(o.file, locale, io);
  if (!validation) return 1;
  if (!validation.ok) return reportInvalid(validation.errors, io);
  const d = validation.document;
  const summary = {
    valid: true,
    format: d.format,
    cycle: { id: d.cycle.id, name: d.cycle.name },
    counts: {
      units: d.units.length,
      people: d.people.length,
      assignments: d.assignments.length,
      tasks: d.assignments.reduce((n, a) => n + a.tasks.length, 0),
      checkIns: d.checkIns.length,
      appraisals: d.appraisals.length,
      councils: d.councils.length,
      scoreSheets: d.scores.length,
      deductions: d.deductions.length,
      disqualifyingEvents: d.disqualifyingEvents.length,
    },
    notes: validation.notes.map(({ path, code, message }) => ({ path, code, message })),
  };
  io.out(`${JSON.stringify(summary, null, 2)}\n`);
  return 0;
}
