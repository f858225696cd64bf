/**
 * A council's member list checked against the stored people and accounts: each person
 * exists, a given scoring account exists, is active and is not someone else's; without
 * one, the person's own active account (if any) scores.
 */
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { CouncilMemberInput } from '../../../contracts/councils.ts';
import type { Tx } from '../../db/client.ts';
import { people, users } from '../../db/schema/index.ts';
import { AppError } from '../../domain/app-error.ts';
import { checkMemberList } from './rules.ts';

export interface ResolvedMember {
  personId: string;
  userId: string | null;
  role: 'chair' | 'member';
  position: number;
}

/** The members as they will be stored, in the given order; refuses the first bad one. */
export async function resolveMembers(
  tx: Tx,
  input: readonly CouncilMemberInput[],
): Promise<ResolvedMember[]> {
  checkMemberList(input);
  const personIds = input.map((m) => m.personId);
  const known = new Set(
    (await tx.select({ id: people.id }).from(people).where(inArray(people.id, personIds))).map((r) => r.id),
  );
  const given = input.map((m) => m.userId).filter((id): id is string => !!id);
  const accounts = new Map(
    given.length
      ? (
          await tx
            .select({ id: users.id, personId: users.personId, isActive: users.isActive })
            .from(users)
            .where(inArray(users.id, given))
        ).map((u) => [u.id, u])
      : [],
  );
  const own = await tx
    .select({ id: users.id, personId: users.personId })
    .from(users)
    .where(and(inArray(users.personId, personIds), eq(users.isActive, true)))
    .orderBy(asc(users.createdAt));
  const taken = new Set(given);
  return input.map((m, i) => {
    const fail = (
      code: 'council_member_unknown' | 'council_account_unknown' | 'council_account_mismatch',
      field: string,
    ) => new AppError(code, { position: i + 1 }, [{ field: `members.${i}.${field}`, code }]);
    if (!known.has(m.personId)) throw fail('council_member_unknown', 'personId');
    let userId: string | null = null;
    if (m.userId) {
      const account = accounts.get(m.userId);
      if (!account?.isActive) throw fail('council_account_unknown', 'userId');
      if (account.personId && account.personId !== m.personId)
        throw fail('council_account_mismatch', 'userId');
      userId = m.userId;
    } else {
      userId = own.find((u) => u.personId === m.personId && !taken.has(u.id))?.id ?? null;
      if (userId) taken.add(userId);
    }
    return { personId: m.personId, userId, role: m.role, position: i + 1 };
  });
}
