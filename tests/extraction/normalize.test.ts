import { blankCrawlNoise } from '../../src/extraction/normalize/crawl-noise';
import { DASHES, INVISIBLE, isPlain, NEEDS_COMPOSING, normalizeText, SPACES } from '../../src/extraction/normalize/normalize-text';
import { modernizeTones } from '../../src/extraction/normalize/tone-marks';
import { expectSpansQuoteOriginal, read } from './helpers';

const ARTICLE =
  'A- A A+ | Tăng tương phản Giảm tương phản\n' +
  'Trang chủ | Tin tức | Xây dựng Đảng\n' +
  'Ngày 7/8/2025, đồng chí Quách Văn Lộc, Bí thư Đảng uỷ, Chủ tịch HĐND xã Hoà Bình chủ trì hội nghị sơ kết công tác 6 tháng.\n' +
  'z5196823304417_4c1f0e9b8a7d6c5b4a3f2e1d0c9b8a7f.jpg\n' +
  'Đồng chí Bí thư Đảng uỷ phát biểu kết luận hội nghị.\n' +
  'Tin liên quan\n- Đồng chí Quách Văn Lộc làm việc với xã khác\n';

describe('normalization', () => {
  it('rewrites old tone placement in open syllables only', () => {
    expect(['uỷ', 'hoà', 'khoẻ', 'Thuỷ', 'quý', 'hoàng', 'UỶ'].map(modernizeTones)).toEqual(['ủy', 'hòa', 'khỏe', 'Thủy', 'quý', 'hoàng', 'ỦY']);
  });

  it('composes NFD text and maps every offset back to the original', () => {
    const nfd = ARTICLE.normalize('NFD');
    const n = normalizeText(nfd);
    expect(n.text).toBe(ARTICLE.normalize('NFC').replace(/uỷ/g, 'ủy').replace(/Hoà/g, 'Hòa'));
    expect(n.toOriginal).toHaveLength(n.text.length + 1);
    expect(n.toOriginal![n.text.length]).toBe(nfd.length);
    expect(normalizeText(ARTICLE.replace(/uỷ/g, 'ủy')).toOriginal).toBeNull();
  });

  it('passes a text as it is only when no pattern of the normalizer would change it', () => {
    const changed = (ch: string) => [NEEDS_COMPOSING, INVISIBLE, DASHES, SPACES].some((re) => re.test(ch)) || ch === '\r';
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (isPlain(`x${ch}x`) === changed(ch)) throw new Error(`U+${c.toString(16)}: isPlain disagrees with the patterns`);
    }
    expect([isPlain('hoà bình'), isPlain('hoàng'), isPlain('Thuỷ'), isPlain('hòa'), isPlain('quý'), isPlain('kết quả')]).toEqual([false, true, false, true, true, true]);
  });

  it('blanks chrome without moving offsets', () => {
    const body = blankCrawlNoise(ARTICLE);
    expect(body).toHaveLength(ARTICLE.length);
    expect(body).not.toContain('Tăng tương phản');
    expect(body).not.toContain('.jpg');
    expect(body).not.toContain('làm việc với xã khác');
    expect(body).toContain('chủ trì hội nghị');
  });

  it('keeps a sentence with a spaced number or leading a list, though it has " / " as a breadcrumb does', () => {
    const line = 'Theo Quyết định số 45 / QĐ-UBND ngày 2/5/2024 của UBND xã Tân Lộc, 2 tổ được thành lập như sau:';
    expect(blankCrawlNoise(`Trang chủ / Tin tức / Chính trị\n${line}`)).toBe(`${' '.repeat(31)}\n${line}`);
  });

  it('keeps a table row that holds a document number, though its cells stand apart by " | " as a menu\'s items do', () => {
    const row = '201-QĐ/ĐU | Chi bộ Tổ dân phố 3 | 41';
    expect(blankCrawlNoise(`Trang chủ | Tin tức | Sự kiện\n${row}`)).toBe(`${' '.repeat(29)}\n${row}`);
  });

  it('keeps the header row of such a table, with as many cells as the row under it', () => {
    const header = 'STT | Thôn | Quyết định';
    const row = '1 | Khe Cát | 41/QĐ-UBND';
    expect(blankCrawlNoise(`${header}\n${row}`)).toBe(`${header}\n${row}`);
    expect(blankCrawlNoise(`Trang chủ | Tin tức\n${row}`)).toBe(`${' '.repeat('Trang chủ | Tin tức'.length)}\n${row}`);
    expect(blankCrawlNoise(`Tin tức | Thôn bản | Văn hóa\n${row}`)).toBe(`${' '.repeat('Tin tức | Thôn bản | Văn hóa'.length)}\n${row}`);
  });

  it('gives the same facts, names in modern tone marks, for NFD input with old tone marks; spans quote the original', () => {
    const nfc = read(ARTICLE);
    const nfdText = ARTICLE.normalize('NFD');
    const nfd = read(nfdText);
    expect(nfd.positions('Quách Văn Lộc')).toEqual(nfc.positions('Quách Văn Lộc'));
    expect(nfc.positions('Quách Văn Lộc')).toEqual([
      { title: 'Bí thư', org: 'Đảng ủy xã Hòa Bình' },
      { title: 'Chủ tịch', org: 'Hội đồng nhân dân xã Hòa Bình' },
    ]);
    expect(nfd.persons).toEqual(['Quách Văn Lộc']);
    expectSpansQuoteOriginal(ARTICLE, nfc.facts);
    expectSpansQuoteOriginal(nfdText, nfd.facts);
    expect(nfd.facts.persons[0].mentions[0].text.normalize('NFC')).toBe('Quách Văn Lộc');
  });

  it('blanks a footer line "Chịu trách nhiệm chính:" but keeps a sentence about who bears the blame', () => {
    const text = 'Đồng chí Lý Văn Tư, nguyên Chủ tịch UBND xã Tân Phú chịu trách nhiệm chính trong việc giao đất sai quy định.\nChịu trách nhiệm chính: Trưởng Ban biên tập\n';
    const body = blankCrawlNoise(text);
    expect(body).toContain('chịu trách nhiệm chính trong việc');
    expect(body).not.toContain('Trưởng Ban biên tập');
    expect(read(text).positions('Lý Văn Tư')).toEqual([{ title: 'Chủ tịch', org: 'Ủy ban nhân dân xã Tân Phú' }]);
  });
});

