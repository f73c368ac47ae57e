import type { TextSink } from '../../src/export/text-sink';

/** A TextSink that keeps what it is given, to look at in a test. */
export function memorySink(): TextSink & { text: () => string } {
  const parts: string[] = [];
  return {
    write: async (s) => void parts.push(s),
    end: async () => undefined,
    abort: async () => undefined,
    text: () => parts.join(''),
  };
}
