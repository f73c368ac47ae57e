import type { NodeLabel } from './kinds';

/**
 * Relationship types of the graph. Every relationship carries its provenance
 * (`article`, `quote`, `spanStart`, `spanEnd`): one edge per article that
 * states it, so a fact stated twice is one fact with two sources, and an
 * article's facts can be replaced without touching what others state.
 */
export const RELATIONS = {
  HOLDS: [['Person', 'Position']], // a person holds an office
  IN_ORGANIZATION: [['Position', 'Organization']], // the office belongs to an organization
  PART_OF: [['Organization', 'Organization']],
  SERVES: [['Organization', 'AdminUnit']],
  WITHIN: [['AdminUnit', 'AdminUnit']],
  CHAIRED: [['Person', 'Session']],
  ATTENDED: [['Person', 'Session']],
  TOOK_PART: [['Organization', 'Session']],
  ISSUED: [['Organization', 'LegalDocument']],
  FOUNDED: [['LegalDocument', 'Organization']], // the document founded the organization
  CITES: [['Session', 'LegalDocument'], ['LegalDocument', 'LegalDocument']],
  WROTE: [['Person', 'Article']],
  STATES: [
    // the article mentions the node: quote and span of each mention
    ['Article', 'Person'],
    ['Article', 'Organization'],
    ['Article', 'AdminUnit'],
    ['Article', 'Session'],
    ['Article', 'LegalDocument'],
    ['Article', 'Position'],
  ],
} as const satisfies Record<string, ReadonlyArray<readonly [NodeLabel, NodeLabel]>>;

export type RelationType = keyof typeof RELATIONS;
export const RELATION_TYPES = Object.keys(RELATIONS) as RelationType[];
