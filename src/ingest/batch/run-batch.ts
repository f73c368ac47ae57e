import { InvalidArticleError } from '../article-input';
import { FatalSinkError, type ArticleSink } from './article-sink';
import { countFailure, countSuccess, newTally, type BatchFailure, type BatchTally } from './batch-tally';
import { messageOf, type SourceItem } from './source-item';

/** Hooks for progress display; all optional. */
export interface BatchListener {
  onProgress?(tally: BatchTally): void;
  onFailure?(failure: BatchFailure, tally: BatchTally): void;
}

export interface BatchOptions {
  /** Articles in flight at once. 1 for a direct store (one writer); a few for a server. */
  concurrency?: number;
  /** Give up when this many articles in a row fail to save (the store is down, not the data bad). */
  maxConsecutiveStoreErrors?: number;
  /** Stop taking new articles; those in flight finish (each is one transaction). */
  signal?: AbortSignal;
  total?: number | null;
  listener?: BatchListener;
  now?: () => number;
}

/** The store kept failing: the batch stopped; the tally says how far it got. */
export class BatchAbortedError extends Error {
  constructor(message: string, readonly tally: BatchTally) {
    super(message);
    this.name = 'BatchAbortedError';
  }
}

/**
 * The batch ingest use case: sends every record of a source to a sink, one
 * article at a time per worker. A bad record is counted and reported with
 * where it was, and the run goes on. Because each article is saved in its
 * own transaction, stopping at any point leaves whole articles only, and a
 * second run completes the work (unchanged articles are left alone).
 */
export async function runBatch(items: AsyncIterable<SourceItem>, sink: ArticleSink, options: BatchOptions = {}): Promise<BatchTally> {
  const now = options.now ?? Date.now;
  const tally = newTally(options.total ?? null, now());
  const maxErrors = options.maxConsecutiveStoreErrors ?? 20;
  const iterator = items[Symbol.asyncIterator]();
  let consecutiveStoreErrors = 0;
  let aborted: string | null = null;

  const fail = (failure: BatchFailure): void => {
    countFailure(tally, failure);
    options.listener?.onFailure?.(failure, tally);
  };

  const handle = async (item: SourceItem): Promise<void> => {
    if (item.error !== undefined) return fail({ where: item.where, message: item.error, kind: 'input' });
    try {
      const r = await sink.ingest(item.raw);
      consecutiveStoreErrors = 0;
      countSuccess(tally, r.outcome, r.factCounts);
    } catch (err) {
      const kind = err instanceof InvalidArticleError ? 'input' : 'store';
      consecutiveStoreErrors = kind === 'store' ? consecutiveStoreErrors + 1 : 0;
      fail({ where: item.where, message: messageOf(err), kind });
      if (err instanceof FatalSinkError) aborted = err.message;
      else if (consecutiveStoreErrors >= maxErrors) aborted = `${maxErrors} articles in a row could not be saved; last error: ${messageOf(err)}`;
    }
  };

  const worker = async (): Promise<void> => {
    while (!aborted && !options.signal?.aborted) {
      const next = await iterator.next();
      if (next.done) return;
      await handle(next.value);
      tally.elapsedMs = now() - tally.startedAt;
      options.listener?.onProgress?.(tally);
    }
  };

  const workers = Array.from({ length: Math.max(1, options.concurrency ?? 1) }, worker);
  try {
    await Promise.all(workers);
  } finally {
    await iterator.return?.(undefined);
  }
  tally.elapsedMs = now() - tally.startedAt;
  tally.interrupted = Boolean(options.signal?.aborted);
  if (aborted) throw new BatchAbortedError(aborted, tally);
  return tally;
}
