import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import type { Writable } from 'node:stream';

/**
 * Text out, streamed: small pieces are gathered into ~64 KB chunks and
 * written with back-pressure, so an export of any size holds one chunk.
 */
export interface TextSink {
  write(text: string): Promise<void>;
  /** Flushes and closes; a file appears under its final name only now. */
  end(): Promise<void>;
  /** Gives up: a file being written is removed. */
  abort(): Promise<void>;
}

const CHUNK = 64 * 1024;

/** Writes into a stream the caller owns (stdout): it is flushed, not closed. */
export function streamTextSink(stream: Writable): TextSink {
  let pending: string[] = [];
  let size = 0;
  const flush = async (): Promise<void> => {
    if (size === 0) return;
    const chunk = pending.join('');
    pending = [];
    size = 0;
    if (!stream.write(chunk)) await waitForDrain(stream);
  };
  return {
    async write(text) {
      pending.push(text);
      size += text.length;
      if (size >= CHUNK) await flush();
    },
    end: flush,
    abort: async () => {
      pending = [];
      size = 0;
    },
  };
}

/** Writes a file under a temporary name and renames it when done: no half file is left under the real name. */
export function fileTextSink(path: string): TextSink {
  const tmp = `${path}.partial-${process.pid}`;
  const stream = createWriteStream(tmp, { encoding: 'utf8' });
  const inner = streamTextSink(stream);
  const opened = new Promise<void>((resolve, reject) => {
    stream.once('open', () => resolve());
    stream.once('error', (err: NodeJS.ErrnoException) => {
      reject(Object.assign(new Error(`cannot write ${path}: ${err.code ?? err.message}`), { code: err.code }));
    });
  });
  return {
    async write(text) {
      await opened;
      await inner.write(text);
    },
    async end() {
      await opened;
      await inner.end();
      await new Promise<void>((resolve, reject) => stream.end((err?: Error | null) => (err ? reject(err) : resolve())));
      await rename(tmp, path);
    },
    async abort() {
      stream.destroy();
      await rm(tmp, { force: true });
    },
  };
}

function waitForDrain(stream: Writable): Promise<void> {
  return new Promise((resolve, reject) => {
    const onDrain = (): void => {
      stream.off('error', onError);
      resolve();
    };
    const onError = (err: Error): void => {
      stream.off('drain', onDrain);
      reject(err);
    };
    stream.once('drain', onDrain);
    stream.once('error', onError);
  });
}
