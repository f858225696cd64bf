/**
 * The demo province: Vĩnh Phúc as it stood in 2022 (real place names, public
 * facts) with fictional people. Names and numbers are illustrative and are
 * not records of real officials.
 */
export type DemoUnit = {
  code: string;
  name: string;
  kind: string;
  parent: string | null;
  posts?: DemoPost[];
};
export type DemoPost = { title: string; isHead?: boolean; holder: string; since: string };

export const DEMO_PASSWORD = 'Demo@2022';
export const OPENED_ON = '2020-01-01';

const DEPARTMENTS: [string, string, string][] = [
  ['SKHDT', 'Sở Kế hoạch và Đầu tư', 'Phan Văn Khải'],
  ['STNMT', 'Sở Tài nguyên và Môi trường', 'Đỗ Thị Mai'],
  ['SXD', 'Sở Xây dựng', 'Lê Quang Huy'],
  ['SNNPTNT', 'Sở Nông nghiệp và Phát triển nông thôn', 'Trần Đức Thắng'],
  ['SCT', 'Sở Công Thương', 'Nguyễn Thị Hằng'],
  ['SGTVT', 'Sở Giao thông vận tải', 'Vũ Minh Tuấn'],
];

// [code, territorial name, kind, party committee name, people's committee name, secretary, chair]
const DISTRICTS: [string, string, string, string, string, string, string][] = [
  [
    'VY',
    'Thành phố Vĩnh Yên',
    'city',
    'Thành ủy Vĩnh Yên',
    'UBND thành phố Vĩnh Yên',
    'Hoàng Văn Bình',
    'Lương Thị Thu',
  ],
  [
    'PY',
    'Thành phố Phúc Yên',
    'city',
    'Thành ủy Phúc Yên',
    'UBND thành phố Phúc Yên',
    'Ngô Quốc Dũng',
    'Đặng Văn Hải',
  ],
  [
    'BX',
    'Huyện Bình Xuyên',
    'district',
    'Huyện ủy Bình Xuyên',
    'UBND huyện Bình Xuyên',
    'Tạ Minh Đức',
    'Bùi Thị Lan',
  ],
  [
    'LT',
    'Huyện Lập Thạch',
    'district',
    'Huyện ủy Lập Thạch',
    'UBND huyện Lập Thạch',
    'Kiều Văn Sơn',
    'Phùng Đức Tâm',
  ],
  [
    'SL',
    'Huyện Sông Lô',
    'district',
    'Huyện ủy Sông Lô',
    'UBND huyện Sông Lô',
    'Dương Thị Nga',
    'Trịnh Văn Long',
  ],
  [
    'TD',
    'Huyện Tam Dương',
    'district',
    'Huyện ủy Tam Dương',
    'UBND huyện Tam Dương',
    'Lý Văn Quang',
    'Mai Thị Hương',
  ],
  [
    'TDA',
    'Huyện Tam Đảo',
    'district',
    'Huyện ủy Tam Đảo',
    'UBND huyện Tam Đảo',
    'Chu Văn Thành',
    'Đinh Thị Yến',
  ],
  [
    'VT',
    'Huyện Vĩnh Tường',
    'district',
    'Huyện ủy Vĩnh Tường',
    'UBND huyện Vĩnh Tường',
    'Hà Quang Vinh',
    'Tô Văn Phúc',
  ],
  [
    'YL',
    'Huyện Yên Lạc',
    'district',
    'Huyện ủy Yên Lạc',
    'UBND huyện Yên Lạc',
    'Nguyễn Văn Hùng',
    'Trần Thị Thanh',
  ],
];

// [code, name, kind, secretary, chair]
const YEN_LAC_COMMUNES: [string, string, string, string, string][] = [
  ['TTYL', 'Thị trấn Yên Lạc', 'town', 'Phạm Văn Toàn', 'Lê Thị Hoa'],
  ['BINHDINH', 'Xã Bình Định', 'commune', 'Nguyễn Đình Khoa', 'Vũ Thị Ngọc'],
  ['DAITU', 'Xã Đại Tự', 'commune', 'Trần Văn Lực', 'Đỗ Minh Châu'],
  ['DONGCUONG', 'Xã Đồng Cương', 'commune', 'Lê Văn Kiên', 'Nguyễn Thị Thu Hà'],
  ['DONGVAN', 'Xã Đồng Văn', 'commune', 'Hoàng Minh Tú', 'Phạm Thị Liên'],
  ['HONGCHAU', 'Xã Hồng Châu', 'commune', 'Đào Văn Nam', 'Trương Thị Mến'],
  ['HONGPHUONG', 'Xã Hồng Phương', 'commune', 'Bùi Văn Hiếu', 'Lại Thị Tuyết'],
  ['LIENCHAU', 'Xã Liên Châu', 'commune', 'Nguyễn Hữu Phước', 'Đặng Thị Oanh'],
  ['NGUYETDUC', 'Xã Nguyệt Đức', 'commune', 'Nguyễn Văn An', 'Trần Thị Bích'],
  ['TAMHONG', 'Xã Tam Hồng', 'commune', 'Vương Văn Thịnh', 'Hồ Thị Vân'],
  ['TELO', 'Xã Tề Lỗ', 'commune', 'Lê Minh Cường', 'Nguyễn Thị Hạnh'],
  ['TRUNGHA', 'Xã Trung Hà', 'commune', 'Phan Văn Đạt', 'Cao Thị Huệ'],
  ['TRUNGKIEN', 'Xã Trung Kiên', 'commune', 'Đỗ Văn Hòa', 'Lưu Thị Nhung'],
  ['TRUNGNGUYEN', 'Xã Trung Nguyên', 'commune', 'Triệu Văn Khánh', 'Mạc Thị Loan'],
  ['VANTIEN', 'Xã Văn Tiến', 'commune', 'Nghiêm Văn Hải', 'Quách Thị Duyên'],
  ['YENDONG', 'Xã Yên Đồng', 'commune', 'Khổng Văn Bảo', 'Giáp Thị Thoa'],
  ['YENPHUONG', 'Xã Yên Phương', 'commune', 'Lâm Văn Tiến', 'Ông Thị Sen'],
];

