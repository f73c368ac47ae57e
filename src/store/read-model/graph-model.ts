import { NODE_LABELS, type NodeLabel } from '../../domain/kinds';
import type { RelationType } from '../../domain/relations';
import { EdgeTable } from './edge-table';
import { LIST_ORDER, SortedLabel } from './list-order';
import { type NodeEntry, NodeTable } from './node-table';
import { WordIndex } from './word-index';

/** A relationship to add, by node ids (as saves and the loader give them). */
export interface EdgeInput {
  type: RelationType;
  from: string;
  to: string;
  article: string;
  spanStart: number;
  spanEnd: number;
  role: string | null;
}

/**
 * The graph in memory, for reads: every node's record and list keys, every
 * relationship row with its article and span (not its quote: a quote is
 * the article's text between the span's offsets, read from the store on
 * demand), the word index of names, each label in list order, documents
 * by normalized number.
 *
 * Why it exists: Kùzu 0.11 has no secondary index and answers point reads
 * slowly (measured on a 100,000-article graph: 0.3-0.5 ms a primary-key
 * lookup, ~2 ms an anchored edge lookup, ~18 µs a random property read,
 * 23 ms a filtered scan of 88,000 sessions), so a page of 100 sessions
 * with their chairs took 250 ms. Here it takes microseconds. The engine
 * stays the store of record: this model is loaded from it at open and
 * changed by the same saves, after they commit (apply-write.ts).
 *
 * Mutations keep every index in step; reads live in model-*.ts.
 */
export class GraphModel {
  readonly nodes = new NodeTable();
  readonly edges = new EdgeTable();
  /** Names by word, one index per label (a word common in one label, "thang" in session titles, is no reason to scan people). */
  readonly words: Record<NodeLabel, WordIndex>;
  readonly sorted: Record<NodeLabel, SortedLabel>;
  /** Documents by normalized number (several issuers can use one number). */
  readonly byNumber = new Map<string, number[]>();

  constructor() {
    this.sorted = Object.fromEntries(NODE_LABELS.map((l) => [l, new SortedLabel(this.nodes, LIST_ORDER[l])])) as Record<NodeLabel, SortedLabel>;
    this.words = Object.fromEntries(NODE_LABELS.map((l) => [l, new WordIndex()])) as Record<NodeLabel, WordIndex>;
  }

  /** Adds a node unless one with its id exists (the first name of a node stays); returns its index. */
  addNode(entry: NodeEntry): number {
    const existing = this.nodes.indexOf(entry.record.id);
    if (existing !== undefined) return existing;
    const index = this.nodes.add(entry);
    this.indexNode(index, entry);
    return index;
  }

  /** Overwrites a stored node's entry (an article saved again), keeping its relationships. */
  replaceNode(entry: NodeEntry): void {
    const index = this.nodes.indexOf(entry.record.id);
    if (index === undefined) {
      this.addNode(entry);
      return;
    }
    this.nodes.replace(index, entry);
    this.words[entry.record.label].add(index, entry.searchText);
    this.sorted[entry.record.label].invalidate();
  }

  /** Removes a node with every relationship touching it (DETACH DELETE). */
  removeNode(index: number): void {
    for (const r of [...this.edges.out(index), ...this.edges.in(index)]) this.edges.remove(r);
    const entry = this.nodes.remove(index);
    if (entry) this.sorted[entry.record.label].invalidate();
  }

  /** Adds a relationship row; false when an end or the article is unknown (nothing added). */
  addEdge(e: EdgeInput): boolean {
    const from = this.nodes.indexOf(e.from);
    const to = this.nodes.indexOf(e.to);
    const article = this.nodes.indexOf(e.article);
    if (from === undefined || to === undefined || article === undefined) return false;
    this.edges.add({ type: e.type, from, to, article, spanStart: e.spanStart, spanEnd: e.spanEnd, role: e.role });
    return true;
  }

  /** The index of a live node of `label` with this id. */
  indexOfLabel(id: string, label: NodeLabel): number | undefined {
    const i = this.nodes.indexOf(id);
    return i !== undefined && this.nodes.entry(i)!.record.label === label ? i : undefined;
  }

  /** Builds the lazy indexes now (the label orders, the vocabulary), so the first reads after a load do not. */
  prepare(): void {
    for (const sorted of Object.values(this.sorted)) sorted.all();
    for (const words of Object.values(this.words)) words.withPrefix('\uffff');
  }

  private indexNode(index: number, entry: NodeEntry): void {
    this.words[entry.record.label].add(index, entry.searchText);
    this.sorted[entry.record.label].add(index);
    if (entry.record.label === 'LegalDocument' && entry.numberKey) {
      const list = this.byNumber.get(entry.numberKey);
      if (list) list.push(index);
      else this.byNumber.set(entry.numberKey, [index]);
    }
  }
}
