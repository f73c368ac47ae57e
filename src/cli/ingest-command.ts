import { Command, InvalidArgumentError } from 'commander';
import type { ArticleSink } from '../ingest/batch/article-sink';
import type { BatchTally } from '../ingest/batch/batch-tally';
import { formatSummary } from '../ingest/batch/format-tally';
import { graphqlSink } from '../ingest/batch/graphql-sink';
import { groupedStoreSink } from '../ingest/batch/grouped-store-sink';
import { openSource, SourceNotFoundError } from '../ingest/batch/open-source';
import { createProgressReporter } from '../ingest/batch/progress-reporter';
import { BatchAbortedError, runBatch } from '../ingest/batch/run-batch';
import type { GraphStore } from '../store/store.port';
import { CliExit, EXIT_INTERRUPTED, EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, type CliIo } from './cli-io';
import { addStoreOptions, openStore, resolveStoreConfig, type StoreOptions } from './store-options';

/**
 * Articles per transaction. Each statement of a save finds its nodes with
 * one hash join over the label's ids, which costs about as much for 1,000
 * rows as for 250 and grows with the store: saving 30,000 generated
 * articles ran at 267 articles/s in groups of 250 and 439 in groups of
 * 1,000 (and 76 in groups of 50 end to end); building 100,000, at 139 and
 * 177. A kill loses at most the groups in flight.
 */
export const DEFAULT_GROUP_SIZE = 1000;

interface IngestOptions extends StoreOptions {
  endpoint?: string;
  token?: string;
  reextract?: boolean;
  concurrency?: number;
  groupSize: number;
  json?: boolean;
  progressInterval: number;
}

/** `vn-polgraph ingest <folder | file.jsonl | ->`: a thin shell over the batch ingest use case. */
export function ingestCommand(io: CliIo, exit: (code: number) => void): Command {
  const cmd = new Command('ingest')
    .description('ingest articles: a folder of .txt (+ .meta.json), a JSONL file, or JSONL on stdin (-)')
    .argument('<source>', 'folder, file.jsonl, or - for stdin')
    .option('--endpoint <url>', "send the articles to a running server's GraphQL endpoint instead of opening the store")
    .option('--token <token>', 'bearer token for --endpoint (env API_TOKEN)')
    .option('--reextract', "replace each article's facts with what the current extractor finds")
    .option('--concurrency <n>', 'articles (or groups) in flight (default: 4 for an endpoint; 2 groups for a store, one extracted while the other is saved)', positiveInt)
    .option('--group-size <n>', 'articles saved together in one transaction, where the store can (1: each alone)', positiveInt, DEFAULT_GROUP_SIZE)
    .option('--json', 'also print the summary as JSON on stdout')
    .option('--progress-interval <ms>', 'milliseconds between progress lines when stderr is not a terminal', positiveInt, 5000);
  addStoreOptions(cmd);
  return cmd.action(async (source: string, opts: IngestOptions) => exit(await ingest(source, opts, io)));
}

async function ingest(arg: string, opts: IngestOptions, io: CliIo): Promise<number> {
  const source = await openSource(arg, io.stdin).catch((err: unknown) => {
    throw err instanceof SourceNotFoundError ? new CliExit(EXIT_USAGE, err.message) : err;
  });
  let store: GraphStore | null = null;
  try {
    let sink: ArticleSink;
    if (opts.endpoint) sink = endpointSink(opts, io);
    else {
      store = await openStore(opts, io, 'ingest');
      sink = groupedStoreSink(store, { replace: opts.reextract });
    }
    const total = await source.count();
    const where = store?.backend === 'embedded' ? ` at ${resolveStoreConfig(opts, io.env).dataDir}` : '';
    const grouped = sink.ingestMany && opts.groupSize > 1 ? `, up to ${opts.groupSize} articles a transaction` : '';
    io.stderr.write(`ingesting ${source.name}${total !== null ? ` (${total} articles)` : ''} into the ${sink.description}${where}${grouped}\n`);
    if (arg === '-' && (io.stdin as { isTTY?: boolean }).isTTY) io.stderr.write('reading JSON Lines typed here; end with Ctrl-D\n');
    const tally = await report(io, total, opts, (listener) =>
      runBatch(source.items(), sink, {
        concurrency: opts.concurrency ?? defaultConcurrency(opts, sink), groupSize: opts.groupSize, total, listener, signal: io.interrupt,
      }),
    );
    if (opts.json) io.stdout.write(`${JSON.stringify(tally)}\n`);
    if (tally.interrupted) return EXIT_INTERRUPTED;
    return tally.failed > 0 ? EXIT_SOME_FAILED : EXIT_OK;
  } finally {
    await store?.close();
  }
}

/** Runs the batch under a progress display and prints the summary, also when the batch is stopped. */
async function report(
  io: CliIo, total: number | null, opts: IngestOptions,
  run: (listener: ReturnType<typeof createProgressReporter>) => Promise<BatchTally>,
): Promise<BatchTally> {
  const reporter = createProgressReporter(io.stderr as NodeJS.WriteStream, total, opts.progressInterval);
  try {
    const tally = await run(reporter);
    reporter.finish(tally);
    io.stderr.write(`${formatSummary(tally)}\n`);
    return tally;
  } catch (err) {
    if (!(err instanceof BatchAbortedError)) throw err;
    reporter.finish(err.tally);
    io.stderr.write(`${formatSummary(err.tally)}\n`);
    throw new CliExit(EXIT_USAGE, `stopped: ${err.message}`);
  }
}

/** 4 requests to a server; 2 groups for a store that saves groups (extraction overlaps the save); else 1. */
function defaultConcurrency(opts: IngestOptions, sink: ArticleSink): number {
  if (opts.endpoint) return 4;
  return sink.ingestMany && opts.groupSize > 1 ? 2 : 1;
}

function endpointSink(opts: IngestOptions, io: CliIo): ArticleSink {
  const token = opts.token ?? io.env.API_TOKEN;
  if (!token) throw new CliExit(EXIT_USAGE, '--endpoint needs --token (or API_TOKEN in the environment)');
  if (opts.reextract) {
    throw new CliExit(EXIT_USAGE, '--reextract needs the store itself: stop the server and run without --endpoint');
  }
  try {
    new URL(opts.endpoint ?? '');
  } catch {
    throw new CliExit(EXIT_USAGE, `--endpoint is not a URL: ${opts.endpoint}`);
  }
  return graphqlSink({ endpoint: opts.endpoint as string, token });
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a positive whole number');
  return n;
}
