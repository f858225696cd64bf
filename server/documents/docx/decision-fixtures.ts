/**
 * The Nguyệt Đức example of the demo (DEMO.md) as a Party and a state decision: Yên Lạc
 * assigns the head of Nguyệt Đức commune 21 tasks for 2022. Place names are real;
 * people, wording and numbers are illustrative. Used by the tests of this folder.
 */
import type { AssignmentDecisionDoc } from './assignment-decision.ts';
import { nguyetDucTasks } from './nguyet-duc-tasks.ts';

const BOTTLENECK =
  'Chậm bố trí đất tái định cư làm ách tắc giải phóng mặt bằng các dự án; cam kết hoàn thành hạ tầng, giao đất ' +
  'tái định cư trong quý III năm 2022';

/** The Party decision: BTV Huyện ủy Yên Lạc assigns the secretary of Nguyệt Đức. */
export function partyDecision(): AssignmentDecisionDoc {
  return {
    layout: 'party',
    superiorBodyName: 'ĐẢNG BỘ TỈNH VĨNH PHÚC',
    issuingBodyName: 'HUYỆN ỦY YÊN LẠC',
    issuingBodyShortCode: 'HU',
    assignerName: 'Ban Thường vụ Huyện ủy Yên Lạc',
    documentNumber: '12-QĐ/HU',
    place: 'Yên Lạc',
    date: '2022-03-15',
    cycleName: 'năm 2022',
    assignee: {
      fullName: 'Nguyễn Văn Minh',
      postTitle: 'Bí thư Đảng ủy xã Nguyệt Đức',
      unitName: 'xã Nguyệt Đức',
    },
    basis: [
      'Căn cứ Điều lệ Đảng Cộng sản Việt Nam',
      'Căn cứ Quy định số 371-QĐ/TU ngày 22/9/2021 của Ban Thường vụ Tỉnh ủy Vĩnh Phúc về thực hiện thí điểm ' +
        'giao nhiệm vụ và đánh giá cán bộ bằng sản phẩm',
      'Xét đề nghị của Ban Tổ chức Huyện ủy',
    ],
    bottleneck: BOTTLENECK,
    tasks: nguyetDucTasks(),
    resultsPart: 70,
    signer: { authority: 'T/M BAN THƯỜNG VỤ', title: 'PHÓ BÍ THƯ THƯỜNG TRỰC', fullName: 'Trần Quang Huy' },
    recipients: [
      'Thường trực Huyện ủy',
      'Như Điều 3',
      'Đảng ủy, UBND xã Nguyệt Đức',
      'Lưu Văn phòng Huyện ủy',
    ],
  };
}

/** The state decision: UBND huyện Yên Lạc assigns the chair of Nguyệt Đức's People's Committee. */
export function stateDecision(): AssignmentDecisionDoc {
  return {
    layout: 'state',
    superiorBodyName: null,
    issuingBodyName: 'ỦY BAN NHÂN DÂN\nHUYỆN YÊN LẠC',
    issuingBodyShortCode: 'UBND',
    assignerName: 'Ủy ban nhân dân huyện Yên Lạc',
    documentNumber: '12/QĐ-UBND',
    place: 'Yên Lạc',
    date: '2022-03-15',
    cycleName: 'năm 2022',
    assignee: {
      fullName: 'Lê Thị Thu Hà',
      postTitle: 'Chủ tịch Ủy ban nhân dân xã Nguyệt Đức',
      unitName: 'Ủy ban nhân dân xã Nguyệt Đức',
    },
    basis: [
      'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của ' +
        'Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;',
      'Căn cứ Quy định số 371-QĐ/TU ngày 22/9/2021 của Ban Thường vụ Tỉnh ủy Vĩnh Phúc về thực hiện thí điểm ' +
        'giao nhiệm vụ và đánh giá cán bộ bằng sản phẩm;',
      'Theo đề nghị của Trưởng phòng Nội vụ huyện.',
    ],
    bottleneck: BOTTLENECK,
    tasks: nguyetDucTasks(),
    resultsPart: 70,
    signer: { authority: 'TM. ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH', fullName: 'Đỗ Mạnh Cường' },
    recipients: [
      'Như Điều 3',
      'TT Huyện ủy, TT HĐND huyện (để b/c)',
      'Chủ tịch, các PCT UBND huyện',
      'Lưu: VT, NV',
    ],
  };
}
