import { API_TOKEN, postGraphQL, startTestServer, type TestServer } from './harness';

const INGEST = 'mutation ($input: ArticleInput!) { ingestArticle(input: $input) { article { id } } }';

describe('bad input is refused with what is wrong, nothing written, and the server keeps serving', () => {
  let t: TestServer;
  beforeAll(async () => { t = await startTestServer(); });
  afterAll(() => t?.close());
  afterEach(async () => {
    expect((await t.server.store.counts()).Article).toBe(0);
    expect((await t.gql('{ __typename }')).body).toEqual({ data: { __typename: 'Query' } });
  });

  it('refuses an empty text', async () => {
    const { body } = await t.gql(INGEST, { input: { text: '   ' } }, { token: API_TOKEN });
    expect(body.errors?.[0]).toMatchObject({ message: 'invalid article: text: text is empty', extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('refuses a text over 1 MB', async () => {
    const { body } = await t.gql(INGEST, { input: { text: 'a'.repeat(1_000_001) } }, { token: API_TOKEN });
    expect(body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0].message).toContain('text is over 1000000 bytes');
  });

  it.each([['2025-13-01'], ['2025-02-30'], ['15/3/2025'], ['2025-03']])('refuses publishedAt %j', async (publishedAt) => {
    const { status, body } = await t.gql(INGEST, { input: { text: 'Một bài báo.', publishedAt } }, { token: API_TOKEN });
    expect(status).toBe(400);
    expect(body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0].message).toContain(`Date must be a complete calendar date written YYYY-MM-DD, got "${publishedAt}"`);
  });

  it('refuses a malformed date literal in a query', async () => {
    const { status, body } = await t.gql('{ sessions(from: "2025-5-1") { totalCount } }');
    expect(status).toBe(400);
    expect(body.errors?.[0].message).toContain('YYYY-MM-DD');
  });

  it('answers malformed GraphQL with the standard parse error', async () => {
    const { status, body } = await t.gql('{ sessions { totalCount ');
    expect(status).toBe(400);
    expect(body.errors?.[0].extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('answers an unknown field with the standard validation error', async () => {
    const { status, body } = await t.gql('{ sessions { nope } }');
    expect(status).toBe(400);
    expect(body.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('answers a body that is not JSON', async () => {
    const response = await fetch(t.server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ errors: [{ message: 'the request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }] });
  });

  it('refuses a page larger than 100', async () => {
    const { body } = await postGraphQL(t.server.url, { query: '{ people(first: 101) { totalCount } }' });
    expect(body.errors?.[0]).toMatchObject({
      message: 'first must be between 0 and 100 (got 101); page with "after" for more',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });
});
