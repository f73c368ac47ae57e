import { opendir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { messageOf, type ArticleSource, type SourceItem } from './source-item';

const META_FIELDS = ['url', 'title', 'publishedAt'] as const;

/**
 * A folder of crawled articles: every `.txt` file below it (recursively, in
 * name order so two runs read the same order), each with an optional
 * `<name>.meta.json` beside it holding `url`, `title`, `publishedAt`
 * (`bai-01.txt` + `bai-01.meta.json`; `bai-01.txt.meta.json` is accepted too).
 */
export function folderSource(dir: string): ArticleSource {
  return {
    name: dir,
    count: async () => {
      let n = 0;
      for await (const found of walkTextFiles(dir)) if (!('error' in found)) n += 1;
      return n;
    },
    items: () => readFolder(dir),
  };
}

async function* readFolder(dir: string): AsyncGenerator<SourceItem> {
  for await (const found of walkTextFiles(dir)) {
    yield 'error' in found ? { where: found.path, error: found.error } : await readArticleFile(found.path);
  }
}

/** Reads one `.txt` and its meta; a problem becomes a failed item, not an exception. */
export async function readArticleFile(path: string): Promise<SourceItem> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    return { where: path, error: `cannot read the file: ${messageOf(err)}` };
  }
  const meta = await readMeta(path);
  if ('error' in meta) return { where: path, error: meta.error };
  return { where: path, raw: { ...meta.value, text: stripBom(text) } };
}

async function readMeta(txtPath: string): Promise<{ value: Record<string, unknown> } | { error: string }> {
  for (const metaPath of metaPathsOf(txtPath)) {
    let json: string;
    try {
      json = await readFile(metaPath, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') continue;
      return { error: `cannot read ${basename(metaPath)}: ${messageOf(err)}` };
    }
    try {
      const parsed: unknown = JSON.parse(stripBom(json));
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
        return { error: `${basename(metaPath)} is not a JSON object` };
      }
      const record = parsed as Record<string, unknown>;
      return { value: Object.fromEntries(META_FIELDS.filter((f) => f in record).map((f) => [f, record[f]])) };
    } catch (err) {
      return { error: `${basename(metaPath)} is not valid JSON: ${messageOf(err)}` };
    }
  }
  return { value: {} };
}

function metaPathsOf(txtPath: string): string[] {
  return [txtPath.replace(/\.txt$/i, '.meta.json'), `${txtPath}.meta.json`];
}

type Found = { path: string } | { path: string; error: string };

/**
 * Paths of the `.txt` files below `dir`, depth first, names sorted; one
 * directory listing in memory at a time. An unreadable subfolder is reported
 * and skipped; the top folder failing to open is fatal (the caller's usage error).
 */
async function* walkTextFiles(dir: string, top = true): AsyncGenerator<Found> {
  const entries: Array<{ name: string; isDir: boolean; isFile: boolean }> = [];
  try {
    for await (const e of await opendir(dir)) entries.push({ name: e.name, isDir: e.isDirectory(), isFile: e.isFile() });
  } catch (err) {
    if (top) throw err;
    yield { path: dir, error: `cannot read the folder: ${messageOf(err)}` };
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const path = join(dir, e.name);
    if (e.isDir) yield* walkTextFiles(path, false);
    else if (e.isFile && /\.txt$/i.test(e.name)) yield { path };
  }
}

/** Editors on Windows start UTF-8 files with a byte order mark; it is not part of the text. */
function stripBom(s: string): string {
  return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
}
