import { runLoad } from '../../bench/http/load';
import { ARTICLE_FACTS, INGEST, inputOf, sampleArticles } from './helpers/articles';
import { ChildServer, TOKEN } from './helpers/child-server';
import { gql, ingestOrFail } from './helpers/http';

/**
 * Mixed reads at concurrency 64 for RELIABILITY_LOAD_SECONDS (default 60):
 * every request answered without error, and the server's resident memory
 * flat: after a warm-up, the mean of the last third of the samples within
 * 25% of the mean of the first third.
 */
const SECONDS = Math.max(5, Number(process.env.RELIABILITY_LOAD_SECONDS ?? 60));
const CONNECTIONS = 64;
const FLAT_TOLERANCE = 0.25;
jest.setTimeout(SECONDS * 1000 + 240_000);

describe('load', () => {
  let server: ChildServer;

  afterAll(async () => {
    await server?.close();
  });

  it(`serves mixed reads at concurrency ${CONNECTIONS} for ${SECONDS} s without errors, memory flat`, async () => {
    server = await ChildServer.start('load');
    const articles = sampleArticles(40, 21);
    const articleIds: string[] = [];
    for (const a of articles) {
      articleIds.push(await ingestOrFail(server.url, INGEST, inputOf(a), TOKEN));
    }
    const people = await gql(server.url, '{ people(first: 50) { nodes { id name } } }');
    const persons: Array<{ id: string; name: string }> = people.json.data.people.nodes;
    expect(persons.length).toBeGreaterThan(5);
    const numbers = articles.flatMap((a) => a.truth.documents.map((d) => d.number));
    const dates = articles.flatMap((a) => a.truth.sessions.map((s) => s.date)).filter((d): d is string => !!d && !d.startsWith('XXXX'));

    const body = (query: string, variables: Record<string, unknown>) => JSON.stringify({ query, variables });
    const bodies: string[] = [];
    for (let i = 0; i < 40; i++) {
      const p = persons[i % persons.length];
      bodies.push(
        body(ARTICLE_FACTS, { id: articleIds[i % articleIds.length] }),
        body('query($t: String!) { people(search: $t, first: 20) { nodes { id name positions { title organization { name } } } } }', { t: p.name.split(' ').slice(-2).join(' ') }),
        body('query($f: Date, $t: Date) { sessions(from: $f, to: $t, first: 100) { totalCount nodes { id date title chair { id name } } } }', { f: dates[i % dates.length], t: '2025-12-31' }),
        body('query($n: String!) { documents(number: $n, first: 20) { nodes { id type number issuedOn issuer { name } founded { name } } } }', { n: numbers[i % numbers.length] }),
        body('query($id: ID!) { person(id: $id) { name positions { title attestedOn organization { name } } sessionsAttended(first: 10) { nodes { date } } } }', { id: p.id }),
        body('query($t: String!) { search(text: $t, first: 10) { score node { id } } }', { t: p.name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase() }),
      );
    }

    const samples: Array<{ at: number; rss: number }> = [];
    const started = Date.now();
    const sampler = setInterval(() => {
      const rss = server.process.rss();
      if (rss !== null) samples.push({ at: (Date.now() - started) / 1000, rss });
    }, 500);
    let result;
    try {
      result = await runLoad({ url: server.url, bodies, connections: CONNECTIONS, seconds: SECONDS });
    } finally {
      clearInterval(sampler);
    }

    expect(result.requests).toBeGreaterThan(0);
    expect({ errors: result.errors, timeouts: result.timeouts, non2xx: result.non2xx, graphqlErrors: result.graphqlErrors, first: result.firstError })
      .toEqual({ errors: 0, timeouts: 0, non2xx: 0, graphqlErrors: 0, first: null });

    // memory: skip the warm-up (a tenth of the run, at least 3 s), then compare the first and last thirds
    const warm = samples.filter((s) => s.at >= Math.max(3, SECONDS / 10));
    expect(warm.length).toBeGreaterThanOrEqual(6);
    const third = Math.floor(warm.length / 3);
    const mean = (xs: typeof warm) => xs.reduce((sum, s) => sum + s.rss, 0) / xs.length;
    const first = mean(warm.slice(0, third));
    const last = mean(warm.slice(-third));
    const mb = (b: number) => Math.round(b / 1048576);
    process.stderr.write(`load: ${result.requests} requests in ${result.seconds} s (${result.rps}/s), p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms; RSS ${mb(first)} MB -> ${mb(last)} MB (peak ${mb(server.process.peakRss() ?? 0)} MB)\n`);
    expect(last).toBeLessThanOrEqual(first * (1 + FLAT_TOLERANCE));
    expect(await server.healthy()).toBe(true);
  });
});
