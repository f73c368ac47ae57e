import type { Readable, Writable } from 'node:stream';

/** The process's streams and environment, passed in so the commands run the same in tests. */
export interface CliIo {
  stdin: Readable;
  stdout: Writable;
  /** Progress and messages; a terminal gets a progress bar. */
  stderr: Writable & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  /** Aborted on Ctrl-C: the ingest stops taking articles and reports. */
  interrupt?: AbortSignal;
}

/** Ends a command with an exit status and a message for the user (usage errors, fatal conditions). */
export class CliExit extends Error {
  constructor(readonly code: number, message: string) {
    super(message);
    this.name = 'CliExit';
  }
}

/** Exit statuses: every article saved; some failed; the command could not run (usage, store, fatal). */
export const EXIT_OK = 0;
export const EXIT_SOME_FAILED = 1;
export const EXIT_USAGE = 2;
export const EXIT_INTERRUPTED = 130;
