import { SUPPORT_KINDS, TASK_TAGS } from '../../../contracts/tasks.ts';
import { buildTaskWorkbook } from './build-task-workbook.ts';
import type { WorkbookTask } from './task-workbook-columns.ts';

const COMMUNES = [
  'NGUYETDUC',
  'TAMHONG',
  'DONGVAN',
  'YENPHUONG',
  'LIENCHAU',
  'TRUNGNGUYEN',
  'BINHDINH',
  'HONGPHUONG',
];

function isoDay(index: number): string {
  const day = new Date(Date.UTC(2022, 0, 1) + (index % 365) * 86_400_000);
  return day.toISOString().slice(0, 10);
}

/**
 * `n` valid tasks, alternately targets and deliverables, with Vietnamese text, tags, several
 * coordinating units and support commitments; deterministic (no clock, no randomness).
 */
export function generateLargeTaskList(n: number): WorkbookTask[] {
  return Array.from({ length: n }, (_, i): WorkbookTask => {
    const commune = COMMUNES[i % COMMUNES.length];
    const common = {
      weight: ((i % 700) + 1) / 100,
      deadline: isoDay(i),
      tags: [
        TASK_TAGS[i % TASK_TAGS.length],
        ...(i % 3 === 0 ? [TASK_TAGS[(i + 2) % TASK_TAGS.length]] : []),
      ],
      leadUnitCode: `VP-YL-${commune}`,
      coordinatingUnitCodes: i % 2 === 0 ? ['UBND-YL', `PHONG-${(i % 12) + 1}-YL`] : [],
      supportCommitments:
        i % 4 === 0
          ? [
              {
                kind: SUPPORT_KINDS[i % SUPPORT_KINDS.length],
                description: `Bố trí ${(i % 9) + 1} tỷ đồng cho xã`,
                dueOn: isoDay(i + 30),
              },
              {
                kind: 'mechanism' as const,
                description: 'Ban hành cơ chế hỗ trợ giải phóng mặt bằng',
                dueOn: null,
              },
            ]
          : [],
    };
    if (i % 2 === 0) {
      return {
        ...common,
        kind: 'target',
        title: `Chỉ tiêu ${i + 1}: giảm tỷ lệ hộ nghèo đa chiều tại xã ${commune}`,
        metric: 'Tỷ lệ hộ nghèo',
        unitOfMeasure: '%',
        baseline: 3 + (i % 50) / 10,
        targetValue: 1 + (i % 20) / 10,
        direction: i % 4 === 0 ? 'at_most' : 'at_least',
        rollup: i % 6 === 0 ? 'average' : null,
        expectedProduct: null,
        acceptanceCriteria: null,
      };
    }
    return {
      ...common,
      kind: 'deliverable',
      title: `Nhiệm vụ ${i + 1}: hoàn thành giải phóng mặt bằng dự án đường tỉnh qua xã ${commune}`,
      metric: null,
      unitOfMeasure: null,
      baseline: null,
      targetValue: null,
      direction: null,
      rollup: null,
      expectedProduct: 'Mặt bằng sạch được bàn giao cho chủ đầu tư, có biên bản bàn giao',
      acceptanceCriteria: '100% diện tích được bàn giao đúng thời hạn',
    };
  });
}

/**
 * A workbook of `n` valid tasks for benchmarks. Parse it with `{ maxRows: n }` (and a larger
 * `maxBytes` beyond ~50,000 rows): the default import limit is 5,000 rows.
 */
export function generateLargeTaskWorkbook(n: number): Promise<Buffer> {
  return buildTaskWorkbook({
    title: `Danh sách ${n} chỉ tiêu, nhiệm vụ (dữ liệu thử)`,
    tasks: generateLargeTaskList(n),
  });
}
