/**
 * What a notification says: title (also the e-mail subject), body and the link to the
 * page it is about, in Vietnamese (default) or English. Pure: the stored kind and params
 * in, text out, so the in-app list and the e-mail always say the same thing.
 */
import type { Locale } from '../../contracts/errors.ts';
import { NOTIFICATION_KINDS, type NotificationKind } from '../../contracts/notifications.ts';

export { NOTIFICATION_KINDS, type NotificationKind };

/** Counts a weekly digest reports (open tasks of the recipient's assignments). */
export interface DigestCounts {
  /** Heads concerned (assigner's digest only). */
  heads?: number;
  openTasks: number;
  dueSoon: number;
  overdue: number;
  silent: number;
  openRequests: number;
  overdueRequests: number;
}

/** One unit's part of a digest: as its head, or as the assigning body of its assignments. */
export interface DigestSection {
  role: 'head' | 'assigner';
  unitName: string;
  counts: DigestCounts;
}

/** The facts a notification's text is built from; each kind uses its own subset. */
export interface NotificationParams {
  taskId?: string;
  taskTitle?: string;
  /** The assignee unit (reminders) or the unit that raised a request. */
  unitName?: string;
  headName?: string | null;
  deadline?: string;
  /** Silence: the last check-in in force, or null when none since the issue. */
  lastCheckIn?: string | null;
  issuedOn?: string;
  subject?: string;
  responseDue?: string;
  routedToUnitName?: string;
  /** Digest: ISO week "2022-W26" and one section per unit the recipient heads or assigns from. */
  week?: string;
  sections?: DigestSection[];
  assignmentId?: string;
  noticeId?: string;
  documentNumber?: string;
  documentDate?: string;
  respondBy?: string | null;
  taskCount?: number;
  assigningUnitName?: string;
  /** Evaluation results: the cycle, the level decided and the total ("89.50"). */
  cycleName?: string;
  level?: 'excellent' | 'good' | 'completed' | 'not_completed';
  total?: string;
  appealUntil?: string | null;
  /** Appeal answered: upheld or changed. */
  state?: string;
}

const LEVEL_TEXT = {
  vi: {
    excellent: 'Hoàn thành xuất sắc nhiệm vụ',
    good: 'Hoàn thành tốt nhiệm vụ',
    completed: 'Hoàn thành nhiệm vụ',
    not_completed: 'Không hoàn thành nhiệm vụ',
  },
  en: {
    excellent: 'Excellent',
    good: 'Good',
    completed: 'Completed',
    not_completed: 'Not completed',
  },
} as const;

/** A stored notification as far as its text is concerned. */
export interface NotificationContent {
  kind: string;
  params: NotificationParams;
  entityType: string | null;
  entityId: string | null;
}

/** Title, body and link path of one notification. */
export interface NotificationText {
  title: string;
  body: string;
  link: string;
}

/** "2022-06-30" → "30/06/2022" (both languages: SPEC §6 dates are dd/MM/yyyy). */
export function shortDate(iso: string | null | undefined): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? '');
  return m ? `${m[3]}/${m[2]}/${m[1]}` : '…';
}

/** "2022-W26" → "26/2022" (vi) or "26, 2022" (en). */
function weekLabel(week: string | undefined, locale: Locale): string {
  const m = /^(\d{4})-W(\d{2})$/.exec(week ?? '');
  if (!m) return week ?? '…';
  const n = Number(m[2]);
  return locale === 'vi' ? `${n}/${m[1]}` : `${n}, ${m[1]}`;
}

/** The path of the page a notification points to. */
export function notificationLink(n: Pick<NotificationContent, 'entityType' | 'entityId' | 'params'>): string {
  if (n.entityType === 'task' && n.entityId) return `/tasks/${n.entityId}`;
  // Answerers and assigners work requests from their support inbox (a supporter may not read the task).
  if (n.entityType === 'support_request' && n.entityId) return `/support?request=${n.entityId}`;
  if (n.entityType === 'assignment' && n.entityId) return `/assignments/${n.entityId}`;
  // A head's results and appeals are on one page.
  if (n.entityType === 'evaluation_result') return '/my-results';
  return '/';
}

