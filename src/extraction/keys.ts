/**
 * Folded forms for canonical keys: lowercase, without diacritics, đ as d,
 * spaces collapsed ("Trịnh Tuấn Đông" -> "trinh tuan dong"). Stored names keep
 * their letters; only keys are folded.
 */
export function fold(s: string): string {
  let f = CACHE.get(s);
  if (f === undefined) {
    if (CACHE.size > 50_000) CACHE.clear();
    CACHE.set(s, (f = foldUncached(s)));
  }
  return f;
}

const CACHE = new Map<string, string>();

function foldUncached(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Folded and without spaces, to find names inside URLs ("ninhthuan"). */
export function foldTight(s: string): string {
  return fold(s).replace(/ /g, '');
}
