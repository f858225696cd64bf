/**
 * The 21 tasks of the Nguyệt Đức example (DEMO.md), "mostly hard and new": targets
 * in %, vụ, tỷ đồng, tiêu chí…, deliverables proven by minutes, decisions, works.
 * Task wording and numbers are illustrative. Used by the tests of this folder.
 */
import type { DecisionTask } from './assignment-decision.ts';

type TaskSeed = Omit<
  DecisionTask,
  | 'index'
  | 'metric'
  | 'unitOfMeasure'
  | 'baseline'
  | 'targetValue'
  | 'direction'
  | 'expectedProduct'
  | 'acceptanceCriteria'
  | 'leadUnitName'
  | 'coordinatingUnitNames'
  | 'supportCommitments'
> &
  Partial<DecisionTask>;

const UBND_XA = 'UBND xã Nguyệt Đức';
const DANG_UY_XA = 'Đảng ủy xã Nguyệt Đức';

const target = (
  seed: Omit<TaskSeed, 'kind'>,
  metric: string,
  unitOfMeasure: string,
  baseline: number,
  targetValue: number,
  direction: 'at_least' | 'at_most' = 'at_least',
): TaskSeed => ({ ...seed, kind: 'target', metric, unitOfMeasure, baseline, targetValue, direction });

const deliverable = (
  seed: Omit<TaskSeed, 'kind'>,
  expectedProduct: string,
  acceptanceCriteria: string,
): TaskSeed => ({
  ...seed,
  kind: 'deliverable',
  expectedProduct,
  acceptanceCriteria,
});

