import { articleId, contentHash, labelOfId, stableId } from '../../src/domain/ids';

describe('stable ids', () => {
  it('gives the same id for the same label and key', () => {
    expect(stableId('Person', 'hoang van kien@lang son')).toBe(stableId('Person', 'hoang van kien@lang son'));
  });

  it('tells labels and keys apart', () => {
    expect(stableId('Person', 'x')).not.toBe(stableId('Organization', 'x'));
    expect(stableId('Person', 'a@lang son')).not.toBe(stableId('Person', 'a@cao bang'));
  });

  it('names the label an id was made for', () => {
    expect(labelOfId(stableId('LegalDocument', 'k'))).toBe('LegalDocument');
    expect(labelOfId('nonsense')).toBeNull();
  });

  it('identifies an article by url, else by its text in any Unicode form', () => {
    const nfc = 'Đảng ủy xã';
    expect(articleId('https://a/1', 'one text')).toBe(articleId('https://a/1', 'another text'));
    expect(articleId(null, nfc)).toBe(articleId(null, nfc.normalize('NFD')));
    expect(contentHash(nfc)).toBe(contentHash(nfc.normalize('NFD')));
  });
});
