import type { NodeLabel } from '../../domain/kinds';
import type { NodeRecord, RecordOf } from '../records';
import type { Row } from './query';

/**
 * The fields of each node label that records carry, in the order the read
 * queries return them. Stored-only keys (searchText, dateFrom, numberKey...)
 * are left out: they serve filters and sorting, not readers.
 */
export const RECORD_FIELDS = {
  Person: ['id', 'name'],
  Organization: ['id', 'name', 'kind'],
  AdminUnit: ['id', 'name', 'level'],
  Session: ['id', 'kind', 'title', 'date'],
  LegalDocument: ['id', 'type', 'number', 'kindCode', 'issuerCode', 'issuedOn', 'subject'],
  Article: ['id', 'url', 'title', 'publishedAt', 'contentHash', 'ingestedAt'],
  Position: ['id', 'title'],
} as const satisfies Record<NodeLabel, readonly string[]>;

/** `n.id AS id, n.name AS name` for a label's record fields. */
export function projectRecord(label: NodeLabel, variable = 'n'): string {
  return RECORD_FIELDS[label].map((f) => `${variable}.${f} AS ${f}`).join(', ');
}

/** A record from a row holding the label's fields; absent values become null. */
export function toRecord<L extends NodeLabel>(label: L, row: Row): RecordOf<L> {
  const record: Record<string, unknown> = { label };
  for (const f of RECORD_FIELDS[label]) record[f] = row[f] ?? null;
  return record as unknown as RecordOf<L>;
}

/** A record from an engine node's plain properties. */
export function nodeToRecord(label: NodeLabel, properties: Row): NodeRecord {
  return toRecord(label, properties);
}
