import { groupedStoreSink } from '../../../src/ingest/batch/grouped-store-sink';
import type { GraphStore, SaveOutcome } from '../../../src/store/store.port';
import { SAMPLE_ARTICLES } from './sample-articles';

/** A store that records the order of its saves; the first save is slow, so a later group is ready first. */
function recordingStore(): GraphStore & { saved: string[][] } {
  const saved: string[][] = [];
  let calls = 0;
  const store = {
    saved,
    async saveArticles(items: ReadonlyArray<{ text: string }>): Promise<SaveOutcome[]> {
      const delay = calls++ === 0 ? 30 : 0;
      await new Promise((resolve) => setTimeout(resolve, delay));
      saved.push(items.map((i) => i.text.slice(0, 20)));
      return items.map(() => 'created');
    },
  };
  return store as unknown as GraphStore & { saved: string[][] };
}

describe('groupedStoreSink', () => {
  it('saves groups in the order they were given, even when a later one is extracted first', async () => {
    const store = recordingStore();
    const sink = groupedStoreSink(store);
    const [a, b, c] = SAMPLE_ARTICLES;
    const results = await Promise.all([sink.ingestMany!([a, b]), sink.ingestMany!([c]), sink.ingestMany!([{ text: '' }])]);
    expect(store.saved).toEqual([[a.text.slice(0, 20), b.text.slice(0, 20)], [c.text.slice(0, 20)]]);
    expect(results.map((r) => r.map((x) => (x instanceof Error ? 'error' : x.outcome)))).toEqual([['created', 'created'], ['created'], ['error']]);
  });
});
