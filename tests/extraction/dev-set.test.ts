import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { DEFAULT_SET, SCORER_PATH, shapeSet } from '../../bench/score-dev';

/** The targets of the extraction on the dev set (F1 for fact kinds, accuracy for the fields of matched facts). */
const TARGETS: Record<string, { f1?: number; acc?: number }> = {
  persons: { f1: 0.95 },
  positions: { f1: 0.9 },
  position_orgs: { acc: 0.85 },
  sessions: { f1: 0.95 },
  chairs: { acc: 0.95 },
  documents: { f1: 0.98 },
  document_fields: { acc: 0.9 },
  foundings: { f1: 0.95 },
  authors: { f1: 0.9 },
};

/**
 * The scorer is an ES module and jest's sandbox cannot import one, so a
 * child node process scores the facts extracted here (passed on stdin).
 */
const SCORE_IN_CHILD = `
import { scoreArticle, figures } from ${JSON.stringify(pathToFileURL(SCORER_PATH).href)};
let input = '';
for await (const chunk of process.stdin) input += chunk;
const totals = {};
for (const a of JSON.parse(input)) {
  for (const [m, c] of Object.entries(scoreArticle(a.gold, a.article).counts)) {
    totals[m] ??= {};
    for (const [k, v] of Object.entries(c)) totals[m][k] = (totals[m][k] ?? 0) + v;
  }
}
process.stdout.write(JSON.stringify(figures(totals)));
`;

const hasDevSet = existsSync(DEFAULT_SET) && existsSync(SCORER_PATH);

(hasDevSet ? describe : describe.skip)('the dev set of ../shared/eval', () => {
  let figures: Record<string, { f1: number | null; acc: number | null }>;

  beforeAll(() => {
    const input = JSON.stringify(shapeSet(DEFAULT_SET));
    figures = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', SCORE_IN_CHILD], { input, encoding: 'utf8' }));
  });

  it.each(Object.entries(TARGETS))('meets the target for %s', (metric, target) => {
    const f = figures[metric];
    if (target.f1 !== undefined) expect(f.f1).toBeGreaterThanOrEqual(target.f1);
    if (target.acc !== undefined) expect(f.acc).toBeGreaterThanOrEqual(target.acc);
  });
});
