import { readFileSync } from 'node:fs';
import { NODE_LABELS } from '../../src/domain/kinds';
import { RELATIONS, RELATION_TYPES } from '../../src/domain/relations';
import { schemaStatements } from '../../src/store/cypher/schema-file';
import { KUZU_SCHEMA_FILE } from '../../src/store/kuzu/kuzu-schema';
import { NEO4J_SCHEMA_FILE } from '../../src/store/neo4j/neo4j-schema';

/** The schema files are the truth; they must cover the domain's labels and relationships. */
describe('schema files', () => {
  const kuzu = schemaStatements(readFileSync(KUZU_SCHEMA_FILE, 'utf8'));
  const neo4j = schemaStatements(readFileSync(NEO4J_SCHEMA_FILE, 'utf8'));

  it('declares a Kùzu node table with id, searchText for every label', () => {
    for (const label of NODE_LABELS) {
      const table = kuzu.find((s) => s.startsWith(`CREATE NODE TABLE IF NOT EXISTS ${label}(`));
      expect(table).toMatch(/id STRING PRIMARY KEY.*searchText STRING/);
    }
  });

  it('declares a Kùzu relationship table with every pair and the provenance of every type', () => {
    for (const type of RELATION_TYPES) {
      const table = kuzu.find((s) => s.startsWith(`CREATE REL TABLE IF NOT EXISTS ${type}(`));
      expect(table).toBeDefined();
      for (const [from, to] of RELATIONS[type]) expect(table).toContain(`FROM ${from} TO ${to}`);
      expect(table).toContain('article STRING, quote STRING, spanStart INT64, spanEnd INT64, role STRING');
    }
  });

  it('gives Neo4j a unique id for every label, an article index for every type and the search index', () => {
    for (const label of NODE_LABELS) expect(neo4j.some((s) => s.includes(`FOR (n:${label}) REQUIRE n.id IS UNIQUE`))).toBe(true);
    for (const type of RELATION_TYPES) expect(neo4j.some((s) => s.includes(`FOR ()-[r:${type}]-() ON (r.article)`))).toBe(true);
    const fulltext = neo4j.find((s) => s.startsWith('CREATE FULLTEXT INDEX node_search'));
    expect(fulltext).toContain(`FOR (n:${NODE_LABELS.join('|')})`);
    expect(fulltext).toContain('ON EACH [n.searchText]');
  });
});