const q = (text: string | undefined) => `“${text ?? '…'}”`;

type Texts = { title: string; body: string };
type Builder = (p: NotificationParams, locale: Locale) => Texts;

function sectionLine(section: DigestSection, locale: Locale): string {
  const c = section.counts;
  if (locale === 'en') {
    const where =
      section.role === 'assigner'
        ? `Assignments issued by ${section.unitName} (${c.heads ?? 0} heads)`
        : `${section.unitName}`;
    return (
      `${where}: ${c.openTasks} open tasks — ${c.dueSoon} due soon, ${c.overdue} overdue, ${c.silent} without a ` +
      `recent progress report; ${c.openRequests} support requests awaiting an answer (${c.overdueRequests} past their reply date).`
    );
  }
  const where =
    section.role === 'assigner'
      ? `Các văn bản giao nhiệm vụ của ${section.unitName} (${c.heads ?? 0} người đứng đầu)`
      : `${section.unitName}`;
  return (
    `${where}: ${c.openTasks} nhiệm vụ đang thực hiện, trong đó ${c.dueSoon} sắp đến hạn, ${c.overdue} quá hạn, ` +
    `${c.silent} lâu chưa báo cáo tiến độ; ${c.openRequests} kiến nghị đang chờ trả lời (${c.overdueRequests} quá hạn trả lời).`
  );
}

function digestText(p: NotificationParams, locale: Locale): Texts {
  const week = weekLabel(p.week, locale);
  const lines = (p.sections ?? []).map((s) => `- ${sectionLine(s, locale)}`);
  return locale === 'vi'
    ? {
        title: `Tổng hợp tuần ${week}`,
        body: [`Tình hình thực hiện nhiệm vụ tuần ${week}:`, ...lines].join('\n'),
      }
    : { title: `Weekly summary, week ${week}`, body: [`Progress in week ${week}:`, ...lines].join('\n') };
}

