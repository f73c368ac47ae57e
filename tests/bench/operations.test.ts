import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import { ANALYST_OPERATIONS, benchOperations, readContract } from '../../bench/http/operations';
import type { BenchVars } from '../../bench/run/variables';
import { summarize } from '../../bench/run/stats';

const schema = buildSchema(readFileSync(join(__dirname, '..', '..', 'schema', 'schema.graphql'), 'utf8'));

describe('benchmark operations', () => {
  it('validate against schema/schema.graphql', () => {
    for (const [name, text] of [...readContract(), ['analyst', ANALYST_OPERATIONS] as const]) {
      expect({ name, errors: validate(schema, parse(text)).map((e) => e.message) }).toEqual({ name, errors: [] });
    }
  });

  it('cover the contract reads and the analyst questions, with variables', () => {
    const vars: BenchVars = {
      articleIds: ['art_1'], dateRanges: [{ from: '2024-01-01', to: '2024-02-01' }], documentNumbers: ['12-QĐ/ĐU'],
      names: ['Nguyễn Văn An'], searchTexts: ['Văn An'], personIds: ['per_1'], officeQueries: [{ organizationId: 'org_1', on: '2024-05-01' }],
      personPairs: [{ from: 'per_1', to: 'per_2' }],
    };
    const ops = benchOperations(readContract(), vars);
    expect(ops.map((o) => o.name)).toEqual(['ArticleFacts', 'WhoChaired', 'FoundingDecision', 'FindPeople', 'Search', 'PersonProfile', 'OfficeHolders', 'Connection']);
    for (const o of ops) expect(o.variables.length).toBeGreaterThan(0);
  });
});

describe('summarize', () => {
  it('gives nearest-rank percentiles', () => {
    const s = summarize(Array.from({ length: 100 }, (_, i) => i + 1));
    expect([s.p50, s.p95, s.p99, s.max, s.count]).toEqual([50, 95, 99, 100, 100]);
  });
});
