/**
 * The store's save rate alone: generated articles are extracted first (not
 * timed with the saves), then saved into a fresh temporary Kùzu store per
 * batch size, with `saveArticles` (batch size 1 = `saveArticle`, one
 * transaction per article, as before batches existed). Then a few reads on
 * the filled store, to see they did not get slower.
 *
 *   npx ts-node --transpile-only bench/store-save.ts --articles 3000 [--batches 1,100,250,500] [--seed 1] [--keep]
 *     [--checkpoint-mb 256] [--statement-cache 512] [--buffer-mb 0]   (KuzuSettings; defaults: KUZU_DEFAULTS)
 *     [--every 1000]   (a line every N articles: rate over the stretch, file and WAL size, RSS)
 */
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ArticleFacts } from '../src/domain/facts';
import { extractArticle } from '../src/extraction/extract-article';
import { KUZU_DB_FILE, KUZU_DEFAULTS, KuzuStore, type KuzuSettings } from '../src/store/kuzu/kuzu-store';
import type { GraphStore, SaveOutcome } from '../src/store/store.port';
import { generateCorpus } from './corpus/generate';

interface Item { facts: ArticleFacts; text: string }

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

const mb = (bytes: number): string => (bytes / 1048576).toFixed(0);
const secondsSince = (t: bigint): number => Number(process.hrtime.bigint() - t) / 1e9;

function extractAll(articles: number, seed: number): Item[] {
  const started = process.hrtime.bigint();
  const items: Item[] = [];
  let bytes = 0;
  for (const a of generateCorpus({ articles, seed })) {
    items.push({ facts: extractArticle(a.text, a.meta), text: a.text });
    bytes += Buffer.byteLength(a.text);
  }
  const s = secondsSince(started);
  console.log(`extracted ${items.length} articles (${(bytes / items.length / 1024).toFixed(1)} KB each) in ${s.toFixed(1)} s: ${(items.length / s).toFixed(0)}/s`);
  return items;
}

/** Sizes of the database file and its WAL in MB (0 when missing). */
function diskMb(dir: string): { db: number; wal: number } {
  const size = (f: string): number => (existsSync(f) ? statSync(f).size / 1048576 : 0);
  const db = path.join(dir, KUZU_DB_FILE);
  return { db: size(db), wal: size(`${db}.wal`) };
}

/**
 * Saves every item; every `every` articles prints the save rate over that
 * stretch, the file and WAL sizes and RSS, to see what grows (the WAL is
 * written into the file at each checkpoint).
 */
async function saveAll(store: GraphStore, dir: string, items: Item[], batch: number, every: number): Promise<Record<SaveOutcome, number>> {
  const outcomes: Record<SaveOutcome, number> = { created: 0, unchanged: 0, replaced: 0 };
  let stretch = process.hrtime.bigint();
  let cpu = process.cpuUsage();
  for (let i = 0; i < items.length; i += batch) {
    const slice = items.slice(i, i + batch);
    const results = batch === 1
      ? [await store.saveArticle(slice[0].facts, slice[0].text)]
      : await store.saveArticles(slice);
    for (const r of results) outcomes[r] += 1;
    const done = Math.min(i + batch, items.length);
    if (every > 0 && Math.floor(done / every) > Math.floor(i / every)) {
      const s = secondsSince(stretch);
      const used = process.cpuUsage(cpu);
      const { db, wal } = diskMb(dir);
      console.log(
        `  ${String(done).padStart(6)}: ${(every / s).toFixed(0)} articles/s (${(every / ((used.user + used.system) / 1e6)).toFixed(0)} per CPU-s), ` +
          `file ${db.toFixed(0)} MB, WAL ${wal.toFixed(0)} MB, RSS ${mb(process.memoryUsage().rss)} MB`,
      );
      stretch = process.hrtime.bigint();
      cpu = process.cpuUsage();
    }
  }
  return outcomes;
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

function settings(): KuzuSettings {
  const mib = 1024 * 1024;
  return {
    checkpointThresholdBytes: Number(option('checkpoint-mb', String(KUZU_DEFAULTS.checkpointThresholdBytes / mib))) * mib,
    statementCache: Number(option('statement-cache', String(KUZU_DEFAULTS.statementCache))),
    bufferPoolBytes: Number(option('buffer-mb', String(KUZU_DEFAULTS.bufferPoolBytes / mib))) * mib,
  };
}

async function run(items: Item[], batch: number, keep: boolean): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'polgraph-save-'));
  const store = new KuzuStore(dir, settings());
  await store.init();
  try {
    const started = process.hrtime.bigint();
    const cpu = process.cpuUsage();
    const outcomes = await saveAll(store, dir, items, batch, Number(option('every', '0')));
    const s = secondsSince(started);
    const used = process.cpuUsage(cpu);
    const cpuSeconds = (used.user + used.system) / 1e6;
    const counts = await store.counts();
    console.log(
      `batch ${String(batch).padStart(3)}: ${items.length} articles in ${s.toFixed(1)} s = ${(items.length / s).toFixed(0)} articles/s, ` +
        `${(items.length / cpuSeconds).toFixed(0)} per CPU-second (CPU ${((100 * cpuSeconds) / s).toFixed(0)}% of the wall time: ` +
        'on a busy machine the first rate is what we got, the second what one free core gives), ' +
        `RSS ${mb(process.memoryUsage().rss)} MB (peak ${mb(process.resourceUsage().maxRSS * 1024)} MB); ` +
        `created ${outcomes.created}, unchanged ${outcomes.unchanged}; nodes ${JSON.stringify(counts)}`,
    );
    const { db, wal } = diskMb(dir);
    console.log(`           on disk: file ${db.toFixed(0)} MB + WAL ${wal.toFixed(0)} MB = ${((1000 * (db + wal)) / items.length).toFixed(1)} MB per 1,000 articles`);
    console.log(`           ${await reads(store, items)}`);
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
  const items = extractAll(articles, seed);
  for (const batch of batches) await run(items, batch, process.argv.includes('--keep'));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
