import { z } from 'zod';
import { isoDate, LIMITS, uuid } from './common.ts';

/** What a notification is about; each kind has its own text (server/jobs/notification-text.ts). */
export const NOTIFICATION_KINDS = [
  'due_soon',
  'overdue',
  'escalation',
  'silent',
  'request_overdue',
  'request_escalated',
  'digest',
  'urging',
  'evaluation_result_finalized',
  'appeal_answered',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const NOTIFICATION_LIMITS = { defaultPage: 50, maxPage: LIMITS.pageSize } as const;

export const notificationSchema = z.object({
  id: uuid,
  kind: z.string(),
  title: z.string(),
  body: z.string(),
  /** Path of the page it is about, e.g. "/tasks/{id}". */
  link: z.string(),
  entityType: z.string().nullable(),
  entityId: z.string().nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type NotificationDto = z.infer<typeof notificationSchema>;

export const notificationListQuery = z.strictObject({
  unread: z.enum(['true', 'false']).optional(),
  limit: z.coerce.number().int().min(1).max(NOTIFICATION_LIMITS.maxPage).optional(),
});
export const notificationListSchema = z.object({
  items: z.array(notificationSchema),
  unreadCount: z.int(),
});
export const unreadCountSchema = z.object({ count: z.int() });
export const readAllSchema = z.object({ updated: z.int() });

export const URGING_LIMITS = { body: 5000, tasks: 500 } as const;

const text = (max: number) => z.string().trim().max(max);

/** An urging notice (văn bản đôn đốc) from the assigning body to the head. */
export const createUrgingNoticeBody = z.strictObject({
  documentNumber: text(50).min(1),
  documentDate: isoDate,
  signerName: text(LIMITS.name).min(1),
  signerTitle: text(LIMITS.name).nullish(),
  body: text(URGING_LIMITS.body).min(1),
  taskIds: z.array(uuid).min(1).max(URGING_LIMITS.tasks),
  respondBy: isoDate.nullish(),
});
export type CreateUrgingNoticeInput = z.infer<typeof createUrgingNoticeBody>;

export const urgingNoticeSchema = z.object({
  id: uuid,
  assignmentId: uuid,
  documentNumber: z.string(),
  documentDate: z.string(),
  signerName: z.string(),
  signerTitle: z.string().nullable(),
  body: z.string(),
  tasks: z.array(z.object({ id: uuid, title: z.string() })),
  respondBy: z.string().nullable(),
  issuedBy: uuid,
  createdAt: z.string(),
});
export type UrgingNoticeDto = z.infer<typeof urgingNoticeSchema>;
export const urgingNoticeListSchema = z.object({ items: z.array(urgingNoticeSchema) });
