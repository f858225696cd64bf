import type { DraftTaskInput, SupportCommitmentInput } from '../../../contracts/tasks.ts';

/**
 * Task wording for the demo, in the spirit of the press article (illustrative,
 * not records of real assignments). Weights are points; each list adds up to
 * the results part of the qd366 policy (70).
 */
type Spec = Omit<Partial<DraftTaskInput>, 'supportCommitments'> & {
  title: string;
  weight: number;
  deadline: string;
  support?: SupportCommitmentInput[];
  /** Names a target that tasks below may be split from. */
  key?: string;
  /** The key of the parent target this task is split from. */
  parentRef?: string;
};

const target = (
  title: string,
  metric: string,
  unitOfMeasure: string,
  targetValue: number,
  o: Partial<Spec> & { weight: number; deadline?: string },
): Spec => ({
  kind: 'target',
  title,
  metric,
  unitOfMeasure,
  targetValue,
  direction: 'at_least',
  deadline: '2022-12-31',
  ...o,
});
const deliverable = (
  title: string,
  expectedProduct: string,
  acceptanceCriteria: string,
  o: Partial<Spec> & { weight: number; deadline: string },
): Spec => ({
  kind: 'deliverable',
  title,
  expectedProduct,
  acceptanceCriteria,
  ...o,
});

/** The 21 tasks of the Nguyệt Đức secretary for 2022, "mostly hard and new". */
export function nguyetDucTasks(): Spec[] {
  return [
    deliverable(
      'Hoàn thành giải phóng mặt bằng dự án đường liên xã Nguyệt Đức – Văn Tiến và bàn giao mặt bằng cho chủ đầu tư',
      'Biên bản bàn giao mặt bằng cho chủ đầu tư',
      '100% diện tích đất đã thu hồi được bàn giao, có biên bản ký xác nhận của chủ đầu tư',
      {
        weight: 5,
        deadline: '2022-09-30',
        tags: ['hard', 'bottleneck'],
        support: [
          {
            kind: 'funds',
            description: 'Bố trí đủ kinh phí bồi thường, hỗ trợ giải phóng mặt bằng',
            dueOn: '2022-05-31',
          },
          {
            kind: 'mechanism',
            description: 'Chỉ đạo Phòng Tài nguyên và Môi trường huyện phối hợp kiểm đếm, áp giá',
            dueOn: '2022-04-30',
          },
        ],
      },
    ),
    target(
      'Xử lý dứt điểm các vụ vi phạm đất đai tồn đọng',
      'Số vụ vi phạm đất đai tồn đọng được xử lý dứt điểm',
      'vụ',
      12,
      {
        weight: 5,
        baseline: 0,
        tags: ['hard'],
        support: [
          {
            kind: 'resources',
            description: 'Tăng cường cán bộ địa chính của huyện hỗ trợ rà soát hồ sơ',
            dueOn: '2022-03-31',
          },
        ],
      },
    ),
    target(
      'Thành lập tổ chức đảng trong doanh nghiệp ngoài nhà nước',
      'Số tổ chức cơ sở đảng được thành lập trong doanh nghiệp tư nhân',
      'tổ chức',
      2,
      { weight: 4, baseline: 0, tags: ['new', 'hard'] },
    ),
    target('Giảm tỷ lệ hộ nghèo', 'Tỷ lệ hộ nghèo theo chuẩn đa chiều', '%', 1.2, {
      weight: 4,
      baseline: 1.85,
      direction: 'at_most',
      tags: ['routine'],
    }),
    target('Thu tiền sử dụng đất nộp ngân sách', 'Số thu tiền sử dụng đất', 'tỷ đồng', 45, {
      weight: 4,
      baseline: 31,
      tags: ['hard'],
      rollup: null,
      parentRef: 'land-revenue',
    }),
    deliverable(
      'Xã đạt chuẩn nông thôn mới nâng cao',
      'Quyết định của UBND tỉnh công nhận xã đạt chuẩn nông thôn mới nâng cao',
      'Đạt đủ 19 tiêu chí theo Bộ tiêu chí nông thôn mới nâng cao giai đoạn 2021–2025',
      {
        weight: 4,
        deadline: '2022-12-15',
        tags: ['breakthrough', 'hard'],
        support: [
          {
            kind: 'policy',
            description: 'Ưu tiên phân bổ vốn chương trình mục tiêu quốc gia xây dựng nông thôn mới',
            dueOn: '2022-06-30',
          },
        ],
      },
    ),
    deliverable(
      'Tháo gỡ điểm nghẽn lớn nhất: xóa bỏ điểm tập kết rác thải tự phát ven đê, xây dựng điểm tập kết đúng quy chuẩn',
      'Công trình điểm tập kết rác thải hoàn thành; biên bản nghiệm thu đưa vào sử dụng',
      'Không còn điểm tập kết rác tự phát; công trình được nghiệm thu',
      { weight: 4, deadline: '2022-08-31', tags: ['bottleneck', 'new'] },
    ),
    target('Nâng thu nhập bình quân đầu người', 'Thu nhập bình quân đầu người', 'triệu đồng/người/năm', 62, {
      weight: 4,
      baseline: 56,
    }),
    target('Kết nạp đảng viên mới', 'Số đảng viên mới được kết nạp', 'đảng viên', 15, {
      weight: 3,
      baseline: 11,
      tags: ['routine'],
    }),
    target('Mở rộng bảo hiểm y tế toàn dân', 'Tỷ lệ người dân tham gia bảo hiểm y tế', '%', 95, {
      weight: 3,
      baseline: 91.2,
    }),
    deliverable(
      'Hoàn thành xây dựng nhà văn hóa thôn Đông',
      'Công trình nhà văn hóa hoàn thành, biên bản nghiệm thu đưa vào sử dụng',
      'Nghiệm thu đạt yêu cầu kỹ thuật, đưa vào sử dụng',
      {
        weight: 3,
        deadline: '2022-10-31',
        tags: ['new'],
      },
    ),
    target(
      'Giải quyết đơn thư khiếu nại, tố cáo đúng hạn',
      'Tỷ lệ đơn thư được giải quyết đúng hạn',
      '%',
      100,
      { weight: 3, tags: ['routine'] },
    ),
    deliverable(
      'Đưa toàn bộ thủ tục hành chính đủ điều kiện lên dịch vụ công trực tuyến toàn trình',
      'Danh mục thủ tục đã cung cấp trực tuyến toàn trình và báo cáo kết quả',
      '100% thủ tục đủ điều kiện được cung cấp toàn trình',
      { weight: 3, deadline: '2022-06-30', tags: ['new'] },
    ),
    target('Thu gom, xử lý rác thải sinh hoạt', 'Tỷ lệ rác thải sinh hoạt được thu gom, xử lý', '%', 95, {
      weight: 3,
      baseline: 82,
    }),
    target('Chuyển đổi cơ cấu cây trồng', 'Diện tích chuyển đổi sang cây trồng giá trị cao', 'ha', 20, {
      weight: 3,
      baseline: 0,
      tags: ['new'],
    }),
    deliverable(
      'Lập quy hoạch chi tiết khu dân cư mới Đồng Lạc',
      'Quyết định phê duyệt quy hoạch chi tiết tỷ lệ 1/500',
      'Được cấp có thẩm quyền phê duyệt',
      {
        weight: 3,
        deadline: '2022-07-31',
        tags: ['hard'],
      },
    ),
    target('Xây dựng trường đạt chuẩn quốc gia', 'Tỷ lệ trường học đạt chuẩn quốc gia', '%', 100, {
      weight: 3,
      baseline: 75,
    }),
    target(
      'Không để phát sinh vi phạm trật tự xây dựng mới',
      'Số vụ vi phạm trật tự xây dựng phát sinh mới',
      'vụ',
      0,
      { weight: 3, direction: 'at_most', baseline: 4 },
    ),
    target(
      'Xây dựng tổ chức cơ sở đảng trong sạch, vững mạnh',
      'Tỷ lệ chi bộ hoàn thành tốt nhiệm vụ trở lên',
      '%',
      90,
      { weight: 2, tags: ['routine'] },
    ),
    deliverable(
      'Kiện toàn đội ngũ cán bộ thôn',
      'Quyết định kiện toàn và danh sách cán bộ thôn',
      'Đủ số lượng, đúng tiêu chuẩn',
      { weight: 2, deadline: '2022-05-31', tags: ['routine'] },
    ),
    target('Giải ngân vốn đầu tư công', 'Tỷ lệ giải ngân kế hoạch vốn đầu tư công được giao', '%', 95, {
      weight: 2,
      baseline: 0,
    }),
  ];
}

