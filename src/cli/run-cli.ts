import { Command, CommanderError } from 'commander';
import { StoreError } from '../store/store.port';
import { CliExit, EXIT_USAGE, type CliIo } from './cli-io';
import { exportCommand } from './export-command';
import { ingestCommand } from './ingest-command';

/**
 * Runs the command line (arguments after the program name) and returns the
 * exit status: 0 all saved, 1 some articles failed, 2 usage or fatal, 130
 * interrupted. Never calls process.exit, so tests run it in-process.
 */
export async function runCli(args: readonly string[], io: CliIo): Promise<number> {
  let status = 0;
  const exit = (code: number): void => {
    status = code;
  };
  const program = new Command('vn-polgraph')
    .description('batch ingestion and export for the vn-polgraph knowledge graph')
    .showHelpAfterError()
    .configureOutput({ writeOut: (s) => void io.stdout.write(s), writeErr: (s) => void io.stderr.write(s) })
    .exitOverride();
  for (const sub of [ingestCommand(io, exit), exportCommand(io, exit)]) {
    program.addCommand(sub.exitOverride().configureOutput({ writeOut: (s) => void io.stdout.write(s), writeErr: (s) => void io.stderr.write(s) }));
  }
  try {
    await program.parseAsync([...args], { from: 'user' });
    return status;
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? 0 : EXIT_USAGE;
    if (err instanceof CliExit) {
      io.stderr.write(`vn-polgraph: ${err.message}\n`);
      return err.code;
    }
    io.stderr.write(`vn-polgraph: ${describeError(err)}\n`);
    return EXIT_USAGE;
  }
}

/** Expected failures (the store, the file system) in a line; anything else is a bug and keeps its stack. */
function describeError(err: unknown): string {
  if (err instanceof StoreError) return `store error: ${err.message}`;
  // Node's own errors may come from another realm (jest), so look at the shape, not the class
  const e = err as { code?: unknown; message?: unknown };
  if (typeof e?.code === 'string' && typeof e.message === 'string') return e.message;
  return err instanceof Error ? (err.stack ?? err.message) : String(err);
}
