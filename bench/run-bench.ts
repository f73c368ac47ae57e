import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_GROUP_SIZE } from '../src/cli/ingest-command';
import { createStore } from '../src/store/create-store';
import type { KuzuStore } from '../src/store/kuzu/kuzu-store';
import { readKuzuEnv, resolveKuzuSettings } from '../src/store/kuzu/kuzu-settings';
import { generateArticle } from './corpus/generate';
import { Population } from './corpus/people';
import { shapeFor, World } from './corpus/world';
import { runLoad } from './http/load';
import { type BenchOperation, benchOperations, readContract, requestBody } from './http/operations';
import { type ServerProcess, startServerProcess } from './http/server-process';
import { buildGraph, dataDirFor, folderBytes, readBuild, saveBuild } from './run/build-graph';
import { DIRECT } from './run/direct-ops';
import { type BenchReport, formatReport, judgeTargets, type OperationReport } from './run/report';
import { round } from './run/stats';
import { measureInProcess, startInProcessGraphQL } from './run/in-process';
import { measureDirect, measureExtraction } from './run/timing';
import { resolveVars } from './run/variables';

/**
 * `npm run bench [-- --articles 100000 --seed 1 --seconds 5 --concurrency 1,16,64 --batch 1000 --rebuild]`
 *
 * Builds (or reuses) the graph of a generated corpus under bench/out/, times
 * extraction, ingestion and every read operation in process and over HTTP
 * against the real server in a child process, then writes
 * bench/out/report.json and prints a table. Loopback only; every loop is bounded.
 */
interface Options {
  articles: number; seed: number; seconds: number; concurrency: number[]; rebuild: boolean; out: string;
  extractSample: number; ingestRequests: number; batch: number;
  /** A built folder to read instead of out/data-N-S (never rebuilt or written by the reads). */
  data: string | null;
  /** Reads only: no extraction timing, no IngestArticle over HTTP (which would write to the folder). */
  readsOnly: boolean;
  /** Only these operations (by name); all when empty. */
  ops: string[];
}