const TERM_START = '2020-10-15';

/** The whole demo tree, parents before children. */
export function demoUnits(): DemoUnit[] {
  const list: DemoUnit[] = [
    { code: 'VP', name: 'Tỉnh Vĩnh Phúc', kind: 'province', parent: null },
    {
      code: 'VP-TU',
      name: 'Tỉnh ủy Vĩnh Phúc',
      kind: 'party_committee',
      parent: 'VP',
      posts: [{ title: 'Bí thư Tỉnh ủy', isHead: true, holder: 'Hoàng Thị Thúy Lan', since: TERM_START }],
    },
    {
      code: 'VP-TU-BTC',
      name: 'Ban Tổ chức Tỉnh ủy',
      kind: 'party_agency',
      parent: 'VP-TU',
      posts: [
        { title: 'Trưởng Ban Tổ chức Tỉnh ủy', isHead: true, holder: 'Dương Văn An', since: TERM_START },
      ],
    },
    {
      code: 'VP-UBND',
      name: 'UBND tỉnh Vĩnh Phúc',
      kind: 'peoples_committee',
      parent: 'VP',
      posts: [{ title: 'Chủ tịch UBND tỉnh', isHead: true, holder: 'Lê Duy Thành', since: '2021-06-01' }],
    },
  ];
  for (const [code, name, director] of DEPARTMENTS) {
    list.push({
      code: `VP-${code}`,
      name,
      kind: 'department',
      parent: 'VP-UBND',
      posts: [{ title: `Giám đốc ${name}`, isHead: true, holder: director, since: '2021-01-01' }],
    });
  }
  for (const [code, name, kind, partyName, pcName, secretary, chair] of DISTRICTS) {
    const base = `VP-${code}`;
    const secretaryTitle = `Bí thư ${partyName}`;
    list.push({ code: base, name, kind, parent: 'VP' });
    list.push({
      code: `${base}-DU`,
      name: partyName,
      kind: 'party_committee',
      parent: base,
      posts: [{ title: secretaryTitle, isHead: true, holder: secretary, since: TERM_START }],
    });
    list.push({
      code: `${base}-UBND`,
      name: pcName,
      kind: 'peoples_committee',
      parent: base,
      posts: [{ title: `Chủ tịch ${pcName}`, isHead: true, holder: chair, since: '2021-06-20' }],
    });
  }
  list.push({
    code: 'VP-YL-DU-BTC',
    name: 'Ban Tổ chức Huyện ủy Yên Lạc',
    kind: 'party_agency',
    parent: 'VP-YL-DU',
    posts: [
      { title: 'Trưởng Ban Tổ chức Huyện ủy', isHead: true, holder: 'Kim Văn Tuấn', since: TERM_START },
    ],
  });
  for (const [code, name, kind, secretary, chair] of YEN_LAC_COMMUNES) {
    const base = `VP-YL-${code}`;
    const place = name.replace(/^(Xã|Thị trấn) /, '');
    const level = kind === 'town' ? 'thị trấn' : 'xã';
    list.push({ code: base, name, kind, parent: 'VP-YL' });
    list.push({
      code: `${base}-DU`,
      name: `Đảng ủy ${level} ${place}`,
      kind: 'party_committee',
      parent: base,
      posts: [
        { title: `Bí thư Đảng ủy ${level} ${place}`, isHead: true, holder: secretary, since: TERM_START },
      ],
    });
    list.push({
      code: `${base}-UBND`,
      name: `UBND ${level} ${place}`,
      kind: 'peoples_committee',
      parent: base,
      posts: [{ title: `Chủ tịch UBND ${level} ${place}`, isHead: true, holder: chair, since: '2021-06-25' }],
    });
  }
  return list;
}

