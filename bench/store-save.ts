/**
 * The store's save rate alone: generated articles are extracted a batch at a
 * time (not timed with the saves, and not kept, so memory is the store's)
 * and saved into a fresh temporary Kùzu store per batch size, with
 * `saveArticles` (batch size 1 = `saveArticle`, one transaction per article,
 * as before batches existed). Then a few reads on the filled store, to see
 * they did not get slower.
 *
 *   npx ts-node --transpile-only bench/store-save.ts --articles 3000 [--batches 1,100,250,500] [--seed 1] [--keep]
 *     [--buffer-mb N] [--checkpoint-mb N] [--statement-cache 512]   (KuzuSettings; defaults as the store's: resolveKuzuSettings)
 *     [--every 1000]   (a line every N articles: rate over the stretch, slowest save, file and WAL size,
 *                       the buffer pool's use, RSS)
 */
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ArticleFacts } from '../src/domain/facts';
import { extractArticle } from '../src/extraction/extract-article';
import { KUZU_DB_FILE, KuzuStore, type KuzuSettings } from '../src/store/kuzu/kuzu-store';
import { resolveKuzuSettings } from '../src/store/kuzu/kuzu-settings';
import type { GraphStore, SaveOutcome } from '../src/store/store.port';
import { generateCorpus } from './corpus/generate';

interface Item { facts: ArticleFacts; text: string }

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

const mb = (bytes: number): string => (bytes / 1048576).toFixed(0);
const secondsSince = (t: bigint): number => Number(process.hrtime.bigint() - t) / 1e9;

