import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import kuzu from 'kuzu';
import { cypher } from '../../../src/store/cypher/query';
import { KuzuRunner } from '../../../src/store/kuzu/kuzu-runner';
import { StoreError } from '../../../src/store/store.port';

type Db = InstanceType<typeof kuzu.Database>;
type Conn = InstanceType<typeof kuzu.Connection>;

/** The runner's pool: one writer and reader connections of one real Kùzu database. */
describe('Kùzu runner with reader connections', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'polgraph-runner-'));
  let n = 0;
  let db: Db;
  let conns: Conn[];
  let runner: KuzuRunner;

  beforeEach(async () => {
    db = new kuzu.Database(path.join(root, `db${n++}`));
    conns = [];
    for (let i = 0; i < 4; i++) {
      const c = new kuzu.Connection(db, 1);
      await c.init();
      conns.push(c);
    }
    runner = new KuzuRunner(conns[0], conns.slice(1));
    await runner.ddl('CREATE NODE TABLE Thing(id STRING PRIMARY KEY, n INT64)');
    await runner.transaction((tx) => tx.run(cypher("CREATE (:Thing {id: 'a', n: 1})")));
  });
  afterEach(async () => {
    await runner.drain();
    runner.forget();
    for (const c of conns) await c.close();
    await db.close();
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const ids = async (): Promise<string[]> =>
    (await runner.run(cypher('MATCH (t:Thing) RETURN t.id AS id ORDER BY id'))).map((r) => String(r.id));

  it('answers reads while a write transaction is open, with the last committed state', async () => {
    const seenInside = await runner.transaction(async (tx) => {
      await tx.run(cypher("CREATE (:Thing {id: 'b', n: 2})"));
      await tx.run(cypher("MATCH (t:Thing {id: 'a'}) SET t.n = 10"));
      // On one connection these reads would wait for the COMMIT below, which waits for them.
      const [list, changed] = await Promise.all([
        ids(),
        runner.run(cypher("MATCH (t:Thing {id: 'a'}) RETURN t.n AS n")),
      ]);
      return { list, n: Number(changed[0].n) };
    });
    expect(seenInside).toEqual({ list: ['a'], n: 1 });
    expect(await ids()).toEqual(['a', 'b']);
  });

  it('keeps serving after a read fails', async () => {
    const bad = runner.run(cypher('MATCH (t:NoSuchTable) RETURN t'));
    await expect(bad).rejects.toBeInstanceOf(StoreError);
    const again = await Promise.all(Array.from({ length: 12 }, () => ids()));
    expect(again.every((list) => list.join() === 'a')).toBe(true);
    await expect(runner.run(cypher('RETURN $x + 1 AS y', { x: 'not a number' }))).rejects.toBeInstanceOf(StoreError);
    expect((await runner.run(cypher('RETURN 41 + 1 AS y')))[0].y).toBe(42);
  });

  it('rolls a failed transaction back and keeps writing', async () => {
    const failed = runner.transaction(async (tx) => {
      await tx.run(cypher("CREATE (:Thing {id: 'c', n: 3})"));
      await tx.run(cypher("CREATE (:Thing {id: 'a', n: 4})")); // duplicate primary key
    });
    await expect(failed).rejects.toBeInstanceOf(StoreError);
    await runner.transaction((tx) => tx.run(cypher("CREATE (:Thing {id: 'd', n: 5})")));
    expect(await ids()).toEqual(['a', 'd']);
  });

  it('drains the work under way before close, then refuses new work', async () => {
    const slow = cypher('UNWIND range(1, 100000) AS i WITH i WHERE i % 7 = 0 RETURN count(*) AS c');
    let finished = 0;
    const reads = Array.from({ length: 10 }, () => runner.run(slow).finally(() => (finished += 1)));
    const write = runner.transaction((tx) => tx.run(cypher("CREATE (:Thing {id: 'e', n: 6})"))).finally(() => (finished += 1));
    await runner.drain();
    expect(finished).toBe(11);
    const settled = await Promise.allSettled([...reads, write]);
    expect(settled.every((s) => s.status === 'fulfilled')).toBe(true);
    expect(Number((await reads[0])[0].c)).toBe(14285);
    await expect(runner.run(cypher('RETURN 1 AS x'))).rejects.toThrow(/closing/);
    await expect(runner.transaction(async () => undefined)).rejects.toThrow(/closing/);
  });
});
