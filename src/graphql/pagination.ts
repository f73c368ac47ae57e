import type { Page, PageRequest } from '../store/records';
import { badUserInput } from './errors';

/** The largest page a client may ask for (the contract's `sessions(first: 100)` included). */
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

export interface PageArgsLike {
  first?: number | null;
  after?: string | null;
}

/** Checks `first`/`after` and turns them into a store page request. */
export function toPageRequest(args: PageArgsLike): PageRequest {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw badUserInput(`first must be between 0 and ${MAX_PAGE_SIZE} (got ${first}); page with "after" for more`);
  }
  return { first, after: args.after ?? null };
}

/** A Relay connection value, the shape every `*Connection` type reads. */
export interface ConnectionValue<T> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: Array<{ cursor: string; node: T }>;
  nodes: T[];
}

/** A store page as a connection. */
export function connectionFromPage<T>(page: Page<T>): ConnectionValue<T> {
  const last = page.items[page.items.length - 1];
  return {
    totalCount: page.totalCount,
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: last ? last.cursor : null },
    edges: page.items,
    nodes: page.items.map((i) => i.node),
  };
}

/**
 * A connection over a list already in memory (a node's neighbours): the
 * cursor is the position, so it stays valid while the list does not change.
 */
export function connectionFromArray<T>(all: readonly T[], args: PageArgsLike): ConnectionValue<T> {
  const { first, after } = toPageRequest(args);
  const start = after ? decodeOffset(after) + 1 : 0;
  const slice = all.slice(start, start + first);
  const edges = slice.map((node, i) => ({ node, cursor: encodeOffset(start + i) }));
  return connectionFromPage({ items: edges, totalCount: all.length, hasNextPage: start + first < all.length });
}

function encodeOffset(n: number): string {
  return Buffer.from(`offset:${n}`, 'utf8').toString('base64url');
}

function decodeOffset(cursor: string): number {
  const m = /^offset:(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!m) throw badUserInput(`after: "${cursor}" is not a cursor this list gave out`);
  return Number(m[1]);
}
