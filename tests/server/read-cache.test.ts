import { API_TOKEN, startTestServer, type TestServer } from './harness';

/**
 * Without its read model, the embedded store's server keeps store answers
 * between writes (the default then): a question asked again is answered
 * from memory, and an ingest through the API is seen by the very next question.
 */
describe('the server behind the read cache', () => {
  let t: TestServer;
  beforeAll(async () => { t = await startTestServer({ READ_MODEL: 'false' }); });
  afterAll(async () => { await t?.close(); });

  const hits = (): number => (t.server.store as unknown as { readCache: { hits: number } }).readCache.hits;
  const PEOPLE = 'query { people(search: "vi thi nguyet", first: 10) { totalCount nodes { name } } }';
  const INGEST = 'mutation($input: ArticleInput!) { ingestArticle(input: $input) { article { id } } }';
  const input = {
    text: 'Ngày 14/3/2025, đồng chí Vi Thị Nguyệt, Bí thư Đảng ủy xã Tân Lập, chủ trì hội nghị Ban Chấp hành Đảng bộ xã.',
    url: 'https://example.org/tan-lap-hoi-nghi', title: 'Hội nghị Ban Chấp hành Đảng bộ xã Tân Lập', publishedAt: '2025-03-14',
  };

  it('answers a repeated question from memory and sees an ingest at once', async () => {
    const before = await t.gql(PEOPLE);
    expect(before.body.data.people.totalCount).toBe(0);
    const hitsBefore = hits();
    await t.gql(PEOPLE);
    expect(hits()).toBeGreaterThan(hitsBefore);

    const ingested = await t.gql(INGEST, { input }, { token: API_TOKEN });
    expect(ingested.body.errors).toBeUndefined();
    const after = await t.gql(PEOPLE);
    expect(after.body.data.people.nodes.map((p: { name: string }) => p.name)).toContain('Vi Thị Nguyệt');
  });

  it('can be turned off', async () => {
    const off = await startTestServer({ READ_CACHE_ENTRIES: '0' });
    try {
      expect((off.server.store as unknown as { readCache?: unknown }).readCache).toBeUndefined();
    } finally {
      await off.close();
    }
  });
});
