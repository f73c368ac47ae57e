import { resolve } from 'node:path';
import { z } from 'zod';
import { READ_CACHE_DEFAULTS } from '../store/cache/read-cache';
import { KUZU_ENV, kuzuSettingsFromEnv, type KuzuSettings } from '../store/kuzu/kuzu-settings';

/** Reads "true"/"false" (and 1/0, yes/no) the way people write them in env files. */
const booleanText = z
  .string()
  .trim()
  .toLowerCase()
  .refine((s) => ['true', 'false', '1', '0', 'yes', 'no'].includes(s), 'must be true or false')
  .transform((s) => ['true', '1', 'yes'].includes(s));

const positiveInt = (what: string) => z.coerce.number({ error: `${what} must be a number` }).int(`${what} must be a whole number`).positive(`${what} must be above 0`);
const optionalText = z.string().trim().optional().transform((s) => (s ? s : undefined));

/** The environment as the contract names it (README "Starting the server"), plus our own limits. */
const envSchema = z
  .object({
    PORT: z.coerce.number({ error: 'PORT must be a number' }).int('PORT must be a whole number').min(0, 'PORT must be 0-65535').max(65535, 'PORT must be 0-65535').default(4000),
    HOST: z.string().trim().min(1).default('0.0.0.0'),
    GRAPH_BACKEND: z.enum(['embedded', 'neo4j'], { error: 'GRAPH_BACKEND must be "embedded" or "neo4j"' }).default('embedded'),
    DATA_DIR: z.string().trim().min(1, 'DATA_DIR is empty').default('./data'),
    NEO4J_URI: optionalText,
    NEO4J_USER: optionalText,
    NEO4J_PASSWORD: z.string().optional().transform((s) => (s ? s : undefined)),
    NEO4J_DATABASE: optionalText,
    API_TOKEN: optionalText,
    READ_TOKEN: optionalText,
    SEED: booleanText.default(true),
    SEED_DIR: z.string().trim().min(1).optional(),
    NODE_ENV: z.string().trim().default('development'),
    INTROSPECTION: booleanText.optional(),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], { error: 'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent' }).default('info'),
    BODY_LIMIT_BYTES: positiveInt('BODY_LIMIT_BYTES').default(2 * 1024 * 1024),
    REQUEST_TIMEOUT_MS: positiveInt('REQUEST_TIMEOUT_MS').default(15_000),
    MAX_QUERY_DEPTH: positiveInt('MAX_QUERY_DEPTH').default(10),
    MAX_QUERY_COST: positiveInt('MAX_QUERY_COST').default(20_000),
    MAX_QUERY_TOKENS: positiveInt('MAX_QUERY_TOKENS').default(5_000),
    READ_MODEL: booleanText.default(true),
    READ_CACHE_ENTRIES: z.coerce.number({ error: 'READ_CACHE_ENTRIES must be a number' }).int('READ_CACHE_ENTRIES must be a whole number').min(0, 'READ_CACHE_ENTRIES must be 0 (off) or more').optional(),
    ...KUZU_ENV,
  })
  .superRefine((env, ctx) => {
    if (env.GRAPH_BACKEND !== 'neo4j') return;
    for (const key of ['NEO4J_URI', 'NEO4J_USER', 'NEO4J_PASSWORD'] as const) {
      if (!env[key]) ctx.addIssue({ code: 'custom', path: [key], message: `${key} is required when GRAPH_BACKEND=neo4j` });
    }
  });

export interface ServerConfig {
  port: number;
  host: string;
  backend: 'embedded' | 'neo4j';
  dataDir: string;
  neo4j: { uri: string; user: string; password: string; database?: string } | null;
  apiToken: string | null;
  readToken: string | null;
  seed: boolean;
  seedDir: string;
  production: boolean;
  introspection: boolean;
  logLevel: string;
  bodyLimitBytes: number;
  requestTimeoutMs: number;
  maxQueryDepth: number;
  maxQueryCost: number;
  /** Parsing stops past this many tokens, before any validation work (alias bombs). */
  maxQueryTokens: number;
  /**
   * The embedded store answers reads from the graph held in memory
   * (loaded at start, kept in step by every save). Off: every read is a
   * Kùzu statement, hundreds of times slower at scale, for a machine
   * without the memory (about 4 KB per article).
   */
  readModel: boolean;
  /**
   * Store answers kept in memory until the next write (0: off). Off by
   * default: the embedded store's read model answers in microseconds, and
   * Neo4j may be written by other processes. On for the embedded store
   * without its read model, whose writes all pass through this process.
   */
  readCacheEntries: number;
  /** The embedded store's buffer pool and checkpoint threshold, where KUZU_BUFFER_POOL_MB and KUZU_CHECKPOINT_MB set them. */
  kuzu: Partial<KuzuSettings>;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`bad configuration:\n  ${problems.join('\n  ')}`);
    this.name = 'ConfigError';
  }
}

/** Parses the environment; throws ConfigError naming every bad variable. `root` anchors relative paths. */
export function loadConfig(env: Record<string, string | undefined> = process.env, root = process.cwd()): ServerConfig {
  // An empty variable (PORT=) means unset, not zero.
  const given = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v.trim() !== ''));
  const parsed = envSchema.safeParse(given);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.') || 'environment'}: ${i.message}${shown(env, i.path)}`));
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  return {
    port: e.PORT,
    host: e.HOST,
    backend: e.GRAPH_BACKEND,
    dataDir: resolve(root, e.DATA_DIR),
    neo4j: e.NEO4J_URI && e.NEO4J_USER && e.NEO4J_PASSWORD
      ? { uri: e.NEO4J_URI, user: e.NEO4J_USER, password: e.NEO4J_PASSWORD, ...(e.NEO4J_DATABASE ? { database: e.NEO4J_DATABASE } : {}) }
      : null,
    apiToken: e.API_TOKEN ?? null,
    readToken: e.READ_TOKEN ?? null,
    seed: e.SEED,
    seedDir: resolve(root, e.SEED_DIR ?? 'seed'),
    production,
    introspection: e.INTROSPECTION ?? !production,
    logLevel: e.LOG_LEVEL,
    bodyLimitBytes: e.BODY_LIMIT_BYTES,
    requestTimeoutMs: e.REQUEST_TIMEOUT_MS,
    maxQueryDepth: e.MAX_QUERY_DEPTH,
    maxQueryCost: e.MAX_QUERY_COST,
    maxQueryTokens: e.MAX_QUERY_TOKENS,
    readModel: e.GRAPH_BACKEND === 'embedded' && e.READ_MODEL,
    readCacheEntries: e.READ_CACHE_ENTRIES ?? (e.GRAPH_BACKEND === 'embedded' && !e.READ_MODEL ? READ_CACHE_DEFAULTS.maxEntries : 0),
    kuzu: kuzuSettingsFromEnv(e),
  };
}

/** The offending value, except for secrets. */
function shown(env: Record<string, string | undefined>, path: PropertyKey[]): string {
  const key = String(path[0] ?? '');
  if (!key || /TOKEN|PASSWORD/.test(key) || env[key] === undefined) return '';
  return ` (got "${env[key]}")`;
}
