import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createStore } from '../../src/store/create-store';
import { KuzuStore } from '../../src/store/kuzu/kuzu-store';
import { defineStoreSuite } from './store.suite';

/**
 * The store suite on the embedded (Kùzu) store, a fresh folder for each
 * test: once answering reads from the read model (the server's way), once
 * from Kùzu statements alone (the CLI's), so both stay the same store.
 */
describe.each([
  ['with the read model', true],
  ['reading from Kùzu', false],
])('embedded store (Kùzu), %s', (_name, readModel) => {
  const root = mkdtempSync(path.join(tmpdir(), 'vn-polgraph-kuzu-'));
  let n = 0;
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  defineStoreSuite(async () => {
    const dataDir = path.join(root, `db${n++}`);
    const store = await createStore({ backend: 'embedded', dataDir, readModel });
    await (store as KuzuStore).whenReadModelLoaded();
    expect((store as KuzuStore).readModelState()).toBe(readModel ? 'ready' : 'off');
    return { store, teardown: () => store.close() };
  });
});

/**
 * The same suite with every save looking its nodes up by key, row by row:
 * the way a few articles are saved into a big graph (lookup-plan.ts), which
 * the small graphs of the suite would otherwise never take.
 */
describe('embedded store (Kùzu), looking nodes up by key', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'vn-polgraph-kuzu-keyed-'));
  let n = 0;
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  defineStoreSuite(async () => {
    const store = new KuzuStore(path.join(root, `db${n++}`), {}, { lookups: 'by-key' });
    await store.init();
    return { store, teardown: () => store.close() };
  });
});
