import { articleId } from '../../src/domain/ids';
import { ingestArticle } from '../../src/ingest/ingest-article';
import { createStore } from '../../src/store/create-store';
import { INGEST, inputOf, sampleArticles } from './helpers/articles';
import { ChildServer, TOKEN } from './helpers/child-server';
import { gql, graphCounts } from './helpers/http';
import { snapshotStore } from './helpers/snapshot';
import { tempDataDir } from './helpers/test-server';
import { rmSync } from 'node:fs';

/**
 * The server killed with SIGKILL in the middle of a stream of ingests
 * starts again on the same folder, and holds only whole articles: the graph
 * equals, line for line, a clean ingest of exactly the articles it kept.
 * Articles it acknowledged before the kill are among them.
 */
jest.setTimeout(300_000);

const WORKERS = 4;
const ACKS_BEFORE_KILL = 10;
const CYCLES = 2;

describe('crash during ingestion', () => {
  const articles = sampleArticles(WORKERS * 30, 9);
  const byId = new Map(articles.map((a) => [articleId(a.meta.url, a.text), a]));
  let server: ChildServer;

  afterAll(async () => {
    await server?.close();
  });

  /** Streams articles from `start` with WORKERS clients; kills the server after `acks` more acknowledgements. */
  async function streamAndKill(start: number, acks: number, acked: Set<string>): Promise<number> {
    let next = start;
    let got = 0;
    let killed = false;
    const worker = async () => {
      while (!killed && next < articles.length) {
        const a = articles[next++];
        try {
          const r = await gql(server.url, INGEST, { input: inputOf(a) }, TOKEN, 30_000);
          const id = r.json?.data?.ingestArticle?.article?.id;
          if (id && !killed) {
            acked.add(id);
            if (++got >= acks && !killed) {
              killed = true;
              await server.crash(); // the other workers' requests are in flight
            }
          }
        } catch {
          if (!killed) throw new Error('an ingest failed before the kill');
        }
      }
    };
    await Promise.all(Array.from({ length: WORKERS }, worker));
    if (!killed) throw new Error(`ran out of articles before ${acks} acknowledgements`);
    return next;
  }

  it('restarts on the same folder with whole articles only', async () => {
    server = await ChildServer.start('crash');
    const acked = new Set<string>();
    let next = 0;
    for (let cycle = 0; cycle < CYCLES; cycle++) {
      next = await streamAndKill(next, ACKS_BEFORE_KILL, acked);
      await server.restart(); // throws when it cannot start on the folder
      const counts = await graphCounts(server.url);
      expect(counts.articles).toBeGreaterThanOrEqual(acked.size);
    }
    const stored = await gql(server.url, '{ articles(first: 100) { totalCount nodes { id } } }');
    const storedIds: string[] = stored.json.data.articles.nodes.map((n: { id: string }) => n.id);
    expect(storedIds.length).toBe(stored.json.data.articles.totalCount);
    await server.process.stop();

    // what survived, read from the folder itself
    const crashed = await createStore({ backend: 'embedded', dataDir: server.dataDir });
    const after = await snapshotStore(crashed).finally(() => crashed.close());

    // a clean ingest of exactly those articles, in the order they were sent
    const cleanDir = tempDataDir('crash-clean');
    const clean = await createStore({ backend: 'embedded', dataDir: cleanDir });
    try {
      const kept = articles.filter((a) => storedIds.includes(articleId(a.meta.url, a.text)));
      expect(kept.length).toBe(storedIds.length); // nothing stored that was not sent
      for (const a of kept) await ingestArticle(clean, inputOf(a));
      const expected = await snapshotStore(clean);
      expect(after.nodes.Article.length).toBe(kept.length);
      expect(after).toEqual(expected);
    } finally {
      await clean.close();
      rmSync(cleanDir, { recursive: true, force: true });
    }
    for (const id of acked) expect(byId.has(id) && storedIds.includes(id)).toBe(true); // acknowledged means kept
  });
});
