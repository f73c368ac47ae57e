import { startTestServer, type GraphQLAnswer, type TestServer } from './harness';

/**
 * An operation is executed by graphql-js the first time its text comes and
 * compiled (graphql-jit) after: both must give the same answer, data and
 * errors alike, over the seed articles (SEED=true), for every kind of field
 * the schema has: lists and connections, interfaces and unions, quotes read
 * through a loader, scalars, resolver errors and refused variables.
 */
let t: TestServer;
let ids: { person: string; organization: string; session: string; article: string; document: string; unit: string; other: string };

beforeAll(async () => {
  t = await startTestServer({ SEED: 'true' });
  const { body } = await t.gql(`{
    people(first: 2) { nodes { id } } organizations(first: 1) { nodes { id } } sessions(first: 1) { nodes { id } }
    articles(first: 1) { nodes { id } } documents(first: 1) { nodes { id } } adminUnits(first: 1) { nodes { id } } }`);
  const first = (list: { nodes: Array<{ id: string }> }, i = 0) => list.nodes[i].id;
  const d = body.data;
  ids = {
    person: first(d.people), other: first(d.people, 1), organization: first(d.organizations), session: first(d.sessions),
    article: first(d.articles), document: first(d.documents), unit: first(d.adminUnits),
  };
}, 60_000);
afterAll(() => t?.close());

const OPERATIONS: Array<[string, string, () => Record<string, unknown>]> = [
  ['an article with every list, quotes included', `query A($id: ID!) { article(id: $id) {
      id url title publishedAt authors { name }
      positions { title attestedOn person { name } organization { name kind adminUnit { name level } } sources { quote spanStart } }
      sessions { id date kind title chair { name } participants { name } organizations { name } documentsCited { number } }
      documents { number type issuedOn issuer { name } founded { name } }
      organizations { id name kind parent { name } } } }`, () => ({ id: ids.article })],
  ['sessions in a date window with their chairs', `query S($from: Date, $to: Date) { sessions(from: $from, to: $to, first: 50) {
      totalCount pageInfo { hasNextPage endCursor } nodes { id date title chair { id name } } } }`, () => ({ from: '2000-01-01', to: '2030-12-31' })],
  ['a person\'s profile', `query P($id: ID!) { person(id: $id) { id name
      positions { title attestedOn organization { id name } }
      sessionsChaired(first: 5) { totalCount nodes { id } } sessionsAttended(first: 5) { totalCount nodes { id date } } } }`, () => ({ id: ids.person })],
  ['search across labels (a union)', `query Q($text: String!) { search(text: $text, first: 10) { kind score node { id
      ... on Person { name } ... on Organization { name } ... on LegalDocument { number } ... on AdminUnit { name } ... on Session { date } } } }`,
  () => ({ text: 'xã' })],
  ['a node by id (an interface)', `query N($id: ID!) { node(id: $id) { id __typename ... on Organization { name kind } } }`, () => ({ id: ids.organization })],
  ['documents by number, and a unit\'s children', `query D($u: ID!) { documents(first: 10) { nodes { id number type issuer { name } founded { name } } }
      adminUnit(id: $u) { name level parent { name } children(first: 5) { nodes { name } } } }`, () => ({ u: ids.unit })],
  ['what cites each document (a union)', `{ documents(first: 20) { nodes { number citedBy { __typename ... on Session { date } ... on LegalDocument { number } } } } }`, () => ({})],
  ['introspection, as GraphiQL asks', `{ __schema { queryType { name } types { name kind possibleTypes { name } fields { name args { name defaultValue } } } } }`, () => ({})],
  ['the connection between two people', `query C($from: ID!, $to: ID!) { connection(from: $from, to: $to, maxHops: 4, first: 3) {
      length steps { relation forward node { id } } } }`, () => ({ from: ids.person, to: ids.other })],
  ['a resolver\'s refusal', `query R { people(first: -1) { nodes { id } } }`, () => ({})],
  ['a refused variable', `query V($from: Date) { sessions(from: $from, first: 1) { totalCount } }`, () => ({ from: '2025-02-30' })],
  ['an unknown id', `query U($id: ID!) { person(id: $id) { name } session(id: $id) { title } }`, () => ({ id: 'per_nobody' })],
];

/** Stack traces (development mode) differ by the executor's own frames. */
function withoutStacks(answer: GraphQLAnswer): GraphQLAnswer {
  for (const e of answer.body.errors ?? []) delete e.extensions?.stacktrace;
  return answer;
}

describe('compiled execution', () => {
  it.each(OPERATIONS)('gives what graphql-js gives: %s', async (_what, query, variables) => {
    const answers: GraphQLAnswer[] = [];
    for (let i = 0; i < 3; i++) answers.push(withoutStacks(await t.gql(query, variables())));
    expect(answers[0].body.data ?? answers[0].body.errors).toBeTruthy();
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[2]).toEqual(answers[0]);
  });

  it('answers something of substance in the checks above', async () => {
    const { body } = await t.gql(OPERATIONS[1][1], OPERATIONS[1][2]());
    expect(body.data.sessions.nodes.length).toBeGreaterThan(0);
    expect(body.data.sessions.nodes.some((s: { chair: unknown }) => s.chair !== null)).toBe(true);
  });
});
