/**
 * End-to-end ingestion benchmark: generates a corpus of ~5 KB local-news
 * articles (bench/corpus, deterministic), then runs the real command
 * `node dist/cli/main.js ingest corpus.jsonl` into a fresh embedded store,
 * sampling the child's resident memory every second. Also times extraction
 * alone in this process, so the store's share of each article is visible.
 *
 *   npm run build && npx tsc -p bench/tsconfig.ingest.json && node bench/out/build/bench/ingest.js --articles 2000
 *
 * Options: --articles N (2000), --seed S (1), --rerun (ingest again: the
 * all-unchanged pass), --keep (leave the store), --cli PATH (dist/cli/main.js),
 * --skip-store (only the pipeline without a store: reading, checking, extraction),
 * --group-size N (articles per transaction, passed to the CLI; 1000, the CLI's default).
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { generateCorpus } from './corpus/generate';
import { DEFAULT_GROUP_SIZE } from '../src/cli/ingest-command';
import { extractArticle } from '../src/extraction/extract-article';
import { parseArticleInput } from '../src/ingest/article-input';
import type { ArticleSink } from '../src/ingest/batch/article-sink';
import { jsonlFileSource } from '../src/ingest/batch/jsonl-source';
import { runBatch } from '../src/ingest/batch/run-batch';

/** The project folder: the nearest one above with a package.json (this file runs from bench/out/build/bench). */
const ROOT = ((): string => {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
})();
const OUT = join(ROOT, 'bench/out');

interface Options { articles: number; seed: number; rerun: boolean; keep: boolean; skipStore: boolean; cli: string; groupSize: string }
interface Sample { seconds: number; done: number; rssMb: number; heapMb?: number }
interface RunResult { seconds: number; summary: Record<string, unknown>; samples: Sample[] }

function parseOptions(argv: string[]): Options {
  const value = (name: string): string | undefined => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  return {
    articles: Number(value('articles') ?? 2000),
    seed: Number(value('seed') ?? 1),
    rerun: argv.includes('--rerun'),
    keep: argv.includes('--keep'),
    skipStore: argv.includes('--skip-store'),
    groupSize: value('group-size') ?? String(DEFAULT_GROUP_SIZE),
    cli: resolve(value('cli') ?? join(ROOT, 'dist/cli/main.js')),
  };
}

/** Writes the corpus as JSONL once per (articles, seed); returns its path and mean size. */
async function ensureCorpus(o: Options): Promise<{ path: string; meanBytes: number }> {
  mkdirSync(OUT, { recursive: true });
  const path = join(OUT, `ingest-corpus-${o.articles}-${o.seed}.jsonl`);
  const sizePath = `${path}.bytes`;
  if (existsSync(path) && existsSync(sizePath)) return { path, meanBytes: Number(readFileSync(sizePath, 'utf8')) };
  const stream = createWriteStream(path);
  let bytes = 0;
  for (const a of generateCorpus({ articles: o.articles, seed: o.seed })) {
    bytes += Buffer.byteLength(a.text);
    const line = `${JSON.stringify({ text: a.text, ...a.meta })}\n`;
    if (!stream.write(line)) await new Promise<void>((r) => stream.once('drain', () => r()));
  }
  await new Promise<void>((r) => stream.end(() => r()));
  writeFileSync(sizePath, String(Math.round(bytes / o.articles)));
  return { path, meanBytes: Math.round(bytes / o.articles) };
}

/** Extraction alone, in this process, over the first articles (read by streaming): milliseconds per article. */
async function timeExtraction(path: string, count: number): Promise<number> {
  const records: Array<{ text: string; url: string | null; title: string | null; publishedAt: string | null }> = [];
  for await (const item of jsonlFileSource(path).items()) {
    records.push(item.raw as (typeof records)[number]);
    if (records.length >= count) break;
  }
  for (const r of records.slice(0, 20)) extractArticle(r.text, r); // warm up the JIT
  const started = process.hrtime.bigint();
  for (const r of records) extractArticle(r.text, r);
  return Number(process.hrtime.bigint() - started) / 1e6 / records.length;
}

/**
 * The batch pipeline without a store, in this process: JSONL read, checked
 * and extracted article by article through runBatch, with memory sampled.
 * Shows what the batch side costs and that it holds one article at a time.
 */
async function runPipelineOnly(o: Options, corpus: string): Promise<RunResult> {
  const extractOnly: ArticleSink = {
    description: 'no store',
    ingest: async (raw) => {
      const input = parseArticleInput(raw);
      const facts = extractArticle(input.text, input);
      return { articleId: facts.article.id, outcome: 'created', factCounts: { persons: facts.persons.length } };
    },
  };
  const samples: Sample[] = [];
  const started = Date.now();
  let lastSample = 0;
  const tally = await runBatch(jsonlFileSource(corpus).items(), extractOnly, {
    listener: {
      onProgress: (t) => {
        if (t.elapsedMs - lastSample < 1000) return;
        lastSample = t.elapsedMs;
        samples.push({ seconds: t.elapsedMs / 1000, done: t.done, rssMb: Math.round(process.memoryUsage().rss / 1048576) });
      },
    },
  });
  return { seconds: (Date.now() - started) / 1000, summary: tally as unknown as Record<string, unknown>, samples };
}

