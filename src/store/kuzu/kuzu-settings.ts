import { totalmem } from 'node:os';
import { z } from 'zod';

/** How the embedded database is opened; the defaults suit a server and bulk ingestion alike. */
export interface KuzuSettings {
  /** Buffer pool bytes: everything Kùzu keeps in memory (cached pages, data not yet checkpointed, a checkpoint's work). */
  bufferPoolBytes: number;
  /** WAL bytes after which the store checkpoints (writes the WAL into the database file) after a commit. */
  checkpointThresholdBytes: number;
  /** Prepared statements kept per connection (0: prepare every statement afresh). */
  statementCache: number;
  /**
   * Reader connections beside the writer: reads run on them side by side
   * and never wait behind a write transaction. 0 runs everything on the
   * writer, one statement at a time. Default 4.
   */
  readers?: number;
}

const MIB = 1024 * 1024;

/** The memory this process may use: the machine's, or the container's limit when lower. */
export function machineMemoryBytes(): number {
  const limit = process.constrainedMemory?.() ?? 0; // 0 or a huge number when unlimited
  return limit > 0 && limit < totalmem() ? limit : totalmem();
}

/**
 * The buffer pool for a machine: a quarter of its memory, at least 1 GiB
 * and at most 8 GiB (6 GiB on the 24 GiB bench machine). Kùzu's own
 * default (80%) would let the page cache take the machine over a long run.
 *
 * Why that much. Everything committed since the last checkpoint stays in
 * the pool (≈0.75 byte per WAL byte: 672 MB at 920 MB of WAL), and a
 * checkpoint reads and rewrites whole column chunks of every node group
 * with new rows (a string column cannot grow in place): Article.text of up
 * to 131,072 articles, the quotes of every relationship from one node
 * group of people. So what a checkpoint needs grows with the graph, and a
 * pool must leave room for it: 1 GiB with 256 MB checkpoints ran out at
 * ~51,000 articles (the bench before this change: "Buffer manager
 * exception: Unable to allocate memory!" at COMMIT, then a segfault);
 * 2 GiB with 256 MB and 6 GiB with 1 GB (below) both built 100,000.
 * The process takes more than the pool: Kùzu allocates outside it too, and
 * the peak RSS of those 100,000-article runs was 3.7 GB (2 GiB pool) and
 * 3.5 GB (6 GiB pool); between checkpoints the pool held under 800 MB.
 */
export function defaultBufferPoolBytes(machineBytes = machineMemoryBytes()): number {
  const quarter = Math.floor(machineBytes / 4 / MIB) * MIB;
  return Math.min(8192 * MIB, Math.max(1024 * MIB, quarter));
}

/**
 * The WAL size after which the store checkpoints: a quarter of the pool
 * (what is saved until then stays in it), at most 1 GiB. A checkpoint
 * costs what it rewrites, which grows with the graph, not with the WAL, so
 * fewer checkpoints are faster, and the file stays smaller (a rewritten
 * chunk leaves its old pages free). Measured with bench/store-save.ts,
 * 100,000 articles of 5 KB, 250 per transaction, two runs side by side on
 * the 2 cores (the per-CPU-second rates are the ones to compare):
 *   64 MB, 1 GiB pool: a checkpoint every ~1,700 articles, 155 articles per
 *     CPU-s by 15,000 (stopped there);
 *   256 MB, 2 GiB pool: 13 checkpoints of 4 s (10,000 articles) to 53 s
 *     (85,000); 126 articles/s, 170 per CPU-s; file 6.4 GB;
 *   1 GB, 6 GiB pool: 3 checkpoints, 16 s at 26,000, 22 s at 57,000, 49 s
 *     at 88,000; 170 articles/s, 236 per CPU-s; file 2.8 GB + 0.36 GB WAL.
 * Between checkpoints the save rate falls with the graph too (475 per CPU-s
 * at 5,000 articles, 246 at 100,000): the statements' lookups.
 * The price of a big WAL: a killed process's folder replays it when opened
 * again (930 MB of WAL, 27,000 articles: 37 s), never a lost commit (the
 * WAL is synced at commit).
 */
export function defaultCheckpointBytes(bufferPoolBytes: number): number {
  return Math.min(1024 * MIB, Math.floor(bufferPoolBytes / 4 / MIB) * MIB);
}

/** This machine's defaults: see defaultBufferPoolBytes and defaultCheckpointBytes. */
export const KUZU_DEFAULTS: KuzuSettings = {
  bufferPoolBytes: defaultBufferPoolBytes(),
  checkpointThresholdBytes: defaultCheckpointBytes(defaultBufferPoolBytes()),
  statementCache: 512,
  // Node runs Kùzu calls on libuv's pool of 4 threads: more readers would only queue there.
  readers: 4,
};

/** The settings a store opens with: those given, KUZU_DEFAULTS for the rest; a pool given alone gets the threshold that suits it. */
export function resolveKuzuSettings(given: Partial<KuzuSettings> = {}): Required<KuzuSettings> {
  const bufferPoolBytes = given.bufferPoolBytes ?? KUZU_DEFAULTS.bufferPoolBytes;
  const checkpointThresholdBytes = given.checkpointThresholdBytes ?? defaultCheckpointBytes(bufferPoolBytes);
  return { ...KUZU_DEFAULTS, ...given, bufferPoolBytes, checkpointThresholdBytes } as Required<KuzuSettings>;
}

const megabytes = (name: string, least: number) =>
  z.coerce.number({ error: `${name} must be a number of MB` }).int(`${name} must be a whole number of MB`).min(least, `${name} must be at least ${least}`);

/**
 * The environment variables that tune the embedded store, for the
 * server's configuration schema and the CLI alike (README "Configuration").
 */
export const KUZU_ENV = {
  KUZU_BUFFER_POOL_MB: megabytes('KUZU_BUFFER_POOL_MB', 64).optional(),
  KUZU_CHECKPOINT_MB: megabytes('KUZU_CHECKPOINT_MB', 1).optional(),
};

/** The settings those variables give (parsed by KUZU_ENV); unset ones keep KUZU_DEFAULTS. */
export function kuzuSettingsFromEnv(env: { KUZU_BUFFER_POOL_MB?: number; KUZU_CHECKPOINT_MB?: number }): Partial<KuzuSettings> {
  return {
    ...(env.KUZU_BUFFER_POOL_MB ? { bufferPoolBytes: env.KUZU_BUFFER_POOL_MB * MIB } : {}),
    ...(env.KUZU_CHECKPOINT_MB ? { checkpointThresholdBytes: env.KUZU_CHECKPOINT_MB * MIB } : {}),
  };
}

/** Those variables read from an environment outside the server (CLI, bench): an empty one is unset; a bad one throws, named. */
export function readKuzuEnv(env: Record<string, string | undefined>): Partial<KuzuSettings> {
  const given = Object.fromEntries(Object.keys(KUZU_ENV).filter((k) => env[k]?.trim()).map((k) => [k, env[k]]));
  const parsed = z.object(KUZU_ENV).safeParse(given);
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message} (got "${env[String(i.path[0])]}")`).join('; '));
  return kuzuSettingsFromEnv(parsed.data);
}