const SEEDS: TaskSeed[] = [
  deliverable(
    {
      title:
        'Hoàn thành giải phóng mặt bằng dự án đường trục trung tâm xã (giai đoạn 1), bàn giao cho chủ đầu tư',
      weight: 5,
      deadline: '2022-09-30',
      tags: ['hard', 'bottleneck'],
      coordinatingUnitNames: ['Trung tâm Phát triển quỹ đất huyện', 'Phòng Tài nguyên và Môi trường huyện'],
      supportCommitments: [
        {
          kind: 'resources',
          description: 'Cử cán bộ hỗ trợ kiểm đếm, áp giá bồi thường',
          dueOn: '2022-04-30',
        },
        { kind: 'funds', description: 'Tạm ứng kinh phí bồi thường, hỗ trợ', dueOn: '2022-05-31' },
      ],
    },
    'Mặt bằng sạch 8,6 ha bàn giao cho chủ đầu tư',
    'Biên bản bàn giao mặt bằng có xác nhận của chủ đầu tư, Trung tâm Phát triển quỹ đất huyện và UBND xã',
  ),
  target(
    {
      title: 'Xử lý dứt điểm các vụ vi phạm pháp luật đất đai tồn đọng',
      weight: 4,
      deadline: '2022-11-30',
      tags: ['hard'],
      coordinatingUnitNames: ['Công an xã', 'Thanh tra huyện'],
      supportCommitments: [
        {
          kind: 'mechanism',
          description: 'Hướng dẫn trình tự xử lý vi phạm phát sinh trước năm 2014',
          dueOn: '2022-04-15',
        },
      ],
    },
    'Số vụ vi phạm đất đai được xử lý dứt điểm',
    'vụ',
    4,
    15,
  ),
  target(
    {
      title: 'Thành lập tổ chức đảng trong doanh nghiệp ngoài khu vực nhà nước',
      weight: 3.5,
      deadline: '2022-10-31',
      tags: ['new', 'hard'],
      leadUnitName: DANG_UY_XA,
      coordinatingUnitNames: ['Ban Tổ chức Huyện ủy'],
      supportCommitments: [
        {
          kind: 'policy',
          description: 'Hướng dẫn quy trình thành lập, chuyển sinh hoạt đảng',
          dueOn: '2022-05-31',
        },
      ],
    },
    'Số tổ chức cơ sở đảng thành lập mới',
    'tổ chức',
    1,
    3,
  ),
  target(
    {
      title: 'Giảm tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều',
      weight: 3,
      deadline: '2022-12-31',
      tags: ['routine'],
      coordinatingUnitNames: [
        'Phòng Lao động - Thương binh và Xã hội huyện',
        'Ngân hàng Chính sách xã hội huyện',
      ],
      supportCommitments: [
        { kind: 'funds', description: 'Ưu tiên vốn vay cho hộ nghèo, hộ cận nghèo', dueOn: '2022-06-30' },
      ],
    },
    'Tỷ lệ hộ nghèo',
    '%',
    2.1,
    1.5,
    'at_most',
  ),
  target(
    {
      title: 'Hoàn thành các tiêu chí xã nông thôn mới nâng cao',
      weight: 4,
      deadline: '2022-12-15',
      tags: ['new', 'hard'],
      coordinatingUnitNames: ['Văn phòng Điều phối nông thôn mới huyện'],
      supportCommitments: [
        { kind: 'funds', description: 'Hỗ trợ vốn xây dựng hạ tầng nông thôn mới', dueOn: '2022-07-31' },
      ],
    },
    'Số tiêu chí nông thôn mới nâng cao đạt chuẩn',
    'tiêu chí',
    15,
    19,
  ),
  target(
    {
      title: 'Thu tiền sử dụng đất trên địa bàn xã',
      weight: 4.5,
      deadline: '2022-12-31',
      tags: ['hard'],
      coordinatingUnitNames: ['Chi cục Thuế huyện', 'Trung tâm Phát triển quỹ đất huyện'],
      supportCommitments: [
        { kind: 'mechanism', description: 'Phê duyệt giá khởi điểm đấu giá đất', dueOn: '2022-06-30' },
      ],
    },
    'Thu tiền sử dụng đất',
    'tỷ đồng',
    85.4,
    120,
  ),
  deliverable(
    {
      title: 'Tháo gỡ điểm nghẽn lớn nhất của xã: hoàn thành hạ tầng khu tái định cư, giao đất tái định cư',
      weight: 5,
      deadline: '2022-10-31',
      tags: ['new', 'breakthrough', 'bottleneck'],
      coordinatingUnitNames: ['Ban Quản lý dự án đầu tư xây dựng huyện'],
      supportCommitments: [
        { kind: 'funds', description: 'Bố trí vốn đầu tư hạ tầng khu tái định cư', dueOn: '2022-04-30' },
        { kind: 'resources', description: 'Ban Quản lý dự án huyện làm chủ đầu tư', dueOn: '2022-03-31' },
      ],
    },
    'Khu tái định cư 2,3 ha hoàn thành hạ tầng; 46 hộ nhận đất tái định cư',
    'Biên bản nghiệm thu hạ tầng và biên bản giao đất tái định cư tại thực địa',
  ),
  target(
    { title: 'Thu ngân sách nhà nước trên địa bàn', weight: 3, deadline: '2022-12-31', tags: ['routine'] },
    'Tổng thu ngân sách nhà nước',
    'tỷ đồng',
    15.2,
    18.5,
  ),
  target(
    {
      title: 'Nâng tỷ lệ dân số tham gia bảo hiểm y tế',
      weight: 2.5,
      deadline: '2022-12-31',
      tags: ['routine'],
    },
    'Tỷ lệ dân số tham gia bảo hiểm y tế',
    '%',
    92.3,
    95,
  ),
  target(
    {
      title: 'Kết nạp đảng viên mới',
      weight: 2.5,
      deadline: '2022-12-31',
      tags: ['routine'],
      leadUnitName: DANG_UY_XA,
    },
    'Số đảng viên mới được kết nạp',
    'đảng viên',
    21,
    25,
  ),
  deliverable(
    {
      title: 'Tổ chức đấu giá quyền sử dụng đất khu đất dịch vụ xã',
      weight: 3.5,
      deadline: '2022-08-31',
      tags: ['hard'],
    },
    'Quyết định công nhận kết quả đấu giá quyền sử dụng đất',
    'Quyết định của UBND huyện; tiền trúng đấu giá nộp đủ vào ngân sách',
  ),
  deliverable(
    {
      title: 'Xây dựng nhà lớp học 2 tầng 8 phòng Trường Mầm non xã',
      weight: 3.5,
      deadline: '2022-08-15',
      tags: ['new'],
    },
    'Công trình hoàn thành, đưa vào sử dụng từ năm học 2022 - 2023',
    'Biên bản nghiệm thu hoàn thành công trình đưa vào sử dụng',
  ),
  deliverable(
    { title: 'Cứng hóa 3,5 km kênh mương nội đồng', weight: 3, deadline: '2022-11-30', tags: ['routine'] },
    '3,5 km kênh mương được cứng hóa',
    'Biên bản nghiệm thu công trình',
  ),
  deliverable(
    {
      title: 'Hình thành vùng sản xuất rau an toàn tập trung 20 ha',
      weight: 3,
      deadline: '2022-12-15',
      tags: ['new', 'breakthrough'],
      coordinatingUnitNames: ['Phòng Nông nghiệp và Phát triển nông thôn huyện'],
    },
    'Vùng rau 20 ha được chứng nhận VietGAP',
    'Giấy chứng nhận VietGAP còn hiệu lực',
  ),
  deliverable(
    {
      title: 'Giải quyết dứt điểm đơn thư khiếu nại, tố cáo tồn đọng, không để phát sinh điểm nóng',
      weight: 3.25,
      deadline: '2022-09-30',
      tags: ['hard'],
      coordinatingUnitNames: ['Thanh tra huyện'],
    },
    'Văn bản giải quyết đối với toàn bộ 7 đơn thư tồn đọng',
    'Thanh tra huyện xác nhận không còn đơn thư tồn đọng thuộc thẩm quyền của xã',
  ),
  deliverable(
    {
      title: 'Đưa Bộ phận một cửa xã đạt chuẩn hiện đại vào hoạt động',
      weight: 2.5,
      deadline: '2022-06-30',
      tags: ['new'],
    },
    'Bộ phận một cửa hiện đại hoạt động; các thủ tục đủ điều kiện được cung cấp trực tuyến',
    'Kết quả kiểm tra của Phòng Nội vụ huyện',
  ),
  deliverable(
    {
      title: 'Thí điểm mô hình thôn thông minh tại 01 thôn',
      weight: 2.75,
      deadline: '2022-10-31',
      tags: ['new', 'breakthrough'],
    },
    'Mô hình vận hành: camera an ninh, wifi công cộng, truyền thanh thông minh',
    'Biên bản kiểm tra của Phòng Văn hóa và Thông tin huyện',
  ),
  deliverable(
    { title: 'Xây dựng 02 nhà văn hóa thôn', weight: 2.5, deadline: '2022-12-15', tags: ['routine'] },
    '02 nhà văn hóa thôn hoàn thành, đưa vào sử dụng',
    'Biên bản nghiệm thu đưa vào sử dụng',
  ),
  deliverable(
    {
      title: 'Xóa bỏ các điểm tập kết rác thải tự phát ven đê',
      weight: 2.5,
      deadline: '2022-07-31',
      tags: ['hard'],
    },
    'Xóa 5 điểm tập kết rác tự phát, trồng cây xanh',
    'Biên bản kiểm tra của Phòng Tài nguyên và Môi trường huyện',
  ),
  deliverable(
    {
      title: 'Xây dựng Đảng bộ xã hoàn thành tốt nhiệm vụ trở lên',
      weight: 3.5,
      deadline: '2022-12-31',
      tags: ['routine'],
      leadUnitName: DANG_UY_XA,
    },
    'Quyết định xếp loại chất lượng Đảng bộ xã năm 2022',
    'Mức xếp loại từ hoàn thành tốt nhiệm vụ trở lên',
  ),
  deliverable(
    {
      title: 'Lập quy hoạch chi tiết khu dân cư mới tỷ lệ 1/500',
      weight: 3,
      deadline: '2022-06-30',
      tags: ['new'],
    },
    'Quyết định phê duyệt quy hoạch chi tiết 1/500',
    'Quyết định phê duyệt của UBND huyện, công khai tại trụ sở xã',
  ),
];

/** The 21 tasks of the example, numbered 1-21; their weights add up to 70 points. */
export function nguyetDucTasks(): DecisionTask[] {
  return SEEDS.map((seed, i) => ({
    metric: null,
    unitOfMeasure: null,
    baseline: null,
    targetValue: null,
    direction: null,
    expectedProduct: null,
    acceptanceCriteria: null,
    leadUnitName: UBND_XA,
    coordinatingUnitNames: [],
    supportCommitments: [],
    ...seed,
    index: i + 1,
  }));
}
