import { ARTICLE_FACTS, comparableFacts, INGEST, inputOf, sampleArticles } from './helpers/articles';
import { expectStillServing, firstError, gql, ingestOrFail } from './helpers/http';
import { startTestServer, type TestServer, TOKEN } from './helpers/test-server';

/**
 * Names, numbers, urls and search strings carrying Cypher and GraphQL
 * injection attempts are data, never code: whatever is stored, everything
 * that was in the graph before is still there, unchanged.
 */
const CYPHER_NAME = "Nguyễn Văn An'}) DETACH DELETE n //";
const CYPHER_NAME_2 = 'Trần Thị Bình"}) MATCH (x) DETACH DELETE x RETURN 1 //';
const BRACED_NUMBER = `12"}]-QĐ/ĐU{$x}'`;

/** An article of my own words carrying the attempts where names and numbers go. */
function poisonedArticle(): string {
  return [
    'Báo Thử Nghiệm | Chính trị',
    '',
    'Ngày 12/3/2024, Đảng ủy xã Tân Hòa tổ chức Hội nghị sơ kết công tác quý I.',
    `Đồng chí ${CYPHER_NAME}, Bí thư Đảng ủy xã Tân Hòa chủ trì Hội nghị. Dự Hội nghị có đồng chí ${CYPHER_NAME_2}, Phó Bí thư Thường trực Đảng ủy xã Tân Hòa.`,
    `Chi bộ thôn Đông Lạc được thành lập theo Quyết định số ${BRACED_NUMBER} ngày 2/3/2024 của Ban Thường vụ Đảng ủy xã Tân Hòa.`,
    'Hội nghị cũng thông qua Kế hoạch số 7/KH-UBND") { __schema { types { name } } } # về phát triển kinh tế.',
    'Đồng chí Lê Văn Cường\\u0000\'; MATCH (n) SET n.name = "x" //, Chủ tịch Ủy ban nhân dân xã Tân Hòa phát biểu.',
    '',
    'Hoàng Thư',
  ].join('\n');
}

describe('injection attempts', () => {
  let t: TestServer;
  let baseline: Array<{ id: string; facts: unknown }>;
  let countsBefore: Record<string, number>;

  async function factsOf(id: string): Promise<unknown> {
    const a = await gql(t.url, ARTICLE_FACTS, { id });
    expect(firstError(a)).toBeNull();
    return comparableFacts(a.json.data.article);
  }

  beforeAll(async () => {
    t = await startTestServer('injection');
    baseline = [];
    for (const a of sampleArticles(5)) {
      const id = await ingestOrFail(t.url, INGEST, inputOf(a), TOKEN);
      baseline.push({ id, facts: await factsOf(id) });
    }
    countsBefore = await t.server.store.counts();
  }, 120_000);

  afterAll(async () => {
    await t?.close();
  });

  async function expectGraphIntact(): Promise<void> {
    await expectStillServing(t.base, t.url);
    for (const b of baseline) expect(await factsOf(b.id)).toEqual(b.facts);
    const now = await t.server.store.counts();
    for (const [label, n] of Object.entries(countsBefore)) expect(now[label as keyof typeof now]).toBeGreaterThanOrEqual(n);
  }

  it('stores names and numbers with injection text as plain data', async () => {
    const r = await gql(t.url, INGEST, {
      input: { text: poisonedArticle(), url: "https://example.test/a'}) DETACH DELETE n //", title: 'Tiêu đề") { x } #', publishedAt: '2024-03-13' },
    }, TOKEN);
    expect(r.status).toBeLessThan(500);
    const id = r.json?.data?.ingestArticle?.article?.id;
    expect(firstError(r)).toBeNull();
    expect(id).toBeTruthy();
    await expectGraphIntact();
    const facts = await gql(t.url, ARTICLE_FACTS, { id });
    expect(firstError(facts)).toBeNull();
    expect(facts.json.data.article.url).toBe("https://example.test/a'}) DETACH DELETE n //");
    // ingesting it again changes nothing: the same article
    const again = await gql(t.url, INGEST, { input: { text: poisonedArticle(), url: "https://example.test/a'}) DETACH DELETE n //" } }, TOKEN);
    expect(again.json?.data?.ingestArticle?.article?.id).toBe(id);
    await expectGraphIntact();
  });

  it('answers searches and lookups carrying injection text without errors or changes', async () => {
    const attempts = [
      "x'}) DETACH DELETE n //",
      '") { __schema { types { name } } } #',
      '*/ MATCH (n) DETACH DELETE n /*',
      BRACED_NUMBER,
      '\\\\\'"`${}[]%_*',
      "' OR 1=1 --",
    ];
    for (const text of attempts) {
      for (const [query, vars] of [
        ['query($t: String!) { people(search: $t, first: 5) { totalCount nodes { name } } }', { t: text }],
        ['query($t: String!) { documents(number: $t, first: 5) { nodes { number } } }', { t: text }],
        ['query($t: String!) { search(text: $t, first: 5) { score } }', { t: text }],
        ['query($t: String!) { organizations(search: $t, first: 5) { nodes { name } } }', { t: text }],
        ['query($t: ID!) { person(id: $t) { name } }', { t: text }],
      ] as const) {
        const a = await gql(t.url, query, vars);
        expect(a.status).toBeLessThan(500);
        const message = firstError(a);
        if (message) expect(message).not.toMatch(/internal|cypher|parser exception|binder exception/i);
      }
    }
    await expectGraphIntact();
  });
});
