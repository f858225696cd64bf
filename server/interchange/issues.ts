import type { Locale } from '../../contracts/errors.ts';
import { interchangeMessage } from '../../contracts/interchange/messages.ts';

/** Parameters of an issue: plain strings and numbers, so any locale can render them. */
export type IssueParams = Record<string, string | number>;

/** One problem found in a document, named by its JSON path (e.g. `scores[3].tasks[2].score`). */
export interface InterchangeIssue {
  path: string;
  code: string;
  params: IssueParams;
  message: string;
}

/** A path from its parts: names joined by dots, list positions in brackets. */
export function pathOf(parts: readonly PropertyKey[]): string {
  let out = '';
  for (const part of parts) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}

/** Collects every issue of a document before anything is reported, in document order. */
export class IssueCollector {
  readonly issues: InterchangeIssue[] = [];

  constructor(private readonly locale: Locale) {}

  add(path: string, code: string, params: IssueParams = {}): void {
    this.issues.push({ path, code, params, message: interchangeMessage(code, params, this.locale) });
  }

  get empty(): boolean {
    return this.issues.length === 0;
  }
}