/** The resident set size of a process in MB, from /proc (Linux). */
function rssMb(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Math.round(Number(m[1]) / 1024) : NaN;
  } catch {
    return NaN;
  }
}

/** Runs the real CLI, sampling its memory and progress every second. */
function runCli(o: Options, corpus: string, dataDir: string): Promise<RunResult> {
  return new Promise((resolvePromise, reject) => {
    const started = Date.now();
    const child = spawn(process.execPath, [o.cli, 'ingest', corpus, '--data-dir', dataDir, '--json', '--progress-interval', '1000', '--group-size', o.groupSize]);
    const samples: Sample[] = [];
    let done = 0;
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
    let heapMb: number | undefined;
    child.stderr.setEncoding('utf8').on('data', (c: string) => {
      stderr += c;
      for (const m of c.matchAll(/ingest: (\d+)/g)) done = Number(m[1]);
      for (const m of c.matchAll(/heap (\d+) MB/g)) heapMb = Number(m[1]);
    });
    const timer = setInterval(() => samples.push({ seconds: (Date.now() - started) / 1000, done, rssMb: rssMb(child.pid!), heapMb }), 1000);
    child.on('exit', (code) => {
      clearInterval(timer);
      if (code !== 0) return reject(new Error(`ingest exited ${code}:\n${stderr.slice(-2000)}`));
      resolvePromise({ seconds: (Date.now() - started) / 1000, summary: JSON.parse(stdout) as Record<string, unknown>, samples });
    });
  });
}

function report(label: string, o: Options, run: RunResult): Record<string, unknown> {
  const elapsedMs = Number(run.summary.elapsedMs);
  const rate = (o.articles * 1000) / elapsedMs;
  const rss = run.samples.map((s) => s.rssMb).filter((n) => !Number.isNaN(n));
  console.log(`\n${label}: ${o.articles} articles in ${(elapsedMs / 1000).toFixed(1)} s of batch (${run.seconds.toFixed(1)} s with start-up): ${rate.toFixed(1)} articles/s`);
  console.log(`  outcomes ${JSON.stringify(run.summary.outcomes)}, failed ${String(run.summary.failed)}`);
  const heaps = run.samples.map((s) => s.heapMb).filter((n): n is number => n !== undefined);
  console.log(`  RSS MB: min ${Math.min(...rss)}, max ${Math.max(...rss)}${heaps.length ? `; JS heap MB: min ${Math.min(...heaps)}, max ${Math.max(...heaps)}` : ''}; over time (s: done, RSS MB${heaps.length ? ', heap MB' : ''}):`);
  const step = Math.max(1, Math.ceil(run.samples.length / 12));
  console.log(`  ${run.samples.filter((_, i) => i % step === 0).map((s) => `${s.seconds.toFixed(0)}s: ${s.done}, ${s.rssMb}${s.heapMb !== undefined ? `, ${s.heapMb}` : ''}`).join(' | ')}`);
  return { articlesPerSecond: rate, batchSeconds: elapsedMs / 1000, wallSeconds: run.seconds, rssMinMb: Math.min(...rss), rssMaxMb: Math.max(...rss), samples: run.samples, summary: run.summary };
}

async function main(): Promise<void> {
  const o = parseOptions(process.argv.slice(2));
  if (!existsSync(o.cli)) throw new Error(`no CLI at ${o.cli}: run npm run build first`);
  const corpus = await ensureCorpus(o);
  const extractMs = await timeExtraction(corpus.path, Math.min(200, o.articles));
  console.log(`corpus: ${o.articles} articles, mean ${corpus.meanBytes} bytes (${corpus.path})`);
  console.log(`extraction alone: ${extractMs.toFixed(2)} ms/article (${(1000 / extractMs).toFixed(0)} articles/s on one core)`);
  const results: Record<string, unknown> = { articles: o.articles, seed: o.seed, groupSize: o.groupSize, meanBytes: corpus.meanBytes, extractMsPerArticle: extractMs };
  results.pipelineOnly = report('batch pipeline without a store (read, check, extract; in process)', o, await runPipelineOnly(o, corpus.path));
  if (o.skipStore) return writeResults(o, results);
  const dataDir = mkdtempSync(join(tmpdir(), 'vnpg-bench-'));
  try {
    const first = await runCli(o, corpus.path, dataDir);
    results.first = report('first run (all new)', o, first);
    const perArticleMs = Number(first.summary.elapsedMs) / o.articles;
    console.log(`  per article: ${perArticleMs.toFixed(1)} ms, of which extraction ~${extractMs.toFixed(1)} ms; the rest is reading, validation and the store's transaction`);
    if (o.rerun) results.rerun = report('second run (all unchanged)', o, await runCli(o, corpus.path, dataDir));
    writeResults(o, results);
    if (o.keep) console.log(`store kept in ${dataDir}`);
  } finally {
    if (!o.keep) rmSync(dataDir, { recursive: true, force: true });
  }
}

function writeResults(o: Options, results: Record<string, unknown>): void {
  const file = join(OUT, `ingest-${o.articles}-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, JSON.stringify(results, null, 2));
  console.log(`\nresults: ${file}`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 2;
});
