import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractArticle } from '../../src/extraction/extract-article';
import { parseArticleInput } from '../../src/ingest/article-input';
import type { GraphStore, SaveItem, SaveOutcome } from '../../src/store/store.port';
import { generateCorpus } from '../corpus/generate';
import { round } from './stats';
import { type TruthSample, TruthSampler } from './variables';

/** What building the graph measured; kept beside the data so a reused folder still reports it. */
export interface BuildStats {
  articles: number;
  seed: number;
  /** Articles per save transaction (1: `saveArticle` each; more: `saveArticles`, as the ingest CLI groups them). */
  batch: number;
  builtAt: string;
  seconds: number;
  /** Articles per second, extraction and saving together (the ingest use case, in process). */
  ingestPerSecond: number;
  /** Articles per second of the saves alone (each save timed from its start to its commit). */
  savePerSecond: number;
  /** Articles per second of `extractArticle` alone, over the whole build. */
  extractPerSecond: number;
  outcomes: Record<SaveOutcome, number>;
  /** Articles the store failed to save (the build goes on), with the first messages. */
  failed: number;
  failures: string[];
  corpusBytes: number;
  peakRssBytes: number;
  storeBytes: number;
  /** The embedded store's buffer pool and checkpoint threshold during the build (absent in builds before they were kept). */
  kuzu?: { bufferPoolMb: number; checkpointMb: number };
}

const META = 'bench-meta.json';
const MAX_CONSECUTIVE_FAILURES = 20;
const SAMPLE = 'bench-sample.json';

/** The folder of a built graph of `articles` articles of `seed`. */
export function dataDirFor(outDir: string, articles: number, seed: number): string {
  return join(outDir, `data-${articles}-${seed}`);
}

/** The stats and sample of a complete earlier build in `dir`, or null. */
export function readBuild(dir: string, articles: number, seed: number): { stats: BuildStats; sample: TruthSample } | null {
  if (!existsSync(join(dir, META)) || !existsSync(join(dir, SAMPLE))) return null;
  const stats = JSON.parse(readFileSync(join(dir, META), 'utf8')) as BuildStats;
  if (stats.articles !== articles || stats.seed !== seed) return null;
  return { stats, sample: JSON.parse(readFileSync(join(dir, SAMPLE), 'utf8')) as TruthSample };
}

/**
 * Ingests the generated corpus into `store` (one transaction per article,
 * or per batch of `batch` articles as the ingest CLI groups them), timing
 * extraction and saving apart, and writes the stats and the truth sample
 * into `dir` once complete. As in the CLI, the next batch is extracted
 * while the one before it is saved: the embedded engine runs its
 * statements on its own thread, so the two share the machine's cores.
 */
export async function buildGraph(
  store: GraphStore, dir: string, articles: number, seed: number, batch: number, progress: (line: string) => void,
): Promise<{ stats: BuildStats; sample: TruthSample }> {
  const sampler = new TruthSampler(seed);
  const outcomes: Record<SaveOutcome, number> = { created: 0, unchanged: 0, replaced: 0 };
  const failures: string[] = [];
  let extractNs = 0n;
  let saveNs = 0n;
  let corpusBytes = 0;
  let done = 0;
  let failed = 0;
  let consecutive = 0;
  let pending: Array<SaveItem & { id: string }> = [];
  let saving: Promise<void> = Promise.resolve();
  const started = process.hrtime.bigint();

  /** Saves one batch: one transaction per article (batch 1) or per batch, as the ingest CLI does. */
  const save = async (items: Array<SaveItem & { id: string }>): Promise<void> => {
    const t = process.hrtime.bigint();
    try {
      const results = batch <= 1
        ? [await store.saveArticle(items[0].facts, items[0].text)]
        : await store.saveArticles(items.map(({ facts, text }) => ({ facts, text })));
      for (const r of results) outcomes[r] += 1;
      consecutive = 0;
    } catch (error) {
      failed += items.length;
      if (failures.length < 5) failures.push(`${items[0].id}..${items[items.length - 1].id}: ${String(error).slice(0, 400)}`);
      progress(`  ${items.length} articles from ${items[0].id} not saved: ${String(error).slice(0, 200)}`);
      if (++consecutive >= MAX_CONSECUTIVE_FAILURES) throw new Error(`the store failed ${consecutive} saves in a row; last: ${String(error)}`);
    }
    saveNs += process.hrtime.bigint() - t;
    done += items.length;
    if (done % 1000 < Math.max(1, batch) || done === articles) {
      const s = Number(process.hrtime.bigint() - started) / 1e9;
      progress(`  ingested ${done}/${articles} (${round(done / s, 1)} articles/s, RSS ${mb(process.memoryUsage().rss)} MB)`);
    }
  };
  /** Starts saving the pending batch once the one before it is saved; extraction goes on meanwhile. */
  const flush = async (): Promise<void> => {
    const items = pending;
    pending = [];
    await saving;
    saving = save(items);
  };

  for (const a of generateCorpus({ articles, seed })) {
    sampler.add(a);
    corpusBytes += Buffer.byteLength(a.text);
    const t0 = process.hrtime.bigint();
    const input = parseArticleInput({ text: a.text, ...a.meta });
    const facts = extractArticle(input.text, { url: input.url ?? null, title: input.title ?? null, publishedAt: input.publishedAt ?? null });
    extractNs += process.hrtime.bigint() - t0;
    pending.push({ id: a.id, facts, text: input.text });
    if (pending.length >= Math.max(1, batch)) await flush();
    // The save's next statement is issued from this thread: let it run between articles.
    else await new Promise<void>((resolve) => setImmediate(resolve));
  }
  if (pending.length) await flush();
  await saving;
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const stats: BuildStats = {
    articles,
    seed,
    batch,
    builtAt: new Date().toISOString(),
    seconds: round(seconds, 1),
    ingestPerSecond: round(articles / seconds, 1),
    savePerSecond: round(articles / (Number(saveNs) / 1e9), 1),
    extractPerSecond: round(articles / (Number(extractNs) / 1e9), 1),
    outcomes,
    failed,
    failures,
    corpusBytes,
    peakRssBytes: process.resourceUsage().maxRSS * 1024,
    storeBytes: 0, // measured once the store is closed and flushed
  };
  return { stats, sample: sampler.sample };
}

export function saveBuild(dir: string, stats: BuildStats, sample: TruthSample): void {
  writeFileSync(join(dir, SAMPLE), JSON.stringify(sample));
  writeFileSync(join(dir, META), `${JSON.stringify(stats, null, 2)}\n`);
}

/** Bytes under a folder (files only, our own bench files excluded). */
export function folderBytes(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) total += folderBytes(path);
    else if (entry.name !== META && entry.name !== SAMPLE) total += statSync(path).size;
  }
  return total;
}

export const mb = (bytes: number): number => round(bytes / 1024 / 1024, 1);
