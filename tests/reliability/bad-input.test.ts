import { INGEST, inputOf, sampleArticles } from './helpers/articles';
import { expectClearError, expectStillServing, gql, ingestOrFail, postRaw, type RawAnswer } from './helpers/http';
import { startTestServer, type TestServer, TOKEN } from './helpers/test-server';

/**
 * Bad requests of every kind are answered with a clear error, the server
 * keeps serving, and the graph is left exactly as it was.
 */
describe('bad input', () => {
  let t: TestServer;
  let before: Record<string, number>;
  const auth = { authorization: `Bearer ${TOKEN}` };

  beforeAll(async () => {
    t = await startTestServer('bad-input');
    for (const a of sampleArticles(3)) await ingestOrFail(t.url, INGEST, inputOf(a), TOKEN);
    before = await t.server.store.counts();
  }, 120_000);

  afterAll(async () => {
    await t?.close();
  });

  /** Sends, checks the refusal, then that nothing changed and the server still answers. */
  async function refused(send: () => Promise<RawAnswer>, mentions?: RegExp): Promise<RawAnswer> {
    const answer = await send();
    expectClearError(answer, mentions);
    await expectStillServing(t.base, t.url);
    expect(await t.server.store.counts()).toEqual(before);
    return answer;
  }

  it('refuses an empty body', async () => {
    await refused(() => postRaw(t.url, ''));
    await refused(() => postRaw(t.url, undefined));
  });

  it('refuses a body that is not JSON', async () => {
    await refused(() => postRaw(t.url, '{"query": "{ __typename }"'), /json/i);
    await refused(() => postRaw(t.url, 'query { __typename }'));
  });

  it('refuses JSON that is not a GraphQL request', async () => {
    await refused(() => postRaw(t.url, '42'));
    await refused(() => postRaw(t.url, 'null'));
    await refused(() => postRaw(t.url, JSON.stringify({ query: 42 })));
    await refused(() => postRaw(t.url, JSON.stringify({ variables: {} })));
  });

  it('refuses a body over the size limit (413) and keeps serving', async () => {
    const huge = JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(3 * 1024 * 1024) } });
    const a = await refused(() => postRaw(t.url, huge));
    expect(a.status).toBe(413);
  });

  it('refuses an article text over 1 MB that fits in the body limit', async () => {
    const [a] = sampleArticles(1);
    const text = `${a.text}\n${'Tin địa phương. '.repeat(70_000)}`; // about 1.2 MB of UTF-8
    await refused(() => gql(t.url, INGEST, { input: { text, url: 'https://example.test/too-long' } }, TOKEN), /1 ?MB|bytes/i);
  });

  it('refuses a body that is not valid UTF-8', async () => {
    const [a] = sampleArticles(1);
    const json = JSON.stringify({ query: INGEST, variables: { input: { text: 'PLACEHOLDER', url: 'https://example.test/bad-utf8' } } });
    const [head, tail] = json.split('PLACEHOLDER');
    const broken = Buffer.concat([
      Buffer.from(head, 'utf8'),
      Buffer.from(a.text.slice(0, 200), 'utf8'),
      Buffer.from([0xc3, 0x28, 0xff, 0xfe, 0xed, 0xa0, 0x80]), // a cut sequence, bytes that never occur, a surrogate
      Buffer.from(tail, 'utf8'),
    ]);
    await refused(() => postRaw(t.url, broken, auth), /utf-?8|encod|json/i);
  });

  it('refuses unknown fields, naming them', async () => {
    await refused(() => gql(t.url, '{ nope }'), /nope/);
    await refused(() => gql(t.url, '{ people(first: 1) { nodes { name shoeSize } } }'), /shoeSize/);
    await refused(() => gql(t.url, INGEST, { input: { text: 'Ngày 3/4/2024, Đảng ủy xã An Phú họp.', colour: 'red' } }, TOKEN), /colour/);
  });

  it('refuses an article that is empty, blank or badly dated', async () => {
    await refused(() => gql(t.url, INGEST, { input: { text: '' } }, TOKEN), /text/i);
    await refused(() => gql(t.url, INGEST, { input: { text: ' \n\t ' } }, TOKEN), /text/i);
    await refused(() => gql(t.url, INGEST, { input: { text: 'Ngày 3/4/2024, Đảng ủy xã An Phú họp.', publishedAt: '2025-02-30' } }, TOKEN), /date|publishedAt/i);
    await refused(() => gql(t.url, INGEST, { input: {} }, TOKEN), /text/);
  });

  it('refuses a mutation without a token or with a wrong one', async () => {
    const [, , a] = sampleArticles(4);
    const input = { ...inputOf(a), url: 'https://example.test/needs-token' };
    await refused(() => gql(t.url, INGEST, { input }), /token|Authorization/i);
    await refused(() => gql(t.url, INGEST, { input }, 'not-the-token'), /token/i);
    await refused(() => postRaw(t.url, JSON.stringify({ query: INGEST, variables: { input } }), { authorization: `Basic ${TOKEN}` }), /token|Authorization/i);
    await refused(() => gql(t.url, INGEST, { input }, `${TOKEN}x`), /token/i);
  });
});
