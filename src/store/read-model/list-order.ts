import type { NodeLabel } from '../../domain/kinds';
import type { NodeEntry, NodeTable } from './node-table';

/**
 * How a label's lists are ordered, as the engines order them
 * (cypher/list-specs.ts): names by their folded copy, dated things newest
 * first; the id breaks ties, ascending. The key is the cursor's first value.
 */
export interface ListOrder {
  key(entry: NodeEntry): string;
  descending: boolean;
}

const BY_NAME: ListOrder = { key: (e) => e.searchText, descending: false };
const NEWEST_FIRST: ListOrder = { key: (e) => e.dateFrom, descending: true };

export const LIST_ORDER: Record<NodeLabel, ListOrder> = {
  Person: BY_NAME,
  Organization: BY_NAME,
  AdminUnit: BY_NAME,
  Position: BY_NAME,
  Session: NEWEST_FIRST,
  LegalDocument: NEWEST_FIRST,
  Article: NEWEST_FIRST,
};

/** Compares two (key, id) pairs in a list order: negative when `a` comes first. */
export function compareInOrder(order: ListOrder, aKey: string, aId: string, bKey: string, bId: string): number {
  if (aKey !== bKey) return (aKey < bKey ? -1 : 1) * (order.descending ? -1 : 1);
  return aId < bId ? -1 : aId > bId ? 1 : 0;
}

/**
 * One label's nodes in list order. New nodes wait in a pending list and
 * are merged in (sorted, then one linear merge) by the next read, so a
 * save costs nothing here and a read after a save of n new nodes costs
 * n log n + the label's size. A node whose key changed (an article saved
 * again) makes the next read sort the whole label once.
 */
export class SortedLabel {
  private order: number[] = [];
  private pending: number[] = [];
  private resort = false;
  /** Positions in `order` by node index, or null until a sort needs them after the order changed. */
  private rankOf: Int32Array | null = null;
  /** Nodes whose partial date spans more than a day ("2024-03", "2024"): a date range may reach them from before its start. */
  private spanning: number[] = [];

  constructor(private readonly nodes: NodeTable, readonly listOrder: ListOrder) {}

  add(index: number): void {
    this.pending.push(index);
    const e = this.nodes.entry(index);
    if (e && e.dateFrom !== '' && e.dateTo > e.dateFrom) this.spanning.push(index);
  }

  /**
   * The live nodes whose partial date starts before `day` and ends on it
   * or after, in list order: what a date range starting on `day` takes
   * besides the nodes dated within it.
   */
  spanningInto(day: string): number[] {
    this.spanning = this.spanning.filter((i) => this.nodes.entry(i) !== undefined);
    return this.sort(this.spanning.filter((i) => {
      const e = this.nodes.entry(i)!;
      return e.dateFrom < day && e.dateTo >= day;
    }));
  }

  /** A node's key changed or it was removed: the next read rebuilds the order. */
  invalidate(): void {
    this.resort = true;
  }

  /** The label's live nodes in list order (shared: callers must not change it). */
  all(): readonly number[] {
    if (this.resort) this.rebuild();
    else if (this.pending.length > 0) this.mergePending();
    return this.order;
  }

  /** The position of the first node that comes after (key, id) in list order. */
  positionAfter(key: string, id: string): number {
    const order = this.all();
    let lo = 0;
    let hi = order.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.compare(order[mid], key, id) <= 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The position of the first node not before `key` (any id); `past`: the first node after it. */
  positionOfKey(key: string, past = false): number {
    const order = this.all();
    let lo = 0;
    let hi = order.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const k = this.listOrder.key(this.nodes.entry(order[mid])!);
      const before = k === key ? past : this.listOrder.descending ? k > key : k < key;
      if (before) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * Sorts node indexes in this order (live ones only), by their positions in
   * it: numbers sorted natively, where comparing keys and ids took a few ms
   * for the thousands of people a common name word finds.
   */
  sort(indexes: readonly number[]): number[] {
    const order = this.all();
    const rank = this.ranks(order);
    const positions = new Int32Array(indexes.length);
    let n = 0;
    for (const i of indexes) {
      const r = i < rank.length ? rank[i] : -1;
      if (r >= 0 && this.nodes.entry(i) !== undefined) positions[n++] = r;
    }
    const sorted = positions.subarray(0, n).sort();
    const out = new Array<number>(n);
    for (let k = 0; k < n; k++) out[k] = order[sorted[k]];
    return out;
  }

  /** Each node's position in `order` (-1: not in it), rebuilt after the order changed. */
  private ranks(order: readonly number[]): Int32Array {
    if (this.rankOf === null) {
      this.rankOf = new Int32Array(this.nodes.capacity).fill(-1);
      for (let p = 0; p < order.length; p++) this.rankOf[order[p]] = p;
    }
    return this.rankOf;
  }

  /** Sorts node indexes by key and id (live ones only): how the order itself is made. */
  private sortByKey(indexes: readonly number[]): number[] {
    const keyed = indexes.map((i) => ({ i, e: this.nodes.entry(i) })).filter((x) => x.e !== undefined);
    keyed.sort((a, b) => compareInOrder(this.listOrder, this.listOrder.key(a.e!), a.e!.record.id, this.listOrder.key(b.e!), b.e!.record.id));
    return keyed.map((x) => x.i);
  }

  private compare(index: number, key: string, id: string): number {
    const e = this.nodes.entry(index)!;
    return compareInOrder(this.listOrder, this.listOrder.key(e), e.record.id, key, id);
  }

  private rebuild(): void {
    this.order = this.sortByKey([...this.order, ...this.pending]);
    this.pending = [];
    this.resort = false;
    this.rankOf = null;
  }

  private mergePending(): void {
    const fresh = this.sortByKey(this.pending);
    this.rankOf = null;
    this.pending = [];
    const merged: number[] = new Array(this.order.length + fresh.length);
    let i = 0;
    let j = 0;
    let k = 0;
    while (i < this.order.length || j < fresh.length) {
      if (j >= fresh.length) merged[k++] = this.order[i++];
      else if (i >= this.order.length) merged[k++] = fresh[j++];
      else {
        const e = this.nodes.entry(fresh[j])!;
        merged[k++] = this.compare(this.order[i], this.listOrder.key(e), e.record.id) <= 0 ? this.order[i++] : fresh[j++];
      }
    }
    this.order = merged;
  }
}
