#!/usr/bin/env node
import { EXIT_INTERRUPTED } from './cli-io';
import { runCli } from './run-cli';

/**
 * The `vn-polgraph` command. Ctrl-C once: the ingest stops after the
 * articles in flight and prints its summary; twice: it quits at once (each
 * article is one transaction, so nothing is left half written either way).
 */
async function main(): Promise<void> {
  const interrupt = new AbortController();
  process.on('SIGINT', () => {
    if (interrupt.signal.aborted) {
      if (process.stderr.isTTY) process.stderr.write('\x1b[?25h\x1b[?7h\n'); // the progress bar hid the cursor
      process.exit(EXIT_INTERRUPTED);
    }
    process.stderr.write('\nstopping after the articles in flight (Ctrl-C again to quit now)\n');
    interrupt.abort();
  });
  process.exitCode = await runCli(process.argv.slice(2), {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    interrupt: interrupt.signal,
  });
}

void main();
