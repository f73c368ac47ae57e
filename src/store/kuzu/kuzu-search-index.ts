import type { NodeLabel } from '../../domain/kinds';
import { projectRecord } from '../cypher/node-fields';
import { cypher, type CypherQuery } from '../cypher/query';
import type { ListSource } from '../cypher/list-query';
import type { CypherTx, SearchBatch, SearchIndexer } from '../cypher/runner';
import { searchWords } from '../cypher/search-keys';

/**
 * Kùzu's word-prefix search index, in plain tables (schema/kuzu.cypher): a
 * SearchTerm node per folded word and shard (see TERM_SHARDS), TERM_OF each
 * node whose name has that word. "Trịnh Tuấn" -> "trinh 5", "tuan 5". A query "trinh tu" finds, for each
 * typed word, the terms starting with it (the vocabulary is small: Vietnamese
 * words are syllables), and keeps the nodes every typed word reaches. Kept
 * in the save transaction, so it is never behind the data and goes with a
 * node when the node is deleted.
 *
 * Words, not every prefix of them (as stores written before held; those,
 * and unsharded words, still answer the same query): a prefix term such as "n" links to most of
 * the graph, and Kùzu rewrites such a node's whole adjacency list on commit,
 * which made the index most of a save's cost.
 */
export function indexTerms(searchText: string): string[] {
  return [...new Set(searchText.split(' '))].filter((w) => w !== '');
}

/**
 * Indexes new nodes (MERGEs their terms in the save's shard, each once for
 * the whole save, and links them: one statement per label) and unindexes
 * old ones. Keys are projected before the lookups so Kùzu joins on them
 * (see write-queries.ts).
 */
export const kuzuSearchIndexer: SearchIndexer = {
  async unindex(tx: CypherTx, label: NodeLabel, ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    await tx.run(
      cypher(`UNWIND $ids AS i MATCH (n:${label} {id: i}) MATCH (:SearchTerm)-[e:TERM_OF]->(n) DELETE e`, { ids: [...new Set(ids)] }),
    );
  },

  async index(tx: CypherTx, batches: readonly SearchBatch[]): Promise<void> {
    const shard = shardOf(batches);
    const links = batches.map((b) => ({
      label: b.label,
      links: b.entries.flatMap((e) => indexTerms(e.searchText).map((word) => ({ id: e.id, term: `${word} ${shard}` }))),
    }));
    const terms = [...new Set(links.flatMap((l) => l.links.map((x) => x.term)))];
    if (terms.length === 0) return;
    // Each term once: Kùzu 0.11 mislinks a MERGE that meets one key twice in a statement.
    await tx.run(cypher('UNWIND $terms AS term MERGE (:SearchTerm {id: term})', { terms }));
    for (const { label, links: rows } of links) {
      if (rows.length === 0) continue;
      await tx.run(
        cypher(
          'UNWIND $links AS l WITH l, l.term AS term MATCH (t:SearchTerm {id: term}) ' +
            `WITH t, l.id AS nid LIMIT 1000000000 MATCH (n:${label} {id: nid}) CREATE (t)-[:TERM_OF]->(n)`,
          { links: rows },
        ),
      );
    }
  },
};

/**
 * A word's term is split in shards ("xa 0" ... "xa 15"), one per save: a
 * commit's cost grows with the not yet checkpointed adjacency of the term
 * nodes it links to, and a common word ("xa", "dang", "uy": the 100
 * commonest words hold 79% of the links) links to most of the graph.
 * Measured (bench/store-save.ts, 15,000 articles in saves of 250): one
 * term per word, 273 -> 214 articles per CPU-second as the WAL grew to a
 * checkpoint, 190 overall; 16 shards, 334 -> 330, 272 overall. Lookups are
 * unchanged: a typed word (letters and digits, never a space) starts "xa 3"
 * exactly when it starts "xa", and queries keep DISTINCT nodes.
 */
const TERM_SHARDS = 16;

/** The shard of a save's terms: from its first entry's id, so the same input gives the same graph. */
function shardOf(batches: readonly SearchBatch[]): number {
  const id = batches.find((b) => b.entries.length > 0)?.entries[0].id ?? '';
  let h = 0;
  for (let i = 0; i < id.length; i++) h = (h * 31 + id.charCodeAt(i)) >>> 0;
  return h % TERM_SHARDS;
}

/** Candidates read per label before ranking: shorter names first. */
export const SEARCH_CANDIDATES = 200;

/**
 * Only one typed word goes through the index: the last of three letters or more
 * (Vietnamese names end with their distinctive part, the given name or
 * the place, where "nguyen" or "dang" open half the names; a short prefix
 * expands to many terms), else the longest. The other words are checked
 * on its candidates' folded names. Joining every word's terms and
 * counting them per node, as before, read the whole fan-out of common
 * words ("dang", "xa", "nguyen": most of a label) for each query.
 */
export function anchorWord(words: readonly string[]): string {
  return [...words].reverse().find((w) => w.length >= 3) ?? words.reduce((best, w) => (w.length > best.length ? w : best));
}

/**
 * A list's nodes for a name search, from the index: those having a word
 * that starts with the anchor word. The list's own conditions (every word)
 * still apply to them, so the answer is the label scan's, read from far
 * fewer nodes.
 */
export function kuzuListSource(label: NodeLabel, words: readonly string[]): ListSource {
  return {
    pattern: `MATCH (st:SearchTerm) WHERE starts_with(st.id, $searchAnchor) MATCH (st)-[:TERM_OF]->(n:${label}) WITH DISTINCT n`,
    params: { searchAnchor: anchorWord(words) },
  };
}

/**
 * Nodes of one label whose name has, for every typed word, a word starting
 * with it; shorter names first. Null when the text has no word.
 */
export function kuzuSearchQuery(label: NodeLabel, text: string): CypherQuery | null {
  const words = [...new Set(searchWords(text))];
  if (words.length === 0) return null;
  const source = kuzuListSource(label, words);
  const others = words.filter((w) => w !== source.params.searchAnchor);
  const params: Record<string, unknown> = { ...source.params, candidates: SEARCH_CANDIDATES };
  others.forEach((w, i) => (params[`word${i}`] = ` ${w}`));
  const where = others.length ? ` WHERE ${others.map((_, i) => `(' ' + n.searchText) CONTAINS $word${i}`).join(' AND ')}` : '';
  return cypher(
    `${source.pattern}${where} ` +
      `RETURN ${projectRecord(label)}, n.searchText AS searchText ORDER BY size(n.searchText), id LIMIT $candidates`,
    params,
  );
}

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
