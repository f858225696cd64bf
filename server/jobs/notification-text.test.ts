import { describe, expect, it } from 'vitest';
import {
  NOTIFICATION_KINDS,
  notificationEmail,
  notificationLink,
  notificationText,
} from './notification-text.ts';

const task = { entityType: 'task', entityId: 'T1' };
const params = {
  taskId: 'T1',
  taskTitle: 'Tỷ lệ tiêm chủng',
  unitName: 'Xã An',
  deadline: '2022-06-30',
  headName: 'Nguyễn Văn An',
};

describe('notification text', () => {
  it('says in Vietnamese that a task is due soon, with the date as dd/MM/yyyy and a link to the task', () => {
    const t = notificationText({ kind: 'due_soon', params, ...task });
    expect(t.title).toBe('Sắp đến hạn: Tỷ lệ tiêm chủng');
    expect(t.body).toContain('Nhiệm vụ “Tỷ lệ tiêm chủng” của Xã An đến hạn ngày 30/06/2022.');
    expect(t.link).toBe('/tasks/T1');
  });

  it('gives the same notification in English', () => {
    const t = notificationText({ kind: 'overdue', params, ...task }, 'en');
    expect(t.title).toBe('Overdue: Tỷ lệ tiêm chủng');
    expect(t.body).toContain('is past its deadline (30/06/2022)');
  });

  it('names the head in an escalation to the assigner', () => {
    const vi = notificationText({ kind: 'escalation', params, ...task });
    expect(vi.title).toBe('Nhiệm vụ quá hạn tại Xã An: Tỷ lệ tiêm chủng');
    expect(vi.body).toContain(
      'giao đồng chí Nguyễn Văn An, người đứng đầu Xã An, đã quá hạn (hạn 30/06/2022)',
    );
    const noHead = notificationText({ kind: 'escalation', params: { ...params, headName: null }, ...task });
    expect(noHead.body).toContain('giao người đứng đầu Xã An');
  });

  it('dates silence from the last check-in, or from the issue when there was none', () => {
    const since = notificationText({
      kind: 'silent',
      params: { ...params, lastCheckIn: '2022-05-01' },
      ...task,
    });
    expect(since.body).toContain('kể từ lần báo cáo gần nhất ngày 01/05/2022');
    const never = notificationText({
      kind: 'silent',
      params: { ...params, lastCheckIn: null, issuedOn: '2022-03-15' },
      ...task,
    });
    expect(never.body).toContain('kể từ khi được giao ngày 15/03/2022');
  });

  it('links request alerts to the request and names the agency it was sent to', () => {
    const n = {
      kind: 'request_escalated',
      params: { ...params, subject: 'Kinh phí', routedToUnitName: 'Sở Y tế', responseDue: '2022-06-10' },
      entityType: 'support_request',
      entityId: 'R1',
    };
    const t = notificationText(n);
    expect(t.title).toBe('Kiến nghị chưa được trả lời: Kinh phí');
    expect(t.body).toContain('gửi Sở Y tế, đã quá hạn trả lời (hạn 10/06/2022)');
    expect(t.link).toBe('/support?request=R1');
  });

  it('writes the weekly digest as one line per unit', () => {
    const counts = { openTasks: 4, dueSoon: 1, overdue: 2, silent: 3, openRequests: 1, overdueRequests: 0 };
    const t = notificationText({
      kind: 'digest',
      params: {
        week: '2022-W26',
        sections: [
          { role: 'head', unitName: 'Xã An', counts },
          { role: 'assigner', unitName: 'Huyện Một', counts: { ...counts, heads: 3 } },
        ],
      },
      entityType: null,
      entityId: null,
    });
    expect(t.title).toBe('Tổng hợp tuần 26/2022');
    expect(t.body.split('\n')).toEqual([
      'Tình hình thực hiện nhiệm vụ tuần 26/2022:',
      '- Xã An: 4 nhiệm vụ đang thực hiện, trong đó 1 sắp đến hạn, 2 quá hạn, 3 lâu chưa báo cáo tiến độ; 1 kiến nghị đang chờ trả lời (0 quá hạn trả lời).',
      '- Các văn bản giao nhiệm vụ của Huyện Một (3 người đứng đầu): 4 nhiệm vụ đang thực hiện, trong đó 1 sắp đến hạn, 2 quá hạn, 3 lâu chưa báo cáo tiến độ; 1 kiến nghị đang chờ trả lời (0 quá hạn trả lời).',
    ]);
    expect(t.link).toBe('/');
  });

  it('announces an urging notice with its number and reply date', () => {
    const t = notificationText({
      kind: 'urging',
      params: {
        documentNumber: '25-CV/HU',
        documentDate: '2022-07-05',
        respondBy: '2022-07-15',
        taskCount: 2,
        assigningUnitName: 'Huyện ủy Yên Lạc',
      },
      entityType: 'assignment',
      entityId: 'A1',
    });
    expect(t.title).toBe('Văn bản đôn đốc số 25-CV/HU');
    expect(t.body).toBe(
      'Huyện ủy Yên Lạc đã ban hành văn bản đôn đốc số 25-CV/HU ngày 05/07/2022 về việc thực hiện 2 nhiệm vụ được giao. ' +
        'Đề nghị đồng chí báo cáo kết quả trước ngày 15/07/2022.',
    );
    expect(t.link).toBe('/assignments/A1');
  });

  it('has a title in both languages for every kind', () => {
    for (const kind of NOTIFICATION_KINDS)
      for (const locale of ['vi', 'en'] as const) {
        const t = notificationText({ kind, params: {}, entityType: null, entityId: null }, locale);
        expect(t.title.length).toBeGreaterThan(5);
      }
    expect(notificationLink({ entityType: 'other', entityId: 'x', params: {} })).toBe('/');
  });

  it('addresses the e-mail to the person formally and carries the full link', () => {
    const mail = notificationEmail(
      { kind: 'due_soon', params, ...task },
      'Nguyễn Văn An',
      'vi',
      'https://giaoviec.example.vn/',
    );
    expect(mail.subject).toBe('Sắp đến hạn: Tỷ lệ tiêm chủng');
    expect(mail.text.startsWith('Kính gửi đồng chí Nguyễn Văn An,\n\n')).toBe(true);
    expect(mail.text).toContain('Xem chi tiết: https://giaoviec.example.vn/tasks/T1');
    const en = notificationEmail({ kind: 'due_soon', params, ...task }, 'An', 'en', 'http://localhost:3000');
    expect(en.text).toContain('Dear An,');
    expect(en.text).toContain('Details: http://localhost:3000/tasks/T1');
  });
});

describe('evaluation notifications', () => {
  it('tells the head their final level, total and appeal deadline, linking to the result', () => {
    const text = notificationText({
      kind: 'evaluation_result_finalized',
      params: { cycleName: 'Năm 2022', level: 'good', total: '96.44', appealUntil: '2023-01-31' },
      entityType: 'evaluation_result',
      entityId: 'r1',
    });
    expect(text.title).toBe('Kết quả đánh giá Năm 2022: Hoàn thành tốt nhiệm vụ');
    expect(text.body).toContain('khiếu nại đến hết ngày 31/01/2023');
    expect(text.link).toBe('/my-results');
  });

  it('says whether an appeal changed the level', () => {
    const upheld = notificationText(
      {
        kind: 'appeal_answered',
        params: { state: 'upheld', level: 'good' },
        entityType: 'evaluation_result',
        entityId: 'r1',
      },
      'en',
    );
    expect(upheld.body).toBe('The assigning body reviewed your appeal and kept your level: Good.');
  });
});
