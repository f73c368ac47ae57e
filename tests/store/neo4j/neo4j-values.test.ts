import neo4j from 'neo4j-driver';
import { neo4jRowToRawPath } from '../../../src/store/neo4j/neo4j-questions';
import { recordToRow, toNeo4jParams, toPlain } from '../../../src/store/neo4j/neo4j-values';

/** Driver values made by hand (no server): what the adapter turns them into. */
describe('neo4j value conversions', () => {
  it('turns Integers into numbers, and huge ones into exact decimal strings', () => {
    expect(toPlain(neo4j.int(42))).toBe(42);
    expect(toPlain(neo4j.int('9007199254740993'))).toBe('9007199254740993');
    expect(toPlain([neo4j.int(1), { n: neo4j.int(2) }])).toEqual([1, { n: 2 }]);
  });

  it('turns temporal values into ISO strings', () => {
    expect(toPlain(new neo4j.types.Date(2025, 5, 8))).toBe('2025-05-08');
    expect(toPlain(new neo4j.types.LocalDateTime(2025, 5, 8, 9, 30, 0, 0))).toBe('2025-05-08T09:30:00');
  });

  it('turns a Node into its label, element id and plain properties', () => {
    const node = new neo4j.types.Node(neo4j.int(7), ['Person'], { id: 'per_1', name: 'Trịnh Tuấn Đông' }, 'e:7');
    expect(toPlain(node)).toEqual({ label: 'Person', elementId: 'e:7', properties: { id: 'per_1', name: 'Trịnh Tuấn Đông' } });
  });

  it('turns a Relationship into its type, ends and plain properties', () => {
    const rel = new neo4j.types.Relationship(
      neo4j.int(3), neo4j.int(7), neo4j.int(8), 'HOLDS',
      { article: 'art_1', quote: 'Bí thư', spanStart: neo4j.int(10), spanEnd: neo4j.int(16) }, 'r:3', 'e:7', 'e:8',
    );
    expect(toPlain(rel)).toEqual({
      type: 'HOLDS', startElementId: 'e:7', endElementId: 'e:8',
      properties: { article: 'art_1', quote: 'Bí thư', spanStart: 10, spanEnd: 16 },
    });
  });

  it('reads a record into a plain row and a path row into ids and directions', () => {
    const a = new neo4j.types.Node(neo4j.int(1), ['Person'], { id: 'per_a', name: 'A' }, 'e:1');
    const s = new neo4j.types.Node(neo4j.int(2), ['Session'], { id: 'ses_s', kind: 'CONFERENCE', title: 'hội nghị', date: null }, 'e:2');
    const r = new neo4j.types.Relationship(neo4j.int(5), neo4j.int(1), neo4j.int(2), 'CHAIRED', { article: 'art_1' }, 'r:5', 'e:1', 'e:2');
    const record = { keys: ['pathNodes', 'pathRels'], get: (k: PropertyKey) => (k === 'pathNodes' ? [s, a] : [r]) };
    const raw = neo4jRowToRawPath(recordToRow(record));
    expect(raw.nodes.map((n) => n.id)).toEqual(['ses_s', 'per_a']);
    expect(raw.steps).toEqual([{ type: 'CHAIRED', fromId: 'per_a', toId: 'ses_s', role: null }]);
  });

  it('sends whole numbers as Integers and leaves the rest alone', () => {
    const params = toNeo4jParams({ limit: 11, ratio: 0.5, rows: [{ spanStart: 3, quote: 'x' }], none: null }) as Record<string, unknown>;
    expect(neo4j.isInt(params.limit)).toBe(true);
    expect(params.ratio).toBe(0.5);
    expect(neo4j.isInt((params.rows as Array<Record<string, unknown>>)[0].spanStart)).toBe(true);
    expect(params.none).toBeNull();
  });
});
