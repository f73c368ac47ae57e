import { generateCorpus } from '../../bench/corpus/generate';

/** Folds what GOLD.md normalizes: dashes and spaces in numbers. */
const squeeze = (s: string): string => s.replace(/–/g, '-').replace(/\s/g, '');

describe('generateCorpus', () => {
  const articles = [...generateCorpus({ articles: 300, seed: 11 })];

  it('gives the same articles for the same seed', () => {
    const again = [...generateCorpus({ articles: 300, seed: 11, start: 290 })];
    expect(again.map((a) => a.text)).toEqual(articles.slice(290).map((a) => a.text));
  });

  it('gives other articles for another seed', () => {
    const other = [...generateCorpus({ articles: 5, seed: 12 })];
    expect(other[0].text).not.toEqual(articles[0].text);
  });

  it('writes NFC articles of about five kilobytes', () => {
    for (const a of articles) {
      expect(a.text.normalize('NFC')).toBe(a.text);
      const kb = Buffer.byteLength(a.text) / 1024;
      expect(kb).toBeGreaterThan(3.5);
      expect(kb).toBeLessThan(8);
    }
  });

  it('names every gold person, author and document in the text', () => {
    for (const a of articles) {
      const flat = squeeze(a.text);
      for (const p of a.truth.persons) expect(a.text).toContain(p.name);
      for (const name of a.truth.authors) expect(a.text).toContain(name);
      for (const d of a.truth.documents) expect(flat).toContain(d.number);
      for (const s of a.truth.sessions) {
        expect(s.date).toMatch(/^(\d{4}|XXXX)-\d{2}-\d{2}$/);
        if (s.chair) expect(s.participants).toContain(s.chair);
      }
    }
  });

  it('brings the same people back across articles', () => {
    const seen = new Map<string, number>();
    for (const a of articles) for (const p of a.truth.persons) seen.set(p.name, (seen.get(p.name) ?? 0) + 1);
    const recurring = [...seen.values()].filter((n) => n > 1).length;
    expect(recurring).toBeGreaterThan(20);
  });

  it('has sessions, documents, foundings and date styles of every kind', () => {
    const all = articles.map((a) => a.text).join('\n');
    expect(articles.some((a) => a.truth.foundings.length > 0)).toBe(true);
    expect(articles.some((a) => a.truth.documents.some((d) => d.number.includes('/KH-')))).toBe(true);
    expect(articles.some((a) => a.truth.documents.some((d) => /-QĐ\/ĐU$/.test(d.number)))).toBe(true);
    expect(all).toMatch(/Sáng ngày \d{2}\/\d{2}\/\d{4}/);
    expect(all).toMatch(/ngày \d{1,2} tháng \d{1,2} năm \d{4}/i);
    expect(all).toMatch(/Ngày \d{1,2}\/\d{1,2},/);
  });
});
