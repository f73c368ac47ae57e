import { API_TOKEN, startTestServer, type TestServer } from './harness';

const INGEST = 'mutation ($input: ArticleInput!) { ingestArticle(input: $input) { article { id } } }';
const input = { text: 'Sáng 2/4, Đoàn Thanh niên xã Hòa Sơn ra quân.', url: 'https://test.example/doan-thanh-nien' };

describe('writes need API_TOKEN', () => {
  let t: TestServer;
  beforeAll(async () => { t = await startTestServer(); });
  afterAll(() => t?.close());

  it('refuses a mutation without a token, writing nothing', async () => {
    const { body } = await t.gql(INGEST, { input });
    expect(body.data).toBeNull();
    expect(body.errors?.[0]).toMatchObject({
      message: 'mutations need an "Authorization: Bearer <API_TOKEN>" header',
      extensions: { code: 'UNAUTHENTICATED' },
    });
    expect((await t.server.store.counts()).Article).toBe(0);
  });

  it('refuses a mutation with the wrong token', async () => {
    const { body } = await t.gql(INGEST, { input }, { token: 'not-the-token' });
    expect(body.errors?.[0]).toMatchObject({ message: 'the bearer token is not valid for mutations', extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('accepts a mutation with the token', async () => {
    const { body } = await t.gql(INGEST, { input }, { token: API_TOKEN });
    expect(body.errors).toBeUndefined();
    expect(body.data.ingestArticle.article.id).toMatch(/^art_/);
  });

  it('keeps reads open', async () => {
    const { body } = await t.gql('{ sessions { totalCount } }');
    expect(body).toEqual({ data: { sessions: { totalCount: 0 } } });
  });
});

describe('a server without API_TOKEN', () => {
  let t: TestServer;
  beforeAll(async () => { t = await startTestServer({ API_TOKEN: '' }); });
  afterAll(() => t?.close());

  it('refuses every mutation, saying it has no API_TOKEN', async () => {
    const { body } = await t.gql(INGEST, { input }, { token: 'anything' });
    expect(body.errors?.[0]).toMatchObject({
      message: 'mutations are refused: this server has no API_TOKEN configured',
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });
});

describe('reads behind READ_TOKEN', () => {
  let t: TestServer;
  beforeAll(async () => { t = await startTestServer({ READ_TOKEN: 'reader' }); });
  afterAll(() => t?.close());

  it('refuses a query without the token with 401', async () => {
    const { status, body } = await t.gql('{ people { totalCount } }');
    expect(status).toBe(401);
    expect(body.errors?.[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    expect(body.errors?.[0].message).toContain('READ_TOKEN');
  });

  it('answers with the read token or the API token', async () => {
    for (const token of ['reader', API_TOKEN]) {
      const { body } = await t.gql('{ people { totalCount } }', undefined, { token });
      expect(body).toEqual({ data: { people: { totalCount: 0 } } });
    }
  });

  it('still refuses writes with the read token', async () => {
    const { body } = await t.gql(INGEST, { input }, { token: 'reader' });
    expect(body.errors?.[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });
});
