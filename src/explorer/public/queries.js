/**
 * Every GraphQL operation the explorer sends, in one place: when the schema
 * changes, this is the file to adapt. Aliases keep the answers in the shape
 * the other modules read (`sessionsChaired`, `nodes`...), whatever the field
 * is called in the schema; `kind` is aliased per type because one search
 * answer mixes an Organization's kind and a Session's, of different enums.
 *
 * tests/explorer/queries.test.ts loads this file as a plain script and
 * validates every exported operation against schema/schema.graphql, so keep
 * it free of imports: only `export const` and `export function`.
 */

/** How many neighbours of each kind one expansion asks for. */
export const NEIGHBOUR_PAGE = 100;

const FRAGMENTS = {
  PersonRef: `fragment PersonRef on Person { id name }`,
  OrganizationRef: `fragment OrganizationRef on Organization { id name organizationKind: kind }`,
  AdminUnitRef: `fragment AdminUnitRef on AdminUnit { id name level }`,
  SessionRef: `fragment SessionRef on Session { id title sessionKind: kind date }`,
  DocumentRef: `fragment DocumentRef on LegalDocument { id type number issuedOn }`,
  SourceFields: `fragment SourceFields on Source { quote article { id url title publishedAt } }`,
};

/** Appends the fragments an operation spreads (and those they spread), and no others. */
export function withFragments(operation) {
  const used = new Set();
  const pending = [operation];
  while (pending.length > 0) {
    for (const match of pending.pop().matchAll(/\.\.\.\s*([A-Z]\w*)/g)) {
      const name = match[1];
      if (FRAGMENTS[name] && !used.has(name)) {
        used.add(name);
        pending.push(FRAGMENTS[name]);
      }
    }
  }
  return [operation, ...[...used].map((name) => FRAGMENTS[name])].join('\n');
}

/**
 * Search as you type: ranked hits of every kind, diacritics optional ("luong
 * thi thu"). A person's offices tell namesakes apart in the list.
 */
export const SEARCH = withFragments(`
query ExplorerSearch($text: String!, $first: Int!) {
  search(text: $text, first: $first) {
    score
    node {
      __typename
      ...PersonRef
      ... on Person { positions { title organization { name } } }
      ...OrganizationRef
      ...AdminUnitRef
      ...SessionRef
      ...DocumentRef
    }
  }
}`);

/** A person with offices (and their sources) and sessions, for graph, panel and timeline. */
export const PERSON = withFragments(`
query ExplorerPerson($id: ID!, $first: Int) {
  entity: person(id: $id) {
    __typename
    ...PersonRef
    positions {
      id
      title
      attestedOn
      organization { ...OrganizationRef }
      sources { ...SourceFields }
    }
    sessionsChaired(first: $first) { totalCount nodes { ...SessionRef sources { ...SourceFields } } }
    sessionsAttended(first: $first) { totalCount nodes { ...SessionRef sources { ...SourceFields } } }
    mentions: sources { ...SourceFields }
  }
}`);

/** An organization with its place in the hierarchy, office holders, sessions and documents. */
export const ORGANIZATION = withFragments(`
query ExplorerOrganization($id: ID!, $first: Int) {
  entity: organization(id: $id) {
    __typename
    ...OrganizationRef
    parent { ...OrganizationRef }
    children(first: $first) { totalCount nodes { ...OrganizationRef } }
    adminUnit { ...AdminUnitRef }
    officeHolders { id title person { ...PersonRef } sources { ...SourceFields } }
    sessions(first: $first) { totalCount nodes { ...SessionRef } }
    documentsIssued(first: $first) { totalCount nodes { ...DocumentRef } }
    foundingDocument { ...DocumentRef sources { ...SourceFields } }
    mentions: sources { ...SourceFields }
  }
}`);

/** An administrative unit with the units around it and the bodies that serve it. */
export const ADMIN_UNIT = withFragments(`
query ExplorerAdminUnit($id: ID!, $first: Int) {
  entity: adminUnit(id: $id) {
    __typename
    ...AdminUnitRef
    parent { ...AdminUnitRef }
    children(first: $first) { totalCount nodes { ...AdminUnitRef } }
    organizations(first: $first) { totalCount nodes { ...OrganizationRef } }
    mentions: sources { ...SourceFields }
  }
}`);

/** A session: who chaired and attended, which bodies, which documents it cited. */
export const SESSION = withFragments(`
query ExplorerSession($id: ID!) {
  entity: session(id: $id) {
    __typename
    ...SessionRef
    chair { ...PersonRef }
    participants { ...PersonRef }
    organizations { ...OrganizationRef }
    documentsCited { ...DocumentRef }
    reportArticle { id url title publishedAt }
    sources { ...SourceFields }
  }
}`);

/** A legal document: its issuer, what it founded, what it cites and what cites it (sessions or documents). */
export const DOCUMENT = withFragments(`
query ExplorerDocument($id: ID!) {
  entity: document(id: $id) {
    __typename
    ...DocumentRef
    subject
    issuer { ...OrganizationRef }
    founded { ...OrganizationRef }
    cites { ...DocumentRef }
    citedBy { __typename ...SessionRef ...DocumentRef }
    sources { ...SourceFields }
  }
}`);

/** The query that loads one entity, by its GraphQL type name. */
export const ENTITY_QUERIES = {
  Person: PERSON,
  Organization: ORGANIZATION,
  AdminUnit: ADMIN_UNIT,
  Session: SESSION,
  LegalDocument: DOCUMENT,
};
