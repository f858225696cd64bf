import { type AnyColumn, sql } from 'drizzle-orm';
import { people, postTerms } from '../../db/schema/index.ts';
import type { IsoDate } from '../../domain/assignment/calendar.ts';

/** SQL: the name of whoever held the post in `postId` on `date` (null when vacant). */
export function headNameOn(postId: AnyColumn, date: IsoDate) {
  return sql<
    string | null
  >`(select ${people.fullName} from ${postTerms} join ${people} on ${people.id} = ${postTerms.personId}
    where ${postTerms.postId} = ${postId} and ${postTerms.startOn} <= ${date}
      and (${postTerms.endOn} is null or ${postTerms.endOn} >= ${date}) limit 1)`;
}
