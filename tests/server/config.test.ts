import { ConfigError, loadConfig } from '../../src/server/config';

describe('loadConfig', () => {
  it('has the contract defaults', () => {
    const c = loadConfig({}, '/srv/app');
    expect(c).toMatchObject({
      port: 4000, backend: 'embedded', dataDir: '/srv/app/data', seed: true, apiToken: null, readToken: null,
      introspection: true, production: false, bodyLimitBytes: 2 * 1024 * 1024,
    });
  });

  it('reads the environment', () => {
    const c = loadConfig({ PORT: '8080', DATA_DIR: '/var/db', SEED: 'false', API_TOKEN: 's3cret', READ_TOKEN: 'r', NODE_ENV: 'production' }, '/srv/app');
    expect(c).toMatchObject({ port: 8080, dataDir: '/var/db', seed: false, apiToken: 's3cret', readToken: 'r', production: true, introspection: false });
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ PORT: '', API_TOKEN: '' }).port).toBe(4000);
    expect(loadConfig({ API_TOKEN: '  ' }).apiToken).toBeNull();
  });

  it('lets INTROSPECTION override the production default', () => {
    expect(loadConfig({ NODE_ENV: 'production', INTROSPECTION: 'true' }).introspection).toBe(true);
  });

  it('names every bad value with a clear message', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', GRAPH_BACKEND: 'sqlite', SEED: 'maybe' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    expect(problems).toContain('PORT: PORT must be a number (got "eighty")');
    expect(problems).toContain('GRAPH_BACKEND: GRAPH_BACKEND must be "embedded" or "neo4j" (got "sqlite")');
    expect(problems).toContain('SEED: must be true or false (got "maybe")');
  });

  it('needs the Neo4j settings for the neo4j backend, without echoing the password', () => {
    expect(() => loadConfig({ GRAPH_BACKEND: 'neo4j', NEO4J_URI: 'bolt://db:7687' })).toThrow(/NEO4J_USER is required when GRAPH_BACKEND=neo4j/);
    const c = loadConfig({ GRAPH_BACKEND: 'neo4j', NEO4J_URI: 'bolt://db:7687', NEO4J_USER: 'neo4j', NEO4J_PASSWORD: 'pw' });
    expect(c.neo4j).toEqual({ uri: 'bolt://db:7687', user: 'neo4j', password: 'pw' });
    expect(loadConfig({ GRAPH_BACKEND: 'neo4j', NEO4J_URI: 'bolt://db:7687', NEO4J_USER: 'neo4j', NEO4J_PASSWORD: 'pw', NEO4J_DATABASE: 'polgraph' }).neo4j?.database).toBe('polgraph');
  });

  it('refuses a port out of range', () => {
    expect(() => loadConfig({ PORT: '70000' })).toThrow('PORT must be 0-65535');
  });

  it('reads the embedded store from its read model by default, keeping a read cache only without it, and READ_CACHE_ENTRIES sets it', () => {
    const neo4j = { GRAPH_BACKEND: 'neo4j', NEO4J_URI: 'bolt://db:7687', NEO4J_USER: 'neo4j', NEO4J_PASSWORD: 'pw' };
    expect(loadConfig({})).toMatchObject({ readModel: true, readCacheEntries: 0 });
    expect(loadConfig({ READ_MODEL: 'false' })).toMatchObject({ readModel: false, readCacheEntries: expect.any(Number) });
    expect(loadConfig({ READ_MODEL: 'false' }).readCacheEntries).toBeGreaterThan(0);
    expect(loadConfig(neo4j)).toMatchObject({ readModel: false, readCacheEntries: 0 });
    expect(() => loadConfig({ READ_MODEL: 'maybe' })).toThrow('READ_MODEL: must be true or false');
    expect(loadConfig({ ...neo4j, READ_CACHE_ENTRIES: '500' }).readCacheEntries).toBe(500);
    expect(loadConfig({ READ_CACHE_ENTRIES: '0' }).readCacheEntries).toBe(0);
    expect(() => loadConfig({ READ_CACHE_ENTRIES: '-1' })).toThrow('READ_CACHE_ENTRIES must be 0 (off) or more (got "-1")');
  });

  it('sizes the embedded store from KUZU_BUFFER_POOL_MB and KUZU_CHECKPOINT_MB, leaving the defaults otherwise', () => {
    expect(loadConfig({}).kuzu).toEqual({});
    expect(loadConfig({ KUZU_BUFFER_POOL_MB: '4096', KUZU_CHECKPOINT_MB: '512' }).kuzu).toEqual({ bufferPoolBytes: 4096 * 1048576, checkpointThresholdBytes: 512 * 1048576 });
    expect(() => loadConfig({ KUZU_BUFFER_POOL_MB: 'lots' })).toThrow('KUZU_BUFFER_POOL_MB must be a number of MB (got "lots")');
    expect(() => loadConfig({ KUZU_BUFFER_POOL_MB: '32' })).toThrow('KUZU_BUFFER_POOL_MB must be at least 64 (got "32")');
    expect(() => loadConfig({ KUZU_CHECKPOINT_MB: '0.5' })).toThrow('KUZU_CHECKPOINT_MB must be a whole number of MB (got "0.5")');
  });
});
