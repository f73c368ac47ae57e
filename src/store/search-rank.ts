/**
 * How search hits are ranked where the engine does not rank them itself
 * (the embedded store, from its read model or from Kùzu): per label, the
 * nodes with the shortest names first, at most SEARCH_CANDIDATES, then all
 * labels together by `rankHit`.
 */

/** Candidates read per label before ranking: shorter names first. */
export const SEARCH_CANDIDATES = 200;

/**
 * The rank of a hit: one point per typed word that is a whole word of the
 * name, plus the share of the name's words the query covers, so
 * "trinh tuan dong" puts Trịnh Tuấn Đông before Trịnh Tuấn Đông Anh.
 */
export function rankHit(searchText: string, words: readonly string[]): number {
  const nameWords = searchText.split(' ');
  const whole = words.filter((w) => nameWords.includes(w)).length;
  return whole + Math.min(1, words.length / Math.max(1, nameWords.length));
}
