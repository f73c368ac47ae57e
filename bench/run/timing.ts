import { extractArticle } from '../../src/extraction/extract-article';
import type { GraphStore } from '../../src/store/store.port';
import { generateCorpus } from '../corpus/generate';
import type { DirectOperation } from './direct-ops';
import type { DirectResult } from './report';
import { type LatencySummary, msSince, round, summarize } from './stats';

/** `extractArticle` alone over the first `limit` articles (generation untimed). */
export function measureExtraction(articles: number, seed: number, limit: number): { articles: number; perSecond: number; latency: LatencySummary } {
  const times: number[] = [];
  let total = 0;
  for (const a of generateCorpus({ articles, seed })) {
    if (times.length >= limit) break;
    const t = process.hrtime.bigint();
    extractArticle(a.text, a.meta);
    const ms = msSince(t);
    times.push(ms);
    total += ms;
  }
  return { articles: times.length, perSecond: round(times.length / (total / 1000), 1), latency: summarize(times) };
}

/**
 * One operation's store calls, one request at a time, cycling through the
 * variable sets: a short warm-up, then until `seconds` pass or `maxCalls` are made.
 */
export async function measureDirect(
  store: GraphStore, op: DirectOperation, variables: Array<Record<string, unknown>>, seconds: number, maxCalls = 5000,
): Promise<DirectResult> {
  for (let i = 0; i < Math.min(20, variables.length * 2); i++) await op(store, variables[i % variables.length]);
  const times: number[] = [];
  const started = process.hrtime.bigint();
  for (let i = 0; i < maxCalls && msSince(started) < seconds * 1000; i++) {
    const t = process.hrtime.bigint();
    await op(store, variables[i % variables.length]);
    times.push(msSince(t));
  }
  const elapsed = msSince(started) / 1000;
  return { latency: summarize(times), rps: round(times.length / elapsed, 1) };
}
