// The graph schema for the neo4j backend (Neo4j 5). Read and applied by
// src/store/neo4j/neo4j-schema.ts at every start: statements end with ';',
// lines starting with '//' are comments; all are IF NOT EXISTS.
// Node and relationship properties are those of schema/kuzu.cypher.

// Every node is found by its stable id.
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT adminunit_id IF NOT EXISTS FOR (n:AdminUnit) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT position_id IF NOT EXISTS FOR (n:Position) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT session_id IF NOT EXISTS FOR (n:Session) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT legaldocument_id IF NOT EXISTS FOR (n:LegalDocument) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;

// List order and filters.
CREATE INDEX person_search_text IF NOT EXISTS FOR (n:Person) ON (n.searchText);
CREATE INDEX organization_search_text IF NOT EXISTS FOR (n:Organization) ON (n.searchText);
CREATE INDEX adminunit_search_text IF NOT EXISTS FOR (n:AdminUnit) ON (n.searchText);
CREATE INDEX position_search_text IF NOT EXISTS FOR (n:Position) ON (n.searchText);
CREATE INDEX session_date IF NOT EXISTS FOR (n:Session) ON (n.dateFrom);
CREATE INDEX legaldocument_date IF NOT EXISTS FOR (n:LegalDocument) ON (n.dateFrom);
CREATE INDEX legaldocument_number IF NOT EXISTS FOR (n:LegalDocument) ON (n.numberKey);
CREATE INDEX article_date IF NOT EXISTS FOR (n:Article) ON (n.dateFrom);

// Replacing an article finds its edges by their `article` property.
CREATE INDEX holds_article IF NOT EXISTS FOR ()-[r:HOLDS]-() ON (r.article);
CREATE INDEX in_organization_article IF NOT EXISTS FOR ()-[r:IN_ORGANIZATION]-() ON (r.article);
CREATE INDEX part_of_article IF NOT EXISTS FOR ()-[r:PART_OF]-() ON (r.article);
CREATE INDEX serves_article IF NOT EXISTS FOR ()-[r:SERVES]-() ON (r.article);
CREATE INDEX within_article IF NOT EXISTS FOR ()-[r:WITHIN]-() ON (r.article);
CREATE INDEX chaired_article IF NOT EXISTS FOR ()-[r:CHAIRED]-() ON (r.article);
CREATE INDEX attended_article IF NOT EXISTS FOR ()-[r:ATTENDED]-() ON (r.article);
CREATE INDEX took_part_article IF NOT EXISTS FOR ()-[r:TOOK_PART]-() ON (r.article);
CREATE INDEX issued_article IF NOT EXISTS FOR ()-[r:ISSUED]-() ON (r.article);
CREATE INDEX founded_article IF NOT EXISTS FOR ()-[r:FOUNDED]-() ON (r.article);
CREATE INDEX cites_article IF NOT EXISTS FOR ()-[r:CITES]-() ON (r.article);
CREATE INDEX wrote_article IF NOT EXISTS FOR ()-[r:WROTE]-() ON (r.article);
CREATE INDEX states_article IF NOT EXISTS FOR ()-[r:STATES]-() ON (r.article);

// Word-prefix search: Lucene over the folded copy, queried as "+trinh* +tu*".
// The whitespace analyzer keeps the folded words as they are (no stop words).
CREATE FULLTEXT INDEX node_search IF NOT EXISTS
FOR (n:Person|Organization|AdminUnit|Session|LegalDocument|Article|Position) ON EACH [n.searchText]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'whitespace' } };