/** A shorter list for the other communes of Yên Lạc (weights 12+10+10+8+8+8+7+7 = 70). */
export function communeTasks(place: string, revenue: number): Spec[] {
  return [
    target('Thu tiền sử dụng đất nộp ngân sách', 'Số thu tiền sử dụng đất', 'tỷ đồng', revenue, {
      weight: 12,
      tags: ['hard'],
      parentRef: 'land-revenue',
    }),
    target('Giảm tỷ lệ hộ nghèo', 'Tỷ lệ hộ nghèo theo chuẩn đa chiều', '%', 1.5, {
      weight: 10,
      direction: 'at_most',
      baseline: 2.1,
    }),
    target('Xử lý vi phạm đất đai tồn đọng', 'Số vụ vi phạm đất đai được xử lý dứt điểm', 'vụ', 6, {
      weight: 10,
      tags: ['hard'],
    }),
    deliverable(
      `${place} đạt thêm tiêu chí nông thôn mới nâng cao`,
      'Quyết định công nhận tiêu chí đạt chuẩn',
      'Được cấp có thẩm quyền công nhận',
      { weight: 8, deadline: '2022-12-15', tags: ['breakthrough'] },
    ),
    target('Kết nạp đảng viên mới', 'Số đảng viên mới được kết nạp', 'đảng viên', 8, {
      weight: 8,
      tags: ['routine'],
    }),
    target('Thu gom, xử lý rác thải sinh hoạt', 'Tỷ lệ rác thải sinh hoạt được thu gom, xử lý', '%', 90, {
      weight: 8,
    }),
    target('Cung cấp dịch vụ công trực tuyến toàn trình', 'Tỷ lệ hồ sơ giải quyết trực tuyến', '%', 50, {
      weight: 7,
      tags: ['new'],
    }),
    deliverable(
      `Tháo gỡ điểm nghẽn lớn nhất của ${place}`,
      'Báo cáo kết quả và biên bản kiểm tra xác nhận',
      'Điểm nghẽn được xử lý dứt điểm',
      { weight: 7, deadline: '2022-10-31', tags: ['bottleneck'] },
    ),
  ];
}

