import type { NodeLabel } from '../../domain/kinds';
import { projectRecord } from '../cypher/node-fields';
import { cypher, type CypherQuery } from '../cypher/query';
import { searchWords } from '../cypher/search-keys';
import { SEARCH_CANDIDATES } from '../search-rank';

/**
 * Search straight from Kùzu, for a store without its read model: nodes of
 * one label whose folded name has, for every typed word, a word starting
 * with it, shorter names first. A scan of the label: Kùzu 0.11 has no
 * usable text index (its FTS extension crashes the process when indexed
 * nodes change), and the read model keeps the word index that makes
 * search fast (read-model/word-index.ts). Null when the text has no word.
 */
export function kuzuSearchQuery(label: NodeLabel, text: string): CypherQuery | null {
  const words = [...new Set(searchWords(text))];
  if (words.length === 0) return null;
  const params: Record<string, unknown> = { candidates: SEARCH_CANDIDATES };
  words.forEach((w, i) => (params[`word${i}`] = ` ${w}`));
  return cypher(
    `MATCH (n:${label}) WHERE ${words.map((_, i) => `(' ' + n.searchText) CONTAINS $word${i}`).join(' AND ')} ` +
      `RETURN ${projectRecord(label)}, n.searchText AS searchText ORDER BY size(n.searchText), id LIMIT $candidates`,
    params,
  );
}