/** Extracted articles a batch at a time; `sample` keeps every 100th for the reads at the end. */
function* extractedBatches(articles: number, seed: number, size: number, sample: Item[]): Generator<Item[]> {
  let batch: Item[] = [];
  let n = 0;
  for (const a of generateCorpus({ articles, seed })) {
    const item = { facts: extractArticle(a.text, a.meta), text: a.text };
    if (n++ % 100 === 0) sample.push(item);
    batch.push(item);
    if (batch.length >= size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length) yield batch;
}

/** Sizes of the database file and its WAL in MB (0 when missing). */
function diskMb(dir: string): { db: number; wal: number } {
  const size = (f: string): number => (existsSync(f) ? statSync(f).size / 1048576 : 0);
  const db = path.join(dir, KUZU_DB_FILE);
  return { db: size(db), wal: size(`${db}.wal`) };
}

/**
 * Saves every article, timing the saves only; every `every` articles prints
 * the save rate over that stretch, the slowest save in it (a checkpoint
 * runs inside a commit), the file and WAL sizes, the buffer pool's use and
 * RSS, to see what grows (the WAL is written into the file at each checkpoint).
 */
async function saveAll(
  store: KuzuStore, dir: string, batches: Iterable<Item[]>, batch: number, every: number,
): Promise<{ outcomes: Record<SaveOutcome, number>; saved: number; seconds: number; cpuSeconds: number }> {
  const outcomes: Record<SaveOutcome, number> = { created: 0, unchanged: 0, replaced: 0 };
  let seconds = 0;
  let cpuSeconds = 0;
  let stretch = { seconds: 0, cpu: 0, slowest: 0 };
  let done = 0;
  for (const slice of batches) {
    const t = process.hrtime.bigint();
    const cpu = process.cpuUsage();
    const results = batch === 1
      ? [await store.saveArticle(slice[0].facts, slice[0].text)]
      : await store.saveArticles(slice);
    const s = secondsSince(t);
    const used = process.cpuUsage(cpu);
    const c = (used.user + used.system) / 1e6;
    seconds += s;
    cpuSeconds += c;
    stretch = { seconds: stretch.seconds + s, cpu: stretch.cpu + c, slowest: Math.max(stretch.slowest, s) };
    for (const r of results) outcomes[r] += 1;
    const before = done;
    done += slice.length;
    if (every > 0 && Math.floor(done / every) > Math.floor(before / every)) {
      const { db, wal } = diskMb(dir);
      const pool = await store.bufferPool();
      console.log(
        `  ${String(done).padStart(6)}: ${(every / stretch.seconds).toFixed(0)} articles/s (${(every / stretch.cpu).toFixed(0)} per CPU-s), ` +
          `slowest save ${stretch.slowest.toFixed(1)} s, file ${db.toFixed(0)} MB, WAL ${wal.toFixed(0)} MB, ` +
          `pool ${mb(pool.usedBytes)}/${mb(pool.limitBytes)} MB, RSS ${mb(process.memoryUsage().rss)} MB`,
      );
      stretch = { seconds: 0, cpu: 0, slowest: 0 };
    }
  }
  return { outcomes, saved: done, seconds, cpuSeconds };
}

/** Median milliseconds of `runs` calls of `read`. */
async function latency(runs: number, read: (i: number) => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    await read(i);
    times.push(secondsSince(t) * 1000);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
}

async function reads(store: GraphStore, items: Item[]): Promise<string> {
  const pick = (i: number): ArticleFacts => items[(i * 7919) % items.length].facts;
  const people = (i: number): string[] => pick(i).persons.map((p) => p.id).concat(pick(i + 1).persons.map((p) => p.id));
  const nodes = await latency(50, (i) => store.getNodes('Person', people(i)));
  const edges = await latency(50, (i) => store.getEdges('HOLDS', 'out', people(i)));
  const sessions = await latency(20, () => store.listSessions({}, { first: 20 }));
  const names = (i: number): string => pick(i).persons[0]?.name.split(' ').slice(0, 2).join(' ').slice(0, -1) ?? 'ng';
  const search = await latency(20, (i) => store.search(names(i), ['Person', 'Organization'], 10));
  const letter = await latency(5, () => store.search('n', ['Person'], 10));
  return `reads (median): getNodes ${nodes.toFixed(1)} ms, getEdges ${edges.toFixed(1)} ms, listSessions ${sessions.toFixed(1)} ms, ` +
    `search "${names(0)}" ${search.toFixed(1)} ms, search "n" ${letter.toFixed(1)} ms`;
}

/** The settings given as options, the store's defaults for the rest (resolveKuzuSettings). */
function settings(): KuzuSettings {
  const mib = 1024 * 1024;
  const given = (name: string, scale: number): number | undefined => (option(name, '') ? Number(option(name, '')) * scale : undefined);
  const chosen = {
    checkpointThresholdBytes: given('checkpoint-mb', mib),
    bufferPoolBytes: given('buffer-mb', mib),
    statementCache: given('statement-cache', 1),
  };
  return resolveKuzuSettings(Object.fromEntries(Object.entries(chosen).filter(([, v]) => v !== undefined)));
}

async function run(articles: number, seed: number, batch: number, keep: boolean): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'polgraph-save-'));
  const store = new KuzuStore(dir, settings());
  await store.init();
  try {
    const sample: Item[] = [];
    const started = process.hrtime.bigint();
    const { outcomes, saved, seconds: s, cpuSeconds } = await saveAll(store, dir, extractedBatches(articles, seed, batch, sample), batch, Number(option('every', '0')));
    const counts = await store.counts();
    console.log(
      `batch ${String(batch).padStart(3)}: ${saved} articles saved in ${s.toFixed(1)} s = ${(saved / s).toFixed(0)} articles/s, ` +
        `${(saved / cpuSeconds).toFixed(0)} per CPU-second (CPU ${((100 * cpuSeconds) / s).toFixed(0)}% of the save time: ` +
        'on a busy machine the first rate is what we got, the second what one free core gives; ' +
        `${secondsSince(started).toFixed(0)} s with extraction), ` +
        `RSS ${mb(process.memoryUsage().rss)} MB (peak ${mb(process.resourceUsage().maxRSS * 1024)} MB); ` +
        `created ${outcomes.created}, unchanged ${outcomes.unchanged}; nodes ${JSON.stringify(counts)}`,
    );
    const { db, wal } = diskMb(dir);
    console.log(`           on disk: file ${db.toFixed(0)} MB + WAL ${wal.toFixed(0)} MB = ${((1000 * (db + wal)) / saved).toFixed(1)} MB per 1,000 articles`);
    console.log(`           ${await reads(store, sample)}`);
  } finally {
    await store.close();
    if (keep) console.log(`           kept ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const articles = Number(option('articles', '3000'));
  const seed = Number(option('seed', '1'));
  const batches = option('batches', '100,250,500').split(',').map(Number);
  console.log(`settings ${JSON.stringify(settings())}`);
  for (const batch of batches) await run(articles, seed, batch, process.argv.includes('--keep'));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
