import { join } from 'node:path';
import { KuzuRunner } from '../../src/store/kuzu/kuzu-runner';
import { KuzuStore } from '../../src/store/kuzu/kuzu-store';
import type { CypherQuery } from '../../src/store/cypher/query';
import { benchOperations, readContract } from '../http/operations';
import { readBuild } from './build-graph';
import { DIRECT } from './direct-ops';
import { round } from './stats';
import { resolveVars } from './variables';

/**
 * `ts-node --transpile-only bench/run/profile-reads.ts DATA_DIR [ARTICLES] [ROUNDS]`
 *
 * Opens a built bench folder (not a copy in use: one process at a time) and
 * runs each read operation's direct store calls ROUNDS times, timing every
 * statement the store sends: count and milliseconds per statement shape, so
 * the slow shapes stand out. Read-only use of the folder.
 */
async function main(): Promise<void> {
  const [dir, articles = '10000', rounds = '20'] = process.argv.slice(2);
  if (!dir) throw new Error('usage: profile-reads.ts DATA_DIR [ARTICLES] [ROUNDS]');
  const built = readBuild(dir, Number(articles), 1);
  if (!built) throw new Error(`no complete build of ${articles} articles in ${dir}`);
  const store = new KuzuStore(join(dir));
  await store.init();
  const timings = new Map<string, number[]>();
  const original = KuzuRunner.prototype.run;
  KuzuRunner.prototype.run = async function timed(this: KuzuRunner, q: CypherQuery) {
    const t = process.hrtime.bigint();
    try {
      return await original.call(this, q);
    } finally {
      const key = q.cypher.replace(/\s+/g, ' ').slice(0, 160);
      const list = timings.get(key) ?? [];
      list.push(Number(process.hrtime.bigint() - t) / 1e6);
      timings.set(key, list);
    }
  };
  try {
    const vars = await resolveVars(store, built.sample, 1);
    for (const op of benchOperations(readContract(), vars)) {
      const n = Math.min(Number(rounds), Math.floor(op.variables.length / 2));
      for (let i = 0; i < n; i++) await DIRECT[op.name](store, op.variables[n + i]); // warm-up: statements prepared on every reader
      timings.clear();
      const t = process.hrtime.bigint();
      for (let i = 0; i < n; i++) await DIRECT[op.name](store, op.variables[i]);
      const total = Number(process.hrtime.bigint() - t) / 1e6 / n;
      const statements = [...timings.values()].reduce((sum, v) => sum + v.length, 0) / n;
      process.stdout.write(`\n${op.name}: ${round(total)} ms per call over ${n} calls, ${round(statements)} statements a call\n`);
      const rows = [...timings].map(([k, v]) => ({ k, calls: v.length / n, ms: v.reduce((s, x) => s + x, 0) / n, max: Math.max(...v) }));
      for (const r of rows.sort((a, b) => b.ms - a.ms)) {
        process.stdout.write(`  ${round(r.ms).toFixed(2).padStart(8)} ms  ${r.calls.toFixed(1).padStart(4)}x  max ${round(r.max).toFixed(1).padStart(7)}  ${r.k}\n`);
      }
    }
  } finally {
    KuzuRunner.prototype.run = original;
    await store.close();
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
