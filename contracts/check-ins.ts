import { z } from 'zod';
import { isoDate, uuid } from './common.ts';

/** Limits of a check-in and its evidence, shared by server and web. */
export const CHECK_IN_LIMITS = {
  /** Bytes per uploaded file. */
  fileBytes: 20 * 1024 * 1024,
  /** Bytes per multipart request (every file of one check-in together, plus the form). */
  requestBytes: 25 * 1024 * 1024,
  files: 10,
  links: 10,
  documents: 10,
  narrative: 5000,
  fileName: 200,
  url: 2000,
  title: 300,
  documentNumber: 100,
  reason: 2000,
} as const;

/** Evidence file types accepted, by extension (checked against the content, not only the name). */
export const EVIDENCE_EXTENSIONS = [
  'pdf',
  'doc',
  'docx',
  'xls',
  'xlsx',
  'png',
  'jpg',
  'jpeg',
  'webp',
  'gif',
] as const;

export const EVIDENCE_KINDS = ['file', 'link', 'document'] as const;

const text = (max: number) => z.string().trim().max(max);

/** An http(s) address; anything else (javascript:, file:, data:) is refused. */
const httpUrl = z
  .string()
  .trim()
  .max(CHECK_IN_LIMITS.url)
  .pipe(z.url({ protocol: /^https?$/ }));

export const evidenceLinkInput = z.strictObject({
  url: httpUrl,
  title: text(CHECK_IN_LIMITS.title).optional(),
});

/** A document referenced by its number (e.g. "12/BC-UBND"), with its date and title when known. */
export const evidenceDocumentInput = z.strictObject({
  number: text(CHECK_IN_LIMITS.documentNumber).min(1),
  date: isoDate.optional(),
  title: text(CHECK_IN_LIMITS.title).optional(),
});

/**
 * A check-in's fields: the JSON body, or the `data` part of a multipart request whose
 * `files` parts carry the evidence files. Which of `value`/`percent` a task needs
 * depends on its kind and is decided by the server's rules, not here.
 */
export const checkInData = z.strictObject({
  reportedOn: isoDate,
  value: z.number().min(-1e15).max(1e15).optional(),
  percent: z.int().min(0).max(100).optional(),
  narrative: text(CHECK_IN_LIMITS.narrative).optional(),
  submitsProduct: z.boolean().optional(),
  links: z.array(evidenceLinkInput).max(CHECK_IN_LIMITS.links).optional(),
  documents: z.array(evidenceDocumentInput).max(CHECK_IN_LIMITS.documents).optional(),
  corrects: z.strictObject({ checkInId: uuid, reason: text(CHECK_IN_LIMITS.reason).min(1) }).optional(),
});
export type CheckInData = z.infer<typeof checkInData>;

export const taskIdParam = z.object({ taskId: uuid });

const person = z.object({ userId: uuid, displayName: z.string() });

export const evidenceSchema = z.object({
  id: uuid,
  position: z.int(),
  kind: z.enum(EVIDENCE_KINDS),
  /** Files: the safe name, type, size, content hash and where to download it. */
  fileName: z.string().nullable(),
  mediaType: z.string().nullable(),
  sizeBytes: z.number().nullable(),
  sha256: z.string().nullable(),
  downloadUrl: z.string().nullable(),
  /** Links. */
  url: z.string().nullable(),
  /** Documents by number. */
  documentNumber: z.string().nullable(),
  documentDate: z.string().nullable(),
  title: z.string().nullable(),
});
export type EvidenceDto = z.infer<typeof evidenceSchema>;

export const checkInSchema = z.object({
  id: uuid,
  taskId: uuid,
  assignmentId: uuid,
  reportedOn: z.string(),
  value: z.number().nullable(),
  percent: z.int().nullable(),
  narrative: z.string().nullable(),
  submitsProduct: z.boolean(),
  /** The entry this one replaces, with the reason given. */
  corrects: z.object({ checkInId: uuid, reason: z.string() }).nullable(),
  /** The entry that replaced this one; a corrected entry no longer counts. */
  correctedBy: uuid.nullable(),
  inForce: z.boolean(),
  createdBy: person,
  /** Set when a delegate entered it on the head's behalf. */
  onBehalfOf: person.nullable(),
  createdAt: z.string(),
  evidence: z.array(evidenceSchema),
});
export type CheckInDto = z.infer<typeof checkInSchema>;

export const checkInHistorySchema = z.object({
  taskId: uuid,
  taskKind: z.enum(['target', 'deliverable']),
  /** Newest first (by reported date, then by entry time). */
  items: z.array(checkInSchema),
  abilities: z.object({ record: z.boolean(), correct: z.boolean() }),
});
export type CheckInHistoryDto = z.infer<typeof checkInHistorySchema>;
