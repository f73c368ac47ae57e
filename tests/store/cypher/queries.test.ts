import { buildListQueries, afterCondition } from '../../../src/store/cypher/list-query';
import { documentsSpec, peopleSpec, sessionsSpec } from '../../../src/store/cypher/list-specs';
import { assertParamsBound, cypher, paramNames, unionAll } from '../../../src/store/cypher/query';
import {
  countsQuery, EDGE_BRANCHES_MAX, edgesQuery, IDS_PER_LOOKUP, lookupChunks, nodesByIdQuery,
} from '../../../src/store/cypher/read-queries';
import { createEdgesQuery, createNodesQuery, existingIdsQuery } from '../../../src/store/cypher/write-queries';
import { encodeCursor } from '../../../src/store/cypher/cursor';
import { InvalidCursorError } from '../../../src/store/store.port';

/** The shared Cypher, read as text: no database needed. */
describe('Cypher builders', () => {
  it('refuses a statement with a parameter it does not bind', () => {
    expect(paramNames('MATCH (n {id: $id}) WHERE n.x IN $ids AND n.id = $id')).toEqual(['id', 'ids']);
    expect(() => cypher('MATCH (n {id: $id}) RETURN n', {})).toThrow(/unbound Cypher parameter\(s\) \$id/);
    expect(() => assertParamsBound({ cypher: 'RETURN $a, $b', params: { a: 1, b: undefined } })).toThrow(/\$b/);
  });

  it('gives each UNION ALL branch its own parameter names', () => {
    const q = unionAll([cypher('MATCH (a:A) WHERE a.id IN $ids RETURN a.id AS id', { ids: ['x'] }),
      cypher('MATCH (b:B) WHERE b.id IN $ids RETURN b.id AS id', { ids: ['y'] })]);
    expect(q.cypher).toBe('MATCH (a:A) WHERE a.id IN $ids_0 RETURN a.id AS id\nUNION ALL\nMATCH (b:B) WHERE b.id IN $ids_1 RETURN b.id AS id');
    expect(q.params).toEqual({ ids_0: ['x'], ids_1: ['y'] });
  });

  it('reads nodes by id as record fields, one primary-key branch per id, padded to a power of two', () => {
    expect(nodesByIdQuery('Person', ['per_1']).cypher).toBe('MATCH (n:Person {id: $id0}) RETURN n.id AS id, n.name AS name');
    const three = nodesByIdQuery('Person', ['per_1', 'per_2', 'per_3']);
    expect(three.cypher.split('UNION ALL')).toHaveLength(4);
    expect(three.params).toEqual({ id0: 'per_1', id1: 'per_2', id2: 'per_3', id3: '' });
    const ids = Array.from({ length: 70 }, (_, i) => `per_${i}`);
    expect(lookupChunks(ids).map((c) => c.length)).toEqual([IDS_PER_LOOKUP, IDS_PER_LOOKUP, 70 - 2 * IDS_PER_LOOKUP]);
    expect(() => nodesByIdQuery('Person', ids)).toThrow(/at most/);
  });

  it('reads edges by branches anchored on each id, only for the pairs whose label the ids name', () => {
    const q = edgesQuery('CITES', 'in', ['doc_1'], 'art_1');
    expect(q.cypher).toContain('MATCH (a:Session)-[r:CITES]->(b:LegalDocument {id: $id0_0}) WHERE r.article = $article_0');
    expect(q.cypher).toContain('MATCH (a:LegalDocument)-[r:CITES]->(b:LegalDocument {id: $id0_1}) WHERE r.article = $article_1');
    const cites = edgesQuery('CITES', 'out', ['ses_1']);
    expect(cites.cypher).toBe('MATCH (a:Session {id: $id0})-[r:CITES]->(b:LegalDocument) RETURN ' + cites.cypher.split(' RETURN ')[1]);
    expect(edgesQuery('STATES', 'in', ['per_1', 'per_2']).cypher).not.toContain('Organization');
    const many = Array.from({ length: EDGE_BRANCHES_MAX + 1 }, (_, i) => `ses_${i}`);
    expect(edgesQuery('CHAIRED', 'in', many).cypher).toMatch(/^MATCH \(a:Person\)-\[r:CHAIRED\]->\(b:Session\) WHERE b.id IN \$ids RETURN/);
    expect(edgesQuery('STATES', 'in', ['foreign-id']).cypher.split('UNION ALL')).toHaveLength(6);
    expect(countsQuery().cypher.split('UNION ALL')).toHaveLength(7);
  });

  it('looks ids up by join, creates only new nodes, and counts the edges it creates', () => {
    expect(existingIdsQuery('Person', ['per_1']).cypher).toBe('UNWIND $ids AS i MATCH (n:Person {id: i}) RETURN n.id AS id');
    const create = createNodesQuery('Person', [{ id: 'per_1', name: 'Đỗ Thị Hoa', searchText: 'do thi hoa' }]);
    expect(create.cypher).toBe('UNWIND $rows AS r CREATE (n:Person {id: r.id, name: r.name, searchText: r.searchText})');
    const edges = createEdgesQuery(
      { type: 'TOOK_PART', fromLabel: 'Organization', toLabel: 'Session', rows: [{ from: 'o', to: 's', role: 'host', article: 'art_1', quote: 'q', spanStart: 0, spanEnd: 1 }] },
    );
    expect(edges.cypher).toContain('CREATE (a)-[:TOOK_PART {article: r.article, quote: r.quote, spanStart: r.spanStart, spanEnd: r.spanEnd, role: r.role}]->(b)');
    // Keys projected before each lookup, one lookup at a time: Kùzu joins instead of scanning per row.
    expect(edges.cypher).toContain('WITH r, r.from AS f MATCH (a:Organization {id: f}) WITH a, r, r.to AS t LIMIT');
    expect(edges.cypher).toMatch(/RETURN count\(\*\) AS created$/);
  });

  it('writes list filters as EXISTS subqueries and folded keys', () => {
    const people = peopleSpec({ search: 'Trịnh tu', title: 'Bí thư', organizationId: 'org_1' });
    expect(people.params).toEqual({ searchWord0: ' trinh', searchWord1: ' tu', title: 'bi thu', organizationId: 'org_1' });
    expect(people.conditions).toContain("(' ' + n.searchText) CONTAINS $searchWord0");
    expect(documentsSpec({ number: ' 03 – qđ/đu' }).params).toEqual({ number: '03-QĐ/ĐU' });
    expect(sessionsSpec({ from: '2025-05-01' }).conditions).toEqual(["n.dateFrom <> '' AND n.dateTo >= $from"]);
  });

  it('pages after a cursor in the list order, asking one row more than the page', () => {
    expect(afterCondition([{ property: 'dateFrom', descending: true }, { property: 'id', descending: false }])).toBe(
      '(n.dateFrom < $cursor0) OR (n.dateFrom = $cursor0 AND n.id > $cursor1)',
    );
    const q = buildListQueries(sessionsSpec({ kind: 'CONFERENCE' }), { first: 2, after: encodeCursor(['2025-05-08', 'ses_1']) });
    expect(q.count.cypher).toBe('MATCH (n:Session) WHERE (n.kind = $kind) RETURN count(n) AS total');
    expect(q.page.cypher).toContain('ORDER BY sortKey0 DESC, sortKey1 LIMIT $limit');
    expect(q.page.params).toMatchObject({ kind: 'CONFERENCE', cursor0: '2025-05-08', cursor1: 'ses_1', limit: 3 });
    expect(() => buildListQueries(sessionsSpec({}), { first: 1, after: encodeCursor(['x']) })).toThrow(InvalidCursorError);
  });
});
