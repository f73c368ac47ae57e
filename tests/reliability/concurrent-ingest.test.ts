import { INGEST, inputOf, sampleArticles } from './helpers/articles';
import { firstError, gql } from './helpers/http';
import { repeated, snapshotStore } from './helpers/snapshot';
import { startTestServer, TOKEN } from './helpers/test-server';

/**
 * The same article sent by twenty clients at once is stored once: one
 * article, one copy of each fact, exactly what a single ingest stores.
 */
describe('concurrent ingestion of one article', () => {
  const CLIENTS = 20;
  const [article] = sampleArticles(10).filter((a) => a.truth.persons.length >= 2 && a.truth.documents.length > 0);

  /** A fresh server, `input` sent by `clients` clients at once; the stored graph. */
  async function ingestConcurrently(input: Record<string, unknown>, clients: number) {
    const t = await startTestServer('concurrent');
    try {
      const answers = await Promise.all(Array.from({ length: clients }, () => gql(t.url, INGEST, { input }, TOKEN)));
      const problems = answers.map(firstError).filter((m) => m !== null);
      const ids = new Set(answers.map((a) => a.json?.data?.ingestArticle?.article?.id));
      return { problems, ids, counts: await t.server.store.counts(), snapshot: await snapshotStore(t.server.store) };
    } finally {
      await t.close();
    }
  }

  for (const [label, input] of [
    ['with a url', inputOf(article)],
    ['without a url (identified by its text)', inputOf(article, { url: null })],
  ] as const) {
    it(`stores it once, ${label}`, async () => {
      const single = await ingestConcurrently(input, 1);
      expect(single.problems).toEqual([]);
      expect(single.counts.Article).toBe(1);
      expect(single.counts.Person).toBeGreaterThan(0);

      const many = await ingestConcurrently(input, CLIENTS);
      expect(many.problems).toEqual([]); // every client is answered, none with an error
      expect(many.ids.size).toBe(1);
      expect([...many.ids][0]).toBe([...single.ids][0]);
      expect(many.counts).toEqual(single.counts);
      expect(repeated(many.snapshot.edges)).toEqual([]);
      expect(many.snapshot).toEqual(single.snapshot);
    }, 180_000);
  }
});
