import type { ArticleFacts, Span } from '../../domain/facts';
import type { NodeLabel } from '../../domain/kinds';
import { labelOfId } from '../../domain/ids';
import { partialDateBounds, type PartialDate } from '../../domain/partial-date';
import type { RelationType } from '../../domain/relations';
import type { Row } from './query';
import { foldSearchText, normalizeDocumentNumber } from './search-keys';

/** Nodes of one label to MERGE, each row holding every stored property. */
export interface NodeBatch { label: Exclude<NodeLabel, 'Article'>; rows: Row[] }

/** One stating of a relationship by an article being saved. */
export interface EdgeRow {
  from: string;
  to: string;
  role: string | null;
  article: string;
  quote: string;
  spanStart: number;
  spanEnd: number;
}
export interface EdgeBatch { type: RelationType; fromLabel: NodeLabel; toLabel: NodeLabel; rows: EdgeRow[] }

/** `dateFrom`/`dateTo` of a partial date; '' when it has no place on the time line, so sorting never meets NULL. */
export function dateKeys(date: PartialDate | null): { dateFrom: string; dateTo: string } {
  const b = date ? partialDateBounds(date) : null;
  return { dateFrom: b?.from ?? '', dateTo: b?.to ?? '' };
}

/** The node rows of an article's facts, by label, one per id (the Article node is written apart). */
export function nodeBatches(f: ArticleFacts): NodeBatch[] {
  const keyed = (row: Row, text: string): Row => ({ ...row, searchText: foldSearchText(text) });
  const batches: NodeBatch[] = [
    { label: 'Person', rows: f.persons.map((p) => keyed({ id: p.id, name: p.name }, p.name)) },
    { label: 'AdminUnit', rows: f.adminUnits.map((u) => keyed({ id: u.id, name: u.name, level: u.level }, u.name)) },
    { label: 'Organization', rows: f.organizations.map((o) => keyed({ id: o.id, name: o.name, kind: o.kind }, o.name)) },
    { label: 'Position', rows: f.positions.map((p) => keyed({ id: p.id, title: p.title }, p.title)) },
    {
      label: 'Session',
      rows: f.sessions.map((s) => keyed({ id: s.id, kind: s.kind, title: s.title, date: s.date, ...dateKeys(s.date) }, s.title)),
    },
    {
      label: 'LegalDocument',
      rows: f.documents.map((d) =>
        keyed(
          {
            id: d.id, type: d.type, typeKey: foldSearchText(d.type), number: d.number,
            numberKey: normalizeDocumentNumber(d.number), kindCode: d.kindCode, issuerCode: d.issuerCode,
            issuedOn: d.issuedOn, subject: d.subject, ...dateKeys(d.issuedOn),
          },
          `${d.type} ${d.number} ${d.subject ?? ''}`,
        ),
      ),
    },
  ];
  // One row per id: Kùzu mishandles a MERGE meeting the same key twice in one statement.
  return batches.map((b) => ({ ...b, rows: [...new Map(b.rows.map((r) => [r.id, r])).values()] }));
}

const NO_SPAN: Span = { start: 0, end: 0, text: '' };


