import { stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { folderSource, readArticleFile } from './folder-source';
import { jsonlFileSource, jsonlStdinSource } from './jsonl-source';
import type { ArticleSource } from './source-item';

/** The argument names nothing we can read: a usage error, not a failed article. */
export class SourceNotFoundError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SourceNotFoundError';
  }
}

/**
 * Picks the source an ingest argument names: `-` is JSON Lines on stdin, a
 * folder is crawled `.txt` files, one `.txt` file is one article (with its
 * `.meta.json`), any other file is JSON Lines (`.jsonl`, `.ndjson`...).
 */
export async function openSource(arg: string, stdin: Readable): Promise<ArticleSource> {
  if (arg === '-') return jsonlStdinSource(stdin);
  let info;
  try {
    info = await stat(arg);
  } catch {
    throw new SourceNotFoundError(`no such file or folder: ${arg}`);
  }
  if (info.isDirectory()) return folderSource(arg);
  if (info.isFile() && /\.txt$/i.test(arg)) return singleFileSource(arg);
  if (info.isFile()) return jsonlFileSource(arg);
  throw new SourceNotFoundError(`not a file or folder: ${arg}`);
}

function singleFileSource(path: string): ArticleSource {
  return {
    name: path,
    count: async () => 1,
    items: async function* () {
      yield await readArticleFile(path);
    },
  };
}
