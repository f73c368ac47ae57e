/**
 * One article read from a batch source, or the reason it could not be read.
 * `where` names it for the researcher: a file path, or `dump.jsonl:17`
 * (1-based line number), or `stdin:3`.
 */
export type SourceItem =
  | { where: string; raw: unknown; error?: undefined }
  | { where: string; raw?: undefined; error: string };

/** A batch source: the articles in reading order, and how many there are when that is cheap to know. */
export interface ArticleSource {
  /** What was opened, for messages: a folder, a file or `stdin`. */
  readonly name: string;
  /** The number of records, or null when unknown (stdin). Counting streams, it never loads the data. */
  count(): Promise<number | null>;
  /** The records one by one; never holds more than one article's text. */
  items(): AsyncIterable<SourceItem>;
}

/** The message of any thrown value, for failure reports. */
export function messageOf(err: unknown): string {
  if (err instanceof Error) return err.message;
  return String(err);
}
