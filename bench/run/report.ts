import type { LoadResult } from '../http/load';
import type { BuildStats } from './build-graph';
import { mb } from './build-graph';
import type { LatencySummary } from './stats';

export interface DirectResult { latency: LatencySummary; rps: number }

export interface OperationReport {
  name: string;
  group: 'contract' | 'analyst';
  variableSets: number;
  http: LoadResult[];
  direct: DirectResult | null;
  /** The same operation through the server's Apollo in process (executeOperation): GraphQL without HTTP. */
  inProcess: DirectResult | null;
  /** In-process GraphQL p50 over direct p50: what the GraphQL layer costs. */
  ratioInProcessP50: number | null;
  /** HTTP p50 at concurrency 1 over direct p50: GraphQL with the socket, Express and JSON. */
  ratioP50: number | null;
  skipped?: string;
}

export interface BenchReport {
  generatedAt: string;
  machine: { cpus: number; node: string; platform: string; totalMemBytes: number; loadAverage: { start: number; http: number; end: number } };
  settings: { articles: number; seed: number; secondsPerRun: number; concurrency: number[]; reusedData: boolean; dataDir: string };
  extraction: { articles: number; perSecond: number; latency: LatencySummary };
  build: BuildStats;
  store: { bytes: number; counts: Record<string, number> | null };
  server: {
    startSeconds: number;
    peakRssBytes: number | null;
    /** Where the server's reads came from during the runs ('ready': the read model), and when it was loaded. */
    readModel: string;
    readModelSeconds: number;
    rssAfterLoadBytes: number | null;
    /** How the server ended after SIGTERM: seconds to exit, and how ('exit 0', or the signal that ended it). */
    stop?: { seconds: number; how: string };
  };
  operations: OperationReport[];
  ingestHttp: Array<{ label: string; result: LoadResult }>;
  targets: Array<{ target: string; value: string; pass: boolean }>;
}

const pad = (s: string | number, n: number, right = false) => (right ? String(s).padEnd(n) : String(s).padStart(n));
const fmt = (x: number | null | undefined, d = 1) => (x === null || x === undefined || Number.isNaN(x) ? '-' : x.toFixed(d));

/** Pass/fail lines for the issue's targets. */
export function judgeTargets(r: Omit<BenchReport, 'targets'>): BenchReport['targets'] {
  const out: BenchReport['targets'] = [];
  for (const o of r.operations.filter((x) => x.group === 'contract' && !x.skipped)) {
    const c16 = o.http.find((h) => h.connections === 16);
    if (c16) out.push({ target: `${o.name}: p99 <= 50 ms at concurrency 16`, value: `${fmt(c16.latency.p99)} ms`, pass: c16.latency.p99 <= 50 });
  }
  for (const o of r.operations.filter((x) => x.ratioInProcessP50 !== null && x.ratioInProcessP50 !== undefined)) {
    out.push({ target: `${o.name}: GraphQL in process <= 1.5x direct at p50`, value: `${fmt(o.ratioInProcessP50, 2)}x`, pass: (o.ratioInProcessP50 ?? Infinity) <= 1.5 });
  }
  for (const o of r.operations.filter((x) => x.ratioP50 !== null)) {
    out.push({ target: `${o.name}: GraphQL over HTTP <= 1.5x direct at p50`, value: `${fmt(o.ratioP50, 2)}x`, pass: (o.ratioP50 ?? Infinity) <= 1.5 });
  }
  out.push({ target: 'every article of the corpus saved', value: `${r.build.failed ?? 0} failed`, pass: !r.build.failed });
  out.push({ target: 'ingestion >= 200 articles/s (embedded, in process)', value: `${fmt(r.build.ingestPerSecond)} /s`, pass: r.build.ingestPerSecond >= 200 });
  for (const i of r.ingestHttp) {
    out.push({ target: `IngestArticle over HTTP, ${i.label}: errors`, value: String(i.result.errors + i.result.non2xx + i.result.graphqlErrors), pass: i.result.errors + i.result.non2xx + i.result.graphqlErrors === 0 });
  }
  return out;
}

