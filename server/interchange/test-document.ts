import type { CycleDocument, InterchangeTask } from '../../contracts/interchange/cycle-format.ts';
import { QD366_POLICY } from '../domain/scoring/policy.ts';
import { fromScoringPolicy } from './policy.ts';

/**
 * Small cycle documents for tests. `baseDocument()` is a district (u-dist) assigning one
 * commune secretary (assignment a-1, head p-a) three tasks worth 20 + 20 + 30, all done
 * on time, the first exceeded, scored full marks by a council of two district members:
 * total 100.00, excellent. Each test changes only what it is about.
 */

const COMMON = {
  tags: [],
  leadUnitId: null,
  coordinatingUnitIds: [],
  parentTaskId: null,
  support: [],
  history: [],
  cancellation: null,
} satisfies Partial<InterchangeTask>;

export function targetTask(
  id: string,
  weight: number,
  patch: Partial<InterchangeTask> = {},
): InterchangeTask {
  return {
    kind: 'target',
    id,
    position: 1,
    title: `Chỉ tiêu ${id}`,
    weight,
    deadline: '2025-12-31',
    ...COMMON,
    metric: 'Thu ngân sách',
    unitOfMeasure: 'tỷ đồng',
    baseline: null,
    targetValue: '100',
    direction: 'at_least',
    rollup: null,
    ...patch,
  } as InterchangeTask;
}

export function deliverableTask(
  id: string,
  weight: number,
  deadline: string,
  patch: Partial<InterchangeTask> = {},
): InterchangeTask {
  return {
    kind: 'deliverable',
    id,
    position: 1,
    title: `Nhiệm vụ ${id}`,
    weight,
    deadline,
    ...COMMON,
    expectedProduct: 'Biên bản nghiệm thu',
    acceptanceCriteria: 'Được nghiệm thu',
    ...patch,
  } as InterchangeTask;
}

type CheckIn = CycleDocument['checkIns'][number];
export function checkIn(
  id: string,
  taskId: string,
  reportedOn: string,
  patch: Partial<CheckIn> = {},
): CheckIn {
  return {
    id,
    taskId,
    reportedOn,
    value: null,
    percent: null,
    narrative: null,
    submitsProduct: false,
    correctsId: null,
    correctionReason: null,
    evidence: [],
    ...patch,
  };
}

export const productCheckIn = (id: string, taskId: string, reportedOn: string) =>
  checkIn(id, taskId, reportedOn, { percent: 100, submitsProduct: true });

type Appraisal = CycleDocument['appraisals'][number];
type Item = Appraisal['items'][number];
export function item(taskId: string, patch: Partial<Item> = {}): Item {
  return {
    taskId,
    verifiedValue: null,
    verifiedFraction: null,
    progress: 'done',
    productDecision: null,
    acceptedCheckInId: null,
    exceeded: false,
    findings: null,
    ...patch,
  };
}

export const acceptedItem = (taskId: string, checkInId: string, exceeded = false) =>
  item(taskId, {
    verifiedFraction: '1',
    productDecision: 'accepted',
    acceptedCheckInId: checkInId,
    exceeded,
  });

export function appraisal(id: string, assignmentId: string, appraisedOn: string, items: Item[]): Appraisal {
  return {
    id,
    assignmentId,
    kind: 'ad_hoc',
    quarter: null,
    appraisedOn,
    appraiserUnitId: 'u-dist',
    findings: null,
    recommendations: null,
    items,
  };
}

type Sheet = CycleDocument['scores'][number];
export const FULL_CRITERIA = { political_ethics: 10, innovation_vision: 10, self_criticism: 10 };
export function sheet(
  memberPersonId: string,
  assignmentId: string,
  tasks: Record<string, number | [number, number]>,
  criteria: Record<string, number> = FULL_CRITERIA,
  councilId = 'c-dist',
): Sheet {
  return {
    councilId,
    memberPersonId,
    assignmentId,
    tasks: Object.entries(tasks).map(([taskId, v]) =>
      typeof v === 'number' ? { taskId, score: v, bonus: 0 } : { taskId, score: v[0], bonus: v[1] },
    ),
    criteria: Object.entries(criteria).map(([key, score]) => ({ key, score })),
    comment: null,
  };
}

export const FULL_MARKS = { 't1-1': 20, 't1-2': 20, 't1-3': 30 };

/**
 * Adds one commune head to a document: unit u-<key> under `parentId` (u-dist by default),
 * its head post, person p-<key>, and assignment a-<key> from `assigningUnitId` with three
 * tasks done on time (t<key>-1 exceeded), scored by the members given `marks`.
 */
