import { partialDateBounds, type PartialDate } from '../domain/partial-date';
import type { NodeRecord } from '../store/records';

/** What part of the graph to export; everything by default. */
export interface ExportFilter {
  /** An AdminUnit id: that unit, the units within it and what belongs to them (see collectAdminScope). */
  adminUnitId?: string | null;
  /** Inclusive `YYYY-MM-DD` bounds on the dates of sessions, documents and articles. */
  from?: string | null;
  to?: string | null;
  /** Articles and the STATES/WROTE edges; true by default. Their sources stay on every edge. */
  articles?: boolean;
}

/** The date that places a node on the time line, for labels that have one. */
function dateOf(node: NodeRecord): PartialDate | null | undefined {
  switch (node.label) {
    case 'Session':
      return node.date;
    case 'LegalDocument':
      return node.issuedOn;
    case 'Article':
      return node.publishedAt;
    default:
      return undefined; // timeless: people, organizations, units, offices
  }
}

/**
 * True when the node passes the date range. A partial date passes when any
 * day it may stand for is inside ("2025-05" meets from 2025-05-20); a dated
 * label with no date, or no year, cannot be placed and is left out.
 */
export function isInDateRange(node: NodeRecord, from: string | null | undefined, to: string | null | undefined): boolean {
  if (!from && !to) return true;
  const date = dateOf(node);
  if (date === undefined) return true;
  const bounds = date ? partialDateBounds(date) : null;
  if (!bounds) return false;
  return (!from || bounds.to >= from) && (!to || bounds.from <= to);
}
