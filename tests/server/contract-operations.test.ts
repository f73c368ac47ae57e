import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitOperations, type NamedOperation } from '../../src/server/playground/split-operations';
import { TEXT_X, TEXT_Y, articleX, articleY, gid } from '../graphql/fixtures';
import { API_TOKEN, postGraphQL, startTestServer, type GraphQLAnswer, type TestServer } from './harness';

/**
 * The client contract, sent verbatim: each operation of
 * ../shared/contract/operations.graphql (read at test time) goes over HTTP
 * with its operationName, and its answer is checked against its comment.
 */
const CONTRACT = join(__dirname, '..', '..', '..', 'shared', 'contract', 'operations.graphql');
const COPY = join(__dirname, '..', '..', 'schema', 'examples.graphql');
const operations = splitOperations(readFileSync(existsSync(CONTRACT) ? CONTRACT : COPY, 'utf8'));

let t: TestServer;

function send(name: string, variables: Record<string, unknown>, token?: string): Promise<GraphQLAnswer> {
  const op = operations.find((o) => o.name === name) as NamedOperation;
  return postGraphQL(t.server.url, { query: op.text, operationName: name, variables }, token);
}

it('the contract names the five operations clients send', () => {
  expect(operations.map((o) => o.name)).toEqual(['IngestArticle', 'ArticleFacts', 'WhoChaired', 'FoundingDecision', 'FindPeople']);
});

describe('the contract mutation, through extraction', () => {
  beforeAll(async () => { t = await startTestServer(); });
  afterAll(() => t?.close());

  it('IngestArticle returns the same id for the same article and changes nothing the second time', async () => {
    const input = { text: 'Sáng 12/5, Hội Nông dân xã Hòa Sơn tổ chức hội nghị.', url: 'https://test.example/hoi-nong-dan', title: 'Hội nghị', publishedAt: '2025-05-12' };
    const first = await send('IngestArticle', { input }, API_TOKEN);
    expect(first.body.errors).toBeUndefined();
    const id = first.body.data.ingestArticle.article.id;
    expect(id).toMatch(/^art_/);
    const before = await t.server.store.counts();
    const again = await send('IngestArticle', { input }, API_TOKEN);
    expect(again.body.data.ingestArticle.article.id).toBe(id);
    expect(await t.server.store.counts()).toEqual(before);
  });

  it('IngestArticle identifies an article without url by its text', async () => {
    const input = { text: 'Chiều 3/6, Chi bộ thôn Khuổi Nà họp định kỳ.' };
    const a = await send('IngestArticle', { input }, API_TOKEN);
    const b = await send('IngestArticle', { input }, API_TOKEN);
    expect(a.body.data.ingestArticle.article.id).toBe(b.body.data.ingestArticle.article.id);
  });

  it('ArticleFacts answers for an ingested article', async () => {
    const input = { text: 'Ngày 20/5/2025, Đảng ủy xã Hòa Sơn tổ chức hội nghị.', url: 'https://test.example/hoi-nghi-hoa-son', title: 'Hội nghị', publishedAt: '2025-05-21' };
    const id = (await send('IngestArticle', { input }, API_TOKEN)).body.data.ingestArticle.article.id;
    const { body } = await send('ArticleFacts', { id });
    expect(body.errors).toBeUndefined();
    expect(body.data.article).toMatchObject({ id, url: input.url, title: 'Hội nghị', publishedAt: '2025-05-21' });
    for (const list of ['authors', 'positions', 'sessions', 'documents', 'organizations']) expect(Array.isArray(body.data.article[list])).toBe(true);
  });
});

