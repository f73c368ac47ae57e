import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createStore } from '../../../src/store/create-store';
import { KUZU_DB_FILE } from '../../../src/store/kuzu/kuzu-store';
import { StoreLockedError } from '../../../src/store/store.port';

/** Starts another process holding the Kùzu database of `dataDir`; resolves once it has it open. */
function holdInChild(dataDir: string): Promise<ChildProcess> {
  const file = path.join(dataDir, KUZU_DB_FILE);
  const code = `const k = require('kuzu'); const db = new k.Database(${JSON.stringify(file)}); db.initSync(); console.log('ready'); setInterval(() => {}, 1000);`;
  const child = spawn(process.execPath, ['-e', code], { cwd: path.resolve(__dirname, '../../..'), stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => d.toString().includes('ready') && resolve(child));
    child.on('exit', (codeNo) => reject(new Error(`holder exited with ${codeNo}`)));
  });
}

describe('embedded store folder lock', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'vn-polgraph-lock-'));
  let child: ChildProcess | null = null;
  afterAll(() => {
    child?.kill();
    rmSync(root, { recursive: true, force: true });
  });

  it('raises StoreLockedError when another process holds the folder', async () => {
    const dataDir = path.join(root, 'held');
    mkdirSync(dataDir, { recursive: true });
    child = await holdInChild(dataDir);
    const error = await createStore({ backend: 'embedded', dataDir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreLockedError);
    expect((error as StoreLockedError).dataDir).toBe(dataDir);
    expect((error as Error).message).toMatch(/in use by another process/);
    child.kill();
    await new Promise((r) => child!.once('exit', r));
    child = null;
    const store = await createStore({ backend: 'embedded', dataDir }); // free again
    expect((await store.counts()).Person).toBe(0);
    await store.close();
  });

  it('creates the data folder on first start and reads the schema file again on the next', async () => {
    const dataDir = path.join(root, 'new', 'nested');
    const first = await createStore({ backend: 'embedded', dataDir });
    await first.init(); // idempotent
    await first.close();
    const again = await createStore({ backend: 'embedded', dataDir });
    expect(again.backend).toBe('embedded');
    await again.close();
  });
});
