import { extractArticle } from '../../src/extraction/extract-article';
import { blankMarkup } from '../../src/extraction/normalize/markup';

describe('HTML pasted as article text', () => {
  const page = [
    '<html><head><title>Hội nghị</title><style>/* Đồng chí Lê Văn Ẩn, Bí thư Huyện ủy */</style></head>',
    '<body><script>var x = "Đồng chí Trần Văn Mã, Chủ tịch UBND xã Nguồn";</script>',
    '<!-- đồng chí Phạm Thị Chú, Phó Bí thư Đảng ủy xã Thích -->',
    '<p class="lead">Ngày 4/3/2025, Đảng ủy xã Yên Bình tổ chức hội nghị.</p><p>Đồng chí Đặng Văn Lực, Bí thư Đảng ủy xã chủ trì hội nghị.</p>',
    '</body></html>',
  ].join('\n');

  it('keeps offsets: the blanked text has the same length and the same text between tags', () => {
    const blanked = blankMarkup(page);
    expect(blanked).toHaveLength(page.length);
    const at = page.indexOf('Ngày 4/3/2025');
    expect(blanked.slice(at, at + 13)).toBe('Ngày 4/3/2025');
    expect(blanked).not.toMatch(/[<>]|Lê Văn Ẩn|Trần Văn Mã|Phạm Thị Chú/);
  });

  it('reads the article between the tags and nothing from scripts, styles or comments', () => {
    const facts = extractArticle(page, {});
    const names = facts.persons.map((p) => p.name);
    expect(names).toContain('Đặng Văn Lực');
    expect(names).not.toEqual(expect.arrayContaining(['Lê Văn Ẩn']));
    expect(names.some((n) => /Mã|Chú/.test(n))).toBe(false);
  });

  it('leaves a text without markup alone, comparisons with < included', () => {
    const text = 'Tỷ lệ hộ nghèo < 2% và số hộ > 100.';
    expect(blankMarkup(text)).toBe(text);
  });

  it('stays linear on a long run of unclosed tags', () => {
    const text = '<a '.repeat(200_000);
    const started = process.hrtime.bigint();
    blankMarkup(text);
    expect(Number(process.hrtime.bigint() - started) / 1e9).toBeLessThan(5);
  });
});