const BUILDERS: Record<NotificationKind, Builder> = {
  due_soon: (p, l) =>
    l === 'vi'
      ? {
          title: `Sắp đến hạn: ${p.taskTitle ?? '…'}`,
          body:
            `Nhiệm vụ ${q(p.taskTitle)} của ${p.unitName ?? '…'} đến hạn ngày ${shortDate(p.deadline)}. ` +
            'Đề nghị đồng chí chỉ đạo hoàn thành đúng hạn và cập nhật báo cáo tiến độ.',
        }
      : {
          title: `Due soon: ${p.taskTitle ?? '…'}`,
          body:
            `The task ${q(p.taskTitle)} of ${p.unitName ?? '…'} is due on ${shortDate(p.deadline)}. ` +
            'Please see that it is completed on time and report its progress.',
        },
  overdue: (p, l) =>
    l === 'vi'
      ? {
          title: `Quá hạn: ${p.taskTitle ?? '…'}`,
          body:
            `Nhiệm vụ ${q(p.taskTitle)} của ${p.unitName ?? '…'} đã quá hạn (hạn ${shortDate(p.deadline)}) ` +
            'mà chưa hoàn thành. Đề nghị đồng chí báo cáo kết quả, nguyên nhân chậm và đề xuất (nếu có).',
        }
      : {
          title: `Overdue: ${p.taskTitle ?? '…'}`,
          body:
            `The task ${q(p.taskTitle)} of ${p.unitName ?? '…'} is past its deadline (${shortDate(p.deadline)}) ` +
            'and not done. Please report the result, the reasons for the delay and any proposals.',
        },
  escalation: (p, l) => {
    const who = p.headName ? (l === 'vi' ? `đồng chí ${p.headName}, ` : `${p.headName}, `) : '';
    return l === 'vi'
      ? {
          title: `Nhiệm vụ quá hạn tại ${p.unitName ?? '…'}: ${p.taskTitle ?? '…'}`,
          body:
            `Nhiệm vụ ${q(p.taskTitle)} giao ${who}người đứng đầu ${p.unitName ?? '…'}, đã quá hạn ` +
            `(hạn ${shortDate(p.deadline)}) mà chưa hoàn thành. Đề nghị đồng chí xem xét đôn đốc, tháo gỡ khó khăn.`,
        }
      : {
          title: `Overdue at ${p.unitName ?? '…'}: ${p.taskTitle ?? '…'}`,
          body:
            `The task ${q(p.taskTitle)} assigned to ${who}head of ${p.unitName ?? '…'}, is past its deadline ` +
            `(${shortDate(p.deadline)}) and not done. Please consider urging and helping remove the obstacles.`,
        };
  },
  silent: (p, l) => {
    if (l === 'en') {
      const since = p.lastCheckIn
        ? `since its last report on ${shortDate(p.lastCheckIn)}`
        : `since it was assigned on ${shortDate(p.issuedOn)}`;
      return {
        title: `No progress report: ${p.taskTitle ?? '…'}`,
        body: `The task ${q(p.taskTitle)} of ${p.unitName ?? '…'} has had no progress report ${since}. Please report its progress.`,
      };
    }
    const since = p.lastCheckIn
      ? `kể từ lần báo cáo gần nhất ngày ${shortDate(p.lastCheckIn)}`
      : `kể từ khi được giao ngày ${shortDate(p.issuedOn)}`;
    return {
      title: `Chưa báo cáo tiến độ: ${p.taskTitle ?? '…'}`,
      body: `Nhiệm vụ ${q(p.taskTitle)} của ${p.unitName ?? '…'} chưa có báo cáo tiến độ ${since}. Đề nghị đồng chí cập nhật tiến độ thực hiện.`,
    };
  },
  request_overdue: (p, l) =>
    l === 'vi'
      ? {
          title: `Kiến nghị quá hạn trả lời: ${p.subject ?? '…'}`,
          body:
            `Kiến nghị ${q(p.subject)} của ${p.unitName ?? '…'} về nhiệm vụ ${q(p.taskTitle)} đã quá hạn ` +
            `trả lời (hạn ${shortDate(p.responseDue)}). Đề nghị đồng chí trả lời ngay.`,
        }
      : {
          title: `Reply overdue: ${p.subject ?? '…'}`,
          body:
            `The request ${q(p.subject)} from ${p.unitName ?? '…'} on the task ${q(p.taskTitle)} is past its ` +
            `reply date (${shortDate(p.responseDue)}). Please answer it now.`,
        },
  request_escalated: (p, l) =>
    l === 'vi'
      ? {
          title: `Kiến nghị chưa được trả lời: ${p.subject ?? '…'}`,
          body:
            `Kiến nghị ${q(p.subject)} của ${p.unitName ?? '…'} về nhiệm vụ ${q(p.taskTitle)}, gửi ` +
            `${p.routedToUnitName ?? '…'}, đã quá hạn trả lời (hạn ${shortDate(p.responseDue)}). ` +
            'Kính chuyển đồng chí xem xét, chỉ đạo.',
        }
      : {
          title: `Unanswered request: ${p.subject ?? '…'}`,
          body:
            `The request ${q(p.subject)} from ${p.unitName ?? '…'} on the task ${q(p.taskTitle)}, sent to ` +
            `${p.routedToUnitName ?? '…'}, is past its reply date (${shortDate(p.responseDue)}). ` +
            'It is referred to you for direction.',
        },
  digest: digestText,
  urging: (p, l) => {
    if (l === 'en') {
      const reply = p.respondBy ? ` Please report by ${shortDate(p.respondBy)}.` : '';
      return {
        title: `Urging notice No. ${p.documentNumber ?? '…'}`,
        body:
          `${p.assigningUnitName ?? '…'} issued urging notice No. ${p.documentNumber ?? '…'} of ` +
          `${shortDate(p.documentDate)} on ${p.taskCount ?? 0} of your tasks.${reply}`,
      };
    }
    const reply = p.respondBy
      ? ` Đề nghị đồng chí báo cáo kết quả trước ngày ${shortDate(p.respondBy)}.`
      : '';
    return {
      title: `Văn bản đôn đốc số ${p.documentNumber ?? '…'}`,
      body:
        `${p.assigningUnitName ?? '…'} đã ban hành văn bản đôn đốc số ${p.documentNumber ?? '…'} ngày ` +
        `${shortDate(p.documentDate)} về việc thực hiện ${p.taskCount ?? 0} nhiệm vụ được giao.${reply}`,
    };
  },
  evaluation_result_finalized: (p, l) => {
    const level = p.level ? LEVEL_TEXT[l][p.level] : '…';
    if (l === 'en') {
      const appeal = p.appealUntil ? ` You may appeal until ${shortDate(p.appealUntil)}.` : '';
      return {
        title: `Evaluation result, ${p.cycleName ?? '…'}: ${level}`,
        body: `Your evaluation for ${p.cycleName ?? '…'} is final: ${p.total ?? '…'} points, ${level}.${appeal}`,
      };
    }
    const appeal = p.appealUntil
      ? ` Đồng chí có thể khiếu nại đến hết ngày ${shortDate(p.appealUntil)}.`
      : '';
    return {
      title: `Kết quả đánh giá ${p.cycleName ?? '…'}: ${level}`,
      body: `Kết quả đánh giá, xếp loại ${p.cycleName ?? '…'} của đồng chí đã được quyết định: ${p.total ?? '…'} điểm, ${level}.${appeal}`,
    };
  },
  appeal_answered: (p, l) => {
    const level = p.level ? LEVEL_TEXT[l][p.level] : '…';
    const changed = p.state === 'changed';
    return l === 'vi'
      ? {
          title: changed ? 'Khiếu nại được chấp nhận' : 'Khiếu nại đã được trả lời',
          body: changed
            ? `Cơ quan giao nhiệm vụ đã xem xét khiếu nại và điều chỉnh xếp loại của đồng chí thành: ${level}.`
            : `Cơ quan giao nhiệm vụ đã xem xét khiếu nại và giữ nguyên xếp loại: ${level}.`,
        }
      : {
          title: changed ? 'Appeal granted' : 'Appeal answered',
          body: changed
            ? `The assigning body reviewed your appeal and changed your level to: ${level}.`
            : `The assigning body reviewed your appeal and kept your level: ${level}.`,
        };
  },
};

