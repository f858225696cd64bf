import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { checkInData } from '../../contracts/check-ins.ts';
import { uuid } from '../../contracts/common.ts';
import { errorMessage } from '../../contracts/errors.ts';
import { describeIssue } from '../../contracts/validation-messages.ts';
import { type Clock, systemClock } from '../clock.ts';
import type { Db } from '../db/client.ts';
import { activeGrants, findUserByUsername, toDomainGrants } from '../db/repositories/users.ts';
import { AppError } from '../domain/app-error.ts';
import type { EvidenceUpload } from '../services/check-ins/evidence-uploads.ts';
import { recordCheckIn } from '../services/check-ins/record-check-in.ts';
import type { ServiceContext } from '../services/context.ts';
import type { FileStorage } from '../storage/file-storage.ts';

export type CheckInOptions = {
  as?: string;
  task?: string;
  date?: string;
  value?: string;
  percent?: string;
  narrative?: string;
  'submits-product'?: boolean;
  file?: string[];
  link?: string[];
  document?: string[];
  corrects?: string;
  reason?: string;
};

const USAGE = `Usage: mandate check-in --as USERNAME --task TASK_ID --date YYYY-MM-DD [--value N | --percent N]
         [--narrative TEXT] [--submits-product] [--file PATH]... [--link URL]...
         [--document "12/BC-UBND|2022-05-02|title"]... [--corrects CHECK_IN_ID --reason TEXT]`;

/**
 * `mandate check-in`: reports progress on a task as a named head or delegate (the
 * audit trail records who), with evidence files, links and documents by number.
 * The same checks as the web form apply; nothing is written when any of them fails.
 */
export async function checkInCommand(
  db: Db,
  storage: FileStorage,
  o: CheckInOptions,
  clock: Clock = systemClock,
): Promise<number> {
  if (!o.as || !o.task || !o.date) {
    console.error(USAGE);
    return 1;
  }
  if (!uuid.safeParse(o.task).success) {
    console.error(`"${o.task}" is not a task id.`);
    return 1;
  }
  const user = await findUserByUsername(db, o.as);
  if (!user) {
    console.error(`No user "${o.as}".`);
    return 1;
  }
  const uploads: EvidenceUpload[] = [];
  for (const path of o.file ?? []) {
    try {
      uploads.push({ field: `files.${uploads.length}`, fileName: basename(path), bytes: readFileSync(path) });
    } catch {
      console.error(`Cannot read the file "${path}".`);
      return 1;
    }
  }
  const input = {
    reportedOn: o.date,
    value: o.value === undefined ? undefined : numberOrText(o.value),
    percent: o.percent === undefined ? undefined : numberOrText(o.percent),
    narrative: o.narrative,
    submitsProduct: o['submits-product'] || undefined,
    links: o.link?.length ? o.link.map((url) => ({ url })) : undefined,
    documents: o.document?.length ? o.document.map(parseDocument) : undefined,
    corrects: o.corrects ? { checkInId: o.corrects, reason: o.reason ?? '' } : undefined,
  };
  const parsed = checkInData.safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) console.error(describeIssue(issue, 'vi').message);
    return 2;
  }
  const ctx: ServiceContext = {
    db,
    actor: {
      userId: user.id,
      personId: user.personId,
      grants: toDomainGrants(await activeGrants(db, user.id)),
    },
    clock,
    requestId: 'cli',
    locale: 'vi',
  };
  try {
    const created = await recordCheckIn(ctx, storage, o.task, parsed.data, uploads);
    console.log(
      `Recorded check-in ${created.id} on task ${o.task} (${created.reportedOn}, ${created.evidence.length} evidence item(s)).`,
    );
    return 0;
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    const where = error.fields.map((f) => f.field).join(', ');
    console.error(`${errorMessage(error.code, 'vi', error.params)}${where ? ` [${where}]` : ''}`);
    return 2;
  }
}

// Numbers as numbers; anything else is passed on for the contract to name the field.
function numberOrText(text: string): number | string {
  const n = Number(text.trim());
  return text.trim() !== '' && Number.isFinite(n) ? n : text;
}

/** "12/BC-UBND|2022-05-02|title": number, then optional date and title. */
function parseDocument(text: string) {
  const [number = '', date, ...title] = text.split('|');
  return {
    number,
    ...(date?.trim() ? { date: date.trim() } : {}),
    ...(title.length && title.join('|').trim() ? { title: title.join('|') } : {}),
  };
}
