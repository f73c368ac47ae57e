import { NODE_LABELS, type NodeLabel } from '../../domain/kinds';
import { toRecord } from '../cypher/node-fields';
import type { Row } from '../cypher/query';
import type { NodeRecord } from '../records';

/**
 * A node as the read model keeps it: the record readers get, and the
 * stored-only keys that lists filter and sort on (the same columns the
 * engines store: schema/kuzu.cypher).
 */
export interface NodeEntry {
  readonly record: NodeRecord;
  /** The folded name: the order of named labels and what search matches. */
  readonly searchText: string;
  /** The span of a partial date, '' when it has none (sessions, documents, articles). */
  readonly dateFrom: string;
  readonly dateTo: string;
  /** Documents: the normalized number and the folded type. */
  readonly numberKey: string;
  readonly typeKey: string;
}

const text = (v: unknown): string => (v === null || v === undefined ? '' : String(v));

/** An entry from a stored row (a save's node row, or a row the loader read back). */
export function entryOf(label: NodeLabel, row: Row): NodeEntry {
  return {
    record: toRecord(label, row),
    searchText: text(row.searchText),
    dateFrom: text(row.dateFrom),
    dateTo: text(row.dateTo),
    numberKey: text(row.numberKey),
    typeKey: text(row.typeKey),
  };
}

/**
 * Nodes by a dense index (what the edge table and the other indexes hold),
 * and the index by id. A removed node leaves a hole: indexes are never
 * reused, so a stale index can only miss, never name another node.
 */
export class NodeTable {
  private readonly byId = new Map<string, number>();
  private readonly entries: Array<NodeEntry | undefined> = [];
  private readonly perLabel = new Map<NodeLabel, number>(NODE_LABELS.map((l) => [l, 0]));

  /** One more than the highest index given out (the edge table sizes its heads by it). */
  get capacity(): number {
    return this.entries.length;
  }

  indexOf(id: string): number | undefined {
    return this.byId.get(id);
  }

  entry(index: number): NodeEntry | undefined {
    return this.entries[index];
  }

  entryById(id: string): NodeEntry | undefined {
    const i = this.byId.get(id);
    return i === undefined ? undefined : this.entries[i];
  }

  /** Adds a node that is not there yet; returns its index. */
  add(entry: NodeEntry): number {
    const index = this.entries.length;
    this.entries.push(entry);
    this.byId.set(entry.record.id, index);
    this.perLabel.set(entry.record.label, this.count(entry.record.label) + 1);
    return index;
  }

  /** Overwrites a node's entry in place (an article saved again with a new text). */
  replace(index: number, entry: NodeEntry): void {
    this.entries[index] = entry;
  }

  remove(index: number): NodeEntry | undefined {
    const entry = this.entries[index];
    if (!entry) return undefined;
    this.entries[index] = undefined;
    this.byId.delete(entry.record.id);
    this.perLabel.set(entry.record.label, this.count(entry.record.label) - 1);
    return entry;
  }

  count(label: NodeLabel): number {
    return this.perLabel.get(label) ?? 0;
  }
}
