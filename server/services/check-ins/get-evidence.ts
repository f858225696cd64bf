import { eq } from 'drizzle-orm';
import { checkIns, evidence } from '../../db/schema/index.ts';
import { notFound } from '../../domain/app-error.ts';
import type { FileStorage } from '../../storage/file-storage.ts';
import type { ServiceContext } from '../context.ts';
import { loadTaskContext } from './load-task-context.ts';

/**
 * An evidence file's bytes, for whoever may read its task (404 otherwise, and for
 * evidence that is a link or a document rather than a file).
 */
export async function getEvidenceFile(ctx: ServiceContext, storage: FileStorage, evidenceId: string) {
  const [row] = await ctx.db
    .select({ evidence, taskId: checkIns.taskId })
    .from(evidence)
    .innerJoin(checkIns, eq(checkIns.id, evidence.checkInId))
    .where(eq(evidence.id, evidenceId));
  if (row?.evidence.kind !== 'file' || !row.evidence.sha256) throw notFound('evidence');
  await loadTaskContext(ctx, ctx.db, row.taskId, { entity: 'evidence' });
  const bytes = await storage.get(row.evidence.sha256);
  // A stored row without its bytes is lost data, for the operators to see (logged 500), not a 404.
  if (!bytes) throw new Error(`evidence ${evidenceId}: no stored bytes for ${row.evidence.sha256}`);
  return {
    bytes,
    fileName: row.evidence.fileName ?? 'evidence',
    mediaType: row.evidence.mediaType ?? 'application/octet-stream',
  };
}
