import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitOperations } from '../../src/server/playground/split-operations';
import { startTestServer, type TestServer } from './harness';

const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

describe('the GraphiQL playground', () => {
  let t: TestServer;
  let html: string;
  beforeAll(async () => {
    t = await startTestServer();
    const response = await fetch(t.server.url, { headers: { accept: BROWSER_ACCEPT } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    html = await response.text();
  });
  afterAll(() => t?.close());

  it('is served to a browser on GET /graphql, loading only local assets', () => {
    expect(html).toContain('GraphiQL');
    // The only web address is the sample article url in the IngestArticle variables.
    expect([...html.matchAll(/https?:\/\/[^/"\\]+/g)].map((m) => m[0])).toEqual(['https://example.org']);
    const sources = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
    expect(sources.sort()).toEqual([
      '/graphql/assets/graphiql.min.css', '/graphql/assets/graphiql.min.js',
      '/graphql/assets/react-dom.production.min.js', '/graphql/assets/react.production.min.js',
    ]);
  });

  it('serves every asset it references from node_modules', async () => {
    for (const [path, type] of [
      ['/graphql/assets/graphiql.min.css', 'text/css'], ['/graphql/assets/graphiql.min.js', 'javascript'],
      ['/graphql/assets/react.production.min.js', 'javascript'], ['/graphql/assets/react-dom.production.min.js', 'javascript'],
    ]) {
      const response = await fetch(new URL(path, t.server.url));
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain(type);
      expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(1000);
    }
    expect((await fetch(new URL('/graphql/assets/../../package.json', t.server.url))).status).toBe(404);
  });

  it('opens with the contract operations as example tabs', () => {
    for (const name of ['IngestArticle', 'ArticleFacts', 'WhoChaired', 'FoundingDecision', 'FindPeople']) {
      expect(html).toContain(`query ${name}(`.replace('query IngestArticle', 'mutation IngestArticle'));
    }
  });

  it('does not answer GraphQL clients with the page', async () => {
    const response = await fetch(`${t.server.url}?query=%7B__typename%7D`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
  });
});

describe('the playground examples file', () => {
  const contract = join(__dirname, '..', '..', '..', 'shared', 'contract', 'operations.graphql');
  const copy = join(__dirname, '..', '..', 'schema', 'examples.graphql');

  (existsSync(contract) ? it : it.skip)('holds every contract operation verbatim', () => {
    const ours = splitOperations(readFileSync(copy, 'utf8'));
    for (const op of splitOperations(readFileSync(contract, 'utf8'))) {
      expect(ours.find((o) => o.name === op.name)?.text).toBe(op.text);
    }
  });
});
