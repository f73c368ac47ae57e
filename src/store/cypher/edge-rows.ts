import type { RelationType } from '../../domain/relations';
import type { EdgeRecord, SourceRecord } from '../records';
import type { Row } from './query';

/** A source from an edge row (`articleId`, `quote`, `spanStart`, `spanEnd`); a row without a quote column gives null. */
export function toSource(row: Row): SourceRecord {
  return {
    articleId: String(row.articleId),
    quote: row.quote === undefined || row.quote === null ? null : String(row.quote),
    spanStart: Number(row.spanStart ?? 0),
    spanEnd: Number(row.spanEnd ?? 0),
  };
}

/**
 * Groups rows (one per stating article) into one EdgeRecord per
 * (from, to, role), sources in article then span order; the records come
 * sorted by from, to, role so both engines give the same list.
 */
export function groupEdgeRows(type: RelationType, rows: readonly Row[]): EdgeRecord[] {
  const byFact = new Map<string, EdgeRecord>();
  for (const row of rows) {
    const role = (row.role as string | null | undefined) ?? null;
    const key = [row.fromId, row.toId, role ?? ''].join('\u0000');
    let edge = byFact.get(key);
    if (!edge) {
      edge = { type, fromId: String(row.fromId), toId: String(row.toId), role, sources: [] };
      byFact.set(key, edge);
    }
    edge.sources.push(toSource(row));
  }
  const edges = [...byFact.values()];
  for (const e of edges) e.sources.sort(compareSources);
  return edges.sort((x, y) => cmp(x.fromId, y.fromId) || cmp(x.toId, y.toId) || cmp(x.role ?? '', y.role ?? ''));
}

function compareSources(x: SourceRecord, y: SourceRecord): number {
  return cmp(x.articleId, y.articleId) || x.spanStart - y.spanStart || x.spanEnd - y.spanEnd;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
