import type { NodeLabel } from '../../domain/kinds';
import { searchWords } from '../cypher/search-keys';
import { rankHit, SEARCH_CANDIDATES } from '../kuzu/kuzu-search-index';
import type { SearchHit } from '../records';
import type { GraphModel } from './graph-model';
import { anchorWord } from './list-runner';
import { matchesAllWords } from './word-index';

/**
 * Ranked word-prefix search over several labels, as the embedded store's
 * own index answers it (kuzu-search-index.ts): per label, the nodes whose
 * name has every typed word as a word prefix, the shortest names first up
 * to SEARCH_CANDIDATES, then ranked together by whole words matched.
 */
export function search(m: GraphModel, text: string, labels: readonly NodeLabel[], limit: number): SearchHit[] {
  const words = [...new Set(searchWords(text))];
  if (limit <= 0 || words.length === 0) return [];
  const wanted = new Set(labels);
  const byLabel = new Map<NodeLabel, Array<{ index: number; length: number; id: string }>>([...wanted].map((l) => [l, []]));
  const seen = new Set<number>();
  for (const index of m.words.withPrefix(anchorWord(words))) {
    if (seen.has(index)) continue;
    seen.add(index);
    const entry = m.nodes.entry(index);
    if (!entry || !wanted.has(entry.record.label) || !matchesAllWords(entry.searchText, words)) continue;
    byLabel.get(entry.record.label)!.push({ index, length: entry.searchText.length, id: entry.record.id });
  }
  const hits: SearchHit[] = [];
  for (const found of byLabel.values()) {
    found.sort((a, b) => a.length - b.length || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    for (const { index } of found.slice(0, SEARCH_CANDIDATES)) {
      const entry = m.nodes.entry(index)!;
      hits.push({ node: entry.record, score: rankHit(entry.searchText, words) });
    }
  }
  return hits.sort((a, b) => b.score - a.score || (a.node.id < b.node.id ? -1 : 1)).slice(0, limit);
}
