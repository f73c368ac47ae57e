import { withReadCache } from '../../../src/store/cache/read-cache';
import type { GraphStore } from '../../../src/store/store.port';

/** A store whose reads count their calls and can be held open, to see what the cache does around them. */
function countingStore() {
  const calls: string[] = [];
  let release: (() => void) | null = null;
  let hold = false;
  let version = 1;
  const store = {
    backend: 'embedded',
    async counts() {
      calls.push('counts');
      const seen = version;
      if (hold) await new Promise<void>((r) => { release = r; });
      return { Person: seen };
    },
    async getArticleText(id: string) {
      calls.push(`text:${id}`);
      if (id === 'broken') throw new Error('engine failure');
      return `text of ${id}`;
    },
    async scanNodes() {
      calls.push('scan');
      return [];
    },
    async saveArticle() {
      version += 1;
      return 'created';
    },
  };
  return {
    store: store as unknown as GraphStore,
    calls,
    holdReads: (on: boolean) => { hold = on; },
    releaseRead: () => release?.(),
  };
}

describe('the read cache', () => {
  it('answers a repeated read from memory, keyed by its arguments', async () => {
    const inner = countingStore();
    const store = withReadCache(inner.store);
    expect(await store.getArticleText('a')).toBe('text of a');
    expect(await store.getArticleText('a')).toBe('text of a');
    expect(await store.getArticleText('b')).toBe('text of b');
    expect(inner.calls).toEqual(['text:a', 'text:b']);
    expect(store.readCache).toMatchObject({ hits: 1, misses: 2 });
  });

  it('sends identical reads under way once', async () => {
    const inner = countingStore();
    const store = withReadCache(inner.store);
    const answers = await Promise.all([store.counts(), store.counts(), store.counts()]);
    expect(answers.map((a) => a.Person)).toEqual([1, 1, 1]);
    expect(inner.calls).toEqual(['counts']);
  });

  it('forgets everything at a write, so the next read sees it', async () => {
    const inner = countingStore();
    const store = withReadCache(inner.store);
    expect((await store.counts()).Person).toBe(1);
    await store.saveArticle({} as never, '');
    expect((await store.counts()).Person).toBe(2);
    expect(inner.calls).toEqual(['counts', 'counts']);
  });

  it('does not keep an answer read while a write was under way', async () => {
    const inner = countingStore();
    const store = withReadCache(inner.store);
    inner.holdReads(true);
    const early = store.counts();
    await new Promise((r) => setImmediate(r));
    await store.saveArticle({} as never, '');
    inner.releaseRead();
    expect((await early).Person).toBe(1); // read before the write: its caller gets it
    inner.holdReads(false);
    expect((await store.counts()).Person).toBe(2); // but it was not kept for later callers
  });

  it('does not keep failures', async () => {
    const inner = countingStore();
    const store = withReadCache(inner.store);
    await expect(store.getArticleText('broken')).rejects.toThrow('engine failure');
    await expect(store.getArticleText('broken')).rejects.toThrow('engine failure');
    expect(inner.calls).toEqual(['text:broken', 'text:broken']);
  });

  it('passes methods it does not know as reads straight through', async () => {
    const inner = countingStore();
    const store = withReadCache(inner.store);
    await store.scanNodes('Person', null, 10);
    await store.scanNodes('Person', null, 10);
    expect(inner.calls).toEqual(['scan', 'scan']);
    expect(store.backend).toBe('embedded');
  });

  it('keeps at most the configured number of answers', async () => {
    const inner = countingStore();
    const store = withReadCache(inner.store, { maxEntries: 2, maxRecords: 100 });
    for (const id of ['a', 'b', 'c']) await store.getArticleText(id);
    await store.getArticleText('a'); // dropped as least recently used
    expect(inner.calls).toEqual(['text:a', 'text:b', 'text:c', 'text:a']);
    expect(store.readCache.entries).toBe(2);
  });
});
