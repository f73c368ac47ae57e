import type { NodeLabel } from '../../domain/kinds';
import { searchWords } from '../cypher/search-keys';
import { rankHit, SEARCH_CANDIDATES } from '../search-rank';
import type { SearchHit } from '../records';
import type { GraphModel } from './graph-model';
import { matchesAllWords } from './word-index';

/**
 * Ranked word-prefix search over several labels, as the embedded store
 * answers it from Kùzu (kuzu-search.ts), from the word index: per label, the nodes whose
 * name has every typed word as a word prefix, the shortest names first up
 * to SEARCH_CANDIDATES, then ranked together by whole words matched. The
 * nodes come from the label's index (WordIndex.withAllPrefixes).
 */
export function search(m: GraphModel, text: string, labels: readonly NodeLabel[], limit: number): SearchHit[] {
  const words = [...new Set(searchWords(text))];
  if (limit <= 0 || words.length === 0) return [];
  const hits: SearchHit[] = [];
  for (const label of new Set(labels)) {
    const index = m.words[label];
    const found: Array<{ index: number; length: number; id: string }> = [];
    for (const i of index.withAllPrefixes(words)) {
      const entry = m.nodes.entry(i);
      if (entry && entry.record.label === label && matchesAllWords(entry.searchText, words)) {
        found.push({ index: i, length: entry.searchText.length, id: entry.record.id });
      }
    }
    found.sort((a, b) => a.length - b.length || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    for (const { index } of found.slice(0, SEARCH_CANDIDATES)) {
      const entry = m.nodes.entry(index)!;
      hits.push({ node: entry.record, score: rankHit(entry.searchText, words) });
    }
  }
  return hits.sort((a, b) => b.score - a.score || (a.node.id < b.node.id ? -1 : 1)).slice(0, limit);
}