/** A district-level head's list from the province (15+15+10+10+10+10 = 70). */
export function districtTasks(name: string, revenue: number): Spec[] {
  return [
    target('Tăng trưởng giá trị sản xuất', 'Tốc độ tăng trưởng giá trị sản xuất', '%', 9.5, { weight: 15 }),
    target('Thu tiền sử dụng đất nộp ngân sách', 'Số thu tiền sử dụng đất', 'tỷ đồng', revenue, {
      weight: 15,
      rollup: 'sum',
      tags: ['hard'],
      key: 'land-revenue',
    }),
    target('Xây dựng nông thôn mới nâng cao', 'Số xã đạt chuẩn nông thôn mới nâng cao', 'xã', 4, {
      weight: 10,
      tags: ['breakthrough'],
    }),
    target('Giảm tỷ lệ hộ nghèo', 'Tỷ lệ hộ nghèo theo chuẩn đa chiều', '%', 1.8, {
      weight: 10,
      direction: 'at_most',
      baseline: 2.4,
    }),
    deliverable(
      `Giải phóng mặt bằng các dự án trọng điểm trên địa bàn ${name}`,
      'Biên bản bàn giao mặt bằng các dự án trọng điểm',
      'Bàn giao đủ 100% diện tích theo kế hoạch',
      { weight: 10, deadline: '2022-11-30', tags: ['hard', 'bottleneck'] },
    ),
    deliverable(
      `Tháo gỡ điểm nghẽn lớn nhất của ${name}`,
      'Báo cáo kết quả và văn bản xác nhận của cơ quan chức năng',
      'Điểm nghẽn được xử lý dứt điểm',
      { weight: 10, deadline: '2022-12-15', tags: ['bottleneck', 'new'] },
    ),
  ];
}

/** A department director's list from the province (20+15+15+10+10 = 70). */
export function departmentTasks(name: string): Spec[] {
  return [
    deliverable(
      `Cắt giảm, đơn giản hóa thủ tục hành chính thuộc lĩnh vực ${name}`,
      'Quyết định công bố thủ tục hành chính được cắt giảm',
      'Cắt giảm ít nhất 20% thời gian giải quyết',
      { weight: 20, deadline: '2022-09-30', tags: ['new'] },
    ),
    target('Giải quyết hồ sơ đúng hạn', 'Tỷ lệ hồ sơ giải quyết đúng và trước hạn', '%', 98, { weight: 15 }),
    target('Giải ngân vốn đầu tư công được giao', 'Tỷ lệ giải ngân', '%', 95, { weight: 15 }),
    deliverable(
      `Hoàn thành đề án trọng tâm năm 2022 của ${name}`,
      'Đề án được UBND tỉnh phê duyệt',
      'Được phê duyệt đúng hạn',
      { weight: 10, deadline: '2022-10-31', tags: ['hard'] },
    ),
    deliverable(
      `Tháo gỡ điểm nghẽn lớn nhất thuộc lĩnh vực ${name}`,
      'Báo cáo kết quả tháo gỡ và văn bản xác nhận',
      'Điểm nghẽn được xử lý dứt điểm',
      { weight: 10, deadline: '2022-12-15', tags: ['bottleneck'] },
    ),
  ];
}

/** A spec as the draft task input the services take; `leadUnitId` and the parent are filled by the caller. */
export function toDraft(spec: Spec, leadUnitId: string, parentTaskId: string | null): DraftTaskInput {
  return {
    kind: spec.kind ?? 'target',
    title: spec.title,
    weight: spec.weight,
    deadline: spec.deadline,
    tags: spec.tags ?? [],
    leadUnitId,
    coordinatingUnitIds: spec.coordinatingUnitIds ?? [],
    metric: spec.metric ?? null,
    unitOfMeasure: spec.unitOfMeasure ?? null,
    baseline: spec.baseline ?? null,
    targetValue: spec.targetValue ?? null,
    direction: spec.kind === 'deliverable' ? null : (spec.direction ?? 'at_least'),
    rollup: spec.rollup ?? null,
    expectedProduct: spec.expectedProduct ?? null,
    acceptanceCriteria: spec.acceptanceCriteria ?? null,
    supportCommitments: spec.support ?? [],
    parentTaskId,
  };
}

export type { Spec as DemoTaskSpec };
