import type { NodeLabel } from '../../domain/kinds';
import type { PageRequest } from '../records';
import { decodeCursor, encodeCursor } from './cursor';
import { projectRecord } from './node-fields';
import { cypher, type CypherQuery, type Row } from './query';
import { searchWords } from './search-keys';

/** One sort key: a stored property of `n`; `id` ascending always ends the order. */
export interface SortKey { property: string; descending: boolean }

/** A filtered list of one label: WHERE conditions over `n` and their parameters. */
export interface ListSpec {
  label: NodeLabel;
  conditions: string[];
  params: Row;
  sort: SortKey[];
}

/** The largest page a list returns, whatever is asked. */
export const MAX_PAGE_SIZE = 500;

/** The two statements of a page: the total and the page (one row more than asked, to tell hasNextPage). */
export interface ListQueries {
  count: CypherQuery;
  page: CypherQuery;
  first: number;
  /** The cursor of a page row (its sort key). */
  cursorOf(row: Row): string;
}

/** Builds the count and page statements for a list spec and page request. */
export function buildListQueries(spec: ListSpec, page: PageRequest): ListQueries {
  const keys: SortKey[] = [...spec.sort, { property: 'id', descending: false }];
  const where = whereClause(spec.conditions);
  const from = `MATCH (n:${spec.label})`;
  const count = cypher(`${from}${where} RETURN count(n) AS total`, { ...spec.params });

  const conditions = [...spec.conditions];
  const params: Row = { ...spec.params };
  if (page.after) {
    const values = decodeCursor(page.after, keys.length);
    values.forEach((v, i) => (params[`cursor${i}`] = v));
    conditions.push(afterCondition(keys));
  }
  const first = Math.max(0, Math.min(Math.floor(page.first), MAX_PAGE_SIZE));
  params.limit = first + 1;
  const sortColumns = keys.map((k, i) => `n.${k.property} AS sortKey${i}`).join(', ');
  const orderBy = keys.map((k, i) => `sortKey${i}${k.descending ? ' DESC' : ''}`).join(', ');
  const pageQuery = cypher(
    `${from}${whereClause(conditions)} RETURN ${projectRecord(spec.label)}, ${sortColumns} ` +
      `ORDER BY ${orderBy} LIMIT $limit`,
    params,
  );
  return {
    count,
    page: pageQuery,
    first,
    cursorOf: (row) => encodeCursor(keys.map((_, i) => String(row[`sortKey${i}`] ?? ''))),
  };
}

/**
 * The filter of a list: conditions on `n` itself first, then the subquery
 * conditions (EXISTS { ... }) after `WITH n`. Kùzu 0.11 loses the
 * parameters of a subquery that shares its WHERE with a parameterized
 * condition outside it ("Parameter organizationId not found"); both engines
 * read the two-step form the same way.
 */
function whereClause(conditions: readonly string[]): string {
  const subqueries = conditions.filter((c) => /\bEXISTS\s*\{/.test(c));
  const plain = conditions.filter((c) => !subqueries.includes(c));
  const and = (list: readonly string[]) => list.map((c) => `(${c})`).join(' AND ');
  const first = plain.length ? ` WHERE ${and(plain)}` : '';
  if (subqueries.length === 0) return first;
  return plain.length ? `${first} WITH n WHERE ${and(subqueries)}` : ` WHERE ${and(subqueries)}`;
}

/**
 * Rows strictly after the cursor in the list order: for keys k0 DESC, id
 * ASC that is `k0 < $cursor0 OR (k0 = $cursor0 AND id > $cursor1)`.
 */
export function afterCondition(keys: readonly SortKey[]): string {
  const alternatives = keys.map((k, i) => {
    const equal = keys.slice(0, i).map((e, j) => `n.${e.property} = $cursor${j}`);
    const beyond = `n.${k.property} ${k.descending ? '<' : '>'} $cursor${i}`;
    return [...equal, beyond].join(' AND ');
  });
  return alternatives.map((a) => `(${a})`).join(' OR ');
}

/**
 * Word-prefix conditions on the folded search copy: every word of the
 * query starts some word of the name ("trinh tu" finds "Trịnh Tuấn Đông").
 */
export function addSearchConditions(spec: ListSpec, text: string | null | undefined): void {
  const words = searchWords(text ?? '');
  words.forEach((w, i) => {
    spec.conditions.push(`(' ' + n.searchText) CONTAINS $searchWord${i}`);
    spec.params[`searchWord${i}`] = ` ${w}`;
  });
}

/** Adds `condition` with its one parameter when the filter value is set. */
export function addCondition(spec: ListSpec, value: unknown, name: string, condition: string): void {
  if (value === null || value === undefined || value === '') return;
  spec.conditions.push(condition);
  spec.params[name] = value;
}