describe('the contract queries, over hand-written facts', () => {
  beforeAll(async () => {
    t = await startTestServer();
    await t.server.store.saveArticle(articleX(), TEXT_X);
    await t.server.store.saveArticle(articleY(), TEXT_Y);
  });
  afterAll(() => t?.close());

  it('ArticleFacts answers what one article states', async () => {
    const { status, body } = await send('ArticleFacts', { id: articleX().article.id });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const a = body.data.article;
    expect(a).toMatchObject({ id: articleX().article.id, url: 'https://test.example/hoa-son-thanh-lap-chi-bo', title: 'Thành lập Chi bộ thôn Khuổi Nà', publishedAt: '2025-03-15' });
    expect(a.authors).toEqual([{ name: 'Lý Thị Mai' }]);
    expect(a.positions).toEqual(expect.arrayContaining([
      { person: { name: 'Trịnh Tuấn Đông' }, title: 'Bí thư', organization: { name: 'Đảng ủy xã Hòa Sơn' } },
      { person: { name: 'Hoàng Văn Nam' }, title: 'Bí thư', organization: { name: 'Chi bộ thôn Khuổi Nà' } },
    ]));
    expect(a.positions).toHaveLength(2);
    expect(a.sessions).toHaveLength(1);
    expect(a.sessions[0]).toMatchObject({ date: '2025-03-10', chair: { name: 'Trịnh Tuấn Đông' } });
    expect(a.sessions[0].participants.map((p: { name: string }) => p.name).sort()).toEqual(['Hoàng Văn Nam', 'Trịnh Tuấn Đông']);
    expect(a.sessions[0].organizations.map((o: { name: string }) => o.name).sort()).toEqual(['Chi bộ thôn Khuổi Nà', 'Đảng ủy xã Hòa Sơn']);
    expect(a.documents).toEqual([{ type: 'Quyết định', number: '03-QĐ/ĐU', issuedOn: '2025-03-10', issuer: { name: 'Đảng ủy xã Hòa Sơn' } }]);
    expect(a.organizations).toEqual(expect.arrayContaining([
      { name: 'Chi bộ thôn Khuổi Nà', foundingDocument: { number: '03-QĐ/ĐU' } },
      { name: 'Đảng ủy xã Hòa Sơn', foundingDocument: null },
    ]));
  });

  it('ArticleFacts answers null for an unknown id', async () => {
    const { body } = await send('ArticleFacts', { id: 'art_00000000000000000000' });
    expect(body).toEqual({ data: { article: null } });
  });

  it('WhoChaired lists the sessions of a date range with their chair', async () => {
    const { body } = await send('WhoChaired', { from: '2025-01-01', to: '2025-12-31' });
    expect(body.errors).toBeUndefined();
    expect(body.data.sessions.totalCount).toBe(1);
    expect(body.data.sessions.nodes).toEqual([
      { id: gid.session, date: '2025-03-10', title: 'làm việc với Chi bộ thôn Khuổi Nà', chair: { id: gid.dong, name: 'Trịnh Tuấn Đông' } },
    ]);
  });

  it('WhoChaired without a range lists every session, reduced dates as written', async () => {
    const { body } = await send('WhoChaired', {});
    expect(body.data.sessions.totalCount).toBe(2);
    expect(body.data.sessions.nodes.map((s: { date: string }) => s.date).sort()).toEqual(['--11-01', '2025-03-10']);
  });

  it.each([['03-QĐ/ĐU'], ['03 – qđ/đu'], ['03-QĐ/ĐU'.normalize('NFD')], [' 03 - Qđ / Đu ']])(
    'FoundingDecision finds both documents numbered %j with what they founded',
    async (number) => {
      const { body } = await send('FoundingDecision', { number });
      expect(body.errors).toBeUndefined();
      const nodes = body.data.documents.nodes;
      expect(nodes).toHaveLength(2);
      expect(nodes).toEqual(expect.arrayContaining([
        { id: gid.decision, type: 'Quyết định', number: '03-QĐ/ĐU', issuedOn: '2025-03-10', issuer: { name: 'Đảng ủy xã Hòa Sơn' }, founded: [{ name: 'Chi bộ thôn Khuổi Nà' }] },
        { id: gid.otherDecision, type: 'Quyết định', number: '03-QĐ/ĐU', issuedOn: '2024-10', issuer: { name: 'Đảng ủy xã Tân Phong' }, founded: [{ name: 'Chi bộ thôn Nà Pàn' }] },
      ]));
    },
  );

  it.each([['trinh tuan dong'], ['Trịnh Tuấn Đông'], ['TRINH TUAN']])('FindPeople finds Trịnh Tuấn Đông by %j', async (text) => {
    const { body } = await send('FindPeople', { text });
    expect(body.errors).toBeUndefined();
    expect(body.data.people.nodes).toEqual([
      { id: gid.dong, name: 'Trịnh Tuấn Đông', positions: [{ title: 'Bí thư', organization: { name: 'Đảng ủy xã Hòa Sơn' } }] },
    ]);
  });
});
