import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ArticleFacts } from '../../src/domain/facts';
import { articleId, contentHash, stableId } from '../../src/domain/ids';
import { createStore } from '../../src/store/create-store';
import type { GraphStore } from '../../src/store/store.port';
import { startTestServer, type TestServer } from '../server/harness';

/** A real store that counts the calls made through its port. */
function countingStore(store: GraphStore): { store: GraphStore; calls: string[] } {
  const calls: string[] = [];
  const proxy = new Proxy(store, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        calls.push(String(key));
        return value.apply(target, args);
      };
    },
  });
  return { store: proxy, calls };
}

/** One article reporting 100 sessions, each chaired, with three participants and two organizations. */
function manySessions(): ArticleFacts {
  const text = 'Báo cáo tổng hợp các buổi làm việc năm 2025. '.repeat(4);
  const url = 'https://test.example/tong-hop';
  const source = { start: 0, end: 10, text: text.slice(0, 10) };
  const people = Array.from({ length: 30 }, (_, i) => ({ id: stableId('Person', `nguoi ${i}@bench`), name: `Người Thứ ${i}`, mentions: [source] }));
  const orgs = Array.from({ length: 10 }, (_, i) => ({
    id: stableId('Organization', `chi bo ${i}@bench`), name: `Chi bộ số ${i}`, kind: 'PARTY_CELL' as const, adminUnitId: null, parentId: null, mentions: [source],
  }));
  const sessions = Array.from({ length: 100 }, (_, i) => ({
    id: stableId('Session', `buoi ${i}@bench`), kind: 'WORKING_SESSION' as const, title: `Buổi làm việc ${i}`,
    date: `2025-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
    chairId: people[i % 30].id, participantIds: [people[i % 30].id, people[(i + 1) % 30].id, people[(i + 2) % 30].id],
    organizationIds: [orgs[i % 10].id, orgs[(i + 3) % 10].id], source,
  }));
  return {
    article: { id: articleId(url, text), url, title: 'Tổng hợp', publishedAt: '2025-12-31', contentHash: contentHash(text) },
    persons: people, adminUnits: [], organizations: orgs, positions: [], sessions, documents: [],
    foundings: [], citations: [], authors: [], diagnostics: [],
  };
}

describe('store round trips', () => {
  const dir = mkdtempSync(join(tmpdir(), 'polgraph-trips-'));
  let real: GraphStore;
  let counting: ReturnType<typeof countingStore>;
  let t: TestServer;
  beforeAll(async () => {
    real = await createStore({ backend: 'embedded', dataDir: join(dir, 'db') });
    await real.saveArticle(manySessions(), 'Báo cáo tổng hợp các buổi làm việc năm 2025. '.repeat(4));
    counting = countingStore(real);
    t = await startTestServer({}, { store: counting.store });
  });
  afterAll(async () => {
    await t?.close();
    await real?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers a page of 100 sessions with chair, participants and organizations in at most 5 store calls', async () => {
    counting.calls.length = 0;
    const { body } = await t.gql(`{
      sessions(first: 100) {
        totalCount
        nodes { id date chair { id name } participants { name } organizations { name kind } }
      }
    }`);
    expect(body.errors).toBeUndefined();
    expect(body.data.sessions.nodes).toHaveLength(100);
    expect(body.data.sessions.nodes.every((s: { chair: unknown; participants: unknown[]; organizations: unknown[] }) =>
      s.chair && s.participants.length === 3 && s.organizations.length === 2)).toBe(true);
    // memoryReads: each request asks whether the store holds the graph in memory (this one does not).
    const reads = counting.calls.filter((c) => c !== 'memoryReads');
    expect(reads.length).toBeLessThanOrEqual(5);
    expect([...reads].sort()).toEqual(['getEdgesWithEnds', 'getEdgesWithEnds', 'getEdgesWithEnds', 'listSessions']);
  });

  it('answers the same page from the read model with the list call alone: every field is read at once from memory', async () => {
    const modelDir = join(dir, 'model');
    const withModel = await createStore({ backend: 'embedded', dataDir: modelDir, readModel: true });
    const server = countingStore(withModel);
    const t2 = await startTestServer({}, { store: server.store });
    try {
      await withModel.saveArticle(manySessions(), 'Báo cáo tổng hợp các buổi làm việc năm 2025. '.repeat(4));
      await (withModel as unknown as { whenReadModelLoaded(): Promise<void> }).whenReadModelLoaded();
      server.calls.length = 0;
      const { body } = await t2.gql('{ sessions(first: 100) { nodes { id chair { name } participants { name } organizations { name } } } }');
      expect(body.errors).toBeUndefined();
      expect(body.data.sessions.nodes.every((s: { chair: unknown; participants: unknown[] }) => s.chair && s.participants.length === 3)).toBe(true);
      expect([...server.calls].sort()).toEqual(['listSessions', 'memoryReads']);
    } finally {
      await t2.close();
      await withModel.close();
    }
  });
});