/** The localized title, body and link of a notification (unknown kinds get a neutral text). */
export function notificationText(n: NotificationContent, locale: Locale = 'vi'): NotificationText {
  const build = BUILDERS[n.kind as NotificationKind];
  const texts = build
    ? build(n.params ?? {}, locale)
    : locale === 'vi'
      ? { title: 'Thông báo', body: '' }
      : { title: 'Notification', body: '' };
  return { ...texts, link: notificationLink(n) };
}

/** The e-mail for a notification: subject, and a plain-text body with the full link. */
export function notificationEmail(
  n: NotificationContent,
  recipientName: string,
  locale: Locale,
  publicUrl: string,
): { subject: string; text: string } {
  const { title, body, link } = notificationText(n, locale);
  const url = `${publicUrl.replace(/\/+$/, '')}${link}`;
  const text =
    locale === 'vi'
      ? [
          `Kính gửi đồng chí ${recipientName},`,
          '',
          body,
          '',
          `Xem chi tiết: ${url}`,
          '',
          '--',
          'Hệ thống giao nhiệm vụ và đánh giá cán bộ bằng sản phẩm.',
          'Thư gửi tự động, đề nghị không trả lời thư này.',
        ]
      : [
          `Dear ${recipientName},`,
          '',
          body,
          '',
          `Details: ${url}`,
          '',
          '--',
          'Mandate: task assignment and evaluation by product.',
          'This message was sent automatically; please do not reply.',
        ];
  return { subject: title, text: `${text.join('\n')}\n` };
}
