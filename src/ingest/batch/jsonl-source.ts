import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { messageOf, type ArticleSource, type SourceItem } from './source-item';

/**
 * A JSON Lines file: one article `{text, url, title, publishedAt}` a line.
 * Blank lines are skipped; a line that is not a JSON object is reported
 * with its number (`dump.jsonl:17`) and the run goes on.
 */
export function jsonlFileSource(path: string): ArticleSource {
  return {
    name: path,
    count: () => countNonBlankLines(createReadStream(path)),
    items: () => readJsonl(createReadStream(path, { encoding: 'utf8' }), path),
  };
}

/** JSON Lines read from standard input (`-`); the total is unknown until it ends. */
export function jsonlStdinSource(stdin: Readable): ArticleSource {
  return { name: 'stdin', count: async () => null, items: () => readJsonl(stdin, 'stdin') };
}

/** Parses JSON Lines from a stream, one line in memory at a time. */
export async function* readJsonl(input: Readable, name: string): AsyncGenerator<SourceItem> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  let lineNo = 0;
  for await (const line of lines) {
    lineNo += 1;
    const text = lineNo === 1 && line.charCodeAt(0) === 0xfeff ? line.slice(1) : line;
    if (text.trim() === '') continue;
    yield parseLine(text, `${name}:${lineNo}`);
  }
}

function parseLine(line: string, where: string): SourceItem {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    return { where, error: `not valid JSON: ${messageOf(err)}` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { where, error: 'not a JSON object: expected {"text": ..., "url": ..., "title": ..., "publishedAt": ...}' };
  }
  return { where, raw: value };
}

/** Counts lines holding anything but whitespace, scanning bytes without decoding. */
export async function countNonBlankLines(input: Readable): Promise<number> {
  let count = 0;
  let lineHasContent = false;
  for await (const chunk of input as AsyncIterable<Buffer>) {
    for (let i = 0; i < chunk.length; i += 1) {
      const b = chunk[i];
      if (b === 0x0a) {
        if (lineHasContent) count += 1;
        lineHasContent = false;
      } else if (b !== 0x20 && b !== 0x09 && b !== 0x0d) {
        lineHasContent = true;
      }
    }
  }
  return lineHasContent ? count + 1 : count;
}
