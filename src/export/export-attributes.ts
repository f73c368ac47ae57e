import type { EdgeRecord, NodeRecord } from '../store/records';

/** GraphML's attribute types; CSV and JSON write the same columns. */
export type AttrType = 'string' | 'int' | 'double' | 'boolean';
export interface AttrSpec { name: string; type: AttrType }
export type AttrValue = string | number | boolean | null;

/**
 * The columns of an exported node: `label` is what a viewer shows (Gephi
 * takes the `label` attribute as the node's caption), `nodeType` the graph
 * label (Person, Organization...), then every record field of any label;
 * fields a label lacks are empty.
 */
export const NODE_ATTRIBUTES: readonly AttrSpec[] = [
  'label', 'nodeType', 'name', 'kind', 'level', 'title', 'date', 'type', 'number', 'kindCode', 'issuerCode',
  'issuedOn', 'subject', 'url', 'publishedAt', 'contentHash', 'ingestedAt',
].map((name) => ({ name, type: 'string' as const }));

/**
 * The columns of an exported edge: its relation type, role, how many
 * sources state it (`weight`, which Gephi uses as edge weight), all sources
 * as a JSON string, and the first source's article id and quote.
 */
export const EDGE_ATTRIBUTES: readonly AttrSpec[] = [
  { name: 'type', type: 'string' },
  { name: 'role', type: 'string' },
  { name: 'weight', type: 'double' },
  { name: 'sources', type: 'string' },
  { name: 'articleId', type: 'string' },
  { name: 'quote', type: 'string' },
];

/** A node's attribute values by column name. */
export function nodeValues(node: NodeRecord): Record<string, AttrValue> {
  const { id: _id, label, ...fields } = node;
  return { label: captionOf(node), nodeType: label, ...fields };
}

/** An edge's attribute values by column name. */
export function edgeValues(edge: EdgeRecord): Record<string, AttrValue> {
  const first = edge.sources[0];
  return {
    type: edge.type,
    role: edge.role,
    weight: edge.sources.length,
    sources: JSON.stringify(edge.sources),
    articleId: first?.articleId ?? null,
    quote: first?.quote ?? null,
  };
}

/** The words a viewer shows for a node: "Quyết định 03-QĐ/ĐU", a person's name, an article's title. */
export function captionOf(node: NodeRecord): string {
  switch (node.label) {
    case 'Person':
    case 'Organization':
    case 'AdminUnit':
      return node.name;
    case 'Session':
    case 'Position':
      return node.title;
    case 'LegalDocument':
      return `${node.type} ${node.number}`;
    case 'Article':
      return node.title ?? node.url ?? node.id;
  }
}
