import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createStore } from '../../src/store/create-store';
import { defineStoreSuite } from './store.suite';

/** The store suite on the embedded (Kùzu) store: a fresh folder for each test, removed after. */
describe('embedded store (Kùzu)', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'vn-polgraph-kuzu-'));
  let n = 0;
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  defineStoreSuite(async () => {
    const dataDir = path.join(root, `db${n++}`);
    const store = await createStore({ backend: 'embedded', dataDir });
    return { store, teardown: () => store.close() };
  });
});