/** The report as a table for the terminal. */
export function formatReport(r: BenchReport): string {
  const lines: string[] = [];
  const b = r.build;
  lines.push(`vn-polgraph bench: ${r.settings.articles} articles, seed ${r.settings.seed}${r.settings.reusedData ? ' (reused data folder)' : ''}`);
  lines.push(`machine: ${r.machine.cpus} CPUs, node ${r.machine.node}, ${mb(r.machine.totalMemBytes)} MB RAM; load average ${r.machine.loadAverage.start} at start, ${r.machine.loadAverage.http} before HTTP, ${r.machine.loadAverage.end} at end (other work on the machine slows every figure)`);
  lines.push('');
  lines.push(`extraction      ${fmt(r.extraction.perSecond)} articles/s (extractArticle alone, ${r.extraction.articles} articles; p50 ${fmt(r.extraction.latency.p50, 2)} ms, p99 ${fmt(r.extraction.latency.p99, 2)} ms)`);
  lines.push(`ingestion       ${fmt(b.ingestPerSecond)} articles/s end to end (extract + save), saving alone ${fmt(b.savePerSecond)}/s; ${b.articles} articles in ${fmt(b.seconds)} s, ${b.batch ?? 1} per save transaction` +
    (b.kuzu ? `; Kùzu buffer pool ${b.kuzu.bufferPoolMb} MB, checkpoint at ${b.kuzu.checkpointMb} MB of WAL` : ''));
  if (b.failed) lines.push(`save failures   ${b.failed} articles not saved; first: ${b.failures[0]}`);
  lines.push(`store on disk   ${mb(r.store.bytes)} MB for ${mb(b.corpusBytes)} MB of text`);
  if (r.store.counts) lines.push(`graph           ${Object.entries(r.store.counts).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  lines.push(`peak RSS        build ${mb(b.peakRssBytes)} MB; server ${r.server.peakRssBytes ? mb(r.server.peakRssBytes) : '-'} MB (ready in ${fmt(r.server.startSeconds)} s)`);
  if (r.server.stop) lines.push(`server stop     ${r.server.stop.how} after ${fmt(r.server.stop.seconds)} s (closing the store checkpoints the WAL)`);
  lines.push(`read model      ${r.server.readModel ?? 'off'}${r.server.readModel === 'ready' ? ` after ${fmt(r.server.readModelSeconds)} s, server RSS then ${r.server.rssAfterLoadBytes ? mb(r.server.rssAfterLoadBytes) : '-'} MB` : ''}`);
  lines.push('');
  lines.push(`${pad('operation', 17, true)}${pad('conc', 5)}${pad('req/s', 9)}${pad('p50', 8)}${pad('p95', 8)}${pad('p99', 8)}${pad('errors', 8)} | ${pad('direct p50', 10)}${pad('p95', 8)}${pad('p99', 8)} | ${pad('in-proc p50', 11)}${pad('p99', 8)} | p50 ratio in-proc, HTTP`);
  for (const o of r.operations) {
    if (o.skipped) {
      lines.push(`${pad(o.name, 17, true)} skipped: ${o.skipped}`);
      continue;
    }
    o.http.forEach((h, i) => {
      const errors = h.errors + h.non2xx + h.graphqlErrors;
      const inProc = o.inProcess ? `${pad(fmt(o.inProcess.latency.p50, 2), 11)}${pad(fmt(o.inProcess.latency.p99, 2), 8)}` : pad('-', 19);
      const direct = i === 0 && o.direct ? ` | ${pad(fmt(o.direct.latency.p50, 2), 10)}${pad(fmt(o.direct.latency.p95, 2), 8)}${pad(fmt(o.direct.latency.p99, 2), 8)} | ${inProc} | ${fmt(o.ratioInProcessP50, 2)}x, ${fmt(o.ratioP50, 2)}x` : '';
      lines.push(`${pad(i === 0 ? o.name : '', 17, true)}${pad(h.connections, 5)}${pad(fmt(h.rps), 9)}${pad(fmt(h.latency.p50, 2), 8)}${pad(fmt(h.latency.p95, 2), 8)}${pad(fmt(h.latency.p99, 2), 8)}${pad(errors, 8)}${direct}`);
    });
  }
  for (const i of r.ingestHttp) {
    const h = i.result;
    lines.push(`${pad(`Ingest ${i.label}`, 17, true)}${pad(h.connections, 5)}${pad(fmt(h.rps), 9)}${pad(fmt(h.latency.p50, 2), 8)}${pad(fmt(h.latency.p95, 2), 8)}${pad(fmt(h.latency.p99, 2), 8)}${pad(h.errors + h.non2xx + h.graphqlErrors, 8)}`);
  }
  lines.push('', 'latencies in ms; errors = transport errors + non-2xx + answers carrying GraphQL errors', '');
  for (const t of r.targets) lines.push(`${t.pass ? 'PASS' : 'FAIL'}  ${t.target}: ${t.value}`);
  return lines.join('\n');
}
