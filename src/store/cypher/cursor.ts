import { InvalidCursorError } from '../store.port';

/**
 * Opaque page cursors: base64url of the JSON sort key of the last item
 * (`["2025-05-08","ses_…"]`). Clients pass them back unchanged.
 */
export function encodeCursor(key: readonly string[]): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

/** The sort key inside a cursor; throws InvalidCursorError for anything the store did not give out. */
export function decodeCursor(cursor: string, length: number): string[] {
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new InvalidCursorError(cursor);
  }
  if (!Array.isArray(key) || key.length !== length || !key.every((k) => typeof k === 'string')) {
    throw new InvalidCursorError(cursor);
  }
  return key as string[];
}
