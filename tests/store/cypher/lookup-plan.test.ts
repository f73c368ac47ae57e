import { kuzuLookupPlanner } from '../../../src/store/cypher/lookup-plan';
import type { EdgeBatch } from '../../../src/store/cypher/fact-rows';
import type { CypherTx } from '../../../src/store/cypher/runner';

/** A transaction that answers the label-size question with `sizes`. */
const sized = (sizes: Record<string, number>): CypherTx => ({
  run: async (query) => {
    expect(query.cypher).toContain('count(n) AS size');
    return Object.entries(sizes).map(([label, size]) => ({ label, size }));
  },
});

const edges = (rows: number): EdgeBatch => ({
  type: 'HOLDS', fromLabel: 'Person', toLabel: 'Position',
  rows: Array.from({ length: rows }, (_, i) => ({ from: `p${i}`, to: `q${i}`, role: null, article: 'a', quote: '', spanStart: 0, spanEnd: 0 })),
});

describe('kuzuLookupPlanner', () => {
  it('joins on small labels, where reading every id costs less than a lookup per row', async () => {
    const plan = await kuzuLookupPlanner(sized({ Person: 500, Position: 800 }));
    expect(plan.idsByKey('Person', 3)).toBe(false);
    expect(plan.edgesByKey(edges(2))).toBe(false);
  });

  it('looks a few rows up by key on big labels, and joins long lists whatever the size', async () => {
    const plan = await kuzuLookupPlanner(sized({ Person: 90_000, Position: 180_000 }));
    expect(plan.idsByKey('Person', 10)).toBe(true);
    expect(plan.edgesByKey(edges(8))).toBe(true);
    expect(plan.edgesByKey(edges(35))).toBe(false); // 35 x 1.5 ms > 270,000 x 0.17 µs
    expect(plan.idsByKey('Position', 41)).toBe(false);
    expect(plan.idsByKey('Organization', 1)).toBe(false); // a label the graph does not hold yet
  });
});
