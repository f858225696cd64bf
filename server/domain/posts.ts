import { AppError } from './app-error.ts';

/** A person's tenure of a post, from `startOn` to `endOn` inclusive (open-ended when null). */
export type Term = { id: string; postId: string; personId: string; startOn: string; endOn: string | null };

/** True when two terms share at least one day. */
export function termsOverlap(
  a: Pick<Term, 'startOn' | 'endOn'>,
  b: Pick<Term, 'startOn' | 'endOn'>,
): boolean {
  const aEnd = a.endOn ?? '9999-12-31';
  const bEnd = b.endOn ?? '9999-12-31';
  return a.startOn <= bEnd && b.startOn <= aEnd;
}

/** Refuses a term whose dates are reversed or that overlaps another term of the same post. */
export function assertTermFits(candidate: Pick<Term, 'startOn' | 'endOn'>, others: Term[]): void {
  if (candidate.endOn !== null && candidate.endOn < candidate.startOn) {
    throw new AppError('invalid_date_range', {}, [{ field: 'endOn', code: 'invalid_date_range' }]);
  }
  const clash = others.find((t) => termsOverlap(candidate, t));
  if (clash) {
    throw new AppError('term_overlap', { from: clash.startOn, to: clash.endOn ?? '…' }, [
      { field: 'startOn', code: 'term_overlap' },
    ]);
  }
}

/** The term in force on `date`, if any (terms of one post never overlap). */
export function termAt<T extends Pick<Term, 'startOn' | 'endOn'>>(terms: T[], date: string): T | undefined {
  return terms.find((t) => t.startOn <= date && (t.endOn === null || date <= t.endOn));
}

/** Refuses ending a term that has ended, or before it started. */
export function assertCanEndTerm(term: Term, endOn: string): void {
  if (term.endOn !== null) throw new AppError('term_already_ended');
  if (endOn < term.startOn)
    throw new AppError('invalid_date_range', {}, [{ field: 'endOn', code: 'invalid_date_range' }]);
}
