/**
 * Initials written inside a body's name, and the words they stand for, as the
 * graph names the body in full ("Đội xung kích PCTT thôn A" is "Đội xung kích
 * phòng, chống thiên tai thôn A"). An article that defines other initials in
 * brackets ("Hội Cựu Thanh niên xung phong (TNXP)") adds its own
 * (resolve/abbreviations.ts).
 */
export const LABEL_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['PCTT', 'phòng, chống thiên tai'],
  ['TKCN', 'tìm kiếm cứu nạn'],
  ['PCCC', 'phòng cháy, chữa cháy'],
  ['ANTT', 'an ninh trật tự'],
  ['ATGT', 'an toàn giao thông'],
  ['PBGDPL', 'phổ biến, giáo dục pháp luật'],
  ['TNXP', 'Thanh niên xung phong'],
  ['NTM', 'nông thôn mới'],
  ['DTTS', 'dân tộc thiểu số'],
]);
