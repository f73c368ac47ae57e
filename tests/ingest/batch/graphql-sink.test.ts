import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { InvalidArticleError } from '../../../src/ingest/article-input';
import { graphqlSink, INGEST_ARTICLE_MUTATION } from '../../../src/ingest/batch/graphql-sink';
import { readJsonl } from '../../../src/ingest/batch/jsonl-source';
import { BatchAbortedError, runBatch } from '../../../src/ingest/batch/run-batch';
import { SAMPLE_ARTICLES } from './sample-articles';

/**
 * A real HTTP server standing in for the GraphQL endpoint (src/server's own
 * test covers the schema): it answers the contract's mutation the way
 * Apollo does, refuses a wrong token, and can fail on demand.
 */
function graphqlStandIn(token: string) {
  const received: Array<{ query: string; input: Record<string, unknown> }> = [];
  let failNext = 0;
  const server: Server = createServer(async (req: IncomingMessage, res) => {
    let body = '';
    for await (const chunk of req) body += chunk;
    const json = (status: number, value: unknown): void => {
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(value));
    };
    if (failNext > 0) {
      failNext -= 1;
      return void res.writeHead(503).end('busy');
    }
    if (req.headers.authorization !== `Bearer ${token}`) {
      return json(200, { errors: [{ message: 'a valid token is required', extensions: { code: 'UNAUTHENTICATED' } }] });
    }
    const { query, variables } = JSON.parse(body) as { query: string; variables: { input: Record<string, unknown> } };
    received.push({ query, input: variables.input });
    const text = String(variables.input.text);
    if (text.includes('LỖI')) return json(200, { errors: [{ message: 'text is not an article', extensions: { code: 'BAD_USER_INPUT' } }], data: null });
    json(200, { data: { ingestArticle: { article: { id: `art_${received.length}` } } } });
  });
  return {
    received,
    failNext: (n: number) => void (failNext = n),
    start: () => new Promise<string>((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`))),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('GraphQL endpoint sink', () => {
  const server = graphqlStandIn('bi-mat');
  let endpoint = '';
  beforeAll(async () => {
    endpoint = await server.start();
  });
  afterAll(() => server.stop());

  it('sends the contract mutation with the bearer token and reads the article id', async () => {
    const sink = graphqlSink({ endpoint, token: 'bi-mat' });
    const [a] = SAMPLE_ARTICLES;
    await expect(sink.ingest(a)).resolves.toEqual({ articleId: expect.stringMatching(/^art_/), outcome: 'accepted', factCounts: null });
    const last = server.received[server.received.length - 1];
    expect(last.query).toBe(INGEST_ARTICLE_MUTATION);
    expect(last.input).toEqual({ text: a.text, url: a.url, title: a.title, publishedAt: a.publishedAt });
  });

  it('refuses a bad record before sending it', async () => {
    const before = server.received.length;
    await expect(graphqlSink({ endpoint, token: 'bi-mat' }).ingest({ text: '  ' })).rejects.toThrow(InvalidArticleError);
    expect(server.received.length).toBe(before);
  });

  it("turns the server's BAD_USER_INPUT into a bad record", async () => {
    await expect(graphqlSink({ endpoint, token: 'bi-mat' }).ingest({ text: 'LỖI' })).rejects.toThrow(InvalidArticleError);
  });

  it('retries when the server is briefly unavailable', async () => {
    server.failNext(1);
    await expect(graphqlSink({ endpoint, token: 'bi-mat' }).ingest(SAMPLE_ARTICLES[1])).resolves.toMatchObject({ outcome: 'accepted' });
  });

  it('stops the whole batch at once on a refused token', async () => {
    const lines = SAMPLE_ARTICLES.map((a) => JSON.stringify(a)).join('\n');
    const run = runBatch(readJsonl(Readable.from([lines]), 'stdin'), graphqlSink({ endpoint, token: 'sai' }));
    await expect(run).rejects.toThrow(BatchAbortedError);
    await expect(run).rejects.toThrow(/refused the token/);
    await run.catch((err: BatchAbortedError) => expect(err.tally.done).toBe(1));
  });

  it('runs a batch through the endpoint, bad lines counted and the rest sent', async () => {
    const lines = [JSON.stringify(SAMPLE_ARTICLES[2]), '{oops', JSON.stringify({ text: 'LỖI' }), JSON.stringify(SAMPLE_ARTICLES[3])].join('\n');
    const tally = await runBatch(readJsonl(Readable.from([lines]), 'stdin'), graphqlSink({ endpoint, token: 'bi-mat' }), { concurrency: 3 });
    expect(tally).toMatchObject({ done: 4, failed: 2, outcomes: { accepted: 2 } });
    expect(tally.failures.map((f) => f.where).sort()).toEqual(['stdin:2', 'stdin:3']);
  });

  it('says so when nothing listens at the endpoint', async () => {
    const sink = graphqlSink({ endpoint: 'http://127.0.0.1:9/graphql', token: 'x', attempts: 1 });
    await expect(sink.ingest(SAMPLE_ARTICLES[0])).rejects.toThrow(/cannot reach/);
  });
});
