import { startTestServer, type TestServer } from './harness';

describe('GET /healthz', () => {
  let t: TestServer;
  beforeAll(async () => { t = await startTestServer(); });
  afterAll(() => t?.close());

  it('answers 200 once the server can serve queries', async () => {
    const response = await fetch(new URL('/healthz', t.server.url));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', backend: 'embedded' });
  });
});

describe('stop()', () => {
  it('closes the store so the same folder opens again', async () => {
    const first = await startTestServer();
    const dataDir = first.config.dataDir;
    await first.server.stop();
    const second = await startTestServer({ DATA_DIR: dataDir });
    expect((await second.gql('{ __typename }')).body).toEqual({ data: { __typename: 'Query' } });
    await second.close();
    await first.close();
  });
});