/** The relationship rows an article states, grouped by type and end labels, duplicates dropped. */
export function edgeBatches(f: ArticleFacts): EdgeBatch[] {
  const batches = new Map<string, EdgeBatch>();
  const seen = new Set<string>();
  const add = (type: RelationType, fromLabel: NodeLabel, toLabel: NodeLabel, r: EdgeRow): void => {
    const key = [type, r.from, r.to, r.role, r.spanStart, r.spanEnd].join('\u0000');
    if (seen.has(key)) return;
    seen.add(key);
    const bk = `${type}:${fromLabel}:${toLabel}`;
    if (!batches.has(bk)) batches.set(bk, { type, fromLabel, toLabel, rows: [] });
    batches.get(bk)!.rows.push(r);
  };
  const art = f.article.id;
  const row = (from: string, to: string, span: Span | undefined, role: string | null = null): EdgeRow => {
    const s = span ?? NO_SPAN;
    return { from, to, role, article: art, quote: s.text, spanStart: s.start, spanEnd: s.end };
  };
  for (const p of f.persons) for (const m of p.mentions) add('STATES', 'Article', 'Person', row(art, p.id, m));
  for (const u of f.adminUnits) {
    for (const m of u.mentions) add('STATES', 'Article', 'AdminUnit', row(art, u.id, m));
    if (u.parentId) add('WITHIN', 'AdminUnit', 'AdminUnit', row(u.id, u.parentId, u.mentions[0]));
  }
  for (const o of f.organizations) {
    for (const m of o.mentions) add('STATES', 'Article', 'Organization', row(art, o.id, m));
    if (o.adminUnitId) add('SERVES', 'Organization', 'AdminUnit', row(o.id, o.adminUnitId, o.mentions[0]));
    if (o.parentId) add('PART_OF', 'Organization', 'Organization', row(o.id, o.parentId, o.mentions[0]));
  }
  for (const p of f.positions) {
    add('STATES', 'Article', 'Position', row(art, p.id, p.source));
    add('HOLDS', 'Person', 'Position', row(p.personId, p.id, p.source));
    if (p.organizationId) add('IN_ORGANIZATION', 'Position', 'Organization', row(p.id, p.organizationId, p.source));
  }
  for (const s of f.sessions) {
    add('STATES', 'Article', 'Session', row(art, s.id, s.source));
    if (s.chairId) add('CHAIRED', 'Person', 'Session', row(s.chairId, s.id, s.source));
    for (const pid of s.participantIds) add('ATTENDED', 'Person', 'Session', row(pid, s.id, s.source));
    // Convention: the first organization named is the one that held the session.
    s.organizationIds.forEach((oid, i) =>
      add('TOOK_PART', 'Organization', 'Session', row(oid, s.id, s.source, i === 0 ? 'host' : 'participant')),
    );
  }
  for (const d of f.documents) {
    add('STATES', 'Article', 'LegalDocument', row(art, d.id, d.source));
    if (d.issuerId) add('ISSUED', 'Organization', 'LegalDocument', row(d.issuerId, d.id, d.source));
  }
  for (const x of f.foundings) add('FOUNDED', 'LegalDocument', 'Organization', row(x.documentId, x.organizationId, x.source));
  const sessionIds = new Set(f.sessions.map((s) => s.id));
  for (const c of f.citations) {
    const fromLabel = sessionIds.has(c.fromId) ? 'Session' : citingLabel(c.fromId);
    add('CITES', fromLabel, 'LegalDocument', row(c.fromId, c.documentId, c.source));
  }
  for (const a of f.authors) add('WROTE', 'Person', 'Article', row(a.personId, art, a.source));
  return [...batches.values()];
}

/**
 * The rows of several articles' facts in as few batches as one article
 * has: nodes by label, one row per id (the first article to name a node
 * gives its properties, as when saved one by one), edges by type and end
 * labels, each row tagged with its article.
 */
export function combinedBatches(facts: readonly ArticleFacts[]): { nodes: NodeBatch[]; edges: EdgeBatch[] } {
  const nodes = new Map<NodeBatch['label'], Map<unknown, Row>>();
  const edges = new Map<string, EdgeBatch>();
  for (const f of facts) {
    for (const b of nodeBatches(f)) {
      if (!nodes.has(b.label)) nodes.set(b.label, new Map());
      const byId = nodes.get(b.label)!;
      for (const r of b.rows) if (!byId.has(r.id)) byId.set(r.id, r);
    }
    for (const b of edgeBatches(f)) {
      const key = `${b.type}:${b.fromLabel}:${b.toLabel}`;
      const into = edges.get(key);
      if (into) into.rows.push(...b.rows);
      else edges.set(key, { ...b, rows: [...b.rows] });
    }
  }
  return {
    nodes: [...nodes].map(([label, byId]) => ({ label, rows: [...byId.values()] })),
    edges: [...edges.values()],
  };
}

function citingLabel(id: string): 'Session' | 'LegalDocument' {
  return labelOfId(id) === 'Session' ? 'Session' : 'LegalDocument';
}
