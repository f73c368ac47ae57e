import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { withReadCache } from '../../../src/store/cache/read-cache';
import { createStore } from '../../../src/store/create-store';
import { defineStoreSuite } from '../store.suite';

/**
 * The whole store suite again, through the read cache: every behaviour the
 * port promises (writes seen by the next read, replacement, deletion,
 * atomic batches) must hold with answers kept between writes.
 */
describe('embedded store behind the read cache', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'vn-polgraph-cached-'));
  let n = 0;
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  defineStoreSuite(async () => {
    const inner = await createStore({ backend: 'embedded', dataDir: path.join(root, `db${n++}`) });
    return { store: withReadCache(inner), teardown: () => inner.close() };
  });
});
