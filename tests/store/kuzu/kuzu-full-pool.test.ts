import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

interface SaveLine { from: number; ok: boolean; ids: string[]; error?: string }
interface Exit { code: number | null; signal: NodeJS.Signals | null; stderr: string }
interface SaveRun extends Exit { saves: SaveLine[]; closed: boolean }

const ROOT = path.resolve(__dirname, '../../..');
const CHILD = path.join(__dirname, 'full-pool-child.ts');

/** Runs full-pool-child.ts with `args`; resolves with how it ended and the JSON lines it printed. */
function runChild(args: string[]): Promise<Exit & { lines: Array<Record<string, unknown>> }> {
  const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', CHILD, ...args], {
    cwd: ROOT, env: { ...process.env, TS_NODE_PROJECT: path.join(ROOT, 'tsconfig.json') }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve) => child.on('exit', (code, signal) => resolve({
    code, signal, stderr, lines: stdout.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as Record<string, unknown>),
  })));
}

/** Saves batches of the given sizes into a store with a `poolMb` buffer pool. */
async function save(dataDir: string, poolMb: number, batches: number[]): Promise<SaveRun> {
  const { lines, ...exit } = await runChild([dataDir, String(poolMb), batches.join(',')]);
  return { ...exit, saves: lines.filter((l) => l.closed === undefined) as unknown as SaveLine[], closed: lines.some((l) => l.closed) };
}

/** The articles a new process finds in the folder. */
async function storedArticles(dataDir: string): Promise<Set<string>> {
  const { lines, ...exit } = await runChild(['check', dataDir]);
  expect(exit).toEqual({ code: 0, signal: null, stderr: '' });
  return new Set(lines[0].stored as string[]);
}

/**
 * Kùzu 0.11.3 crashes the process (a segfault at the next write, "double
 * free or corruption" at close or at exit) after a COMMIT that found the
 * buffer pool full. A 64 MB pool and no checkpoint threshold bring that
 * about within ~600 articles (the store before this test: "free(): invalid
 * pointer" at close); the saves run in a child process, so a crash fails
 * the test instead of taking jest down.
 */
describe('Kùzu store with a full buffer pool', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'polgraph-full-pool-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  /** What holds whatever fails: no crash, a clear error per failed save, and a new process finds exactly the saves that succeeded. */
  async function expectCleanFailures(dataDir: string, run: SaveRun): Promise<SaveLine[]> {
    expect({ code: run.code, signal: run.signal, closed: run.closed, stderr: run.stderr }).toEqual({ code: 0, signal: null, closed: true, stderr: '' });
    const failed = run.saves.filter((s) => !s.ok);
    expect(failed.length).toBeGreaterThan(0); // the pool did fill
    for (const f of failed) expect(f.error).toMatch(/^StoreError: .*buffer pool is full.*the buffer pool has 64 MB, set KUZU_BUFFER_POOL_MB for more$/s);
    const stored = await storedArticles(dataDir);
    const saved = run.saves.filter((s) => s.ok).flatMap((s) => s.ids);
    expect(stored.size).toBe(saved.length);
    for (const s of run.saves) expect({ from: s.from, stored: s.ids.filter((id) => stored.has(id)).length }).toEqual({ from: s.from, stored: s.ok ? s.ids.length : 0 });
    return failed;
  }

  it('stops when the full pool breaks a commit or the checkpoint meant to free it: that save and every call after it get a clear error, and nothing crashes', async () => {
    const dataDir = path.join(root, 'commit');
    const run = await save(dataDir, 64, Array.from({ length: 12 }, () => 100));
    const [first, ...later] = await expectCleanFailures(dataDir, run);
    // Which of the two breaks first depends on what the pool holds when it fills; both stop the store the same way.
    expect(first.error).toMatch(/^StoreError: the embedded store has stopped: .*\(in: (COMMIT\): nothing of the transaction was saved|CHECKPOINT\), after the commits before it, which stand)\./);
    expect(first.error).toMatch(/Restart the process: it opens the folder again and replays the WAL/);
    expect(later.length).toBeGreaterThan(0);
    expect(later.every((f) => f.error === first.error)).toBe(true);
    expect(run.saves.filter((s) => s.from > first.from).every((s) => !s.ok)).toBe(true);
  });

  it('fails a transaction too big for the pool alone, and goes on saving', async () => {
    const dataDir = path.join(root, 'statement');
    const run = await save(dataDir, 64, [100, 100, 100, 100, 2000, 100, 100, 100]);
    const failed = await expectCleanFailures(dataDir, run);
    expect(failed.map((f) => f.from)).toEqual([400]);
    expect(failed[0].error).not.toMatch(/stopped/);
    expect(run.saves.filter((s) => s.from > 400).every((s) => s.ok)).toBe(true);
  });
});
