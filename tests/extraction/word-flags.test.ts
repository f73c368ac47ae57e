import { FLAG, wordsOf, wordsOfBlanked } from '../../src/extraction/recognize/word-flags';

const copy = (w: ReturnType<typeof wordsOf>) => ({ starts: [...w.starts], ends: [...w.ends], flags: [...w.flags] });

describe('flagged words', () => {
  it('reads word bounds and flags', () => {
    const w = wordsOf('Đồng chí Lê Văn An, Bí thư Đảng ủy xã');
    expect(w.starts.length).toBe(10);
    expect(w.flags[0] & FLAG.HONORIFIC).toBeTruthy();
    expect(w.flags[2] & FLAG.SURNAME).toBeTruthy();
    expect(w.flags[9] & FLAG.LEVEL).toBeTruthy();
  });

  it('keeps the words of the last four texts read intact while others are read into shared arrays', () => {
    const texts = ['Ủy ban nhân dân xã A', 'Huyện ủy B họp', 'ông Lê Văn C', 'Chi bộ thôn D', 'Bí thư E'];
    const first = texts.map((t) => copy(wordsOf(t)));
    for (const t of texts.slice(1)) expect(copy(wordsOf(t))).toEqual(first[texts.indexOf(t)]);
    const full = 'Trang chủ | Tin tức\nĐồng chí Lò Văn Pấng, Bí thư Huyện ủy';
    const body = full.replace('Trang chủ | Tin tức', ' '.repeat('Trang chủ | Tin tức'.length));
    const blanked = copy(wordsOfBlanked(body, full));
    expect(blanked.starts.every((s) => body[s] !== ' ')).toBe(true);
    expect(copy(wordsOf(body))).toEqual(blanked);
    expect(copy(wordsOf(texts[4]))).toEqual(first[4]);
  });

  it('reads a long text into arrays of its own', () => {
    const text = 'Bí thư Huyện ủy '.repeat(20_000);
    const w = wordsOf(text);
    expect(w.starts.length).toBe(80_000);
    wordsOf('ông Lê Văn C');
    expect(w.starts[79_999]).toBe(text.length - 'ủy '.length);
  });
});
