import { foldSearchText, normalizeDocumentNumber, searchWords } from '../../../src/store/cypher/search-keys';
import { luceneQuery } from '../../../src/store/neo4j/neo4j-questions';
import { rankHit } from '../../../src/store/search-rank';

describe('search keys', () => {
  it('folds case, tone marks and đ for search only', () => {
    expect(foldSearchText('Trịnh Tuấn Đông')).toBe('trinh tuan dong');
    expect(foldSearchText('Phó Bí thư Thường trực'.normalize('NFD'))).toBe('pho bi thu thuong truc');
    expect(searchWords('  Ủy ban MTTQ, xã Lộc Bình ')).toEqual(['uy', 'ban', 'mttq', 'xa', 'loc', 'binh']);
  });

  it('normalizes document numbers: spaces, dash kinds, case, Unicode form', () => {
    expect(normalizeDocumentNumber('03 – qđ/đu')).toBe('03-QĐ/ĐU');
    expect(normalizeDocumentNumber('05/KH\u2011MTTQ\u2014BTT')).toBe('05/KH-MTTQ-BTT');
    expect(normalizeDocumentNumber('03-QĐ/ĐU'.normalize('NFD'))).toBe('03-QĐ/ĐU');
  });

  it('ranks whole words first', () => {
    expect(rankHit('trinh tuan dong', ['trinh', 'tuan', 'dong'])).toBeGreaterThan(rankHit('trinh tuan dong anh', ['trinh', 'tuan', 'dong']));
    expect(rankHit('do thi hoa', ['do'])).toBeGreaterThan(rankHit('trinh tuan dong', ['do']));
  });

  it('asks Lucene for every word as a prefix (Neo4j)', () => {
    expect(luceneQuery('Trịnh tu')).toBe('+trinh* +tu*');
    expect(luceneQuery('  ')).toBeNull();
  });
});
