import * as crypto from 'node:crypto';
import type { NodeLabel } from './kinds';

/**
 * The hex sha256 of a string's UTF-8: the one-shot `crypto.hash` (Node 20.12+) where there is one, a micro-
 * second or two less than a Hash object made, fed and digested for each id; the same digest either way.
 */
const sha256Hex: (s: string) => string =
  typeof crypto.hash === 'function' ? (s) => crypto.hash('sha256', s, 'hex') : (s) => crypto.createHash('sha256').update(s).digest('hex');

/**
 * A stable id from a node label and its canonical key: the same input always
 * gives the same graph, so ingesting an article twice changes nothing.
 * Example: stableId('Person', 'trinh tuan dong@lang son') -> 'per_3f9c...'.
 */
export function stableId(label: NodeLabel, canonicalKey: string): string {
  const digest = sha256Hex(`${label}\u0000${canonicalKey}`);
  return `${PREFIX[label]}_${digest.slice(0, 20)}`;
}

const PREFIX: Record<NodeLabel, string> = {
  Person: 'per',
  Organization: 'org',
  AdminUnit: 'adm',
  Session: 'ses',
  LegalDocument: 'doc',
  Article: 'art',
  Position: 'pos',
};

/** The label a stable id was made for, or null for a foreign id. */
export function labelOfId(id: string): NodeLabel | null {
  const prefix = id.split('_', 1)[0];
  const found = Object.entries(PREFIX).find(([, p]) => p === prefix);
  return found ? (found[0] as NodeLabel) : null;
}

/** sha256 of an article's text, to tell a changed text from an unchanged one. */
export function contentHash(text: string): string {
  return sha256Hex(text.normalize('NFC'));
}

/** An article is identified by its url, or by its text where it has none. */
export function articleId(url: string | null | undefined, text: string): string {
  return url ? articleIdOfHash(url, '') : articleIdOfHash(null, contentHash(text));
}

/** `articleId` from the text's `contentHash`, for callers that need the hash anyway (the text is hashed once). */
export function articleIdOfHash(url: string | null | undefined, hash: string): string {
  return stableId('Article', url ? `url:${url.trim()}` : `text:${hash}`);
}
