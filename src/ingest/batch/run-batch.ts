import { InvalidArticleError } from '../article-input';
import { FatalSinkError, type ArticleSink, type SinkResult } from './article-sink';
import { countFailure, countSuccess, newTally, type BatchFailure, type BatchTally } from './batch-tally';
import { messageOf, type SourceItem } from './source-item';

/** Hooks for progress display; all optional. */
export interface BatchListener {
  onProgress?(tally: BatchTally): void;
  onFailure?(failure: BatchFailure, tally: BatchTally): void;
}

export interface BatchOptions {
  /**
   * Articles (or groups) in flight at once. A few for a server; 2 for a
   * grouping store sink (one group is read and extracted while the one
   * before it is saved); 1 saves one article at a time.
   */
  concurrency?: number;
  /** Articles saved together in one transaction, where the sink can (`ingestMany`); 1: one at a time. */
  groupSize?: number;
  /** Give up when this many articles in a row fail to save (the store is down, not the data bad). */
  maxConsecutiveStoreErrors?: number;
  /** Stop taking new articles; those in flight finish (each is saved whole or not at all). */
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
 * The batch ingest use case: sends every record of a source to a sink, an
 * article (or a group of articles) at a time per worker. A bad record is
 * counted and reported with where it was, and the run goes on. Each article
 * is saved in one transaction (its own or its group's), so stopping at any
 * point leaves whole articles only, and a second run completes the work
 * (unchanged articles are left alone).
 */
export async function runBatch(items: AsyncIterable<SourceItem>, sink: ArticleSink, options: BatchOptions = {}): Promise<BatchTally> {
  const now = options.now ?? Date.now;
  const tally = newTally(options.total ?? null, now());
  const maxErrors = options.maxConsecutiveStoreErrors ?? 20;
  const groupSize = sink.ingestMany ? Math.max(1, options.groupSize ?? 1) : 1;
  const iterator = items[Symbol.asyncIterator]();
  let consecutiveStoreErrors = 0;
  let aborted: string | null = null;

  const fail = (failure: BatchFailure): void => {
    countFailure(tally, failure);
    options.listener?.onFailure?.(failure, tally);
  };

  const record = (where: string, result: SinkResult | Error): void => {
    if (!(result instanceof Error)) {
      consecutiveStoreErrors = 0;
      return countSuccess(tally, result.outcome, result.factCounts);
    }
    const kind = result instanceof InvalidArticleError ? 'input' : 'store';
    consecutiveStoreErrors = kind === 'store' ? consecutiveStoreErrors + 1 : 0;
    fail({ where, message: messageOf(result), kind });
    if (result instanceof FatalSinkError) aborted = result.message;
    else if (consecutiveStoreErrors >= maxErrors) aborted = `${maxErrors} articles in a row could not be saved; last error: ${messageOf(result)}`;
  };

  /** The next `groupSize` records: the readable ones, unreadable ones reported on the way; `end` once the source is done. */
  const take = async (): Promise<{ group: Array<{ where: string; raw: unknown }>; end: boolean }> => {
    const group: Array<{ where: string; raw: unknown }> = [];
    for (let read = 0; read < groupSize; read += 1) {
      const next = await iterator.next();
      if (next.done) return { group, end: true };
      if (next.value.error !== undefined) fail({ where: next.value.where, message: next.value.error, kind: 'input' });
      else group.push({ where: next.value.where, raw: next.value.raw });
    }
    return { group, end: false };
  };

  /** Takes one after another, so each group is a run of consecutive records even with several workers. */
  let reading: Promise<unknown> = Promise.resolve();
  const takeInTurn = (): ReturnType<typeof take> => {
    const next = reading.then(take);
    reading = next.catch(() => undefined);
    return next;
  };

  const save = async (group: Array<{ where: string; raw: unknown }>): Promise<void> => {
    if (group.length === 1 || !sink.ingestMany) {
      for (const g of group) record(g.where, await sink.ingest(g.raw).catch((err: unknown) => toError(err)));
      return;
    }
    const results = await sink.ingestMany(group.map((g) => g.raw)).catch((err: unknown) => group.map(() => toError(err)));
    results.forEach((r, i) => record(group[i].where, r));
  };

  const worker = async (): Promise<void> => {
    while (!aborted && !options.signal?.aborted) {
      const { group, end } = await takeInTurn();
      if (group.length > 0) await save(group);
      tally.elapsedMs = now() - tally.startedAt;
      options.listener?.onProgress?.(tally);
      if (end) return;
    }
  };

  try {
    await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 1) }, worker));
  } finally {
    await iterator.return?.(undefined);
  }
  tally.elapsedMs = now() - tally.startedAt;
  tally.interrupted = Boolean(options.signal?.aborted);
  if (aborted) throw new BatchAbortedError(aborted, tally);
  return tally;
}

function toError(err: unknown): Error {
  return err instanceof Error ? err : new Error(String(err));
}
