import type { SessionKind } from '../../domain/kinds';

/**
 * Words that say an event took place, with its kind; the first found in a
 * dated sentence decides ("Ngày 7/8, Đoàn công tác ... có buổi làm việc").
 */
export const SESSION_WORDS: ReadonlyArray<readonly [string, SessionKind]> = [
  ['đại hội', 'CONGRESS'],
  ['kỳ họp', 'CONFERENCE'],
  ['kì họp', 'CONFERENCE'],
  ['phiên họp', 'CONFERENCE'],
  ['phiên trù bị', 'CONGRESS'],
  ['cuộc họp', 'CONFERENCE'],
  ['hội nghị', 'CONFERENCE'],
  ['hội thảo', 'CONFERENCE'],
  ['tọa đàm', 'CONFERENCE'],
  ['giao ban', 'CONFERENCE'],
  ['tiếp xúc cử tri', 'CONFERENCE'],
  // A cell's regular meeting ("dự sinh hoạt chi bộ định kỳ tháng 6"); "sinh hoạt" alone is daily life ("nước sinh hoạt").
  ['sinh hoạt chi bộ', 'CONFERENCE'],
  ['buổi sinh hoạt', 'CONFERENCE'],
  ['làm việc', 'WORKING_SESSION'],
  ['kiểm tra', 'INSPECTION'],
  ['giám sát', 'INSPECTION'],
  ['khảo sát', 'INSPECTION'],
  ['thăm', 'INSPECTION'],
  ['công bố', 'CEREMONY'],
  ['lễ', 'CEREMONY'],
  ['trao', 'CEREMONY'],
  ['bầu cử', 'OTHER'],
  ['họp', 'CONFERENCE'],
  ['khai mạc', 'CONFERENCE'],
  // "Sáng 7/12, tại hội trường UBND thị trấn, cử tri nêu ...": a day of a voters' meeting told by what voters said.
  ['tiếp xúc', 'CONFERENCE'],
  ['cử tri', 'CONFERENCE'],
  ['ngày hội', 'CEREMONY'],
  ['ra mắt', 'CEREMONY'],
  // "Sáng 15/11, ông X chủ trì ... tại ấp Y": someone chaired it, so it took place.
  ['chủ trì', 'OTHER'],
  ['tổ chức', 'OTHER'],
];

/** Words that make an event planned rather than reported ("dự kiến", "sẽ"). */
export const PLANNED_WORDS: readonly string[] = [
  // Not "dự kiến phân bổ, nhân sự, danh sách ...", "thông qua dự kiến số đơn vị bầu cử": a draft the meeting discussed, a noun.
  '(?<!(?:thông qua|báo cáo|nghe|cho ý kiến vào) )dự kiến(?![ ]+(?:phân bổ|nhân sự|danh sách|cơ cấu|số lượng|số|phương án|chương trình|bố trí))',
  'sẽ', 'dự định', 'chuẩn bị tổ chức', 'kế hoạch tổ chức',
];

/** Verbs of issuing: a dated sentence about a document being issued is not a session. */
export const ISSUING_WORDS: readonly string[] = ['ban hành', 'đã ký', 'ký ban hành'];
