import type { NodeLabel } from '../../domain/kinds';
import { decodeCursor, encodeCursor } from '../cypher/cursor';
import { MAX_PAGE_SIZE } from '../cypher/list-query';
import type { NodeRecord, Page, PageRequest } from '../records';
import type { GraphModel } from './graph-model';
import { compareInOrder } from './list-order';
import type { NodeEntry } from './node-table';
import { matchesAllWords } from './word-index';

/** A list to read: the label, the node sets every item must be in, tests on entries, name words, a date range. */
export interface ListQuery {
  label: NodeLabel;
  sets: Array<Set<number>>;
  tests: Array<(index: number, entry: NodeEntry) => boolean>;
  words?: string[];
  /** Kept when the partial date's span overlaps [from, to]; an undated node never is. */
  dates?: { from: string | null; to: string | null };
}

/**
 * Reads a page of a list: picks the narrowest place to find candidates
 * (the smallest id-filter set, the word index, or the label's window of
 * dates in list order), tests each, counts them unless the caller reads no
 * total, and returns the page after the cursor in list order, as the
 * engines do (same cursors, same order, same totals).
 */
export function runList<T extends NodeRecord>(m: GraphModel, q: ListQuery, page: PageRequest): Page<T> {
  const sorted = m.sorted[q.label];
  const order = sorted.listOrder;
  const first = Math.max(0, Math.min(Math.floor(page.first), MAX_PAGE_SIZE));
  const after = page.after ? decodeCursor(page.after, 2) : null;
  const accepts = acceptance(m, q);
  const { candidates, inOrder, allPass } = candidatesOf(m, q);
  // Candidates every one of which passes: their number is the total, and the page ends the reading.
  const unfiltered = allPass && !q.words && q.sets.length === 0 && q.tests.length === 0;
  const ordered = inOrder ? candidates : sorted.sort(candidates);
  let total = 0;
  const items: Array<{ node: T; cursor: string }> = [];
  for (const index of ordered) {
    const entry = m.nodes.entry(index);
    if (!entry || !accepts(index, entry)) continue;
    total += 1;
    if (items.length > first) {
      if (page.withoutTotal || unfiltered) break;
      continue;
    }
    const key = order.key(entry);
    if (after && compareInOrder(order, key, entry.record.id, after[0], after[1]) <= 0) continue;
    items.push(new PageItem(entry.record as T, key));
  }
  // The whole label in order, nothing tested: its size is the total.
  const totalCount = page.withoutTotal ? -1 : unfiltered ? candidates.length : total;
  return { totalCount, hasNextPage: items.length > first, items: items.slice(0, first) };
}

/**
 * A page item whose cursor is encoded when read (most queries read nodes,
 * not cursors). A class: an object literal with a getter is built by the
 * runtime's slow path, and cost more than the rest of a 100-item page.
 */
class PageItem<T extends NodeRecord> {
  private encoded: string | undefined;

  constructor(readonly node: T, private readonly key: string) {}

  get cursor(): string {
    return (this.encoded ??= encodeCursor([this.key, this.node.id]));
  }

  /** Written out as the engines' items are: the node and its cursor. */
  toJSON(): { node: T; cursor: string } {
    return { node: this.node, cursor: this.cursor };
  }
}

/** Every condition of the query as one test. */
function acceptance(m: GraphModel, q: ListQuery): (index: number, entry: NodeEntry) => boolean {
  const { label, sets, tests, words, dates } = q;
  return (index, entry) => {
    if (entry.record.label !== label) return false;
    if (dates && !overlaps(entry, dates)) return false;
    if (words && !matchesAllWords(entry.searchText, words)) return false;
    for (const s of sets) if (!s.has(index)) return false;
    for (const t of tests) if (!t(index, entry)) return false;
    return true;
  };
}

function overlaps(e: NodeEntry, d: { from: string | null; to: string | null }): boolean {
  if (e.dateFrom === '') return false;
  return (d.from === null || e.dateTo >= d.from) && (d.to === null || e.dateFrom <= d.to);
}

/**
 * Where to look: the smallest id-filter set; the word index when the typed
 * words reach less than a quarter of the label; else the label in list
 * order, within a date range's window where there is one. `allPass`: every
 * candidate meets the label and date conditions (a window's dates are the
 * range's), so without other conditions their number is the total.
 */
function candidatesOf(m: GraphModel, q: ListQuery): { candidates: readonly number[]; inOrder: boolean; allPass: boolean } {
  const smallest = [...q.sets].sort((a, b) => a.size - b.size)[0];
  if (smallest) return { candidates: [...smallest], inOrder: false, allPass: false };
  const sorted = m.sorted[q.label];
  if (q.words) {
    const found = m.words[q.label].withAllPrefixes(q.words);
    if (found.length < m.nodes.count(q.label) / 4) return { candidates: found, inOrder: false, allPass: false };
  }
  const all = sorted.all();
  if (!q.dates) return { candidates: all, inOrder: true, allPass: true };
  // Dated within the range, newest first (the undated come last: '' sorts below every date)...
  const { from, to } = q.dates;
  const start = to ? sorted.positionOfKey(to) : 0;
  const end = from ? sorted.positionOfKey(from, true) : sorted.positionOfKey('');
  const dated = all.slice(start, Math.max(start, end));
  // ...then the partial dates begun before the range that reach into it.
  const spanning = from ? sorted.spanningInto(from) : [];
  return { candidates: spanning.length ? [...dated, ...spanning] : dated, inOrder: true, allPass: true };
}
