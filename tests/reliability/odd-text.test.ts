import { ARTICLE_FACTS, comparableFacts, INGEST, inputOf, sampleArticles } from './helpers/articles';
import { expectStillServing, firstError, gql } from './helpers/http';
import { startTestServer, type TestServer, TOKEN } from './helpers/test-server';

/** Text in odd but legal shapes: decomposed Unicode, and whole HTML pages pasted as article text. */
describe('odd article text', () => {
  let t: TestServer;

  beforeAll(async () => {
    t = await startTestServer('odd-text');
  }, 60_000);

  afterAll(async () => {
    await t?.close();
  });

  async function ingest(input: Record<string, unknown>): Promise<string> {
    const a = await gql(t.url, INGEST, { input }, TOKEN);
    const id = a.json?.data?.ingestArticle?.article?.id;
    if (!id) throw new Error(`ingest refused: HTTP ${a.status} ${firstError(a) ?? a.text.slice(0, 300)}`);
    return id;
  }

  async function factsOf(id: string): Promise<any> { // eslint-disable-line @typescript-eslint/no-explicit-any
    const a = await gql(t.url, ARTICLE_FACTS, { id });
    expect(firstError(a)).toBeNull();
    return a.json.data.article;
  }

  it('accepts NFD text and reads the same facts as from NFC, in NFC', async () => {
    const sample = sampleArticles(8).filter((a) => a.truth.persons.length > 0).slice(0, 3);
    for (const a of sample) {
      const nfc = await ingest(inputOf(a, { url: `${a.meta.url}#nfc` }));
      const nfd = await ingest(inputOf(a, { url: `${a.meta.url}#nfd`, text: a.text.normalize('NFD'), title: a.meta.title?.normalize('NFD') }));
      expect(nfd).not.toBe(nfc);
      const fromNfc = await factsOf(nfc);
      const fromNfd = await factsOf(nfd);
      expect(comparableFacts(fromNfd)).toEqual(comparableFacts(fromNfc));
      const facts = JSON.stringify(comparableFacts(fromNfd));
      expect(facts.normalize('NFC')).toBe(facts); // every name, title and number comes back composed
    }
    await expectStillServing(t.base, t.url);
  });

  it('takes no facts from HTML markup, scripts or styles', async () => {
    const [a] = sampleArticles(12).filter((x) => x.truth.persons.length > 0);
    const body = a.text.split('\n\n').map((p) => `<p class="body">${p}</p>`).join('\n');
    const html = `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>${a.meta.title}</title>
<style>.Nguyen-Van-Style { color: red } /* Đồng chí Hoàng Văn Kiểu, Bí thư Đảng ủy xã Giả Định */</style>
<script>var data = {"name": "Trần Thị Kịch Bản", "title": "Chủ tịch UBND xã Mã Nguồn"}; document.write("<b>Lê Văn Thẻ</b>");</script>
</head><body><nav><a href="/">Trang chủ</a> | <a href="/chinh-tri">Chính trị</a></nav>
<article>${body}</article><!-- Đồng chí Phạm Văn Chú Thích, Phó Bí thư Huyện ủy Ẩn --></body></html>`;
    const answer = await gql(t.url, INGEST, { input: { text: html, url: 'https://example.test/html-page', title: a.meta.title } }, TOKEN);
    const id = answer.json?.data?.ingestArticle?.article?.id;
    if (!id) {
      // refusing HTML outright is acceptable, if it says why
      expect(firstError(answer)).toMatch(/html|markup|text/i);
      return;
    }
    const facts = JSON.stringify(await factsOf(id));
    for (const planted of ['Hoàng Văn Kiểu', 'Trần Thị Kịch Bản', 'Lê Văn Thẻ', 'Phạm Văn Chú Thích', 'Mã Nguồn', 'Giả Định']) {
      expect(facts).not.toContain(planted);
    }
    expect(facts).not.toMatch(/[<>]|&lt;|class=|href=/);
    await expectStillServing(t.base, t.url);
  });
});
