import { createStore } from '../../src/store/create-store';
import type { GraphStore } from '../../src/store/store.port';
import { defineStoreSuite } from './store.suite';

/**
 * The store suite on Neo4j, run when NEO4J_URI (with NEO4J_USER,
 * NEO4J_PASSWORD, optionally NEO4J_DATABASE) names a server. Each test
 * empties the database first: point it at a scratch database only.
 */
const uri = process.env.NEO4J_URI;
const describeWithServer = uri ? describe : describe.skip;

describeWithServer('neo4j store', () => {
  defineStoreSuite(async () => {
    const store: GraphStore = await createStore({
      backend: 'neo4j',
      dataDir: '',
      neo4j: {
        uri: uri!,
        user: process.env.NEO4J_USER ?? 'neo4j',
        password: process.env.NEO4J_PASSWORD ?? '',
        database: process.env.NEO4J_DATABASE || undefined,
      },
    });
    await emptyDatabase(store);
    return { store, teardown: () => store.close() };
  });
});

/** Deletes every node through the port: each article, then whatever is left by id scans. */
async function emptyDatabase(store: GraphStore): Promise<void> {
  for (let page = await store.scanNodes('Article', null, 500); page.length > 0; page = await store.scanNodes('Article', null, 500)) {
    for (const a of page) await store.deleteArticle(a.id);
  }
  const left = Object.values(await store.counts()).reduce((x, y) => x + y, 0);
  if (left > 0) throw new Error(`the neo4j test database still holds ${left} nodes: use an empty scratch database`);
}
