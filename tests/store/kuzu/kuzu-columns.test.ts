import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import kuzu from 'kuzu';
import { columnarize } from '../../../src/store/kuzu/kuzu-columns';
import { KuzuRunner } from '../../../src/store/kuzu/kuzu-runner';

/** Rows sent as joined columns must read back exactly as the rows (a real Kùzu database). */
describe('Kùzu batch rows as columns', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'polgraph-columns-'));
  let db: InstanceType<typeof kuzu.Database>;
  let conn: InstanceType<typeof kuzu.Connection>;
  let runner: KuzuRunner;
  beforeAll(async () => {
    db = new kuzu.Database(path.join(dir, 'db'));
    conn = new kuzu.Connection(db, 1);
    await conn.init();
    runner = new KuzuRunner(conn);
  });
  afterAll(async () => {
    await runner.drain();
    runner.forget();
    await conn.close();
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const echo = 'UNWIND $rows AS r RETURN r.from AS from, r.quote AS quote, r.n AS n ORDER BY n';

  it('rewrites a leading UNWIND over flat rows or strings, and nothing else', () => {
    const rows = [{ from: 'a', quote: 'x', n: 1 }];
    expect(columnarize({ cypher: echo, params: { rows } }).cypher).toMatch(/^WITH string_split\(\$rows__0, \$rows__sep\)/);
    expect(columnarize({ cypher: 'UNWIND $ids AS i RETURN i', params: { ids: ['a', 'b'] } }).params.ids).toBe('a\u001fb');
    const odd = { cypher: echo, params: { rows: [{ from: 'a\u001fb', quote: 'x', n: 1 }] } };
    expect(columnarize(odd)).toBe(odd);
    const nested = { cypher: echo, params: { rows: [{ from: ['a'], quote: 'x', n: 1 }] } };
    expect(columnarize(nested)).toBe(nested);
    const later = { cypher: 'MATCH (n) WITH n UNWIND $rows AS r RETURN r', params: { rows } };
    expect(columnarize(later)).toBe(later);
  });

  it('reads back nulls, empty strings, Vietnamese text and integers as sent', async () => {
    const rows = [
      { from: '', quote: 'Trịnh Tuấn Đông, Bí thư', n: 1 },
      { from: 'per_2', quote: null, n: 2 },
      { from: 'per_3', quote: '', n: 3 },
      { from: 'per_4', quote: 'a\u001fb', n: 4 }, // does not fit: sent as rows
    ];
    expect(await runner.run({ cypher: echo, params: { rows } })).toEqual(rows);
    expect(await runner.run({ cypher: echo, params: { rows: rows.slice(0, 3) } })).toEqual(rows.slice(0, 3));
    expect(await runner.run({ cypher: 'UNWIND $ids AS i RETURN i ORDER BY i', params: { ids: ['b', 'ă'] } })).toEqual([{ i: 'b' }, { i: 'ă' }]);
  });
});