/** An earlier post of the Nguyệt Đức secretary, so a person's history across posts shows in the demo. */
export const EARLIER_TERM = {
  unit: 'VP-YL-NGUYETDUC-UBND',
  title: 'Chủ tịch UBND xã Nguyệt Đức',
  holder: 'Nguyễn Văn An',
  from: '2016-07-01',
  to: '2020-10-14',
};

/** A demo account with its one role grant. */
export type DemoUser = {
  username: string;
  displayName: string;
  person?: string;
  role: 'admin' | 'assigner' | 'head' | 'delegate' | 'appraiser' | 'supporter' | 'council_member' | 'viewer';
  unit: string;
  subtree: boolean;
};

/** Demo logins, one per role (all with DEMO_PASSWORD). */
export const DEMO_USERS: {
  username: string;
  displayName: string;
  person?: string;
  role: DemoUser['role'];
  unit: string;
  subtree: boolean;
}[] = [
  { username: 'admin', displayName: 'Quản trị hệ thống', role: 'admin', unit: 'VP', subtree: true },
  {
    username: 'btc.tinhuy',
    displayName: 'Dương Văn An (Ban Tổ chức Tỉnh ủy)',
    person: 'Dương Văn An',
    role: 'assigner',
    unit: 'VP',
    subtree: true,
  },
  {
    username: 'btc.yenlac',
    displayName: 'Kim Văn Tuấn (Ban Tổ chức Huyện ủy Yên Lạc)',
    person: 'Kim Văn Tuấn',
    role: 'assigner',
    unit: 'VP-YL',
    subtree: true,
  },
  {
    username: 'bithu.yenlac',
    displayName: 'Nguyễn Văn Hùng',
    person: 'Nguyễn Văn Hùng',
    role: 'head',
    unit: 'VP-YL',
    subtree: true,
  },
  {
    username: 'bithu.nguyetduc',
    displayName: 'Nguyễn Văn An',
    person: 'Nguyễn Văn An',
    role: 'head',
    unit: 'VP-YL-NGUYETDUC',
    subtree: true,
  },
  {
    username: 'vanphong.nguyetduc',
    displayName: 'Văn phòng Đảng ủy xã Nguyệt Đức',
    role: 'delegate',
    unit: 'VP-YL-NGUYETDUC',
    subtree: true,
  },
  {
    username: 'bithu.telo',
    displayName: 'Lê Minh Cường',
    person: 'Lê Minh Cường',
    role: 'head',
    unit: 'VP-YL-TELO',
    subtree: true,
  },
  {
    username: 'thamdinh.yenlac',
    displayName: 'Tổ thẩm định Huyện ủy Yên Lạc',
    role: 'appraiser',
    unit: 'VP-YL',
    subtree: true,
  },
  {
    username: 'hotro.tnmt',
    displayName: 'Đỗ Thị Mai (Sở Tài nguyên và Môi trường)',
    person: 'Đỗ Thị Mai',
    role: 'supporter',
    unit: 'VP-STNMT',
    subtree: false,
  },
  {
    username: 'hoidong.yenlac',
    displayName: 'Trịnh Văn Bình (Hội đồng tư vấn Huyện ủy Yên Lạc)',
    person: 'Trịnh Văn Bình',
    role: 'council_member',
    unit: 'VP-YL',
    subtree: true,
  },
  { username: 'lanhdao.tinh', displayName: 'Lãnh đạo tỉnh (xem)', role: 'viewer', unit: 'VP', subtree: true },
];

/**
 * Accounts for the other commune secretaries of Yên Lạc (not printed at start): they commit,
 * report and self-assess in the demo year. Username `bithu.<code>`, password as the others.
 */
export function communeHeadAccounts(): DemoUser[] {
  const named = new Set(DEMO_USERS.map((u) => u.username));
  return YEN_LAC_COMMUNES.map(([code, , , secretary]) => ({
    username: `bithu.${code.toLowerCase()}`,
    displayName: secretary,
    person: secretary,
    role: 'head' as const,
    unit: `VP-YL-${code}`,
    subtree: true,
  })).filter((u) => !named.has(u.username));
}

/** The other members of Yên Lạc's advisory council (not printed at start; same password). */
export function councilAccounts(): DemoUser[] {
  return [
    ['hoidong2.yenlac', 'Phan Thị Thu Hà'],
    ['hoidong3.yenlac', 'Trần Quốc Việt'],
    // Chairs Trung Hà's People's Committee: recused when the council scores Trung Hà's secretary.
    ['hoidong4.yenlac', 'Cao Thị Huệ'],
  ].map(([username, person]) => ({
    username: username!,
    displayName: `${person} (Hội đồng tư vấn Huyện ủy Yên Lạc)`,
    person,
    role: 'council_member' as const,
    unit: 'VP-YL',
    subtree: true,
  }));
}
