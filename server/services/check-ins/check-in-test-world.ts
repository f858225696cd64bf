/**
 * The setting of the check-in service tests: a committed assignment (clock at 15/06/2022
 * for the reporters) and a storage that counts how many times bytes were put.
 */
import { mkdtempSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import type { CheckInData } from '../../../contracts/check-ins.ts';
import { contextFor } from '../../../test/factories.ts';
import { clockAt, makeCommittedAssignment } from '../../../test/fixtures/committed-assignment.ts';
import type { Db } from '../../db/client.ts';
import { checkIns } from '../../db/schema/index.ts';
import { LocalFileStorage } from '../../storage/local-file-storage.ts';

/** A storage in its own folder under `root` that remembers how many times bytes were put. */
export function countingStorage(root: string) {
  const local = new LocalFileStorage(mkdtempSync(join(root, 's-')));
  let puts = 0;
  return {
    local,
    get puts() {
      return puts;
    },
    put: (bytes: Uint8Array) => {
      puts++;
      return local.put(bytes);
    },
    get: (sha: string) => local.get(sha),
    has: (sha: string) => local.has(sha),
    files: () => readdirSync(local.root, { recursive: true }).filter((p) => String(p).length > 64),
  };
}

const JUNE = clockAt('2022-06-15');

/** The committed assignment with the head's and delegate's contexts in June, and a fresh storage. */
export async function checkInWorld(db: Db, root: string) {
  const f = await makeCommittedAssignment(db);
  const at = (actor: (typeof f.p)['headA']['actor'], clock = JUNE) => contextFor(db, actor, clock);
  return {
    ...f,
    head: at(f.p.headA.actor),
    delegate: at(f.users.delegateA.actor),
    at,
    storage: countingStorage(root),
  };
}

/** How many check-ins a task has (corrected ones included). */
export async function checkInCount(db: Db, taskId: string) {
  return (await db.select({ id: checkIns.id }).from(checkIns).where(eq(checkIns.taskId, taskId))).length;
}

/** A target check-in on 10/06/2022, overridable. */
export const target = (over: Partial<CheckInData> = {}): CheckInData => ({
  reportedOn: '2022-06-10',
  value: 6.5,
  narrative: 'Đã thu 6,5 tỷ đồng',
  ...over,
});
