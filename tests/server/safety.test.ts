import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getIntrospectionQuery } from 'graphql';
import { createStore } from '../../src/store/create-store';
import type { GraphStore } from '../../src/store/store.port';
import { TEXT_X, articleX } from '../graphql/fixtures';
import { startTestServer, type TestServer } from './harness';

/** Each limit refuses with a message that says what was refused. */

const DEEP = '{ people { nodes { positions { organization { parent { parent { parent { parent { parent { parent { name } } } } } } } } } } }';
const COSTLY = '{ sessions(first: 100) { nodes { participants { sessionsAttended(first: 100) { nodes { participants { name } } } } } } }';

describe('query limits', () => {
  let t: TestServer;
  beforeAll(async () => { t = await startTestServer(); });
  afterAll(() => t?.close());

  it('refuses a query nested deeper than MAX_QUERY_DEPTH', async () => {
    const { status, body } = await t.gql(DEEP);
    expect(status).toBe(400);
    expect(body.errors?.[0].message).toBe('the operation is nested 11 levels deep; this server allows at most 10');
  });

  it('does not count introspection, so GraphiQL can load the schema', async () => {
    const { body } = await t.gql(getIntrospectionQuery());
    expect(body.errors).toBeUndefined();
    expect(body.data.__schema.queryType.name).toBe('Query');
  });

  it('refuses a query whose estimated cost is over MAX_QUERY_COST', async () => {
    const { status, body } = await t.gql(COSTLY);
    expect(status).toBe(400);
    expect(body.errors?.[0].message).toMatch(/^the operation may resolve about \d+ fields; this server allows at most 20000/);
  });

  it('counts a page size given as a variable as the largest page', async () => {
    const { body } = await t.gql('query ($n: Int) { sessions(first: $n) { nodes { participants { sessionsAttended(first: $n) { nodes { participants { name } } } } } } }', { n: 1 });
    expect(body.errors?.[0].message).toContain('may resolve about');
  });

  it('stops parsing a document over MAX_QUERY_TOKENS (an alias bomb) before validating it', async () => {
    const fields = Array.from({ length: 2000 }, (_, i) => `a${i}: people(first: 100) { nodes { name } }`).join(' ');
    const started = Date.now();
    const { status, body } = await t.gql(`{ ${fields} }`);
    expect(status).toBe(400);
    expect(body.errors?.[0].message).toMatch(/^Syntax Error: Document contains more tha[nt] 5000 tokens/); // graphql-js spells it "more that"
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('refuses a page over 100 but serves 100', async () => {
    expect((await t.gql('{ sessions(first: 100) { totalCount } }')).body.errors).toBeUndefined();
    expect((await t.gql('{ sessions(first: 500) { totalCount } }')).body.errors?.[0].message).toContain('first must be between 0 and 100 (got 500)');
  });
});

describe('HTTP limits', () => {
  let t: TestServer;
  beforeAll(async () => { t = await startTestServer({ BODY_LIMIT_BYTES: '4096' }); });
  afterAll(() => t?.close());

  it('refuses a body over the limit with 413', async () => {
    const response = await fetch(t.server.url, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ __typename } # ${'x'.repeat(5000)}` }),
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({
      errors: [{ message: 'the request body is larger than this server accepts (4096 bytes)', extensions: { code: 'PAYLOAD_TOO_LARGE' } }],
    });
  });

  it('refuses a simple cross-site POST (CSRF prevention)', async () => {
    const response = await fetch(t.server.url, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{"query":"{ __typename }"}' });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('CSRF');
  });

  it('refuses a GET query without a preflight header (CSRF prevention)', async () => {
    const response = await fetch(`${t.server.url}?query=%7B__typename%7D`, { headers: { accept: 'application/json' } });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('CSRF');
  });
});

describe('introspection switch', () => {
  it('is refused when INTROSPECTION=false', async () => {
    const t = await startTestServer({ INTROSPECTION: 'false' });
    const { status, body } = await t.gql('{ __schema { queryType { name } } }');
    expect(status).toBe(400);
    expect(body.errors?.[0].message).toContain('introspection is not allowed');
    expect((await t.gql('{ __typename }')).body).toEqual({ data: { __typename: 'Query' } });
    await t.close();
  });
});

/** A real store whose article text read fails the way a broken engine would, or answers slowly. */
function faultyStore(store: GraphStore, fault: 'fail' | 'slow'): GraphStore {
  return new Proxy(store, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver);
      if (key === 'getArticleText' && fault === 'fail') {
        return async () => { throw new Error('Binder exception: table Article at /var/lib/secret/graph.kuzu is corrupt'); };
      }
      if ((key === 'getEdges' || key === 'getEdgesWithEnds') && fault === 'slow') {
        return async (...args: unknown[]) => {
          await new Promise((r) => setTimeout(r, 400));
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      }
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

describe('errors and time limits with a failing store', () => {
  const dir = mkdtempSync(join(tmpdir(), 'polgraph-faults-'));
  let store: GraphStore;
  beforeAll(async () => {
    store = await createStore({ backend: 'embedded', dataDir: join(dir, 'db') });
    await store.saveArticle(articleX(), TEXT_X);
  });
  afterAll(async () => {
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const query = `{ article(id: "${articleX().article.id}") { title text } }`;

  it('masks unexpected errors in production: no message from inside, no stack', async () => {
    const t = await startTestServer({ NODE_ENV: 'production' }, { store: faultyStore(store, 'fail') });
    const { body } = await t.gql(query);
    expect(body.data).toEqual({ article: { title: 'Thành lập Chi bộ thôn Khuổi Nà', text: null } });
    expect(body.errors).toEqual([{ message: 'internal server error', locations: [expect.any(Object)], path: ['article', 'text'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }]);
    expect(JSON.stringify(body)).not.toMatch(/secret|Binder|stacktrace/);
    await t.close();
  });

  it('shows them while developing', async () => {
    const t = await startTestServer({}, { store: faultyStore(store, 'fail') });
    const { body } = await t.gql(query);
    expect(body.errors?.[0].message).toContain('Binder exception');
    await t.close();
  });

  it('stops a request over REQUEST_TIMEOUT_MS with 503 and keeps serving', async () => {
    const t = await startTestServer({ REQUEST_TIMEOUT_MS: '150' }, { store: faultyStore(store, 'slow') });
    const response = await fetch(t.server.url, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ sessions { nodes { chair { name } } } }' }),
    });
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({
      errors: [{ message: 'the request took longer than 150 ms and was stopped', extensions: { code: 'REQUEST_TIMEOUT' } }],
    });
    expect((await t.gql('{ sessions { totalCount } }')).body).toEqual({ data: { sessions: { totalCount: 1 } } });
    await new Promise((r) => setTimeout(r, 600)); // let the abandoned work finish before the store closes
    await t.close();
  });
});
