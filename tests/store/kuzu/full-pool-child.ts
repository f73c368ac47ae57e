/**
 * Run by kuzu-full-pool.test.ts in a child process (a crash must not take
 * jest down): saves generated articles into a KuzuStore whose buffer pool
 * is too small for them, going on past the failures, and prints one JSON
 * line per save, then closes the store and leaves without process.exit.
 * With `check`, opens the folder with an ample pool, as a restarted
 * process would, and prints the ids of the stored articles.
 *
 *   node -r ts-node/register/transpile-only full-pool-child.ts DATA_DIR POOL_MB BATCH,BATCH,...
 *   node -r ts-node/register/transpile-only full-pool-child.ts check DATA_DIR
 *
 * The facts are made up from the text (see syntheticFacts), not extracted:
 * the test is about memory and commits, and must not depend on extraction.
 */
import { generateCorpus } from '../../../bench/corpus/generate';
import type { ArticleFacts, ArticleMeta, Span } from '../../../src/domain/facts';
import { articleId, contentHash, stableId } from '../../../src/domain/ids';
import { KuzuStore } from '../../../src/store/kuzu/kuzu-store';

/**
 * Facts of the size and shape extraction gives a 5 KB article, made up:
 * a commune in its province, three organizations (one a cell of another),
 * six people with an office each, a session they attended, two documents
 * (one founding the cell, both cited), the author. People, places and
 * bodies come from pools shared by all articles, named with words of the
 * text, so later articles add edges to nodes stored before and the search
 * index gets many words; every quote is a slice of the text.
 */
export function syntheticFacts(text: string, meta: ArticleMeta, i: number): ArticleFacts {
  const words = text.split(/\s+/u).filter((w) => /^\p{L}+$/u.test(w));
  const name = (n: number): string => [0, 1, 2].map((k) => words[(n * 31 + k * 7) % words.length]).join(' ');
  const quote = (n: number): Span => { // a sentence's length
    const start = (n * 97) % Math.max(1, text.length - 240);
    return { start, end: start + 200, text: text.slice(start, start + 200) };
  };
  const province = { id: stableId('AdminUnit', `province ${i % 20}`), n: i % 20 };
  const commune = { id: stableId('AdminUnit', `commune ${i % 400}`), n: 20 + (i % 400) };
  const orgs = [0, 1, 2].map((k) => ({ id: stableId('Organization', `organization ${(i * 3 + k) % 1500}`), n: 500 + ((i * 3 + k) % 1500) }));
  const people = [0, 1, 2, 3, 4, 5].map((k) => ({ id: stableId('Person', `person ${(i * 5 + k) % 3000}`), n: 2000 + ((i * 5 + k) % 3000), k }));
  const session = stableId('Session', `session ${i}`);
  const documents = [0, 1].map((k) => stableId('LegalDocument', `document ${i}-${k}`));
  return {
    article: { id: articleId(meta.url, text), url: meta.url ?? null, title: meta.title ?? null, publishedAt: meta.publishedAt ?? null, contentHash: contentHash(text) },
    adminUnits: [
      { id: province.id, name: `tỉnh ${name(province.n)}`, level: 'PROVINCE', parentId: null, mentions: [quote(1)] },
      { id: commune.id, name: `xã ${name(commune.n)}`, level: 'COMMUNE', parentId: province.id, mentions: [quote(2), quote(3)] },
    ],
    organizations: orgs.map((o, k) => ({
      id: o.id, name: `Đảng ủy xã ${name(o.n)}`, kind: k === 2 ? 'PARTY_CELL' : 'PARTY_COMMITTEE', adminUnitId: commune.id,
      parentId: k === 2 ? orgs[0].id : null, mentions: [quote(4 + k), quote(7 + k)],
    })),
    persons: people.map((p) => ({ id: p.id, name: name(p.n), mentions: [quote(10 + p.k), quote(20 + p.k)] })),
    positions: people.map((p) => ({
      id: stableId('Position', `${p.n}|bi thu|${orgs[p.k % 3].id}`), personId: p.id, title: 'Bí thư', organizationId: orgs[p.k % 3].id, source: quote(30 + p.k),
    })),
    sessions: [{
      id: session, kind: 'CONFERENCE', title: `Hội nghị ${name(i)}`, date: meta.publishedAt ?? null, chairId: people[0].id,
      participantIds: people.map((p) => p.id), organizationIds: orgs.map((o) => o.id), source: quote(40),
    }],
    documents: documents.map((id, k) => ({
      id, type: 'Quyết định', number: `${i}-${k}-QĐ/ĐU`, kindCode: 'QĐ', issuerCode: 'ĐU', issuedOn: meta.publishedAt ?? null,
      issuerId: orgs[0].id, subject: `về việc ${name(i + k)}`, source: quote(50 + k),
    })),
    foundings: [{ organizationId: orgs[2].id, documentId: documents[0], source: quote(52) }],
    citations: documents.map((documentId, k) => ({ fromId: session, documentId, source: quote(53 + k) })),
    authors: [{ personId: people[5].id, source: quote(55) }],
    diagnostics: [],
  };
}

async function check(dataDir: string): Promise<void> {
  const store = new KuzuStore(dataDir, { bufferPoolBytes: 1024 * 1024 * 1024 });
  await store.init();
  const ids: string[] = [];
  for (let page = await store.scanNodes('Article', null, 1000); page.length > 0; page = await store.scanNodes('Article', ids[ids.length - 1], 1000)) {
    ids.push(...page.map((a) => a.id));
  }
  await store.close();
  console.log(JSON.stringify({ stored: ids }));
}

async function main(): Promise<void> {
  if (process.argv[2] === 'check') return check(process.argv[3]);
  const [dataDir, poolMb, plan] = process.argv.slice(2);
  const sizes = plan.split(',').map(Number);
  const total = sizes.reduce((a, b) => a + b, 0);
  const articles = [...generateCorpus({ articles: total, seed: 7 })].map((a, i) => ({ facts: syntheticFacts(a.text, a.meta, i), text: a.text }));
  // No checkpoint threshold of its own: what is saved stays in the pool until it is full.
  const store = new KuzuStore(dataDir, { bufferPoolBytes: Number(poolMb) * 1024 * 1024, checkpointThresholdBytes: 2 ** 40, readers: 1 });
  await store.init();
  let from = 0;
  for (const size of sizes) {
    const batch = articles.slice(from, from + size);
    const ids = batch.map((a) => a.facts.article.id);
    try {
      await store.saveArticles(batch);
      console.log(JSON.stringify({ from, ok: true, ids }));
    } catch (error) {
      console.log(JSON.stringify({ from, ok: false, ids, error: `${(error as Error).name}: ${(error as Error).message}` }));
    }
    from += size;
  }
  await store.close();
  console.log(JSON.stringify({ closed: true }));
}

if (require.main === module) void main();