function parseArgs(argv: string[]): Options {
  const get = (name: string, fallback: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1] : fallback;
  };
  const int = (name: string, fallback: number) => {
    const n = Number(get(name, String(fallback)));
    if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} must be a whole number`);
    return n;
  };
  return {
    articles: Math.max(1, int('articles', 10_000)),
    seed: int('seed', 1),
    seconds: Math.max(1, int('seconds', 5)),
    concurrency: get('concurrency', '1,16,64').split(',').map(Number).filter((n) => n > 0),
    rebuild: argv.includes('--rebuild'),
    out: get('out', join(__dirname, 'out')),
    extractSample: int('extract-sample', 5000),
    ingestRequests: int('ingest-requests', 200),
    batch: Math.max(1, int('batch', DEFAULT_GROUP_SIZE)),
    data: get('data', '') || null,
    readsOnly: argv.includes('--reads-only'),
    ops: get('ops', '').split(',').filter((x) => x !== ''),
  };
}

const say = (line: string) => process.stderr.write(`${line}\n`);
const TOKEN = 'bench-token';
/** How long the server may take to close its store after SIGTERM before it is killed. */
const STOP_GRACE_MS = 300_000;

async function main(): Promise<void> {
  const o = parseArgs(process.argv.slice(2));
  const loadStart = round(loadavg()[0], 1);
  mkdirSync(o.out, { recursive: true });
  const dir = o.data ?? dataDirFor(o.out, o.articles, o.seed);
  let built = o.rebuild ? null : readBuild(dir, o.articles, o.seed);
  const reusedData = built !== null;
  if (!built && o.data) throw new Error(`--data ${o.data} holds no complete build of ${o.articles} articles, seed ${o.seed}`);
  if (!built && existsSync(dir)) rmSync(dir, { recursive: true, force: true }); // an unfinished or other build

  const sample = o.readsOnly ? 0 : o.extractSample;
  say(`extraction: timing extractArticle on ${Math.min(sample, o.articles)} articles`);
  const extraction = measureExtraction(o.articles, o.seed, sample);

  const kuzu = resolveKuzuSettings(readKuzuEnv(process.env)); // as the server reads the environment
  // The direct reads go through the store as the server has it: with its read model unless READ_MODEL=false.
  const readModel = !/^(false|0|no)$/i.test(process.env.READ_MODEL ?? 'true');
  let store = await createStore({ backend: 'embedded', dataDir: dir, kuzu });
  let report: Omit<BenchReport, 'targets'>;
  let ops: BenchOperation[];
  const operations: OperationReport[] = [];
  try {
    if (!built) {
      say(`building the graph of ${o.articles} articles (seed ${o.seed}, ${o.batch} per save) in ${dir}`);
      built = await buildGraph(store, dir, o.articles, o.seed, o.batch, say);
      built.stats.kuzu = { bufferPoolMb: round(kuzu.bufferPoolBytes / 1048576, 0), checkpointMb: round(kuzu.checkpointThresholdBytes / 1048576, 0) };
    } else say(`reusing ${dir} (built ${built.stats.builtAt})`);
    if (readModel) {
      await store.close();
      store = await createStore({ backend: 'embedded', dataDir: dir, kuzu, readModel });
      say('direct: loading the read model');
      await (store as KuzuStore).whenReadModelLoaded();
    }
    const counts = await store.counts();
    const vars = await resolveVars(store, built.sample, o.seed);
    ops = benchOperations(readContract(), vars).filter((op) => o.ops.length === 0 || o.ops.includes(op.name));
    const apollo = await startInProcessGraphQL();
    for (const op of ops) {
      say(`direct: ${op.name} (${op.variables.length} variable sets)`);
      const direct = await measureDirect(store, DIRECT[op.name], op.variables, o.seconds).catch((e: unknown) => {
        say(`  direct ${op.name} failed: ${String(e)}`);
        return null;
      });
      say(`in process: ${op.name}`);
      const inProcess = await measureInProcess(apollo, store, op, o.seconds).catch((e: unknown) => {
        say(`  in process ${op.name} failed: ${String(e)}`);
        return null;
      });
      const ratio = direct && inProcess && direct.latency.p50 > 0 ? round(inProcess.latency.p50 / direct.latency.p50, 2) : null;
      operations.push({ name: op.name, group: op.group, variableSets: op.variables.length, http: [], direct, inProcess, ratioInProcessP50: ratio, ratioP50: null });
    }
    await apollo.stop();
    report = {
      generatedAt: new Date().toISOString(),
      machine: { cpus: cpus().length, node: process.version, platform: process.platform, totalMemBytes: totalmem(), loadAverage: { start: loadStart, http: 0, end: 0 } },
      settings: { articles: o.articles, seed: o.seed, secondsPerRun: o.seconds, concurrency: o.concurrency, reusedData, dataDir: dir },
      extraction,
      build: built.stats,
      store: { bytes: 0, counts },
      server: { startSeconds: 0, peakRssBytes: null, readModel: 'off', readModelSeconds: 0, rssAfterLoadBytes: null },
      operations,
      ingestHttp: [],
    };
  } finally {
    await store.close();
  }
  if (!reusedData) {
    built.stats.storeBytes = folderBytes(dir);
    saveBuild(dir, built.stats, built.sample);
  }
  report.store.bytes = folderBytes(dir);

  // The direct phase's read model (a gigabyte at 100k articles) is garbage now; collected here, not by a
  // full collection in the middle of an HTTP run, where it would pause the load generator and show as latency.
  (globalThis as { gc?: () => void }).gc?.();
  report.machine.loadAverage.http = round(loadavg()[0], 1);
  const started = Date.now();
  const server = await startServerProcess({ DATA_DIR: dir, GRAPH_BACKEND: 'embedded', API_TOKEN: TOKEN, NODE_ENV: 'production' });
  report.server.startSeconds = round((Date.now() - started) / 1000, 1);
  say(`server ready in ${report.server.startSeconds} s; waiting for its read model`);
  report.server.readModel = await server.readModel();
  report.server.readModelSeconds = round((Date.now() - started) / 1000, 1);
  report.server.rssAfterLoadBytes = server.rss();
  say(`read model ${report.server.readModel} after ${report.server.readModelSeconds} s`);
  try {
    for (const [i, op] of ops.entries()) {
      await measureHttp(server, op, operations[i], o).catch((e: unknown) => {
        operations[i].skipped = `failed: ${String(e)}`;
        say(`http: ${op.name} failed: ${String(e)}`);
      });
    }
    report.ingestHttp = o.readsOnly ? [] : await measureIngest(server, o, dir).catch((e: unknown) => {
      say(`http: IngestArticle failed: ${String(e)}`);
      return [];
    });
    report.server.peakRssBytes = server.peakRss();
  } finally {
    // Closing Kùzu checkpoints the WAL the HTTP ingests left: tens of seconds on the 100,000-article graph.
    // Killed meanwhile, the folder would have to replay its WAL at the next open (see README).
    const stopping = Date.now();
    await server.stop(STOP_GRACE_MS);
    const { exitCode, signalCode } = server.child;
    report.server.stop = { seconds: round((Date.now() - stopping) / 1000, 1), how: signalCode ? `killed (${signalCode})` : `exit ${exitCode}` };
    writeFileSync(join(o.out, 'server.log'), server.output()); // the server's warnings and errors, for failed requests
  }
  report.machine.loadAverage.end = round(loadavg()[0], 1);
  const full: BenchReport = { ...report, targets: judgeTargets(report) };
  writeFileSync(join(o.out, 'report.json'), `${JSON.stringify(full, null, 2)}\n`);
  process.stdout.write(`${formatReport(full)}\n\nwritten ${join(o.out, 'report.json')}\n`);
}

/** Checks the operation answers without errors, then loads it at each concurrency. */
async function measureHttp(server: ServerProcess, op: BenchOperation, out: OperationReport, o: Options): Promise<void> {
  const bodies = op.variables.map((v) => requestBody(op, v));
  const problem = await preflight(server.url, bodies.slice(0, 3));
  if (problem) {
    out.skipped = problem;
    say(`http: ${op.name} skipped: ${problem}`);
    return;
  }
  for (const c of o.concurrency) {
    await settle(server.url);
    say(`http: ${op.name} at concurrency ${c} for ${o.seconds} s`);
    out.http.push(await runLoad({ url: server.url, bodies, connections: c, seconds: o.seconds }));
  }
  const c1 = out.http.find((h) => h.connections === 1);
  if (c1 && out.direct && out.direct.latency.p50 > 0) out.ratioP50 = round(c1.latency.p50 / out.direct.latency.p50, 2);
}

/**
 * Waits (60 s at most) until a one-lookup read answers within 200 ms: the
 * requests a run at concurrency 64 left queued in the server must not land
 * in the next operation's figures or time out its first request.
 */
async function settle(url: string): Promise<void> {
  const body = JSON.stringify({ query: '{ node(id: "bench-settle") { __typename } }' });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const started = Date.now();
    await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body }).then((r) => r.text()).catch(() => '');
    if (Date.now() - started < 200) return;
    await new Promise((r) => setTimeout(r, 500));
  }
}

async function preflight(url: string, bodies: string[]): Promise<string | null> {
  await settle(url);
  for (const body of bodies) {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const text = await res.text();
    if (res.status !== 200 || text.includes('"errors"')) return `HTTP ${res.status}: ${text.slice(0, 300)}`;
  }
  return null;
}

/**
 * IngestArticle over HTTP: new articles (indices past the corpus, never sent
 * before to this folder) one client at a time and sixteen at once, then the
 * same articles again (the unchanged path).
 */
async function measureIngest(server: ServerProcess, o: Options, dir: string): Promise<BenchReport['ingestHttp']> {
  const mutation = readContract().get('IngestArticle');
  if (!mutation || o.ingestRequests === 0) return [];
  const extraFile = join(dir, 'bench-extra.json');
  const extra = existsSync(extraFile) ? (JSON.parse(readFileSync(extraFile, 'utf8')) as { sent: number }).sent : 0;
  const world = new World(o.seed, shapeFor(o.articles));
  const pop = new Population(world);
  const bodiesFrom = (first: number, count: number) => Array.from({ length: count }, (_, k) => {
    const a = generateArticle(world, pop, o.articles + first + k);
    return JSON.stringify({ query: mutation, variables: { input: { text: a.text, ...a.meta } } });
  });
  const n = o.ingestRequests;
  const headers = { authorization: `Bearer ${TOKEN}` };
  const single = bodiesFrom(extra, n);
  const many = bodiesFrom(extra + n, n);
  writeFileSync(extraFile, JSON.stringify({ sent: extra + 2 * n }));
  const out: BenchReport['ingestHttp'] = [];
  say(`http: IngestArticle, ${n} new articles at concurrency 1, ${n} at 16, then ${n} repeated`);
  out.push({ label: 'new', result: await runLoad({ url: server.url, bodies: single, connections: 1, seconds: 600, amount: n, headers }) });
  out.push({ label: 'new', result: await runLoad({ url: server.url, bodies: many, connections: 16, seconds: 600, amount: n, headers }) });
  out.push({ label: 'repeat', result: await runLoad({ url: server.url, bodies: many, connections: 16, seconds: 600, amount: n, headers }) });
  return out;
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
