import { KuzuStore } from '../../src/store/kuzu/kuzu-store';
import { benchOperations, readContract } from '../http/operations';
import { readBuild } from './build-graph';
import { DIRECT } from './direct-ops';
import { msSince, summarize } from './stats';
import { resolveVars } from './variables';

/**
 * `ts-node --transpile-only bench/run/direct-load.ts DATA_DIR ARTICLES OP CONCURRENCY READERS [SECONDS]`
 *
 * One operation's direct store calls from CONCURRENCY loops at once for
 * SECONDS, on a store with READERS reader connections: the store's own
 * throughput and latency under load, without HTTP or GraphQL.
 */
async function main(): Promise<void> {
  const [dir, articles, name, conc, readers, seconds = '8'] = process.argv.slice(2);
  const built = readBuild(dir, Number(articles), 1);
  if (!built) throw new Error(`no complete build in ${dir}`);
  const store = new KuzuStore(dir, { readers: Number(readers) });
  await store.init();
  try {
    const op = benchOperations(readContract(), await resolveVars(store, built.sample, 1)).find((o) => o.name === name);
    if (!op) throw new Error(`no operation ${name}`);
    let next = 0;
    const call = () => DIRECT[name](store, op.variables[next++ % op.variables.length]);
    for (let i = 0; i < op.variables.length; i++) await call(); // every statement prepared once
    await Promise.all(Array.from({ length: Number(readers) }, async () => { for (let i = 0; i < 20; i++) await call(); }));
    const times: number[] = [];
    const started = process.hrtime.bigint();
    await Promise.all(Array.from({ length: Number(conc) }, async () => {
      while (msSince(started) < Number(seconds) * 1000) {
        const t = process.hrtime.bigint();
        await call();
        times.push(msSince(t));
      }
    }));
    const s = summarize(times);
    process.stdout.write(`${name} c${conc} readers ${readers}: ${(times.length / Number(seconds)).toFixed(1)}/s p50 ${s.p50} p95 ${s.p95} p99 ${s.p99}\n`);
  } finally {
    await store.close();
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
