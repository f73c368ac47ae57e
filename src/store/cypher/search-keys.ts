/**
 * Search keys: folded copies of names used only to find things, never shown.
 * Stored names keep their Vietnamese letters; these drop them.
 */

/**
 * Lowercase, without tone marks or other diacritics, đ as d, words joined
 * by single spaces: "Trịnh Tuấn Đông" -> "trinh tuan dong".
 */
export function foldSearchText(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/gu, 'd')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The words of a search text, folded: "Trịnh  tu" -> ["trinh", "tu"]. */
export function searchWords(s: string): string[] {
  const folded = foldSearchText(s);
  return folded ? folded.split(' ') : [];
}

/**
 * A document number as the `number` filter compares it: NFC, uppercase, no
 * whitespace, every dash-like character as "-": "03 – qđ/đu" -> "03-QĐ/ĐU".
 */
export function normalizeDocumentNumber(s: string): string {
  return s
    .normalize('NFC')
    .toUpperCase()
    .normalize('NFC')
    .replace(/\s+/gu, '')
    .replace(/[\p{Pd}\u2212\uFE63\uFF0D]/gu, '-');
}
