// The graph schema for the embedded store (Kùzu 0.11). Read and applied by
// src/store/kuzu/kuzu-schema.ts at every start: statements end with ';',
// lines starting with '//' are comments. Everything is "if not exists".
//
// searchText: the folded copy of the name (lowercase, no diacritics, đ -> d)
// dateFrom/dateTo: the span of a partial date, '' when it has none

CREATE NODE TABLE IF NOT EXISTS Person(id STRING PRIMARY KEY, name STRING, searchText STRING);
CREATE NODE TABLE IF NOT EXISTS Organization(id STRING PRIMARY KEY, name STRING, kind STRING, searchText STRING);
CREATE NODE TABLE IF NOT EXISTS AdminUnit(id STRING PRIMARY KEY, name STRING, level STRING, searchText STRING);
CREATE NODE TABLE IF NOT EXISTS Position(id STRING PRIMARY KEY, title STRING, searchText STRING);
CREATE NODE TABLE IF NOT EXISTS Session(id STRING PRIMARY KEY, kind STRING, title STRING, date STRING, dateFrom STRING, dateTo STRING, searchText STRING);
CREATE NODE TABLE IF NOT EXISTS LegalDocument(id STRING PRIMARY KEY, type STRING, typeKey STRING, number STRING, numberKey STRING, kindCode STRING, issuerCode STRING, issuedOn STRING, subject STRING, dateFrom STRING, dateTo STRING, searchText STRING);
CREATE NODE TABLE IF NOT EXISTS Article(id STRING PRIMARY KEY, url STRING, title STRING, publishedAt STRING, contentHash STRING, ingestedAt STRING, text STRING, dateFrom STRING, dateTo STRING, searchText STRING);

// Every relationship carries its provenance: one edge per stating article.
CREATE REL TABLE IF NOT EXISTS HOLDS(FROM Person TO Position, article STRING, quote STRING, spanStart INT64, spanEnd INT64, role STRING);
CREATE REL TABLE IF NOT EXISTS IN_ORGANIZATION(FROM Position TO Organization, article STRING, quote STRING, spanStart INT64, spanEnd INT64, role STRING);
CREATE REL TABLE IF NOT EXISTS PART_OF(FROM Organization TO Organization, article STRING, quote STRING, spanStart INT64, spanEnd INT64, role STRING);
CREATE REL TABLE IF NOT EXISTS SERVES(FROM Organization TO AdminUnit, article STRING, quote STRING, spanStart INT64, spanEnd INT64, role STRING);
CREATE REL TABLE IF NOT EXISTS WITHIN(FROM AdminUnit TO AdminUnit, article STRING, quote STRING, spanStart INT64, spanEnd INT64, role STRING);
CREATE REL TABLE IF NOT EXISTS CHAIRED(FROM Person TO Session, article STRING, quote STRING, spanStart INT64, spanEnd INT64, role STRING);
CREATE REL TABLE IF NOT EXISTS ATTENDED(FROM Person TO Session, article STRING, quote STRING, spanStart INT64, spanEnd INT64, role STRING);
CREATE REL TABLE IF NOT EXISTS TOOK_PART(FROM Organization TO Session, article STRING, quote STRING, spanStart INT64, spanEnd INT64, role STRING);
CREATE REL TABLE IF NOT EXISTS ISSUED(FROM Organization TO LegalDocument, article STRING, quote STRING, spanStart INT64, spanEnd INT64, role STRING);
CREATE REL TABLE IF NOT EXISTS FOUNDED(FROM LegalDocument TO Organization, article STRING, quote STRING, spanStart INT64, spanEnd INT64, role STRING);
CREATE REL TABLE IF NOT EXISTS CITES(FROM Session TO LegalDocument, FROM LegalDocument TO LegalDocument, article STRING, quote STRING, spanStart INT64, spanEnd INT64, role STRING);
CREATE REL TABLE IF NOT EXISTS WROTE(FROM Person TO Article, article STRING, quote STRING, spanStart INT64, spanEnd INT64, role STRING);
CREATE REL TABLE IF NOT EXISTS STATES(FROM Article TO Person, FROM Article TO Organization, FROM Article TO AdminUnit, FROM Article TO Session, FROM Article TO LegalDocument, FROM Article TO Position, article STRING, quote STRING, spanStart INT64, spanEnd INT64, role STRING);

// Names are searched through the read model's word index (src/store/read-model/word-index.ts);
// stores written before it have SearchTerm and TERM_OF tables, no longer written or read.
