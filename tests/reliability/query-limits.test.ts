import { INGEST, inputOf, sampleArticles } from './helpers/articles';
import { ChildServer, TOKEN } from './helpers/child-server';
import { expectClearError, expectStillServing, gql, graphCounts, ingestOrFail, postRaw, type RawAnswer } from './helpers/http';

/**
 * Queries built to exhaust the server (deep nesting, alias and fragment
 * bombs, huge pages, batches) are refused quickly with a clear message, or
 * answered within bounds; either way the server keeps serving. The server
 * runs in a child process, so a request that wedges it fails its test
 * (no answer in time) instead of hanging the battery; a wedged server is
 * killed and restarted for the next test.
 */
jest.setTimeout(60_000);

describe('query limits', () => {
  let t: ChildServer;
  let before: Record<string, number>;
  const ANSWER_MS = 10_000;

  beforeAll(async () => {
    t = await ChildServer.start('limits');
    for (const a of sampleArticles(4)) await ingestOrFail(t.url, INGEST, inputOf(a), TOKEN);
    before = await graphCounts(t.url);
    expect(before.articles).toBe(4);
  }, 180_000);

  afterEach(async () => {
    if (!(await t.healthy())) await t.restart(); // wedged by the last test: give the next one a live server
  });

  afterAll(async () => {
    await t?.close();
  });

  async function refusedQuickly(send: () => Promise<RawAnswer>, mentions?: RegExp): Promise<void> {
    const a = await send();
    expectClearError(a, mentions);
    expect(a.ms).toBeLessThan(5000);
    await expectStillServing(t.base, t.url);
    expect(await graphCounts(t.url)).toEqual(before);
  }

  it('refuses a query nested past the depth limit', async () => {
    // person -> positions -> organization -> parent ... well past any sane depth
    let inner = 'name';
    for (let i = 0; i < 20; i++) inner = `parent { ${inner} }`;
    const query = `{ people(first: 1) { nodes { positions { organization { ${inner} } } } } }`;
    await refusedQuickly(() => gql(t.url, query, {}, undefined, ANSWER_MS), /deep|depth|nested/i);
  });

  it('refuses a depth bomb hidden in fragments', async () => {
    const fragments = Array.from({ length: 15 }, (_, i) => `fragment F${i} on Organization { parent { ...F${i + 1} } }`).join('\n');
    const query = `{ organizations(first: 1) { nodes { ...F0 } } }\n${fragments}\nfragment F15 on Organization { name }`;
    await refusedQuickly(() => gql(t.url, query, {}, undefined, ANSWER_MS), /deep|depth|nested/i);
  });

  it('refuses an alias bomb, large or compact', async () => {
    const bomb = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: people(first: 100) { nodes { name positions { title } } }`).join('\n')} }`;
    const why = /cost|complex|alias|fields|tokens|at most|too (many|large|expensive)/i;
    await refusedQuickly(() => gql(t.url, bomb(2000), {}, undefined, ANSWER_MS), why);
    await refusedQuickly(() => gql(t.url, bomb(200), {}, undefined, ANSWER_MS), why); // few tokens, huge cost
  });

  it('refuses an exponential fragment bomb quickly', async () => {
    // F0 spreads F1 twice, F1 spreads F2 twice, ...: 2^30 expansions if walked naively
    const levels = 30;
    const defs = Array.from({ length: levels }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`);
    defs.push(`fragment F${levels} on Query { people(first: 100) { nodes { name } } }`);
    await refusedQuickly(() => gql(t.url, `{ ...F0 }\n${defs.join('\n')}`, {}, undefined, ANSWER_MS));
  });

  it('refuses cyclic fragments', async () => {
    const query = '{ ...A }\nfragment A on Query { ...B }\nfragment B on Query { ...A }';
    await refusedQuickly(() => gql(t.url, query, {}, undefined, ANSWER_MS), /cycle|itself|spread/i);
  });

  it('answers first: 1000000 with a clear error or a bounded page', async () => {
    const a = await gql(t.url, '{ people(first: 1000000) { totalCount nodes { name } } }', {}, undefined, ANSWER_MS);
    if (a.json?.errors) expectClearError(a, /first|page|100/i);
    else expect(a.json.data.people.nodes.length).toBeLessThanOrEqual(100);
    const s = await gql(t.url, '{ search(text: "nguyen", first: 1000000) { score } }', {}, undefined, ANSWER_MS);
    if (s.json?.errors) expectClearError(s, /first|100|limit/i);
    else expect(s.json.data.search.length).toBeLessThanOrEqual(100);
    await expectStillServing(t.base, t.url);
  });

  it('refuses batched operations or bounds them, with a clear message', async () => {
    const one = { query: '{ people(first: 5) { nodes { name } } }' };
    for (const size of [2, 1000]) {
      const a = await postRaw(t.url, JSON.stringify(Array.from({ length: size }, () => one)), {}, ANSWER_MS);
      if (Array.isArray(a.json)) {
        // batching allowed: every item answered, none beyond the request
        expect(a.status).toBe(200);
        expect(a.json.length).toBeLessThanOrEqual(size);
      } else {
        expectClearError(a, /batch/i);
      }
      expect(a.ms).toBeLessThan(10_000);
      await expectStillServing(t.base, t.url);
    }
  });

  it('refuses a mutation smuggled into a batch without a token', async () => {
    const [, , , , a] = sampleArticles(5);
    const body = JSON.stringify([{ query: '{ __typename }' }, { query: INGEST, variables: { input: { ...inputOf(a), url: 'https://example.test/smuggled' } } }]);
    const answer = await postRaw(t.url, body, {}, ANSWER_MS);
    expect(answer.status).toBeLessThan(500);
    expect(await graphCounts(t.url)).toEqual(before);
    await expectStillServing(t.base, t.url);
  });
});
