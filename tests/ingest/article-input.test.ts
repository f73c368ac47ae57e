import { InvalidArticleError, MAX_ARTICLE_BYTES, parseArticleInput } from '../../src/ingest/article-input';

describe('article input', () => {
  it('accepts text with optional url, title and date', () => {
    const a = parseArticleInput({ text: 'Ngày 2/4/2025, Đảng ủy xã họp.', url: null, publishedAt: '2025-04-03' });
    expect(a.publishedAt).toBe('2025-04-03');
  });

  it.each([
    [{ text: '' }, 'text is empty'],
    [{ text: '   \n ' }, 'text is empty'],
    [{}, 'text'],
    [{ text: 'x'.repeat(MAX_ARTICLE_BYTES + 1) }, 'over 1000000 bytes'],
    [{ text: 'ok', publishedAt: '2025-02-30' }, 'publishedAt must be a calendar date'],
    [{ text: 'ok', publishedAt: '03/04/2025' }, 'publishedAt must be a calendar date'],
  ])('refuses %j saying what is wrong', (raw, message) => {
    expect(() => parseArticleInput(raw)).toThrow(InvalidArticleError);
    expect(() => parseArticleInput(raw)).toThrow(message);
  });

  it('counts the size limit in UTF-8 bytes, not characters', () => {
    const text = 'ủ'.repeat(Math.ceil(MAX_ARTICLE_BYTES / 3) + 1); // 3 bytes each
    expect(() => parseArticleInput({ text })).toThrow('over 1000000 bytes');
  });
});
