/**
 * The five kinds of entity the explorer draws, keyed by GraphQL type name:
 * how each is written in the URL, named in the page, coloured and shaped in
 * the graph. Colours differ in lightness as well as hue, and every kind has
 * its own shape, so the graph reads without colour vision too.
 */
export const KINDS = {
  Person: { route: 'person', title: 'Person', plural: 'People', color: '#2563eb', shape: 'ellipse', prefix: 'per' },
  Organization: { route: 'organization', title: 'Organization', plural: 'Organizations', color: '#c2410c', shape: 'round-rectangle', prefix: 'org' },
  AdminUnit: { route: 'unit', title: 'Administrative unit', plural: 'Administrative units', color: '#15803d', shape: 'hexagon', prefix: 'adm' },
  Session: { route: 'session', title: 'Session', plural: 'Sessions', color: '#a16207', shape: 'diamond', prefix: 'ses' },
  LegalDocument: { route: 'document', title: 'Document', plural: 'Documents', color: '#7c3aed', shape: 'tag', prefix: 'doc' },
};

/** Kinds in the order search results are grouped. */
export const KIND_ORDER = ['Person', 'Organization', 'AdminUnit', 'Session', 'LegalDocument'];

/** The type name for a URL segment ("person" -> "Person"), or null. */
export function kindOfRoute(route) {
  return KIND_ORDER.find((k) => KINDS[k].route === route) ?? null;
}

/** The type name a stable id was made for ("per_3f9c..." -> "Person"), or null. */
export function kindOfId(id) {
  const prefix = String(id).split('_', 1)[0];
  return KIND_ORDER.find((k) => KINDS[k].prefix === prefix) ?? null;
}

/** Cuts long text at a word boundary near `max` characters. */
export function shorten(text, max) {
  if (!text || text.length <= max) return text ?? '';
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${cut.slice(0, space > max * 0.6 ? space : max).replace(/[\s,.;:–-]+$/u, '')}…`;
}

/**
 * A short human label for an entity of any kind. A session's title is often
 * its report's first sentence ("Ngày 08/4/2025, Ban Thường vụ ... tổ chức
 * hội nghị ..."), so it is shortened.
 */
export function labelOf(entity) {
  switch (entity.__typename) {
    case 'Session': {
      const title = shorten(entity.title, 60);
      return entity.date && !entity.title.includes(entity.date) ? `${title} (${entity.date})` : title;
    }
    case 'LegalDocument':
      return `${entity.type} ${entity.number}`;
    default:
      return entity.name ?? entity.id;
  }
}

/** The label without shortening, for tooltips. */
export function fullLabelOf(entity) {
  if (entity.__typename === 'Session') return entity.date ? `${entity.title} (${entity.date})` : entity.title;
  return labelOf(entity);
}

/** Relationship kinds: the label drawn on the edge and its line style. */
export const RELATIONS = {
  HOLDS_OFFICE: { label: 'holds office', line: 'solid' },
  CHAIRED: { label: 'chaired', line: 'solid' },
  ATTENDED: { label: 'attended', line: 'dashed' },
  TOOK_PART: { label: 'took part', line: 'dashed' },
  PART_OF: { label: 'part of', line: 'solid' },
  INSIDE: { label: 'inside', line: 'dotted' },
  ISSUED_BY: { label: 'issued by', line: 'solid' },
  FOUNDED_BY: { label: 'founded by', line: 'solid' },
  CITES: { label: 'cites', line: 'dotted' },
};
