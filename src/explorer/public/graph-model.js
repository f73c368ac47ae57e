import { fullLabelOf, labelOf } from './kinds.js';

/**
 * Turns one loaded entity (an answer of queries.js) into graph elements: the
 * entity, its direct neighbours, and one edge per relationship between them.
 * Pure: no DOM, no Cytoscape; ids are the API's, so loading the same
 * neighbour from two sides gives one node and one edge.
 */
export function neighbourhoodOf(entity) {
  const graph = { nodes: new Map(), edges: new Map() };
  const self = addNode(graph, entity.__typename, entity);
  const collect = COLLECTORS[entity.__typename];
  if (collect) collect(graph, self, entity);
  dropAttendedWhereChaired(graph);
  return { nodes: [...graph.nodes.values()], edges: [...graph.edges.values()] };
}

/** Sessions a person attended without chairing them (the API counts the chair among participants). */
export function attendedOnly(person) {
  const chaired = new Set(listOf(person.sessionsChaired).map((s) => s.id));
  return listOf(person.sessionsAttended).filter((s) => !chaired.has(s.id));
}

/** A list field read the same whether the schema gives a list or a connection. */
export function listOf(value) {
  if (Array.isArray(value)) return value.filter(Boolean);
  if (value && Array.isArray(value.nodes)) return value.nodes.filter(Boolean);
  return [];
}

function addNode(graph, kind, entity) {
  const id = entity.id;
  if (!graph.nodes.has(id)) {
    const typed = { ...entity, __typename: kind };
    graph.nodes.set(id, { id, kind, label: labelOf(typed), full: fullLabelOf(typed) });
  }
  return id;
}

function addEdge(graph, source, relation, target, detail) {
  const id = `${source}|${relation}|${target}`;
  const known = graph.edges.get(id);
  // two offices in one body ("Bí thư", "Chủ tịch HĐND") make one edge that names both
  if (known && detail && !(known.detail ?? '').split('; ').includes(detail)) known.detail = known.detail ? `${known.detail}; ${detail}` : detail;
  if (!known) graph.edges.set(id, { id, source, target, relation, detail: detail ?? null });
}

/** Links `self` to each neighbour found at `value` (one object or a list). */
function link(graph, self, value, kind, relation, direction) {
  const items = Array.isArray(value) || value?.nodes ? listOf(value) : value ? [value] : [];
  for (const item of items) {
    const other = addNode(graph, kind, item);
    if (direction === 'out') addEdge(graph, self, relation, other);
    else addEdge(graph, other, relation, self);
  }
}

const COLLECTORS = {
  Person(graph, self, p) {
    for (const position of listOf(p.positions)) {
      if (!position.organization) continue;
      const org = addNode(graph, 'Organization', position.organization);
      addEdge(graph, self, 'HOLDS_OFFICE', org, position.title);
    }
    link(graph, self, p.sessionsChaired, 'Session', 'CHAIRED', 'out');
    link(graph, self, p.sessionsAttended, 'Session', 'ATTENDED', 'out');
  },
  Organization(graph, self, o) {
    link(graph, self, o.parent, 'Organization', 'PART_OF', 'out');
    link(graph, self, o.children, 'Organization', 'PART_OF', 'in');
    link(graph, self, o.adminUnit, 'AdminUnit', 'INSIDE', 'out');
    for (const position of listOf(o.officeHolders)) {
      if (!position.person) continue;
      const person = addNode(graph, 'Person', position.person);
      addEdge(graph, person, 'HOLDS_OFFICE', self, position.title);
    }
    link(graph, self, o.sessions, 'Session', 'TOOK_PART', 'out');
    link(graph, self, o.documentsIssued, 'LegalDocument', 'ISSUED_BY', 'in');
    link(graph, self, o.foundingDocument, 'LegalDocument', 'FOUNDED_BY', 'out');
  },
  AdminUnit(graph, self, a) {
    link(graph, self, a.parent, 'AdminUnit', 'INSIDE', 'out');
    link(graph, self, a.children, 'AdminUnit', 'INSIDE', 'in');
    link(graph, self, a.organizations, 'Organization', 'INSIDE', 'in');
  },
  Session(graph, self, s) {
    link(graph, self, s.chair, 'Person', 'CHAIRED', 'in');
    link(graph, self, s.participants, 'Person', 'ATTENDED', 'in');
    link(graph, self, s.organizations, 'Organization', 'TOOK_PART', 'in');
    link(graph, self, s.documentsCited, 'LegalDocument', 'CITES', 'out');
  },
  LegalDocument(graph, self, d) {
    link(graph, self, d.issuer, 'Organization', 'ISSUED_BY', 'out');
    link(graph, self, d.founded, 'Organization', 'FOUNDED_BY', 'in');
    link(graph, self, d.cites, 'LegalDocument', 'CITES', 'out');
    for (const citing of listOf(d.citedBy)) {
      const kind = citing.__typename === 'LegalDocument' ? 'LegalDocument' : 'Session';
      addEdge(graph, addNode(graph, kind, citing), 'CITES', self);
    }
  },
};

/** The chair is among the participants; one "chaired" edge says enough. */
function dropAttendedWhereChaired(graph) {
  for (const edge of [...graph.edges.values()]) {
    if (edge.relation === 'CHAIRED') graph.edges.delete(`${edge.source}|ATTENDED|${edge.target}`);
  }
}