export function addHead(
  doc: CycleDocument,
  key: string,
  opts: {
    parentId?: string;
    assigningUnitId?: string;
    councilId?: string;
    members?: string[];
    marks?: Record<string, number | [number, number]>;
    criteria?: Record<string, number>;
  } = {},
): CycleDocument {
  const unitId = `u-${key}`;
  const t = (n: number) => `t${key}-${n}`;
  doc.units.push({
    id: unitId,
    code: `X-${key.toUpperCase()}`,
    name: `Xã ${key}`,
    kind: 'commune',
    parentId: opts.parentId ?? 'u-dist',
  });
  doc.people.push({ id: `p-${key}`, fullName: `Bí thư ${key}` });
  doc.posts.push({ id: `post-${key}`, unitId, title: `Bí thư Đảng ủy xã ${key}`, isHead: true });
  doc.terms.push({ postId: `post-${key}`, personId: `p-${key}`, startOn: '2020-10-15', endOn: null });
  doc.assignments.push({
    id: `a-${key}`,
    assigningUnitId: opts.assigningUnitId ?? 'u-dist',
    assigneeUnitId: unitId,
    headPostId: `post-${key}`,
    headPersonId: `p-${key}`,
    state: 'scored',
    title: null,
    bottleneck: null,
    documentNumber: `${key}-QĐ/HU`,
    documentDate: '2025-03-01',
    signerName: 'Bí thư Huyện ủy',
    signerTitle: null,
    tasks: [
      targetTask(t(1), 20, { position: 1 }),
      deliverableTask(t(2), 20, '2025-09-30', { position: 2 }),
      deliverableTask(t(3), 30, '2025-12-31', { position: 3 }),
    ],
  });
  doc.checkIns.push(
    checkIn(`ci${key}-1`, t(1), '2025-11-30', { value: '120' }),
    productCheckIn(`ci${key}-2`, t(2), '2025-09-15'),
    productCheckIn(`ci${key}-3`, t(3), '2025-12-20'),
  );
  doc.appraisals.push(
    appraisal(`ap${key}-1`, `a-${key}`, '2025-09-20', [acceptedItem(t(2), `ci${key}-2`)]),
    appraisal(`ap${key}-2`, `a-${key}`, '2025-12-28', [
      item(t(1), { verifiedValue: '120' }),
      acceptedItem(t(3), `ci${key}-3`),
    ]),
  );
  const marks = opts.marks ?? { [t(1)]: 20, [t(2)]: 20, [t(3)]: 30 };
  for (const m of opts.members ?? ['p-m1', 'p-m2']) {
    doc.scores.push(sheet(m, `a-${key}`, marks, opts.criteria ?? FULL_CRITERIA, opts.councilId ?? 'c-dist'));
  }
  return doc;
}

/** A province (u-root), a district (u-dist, with its party committee u-dist-du) and one commune head. */
export function baseDocument(): CycleDocument {
  const doc: CycleDocument = {
    format: 'mandate.cycle/1',
    exportedAt: '2026-01-20T09:00:00+07:00',
    cycle: {
      id: 'cy-2025',
      name: 'Năm 2025',
      kind: 'year',
      startsOn: '2025-01-01',
      endsOn: '2025-12-31',
      ownerUnitId: 'u-root',
    },
    policy: fromScoringPolicy('qd366', QD366_POLICY),
    units: [
      { id: 'u-root', code: 'ROOT', name: 'Tỉnh', kind: 'province', parentId: null },
      { id: 'u-dist', code: 'DIST', name: 'Huyện', kind: 'district', parentId: 'u-root' },
      { id: 'u-dist-du', code: 'DIST-DU', name: 'Huyện ủy', kind: 'party_committee', parentId: 'u-dist' },
    ],
    people: [
      { id: 'p-m1', fullName: 'Thành viên Một' },
      { id: 'p-m2', fullName: 'Thành viên Hai' },
    ],
    posts: [
      { id: 'post-m1', unitId: 'u-dist-du', title: 'Bí thư Huyện ủy', isHead: true },
      { id: 'post-m2', unitId: 'u-dist-du', title: 'Phó Bí thư Huyện ủy', isHead: false },
    ],
    terms: [
      { postId: 'post-m1', personId: 'p-m1', startOn: '2020-10-15', endOn: null },
      { postId: 'post-m2', personId: 'p-m2', startOn: '2020-10-15', endOn: null },
    ],
    assignments: [],
    checkIns: [],
    appraisals: [],
    councils: [
      {
        id: 'c-dist',
        assigningUnitId: 'u-dist',
        name: 'Hội đồng tư vấn huyện',
        members: [
          { personId: 'p-m1', role: 'chair', unitIds: [] },
          { personId: 'p-m2', role: 'member', unitIds: [] },
        ],
        scoringOpensOn: '2026-01-10',
        scoringClosesOn: '2026-01-20',
      },
    ],
    scores: [],
    deductions: [],
    disqualifyingEvents: [],
  };
  return addHead(doc, '1');
}

/** The assignment of a document by id (for edits in tests). */
export const assignmentOf = (doc: CycleDocument, id: string) => doc.assignments.find((a) => a.id === id)!;
export const taskOf = (doc: CycleDocument, id: string) =>
  doc.assignments.flatMap((a) => a.tasks).find((t) => t.id === id)!;
