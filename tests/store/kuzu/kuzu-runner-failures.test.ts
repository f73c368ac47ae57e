import type { Connection } from 'kuzu';
import { cypher } from '../../../src/store/cypher/query';
import { BrokenDatabaseError, KuzuRunner, type WalWatch } from '../../../src/store/kuzu/kuzu-runner';
import { StoreError } from '../../../src/store/store.port';

const POOL_FULL = 'Buffer manager exception: Unable to allocate memory! The buffer pool is full and no memory could be freed!';

/**
 * A connection that records every statement and fails the ones `fail`
 * names (by text), a given number of times: enough to drive the runner
 * through what Kùzu does when memory runs out, without filling a pool.
 */
function scriptedConnection(fail: Record<string, { message: string; times?: number }> = {}) {
  const statements: string[] = [];
  const answer = async (text: string) => {
    statements.push(text);
    const rule = Object.entries(fail).find(([prefix]) => text.startsWith(prefix))?.[1];
    if (rule && (rule.times ?? Infinity) > 0) {
      rule.times = (rule.times ?? Infinity) - 1;
      throw new Error(rule.message);
    }
    return { getAll: async () => [], close: () => undefined };
  };
  const conn = {
    query: (text: string) => answer(text),
    prepare: async (text: string) => ({ text, isSuccess: () => true, getErrorMessage: () => '' }),
    execute: (statement: { text: string }) => answer(statement.text),
  };
  return { conn: conn as unknown as Connection, statements };
}

const write = cypher("CREATE (:Thing {id: 'a'})");
const wal = (bytes: number, checkpointAt = 100): WalWatch => ({ bytes: () => bytes, checkpointAt });

describe('Kùzu runner when a commit or checkpoint fails', () => {
  it('breaks at a failed COMMIT: the save fails, no ROLLBACK follows, and every later call is refused without reaching Kùzu', async () => {
    const { conn, statements } = scriptedConnection({ COMMIT: { message: POOL_FULL } });
    const runner = new KuzuRunner(conn, [], 0);
    const failed = await runner.transaction((tx) => tx.run(write)).catch((e: unknown) => e);
    expect(failed).toBeInstanceOf(BrokenDatabaseError);
    expect((failed as BrokenDatabaseError).statement).toBe('COMMIT');
    expect((failed as Error).message).toBe(`Kùzu: ${POOL_FULL} (in: COMMIT): nothing of the transaction was saved`);
    expect(runner.broken).toBe(failed);
    expect(statements).toEqual(['BEGIN TRANSACTION', write.cypher, 'COMMIT']);

    for (const call of [() => runner.run(cypher('RETURN 1')), () => runner.transaction(async () => 1), () => runner.ddl('CREATE NODE TABLE X(id STRING PRIMARY KEY)')]) {
      const refused = await call().catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(StoreError);
      expect((refused as Error).message).toBe(`the embedded database takes no more work since it broke: ${(failed as Error).message}`);
    }
    expect(statements).toHaveLength(3);
  });

  it('checkpoints after a commit once the WAL reaches the threshold, and not before', async () => {
    const below = scriptedConnection();
    await new KuzuRunner(below.conn, [], 0, wal(99)).transaction((tx) => tx.run(write));
    expect(below.statements).toEqual(['BEGIN TRANSACTION', write.cypher, 'COMMIT']);
    const at = scriptedConnection();
    await new KuzuRunner(at.conn, [], 0, wal(100)).transaction((tx) => tx.run(write));
    expect(at.statements).toEqual(['BEGIN TRANSACTION', write.cypher, 'COMMIT', 'CHECKPOINT']);
  });

  it('keeps the save when the CHECKPOINT after it fails, and then refuses further work', async () => {
    const { conn, statements } = scriptedConnection({ CHECKPOINT: { message: POOL_FULL } });
    const runner = new KuzuRunner(conn, [], 0, wal(500));
    expect(await runner.transaction(async (tx) => (await tx.run(write), 'saved'))).toBe('saved');
    expect(runner.broken?.statement).toBe('CHECKPOINT');
    expect(runner.broken?.message).toMatch(/\(in: CHECKPOINT\), after the commits before it, which stand$/);
    await expect(runner.run(cypher('RETURN 1'))).rejects.toThrow(/takes no more work since it broke/);
    expect(statements).toEqual(['BEGIN TRANSACTION', write.cypher, 'COMMIT', 'CHECKPOINT']);
  });

  it('takes a checkpoint that timed out waiting for reads as not done, and goes on', async () => {
    const { conn, statements } = scriptedConnection({ CHECKPOINT: { message: 'Timeout waiting for active transactions to leave the system before checkpointing.', times: 1 } });
    const runner = new KuzuRunner(conn, [], 0, wal(500));
    await runner.transaction((tx) => tx.run(write));
    expect(runner.broken).toBeNull();
    await runner.transaction((tx) => tx.run(write));
    expect(statements.filter((s) => s === 'CHECKPOINT')).toHaveLength(2);
  });

  it('on a full pool inside the transaction, checkpoints what the pool holds and runs the work once more', async () => {
    const { conn, statements } = scriptedConnection({ CREATE: { message: POOL_FULL, times: 1 } });
    const runner = new KuzuRunner(conn, [], 0, wal(50));
    let runs = 0;
    await runner.transaction(async (tx) => (runs += 1, tx.run(write)));
    expect(runs).toBe(2);
    expect(statements).toEqual(['BEGIN TRANSACTION', write.cypher, 'ROLLBACK', 'CHECKPOINT', 'BEGIN TRANSACTION', write.cypher, 'COMMIT']);
    expect(runner.broken).toBeNull();
  });

  it('does not retry a full pool when nothing waits for a checkpoint, nor a second time', async () => {
    const empty = scriptedConnection({ CREATE: { message: POOL_FULL } });
    await expect(new KuzuRunner(empty.conn, [], 0, wal(0)).transaction((tx) => tx.run(write))).rejects.toThrow(/buffer pool is full/);
    expect(empty.statements).toEqual(['BEGIN TRANSACTION', write.cypher, 'ROLLBACK']);
    const twice = scriptedConnection({ CREATE: { message: POOL_FULL } });
    const runner = new KuzuRunner(twice.conn, [], 0, wal(50));
    await expect(runner.transaction((tx) => tx.run(write))).rejects.toThrow(/buffer pool is full/);
    expect(twice.statements.filter((s) => s === write.cypher)).toHaveLength(2);
    expect(runner.broken).toBeNull(); // a failed statement leaves the database usable
  });
});
