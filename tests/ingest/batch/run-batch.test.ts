import { InvalidArticleError } from '../../../src/ingest/article-input';
import { FatalSinkError, type ArticleSink, type SinkResult } from '../../../src/ingest/batch/article-sink';
import { BatchAbortedError, runBatch } from '../../../src/ingest/batch/run-batch';
import type { SourceItem } from '../../../src/ingest/batch/source-item';

async function* itemsOf(list: SourceItem[]): AsyncGenerator<SourceItem> {
  yield* list;
}

const good = (n: number): SourceItem => ({ where: `dump.jsonl:${n}`, raw: { text: `Bài ${n}` } });
const saved: SinkResult = { articleId: 'art_x', outcome: 'created', factCounts: { persons: 2 } };

/**
 * A sink that answers by the text it is given ("LỖI" is a bad record,
 * "HỎNG" a failed save), so the runner's bookkeeping can be checked without
 * a store; the store-backed runs are in tests/cli.
 */
function scriptedSink(withGroups: boolean): ArticleSink & { groups: number[] } {
  const answer = (raw: unknown): SinkResult | Error => {
    const text = (raw as { text: string }).text;
    if (text.includes('LỖI')) return new InvalidArticleError('invalid article: text is empty');
    if (text.includes('HỎNG')) return new Error('the transaction failed');
    if (text.includes('KHÓA')) return new FatalSinkError('the server refused the token');
    return saved;
  };
  const groups: number[] = [];
  return {
    description: 'scripted',
    groups,
    async ingest(raw) {
      groups.push(1);
      const r = answer(raw);
      if (r instanceof Error) throw r;
      return r;
    },
    ingestMany: withGroups
      ? async (raws) => {
        groups.push(raws.length);
        return raws.map(answer);
      }
      : undefined,
  };
}

describe('runBatch', () => {
  it('saves in groups where the sink can, counting each article', async () => {
    const sink = scriptedSink(true);
    const items = [good(1), good(2), { where: 'dump.jsonl:3', error: 'not valid JSON' }, good(4), good(5), { where: 'x:6', raw: { text: 'LỖI' } }, good(7)];
    const tally = await runBatch(itemsOf(items), sink, { groupSize: 3 });
    expect(sink.groups).toEqual([2, 3, 1]); // the unreadable line takes its place in a group of three reads
    expect(tally).toMatchObject({ done: 7, failed: 2, outcomes: { created: 5 }, facts: { persons: 10 } });
    expect(tally.failures).toEqual([
      { where: 'dump.jsonl:3', message: 'not valid JSON', kind: 'input' },
      { where: 'x:6', message: 'invalid article: text is empty', kind: 'input' },
    ]);
  });

  it('gives each of two workers consecutive records', async () => {
    const seen: string[][] = [];
    const sink: ArticleSink = {
      description: 'slow',
      ingest: async (raw) => {
        seen.push([(raw as { text: string }).text]);
        return saved;
      },
      ingestMany: async (raws) => {
        seen.push(raws.map((r) => (r as { text: string }).text));
        await new Promise((resolve) => setTimeout(resolve, 5));
        return raws.map(() => saved);
      },
    };
    const tally = await runBatch(itemsOf([1, 2, 3, 4, 5, 6, 7].map(good)), sink, { groupSize: 3, concurrency: 2 });
    expect(tally.done).toBe(7);
    expect(seen).toEqual([['Bài 1', 'Bài 2', 'Bài 3'], ['Bài 4', 'Bài 5', 'Bài 6'], ['Bài 7']]);
  });

  it('sends one at a time when the sink cannot group', async () => {
    const sink = scriptedSink(false);
    await runBatch(itemsOf([good(1), good(2), good(3)]), sink, { groupSize: 50 });
    expect(sink.groups).toEqual([1, 1, 1]);
  });

  it('gives up after a run of failed saves, not after bad records', async () => {
    const bad = Array.from({ length: 30 }, (_, i) => ({ where: `b:${i}`, raw: { text: 'LỖI' } }));
    const broken = Array.from({ length: 30 }, (_, i) => ({ where: `h:${i}`, raw: { text: 'HỎNG' } }));
    await expect(runBatch(itemsOf([...bad, good(1)]), scriptedSink(true), { groupSize: 7 })).resolves.toMatchObject({ failed: 30 });
    const run = runBatch(itemsOf([good(1), ...broken]), scriptedSink(true), { groupSize: 7, maxConsecutiveStoreErrors: 10 });
    await expect(run).rejects.toThrow(BatchAbortedError);
    await run.catch((err: BatchAbortedError) => {
      expect(err.message).toMatch(/^10 articles in a row could not be saved; last error: the transaction failed/);
      expect(err.tally.done).toBeLessThan(31);
    });
  });

  it('stops at once on a fatal sink error', async () => {
    const run = runBatch(itemsOf([good(1), { where: 'k', raw: { text: 'KHÓA' } }, good(3), good(4)]), scriptedSink(false));
    await expect(run).rejects.toThrow('the server refused the token');
    await run.catch((err: BatchAbortedError) => expect(err.tally.done).toBe(2));
  });

  it('stops taking articles when the signal is aborted, and says it was interrupted', async () => {
    const stop = new AbortController();
    const tally = await runBatch(itemsOf([good(1), good(2), good(3), good(4)]), scriptedSink(false), {
      signal: stop.signal,
      listener: { onProgress: (t) => void (t.done === 2 && stop.abort()) },
    });
    expect(tally).toMatchObject({ done: 2, interrupted: true });
  });
});
