/**
 * Case and diacritics folded, for comparing what people type with stored
 * names: "Phó Bí thư" -> "pho bi thu", "Đảng ủy" -> "dang uy". Only for
 * comparison keys; stored names keep their letters.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/đ/gu, 'd')
    .replace(/Đ/gu, 'D')
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .trim();
}
