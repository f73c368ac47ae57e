import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
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
// Decoded as one stream: a multibyte letter split across two chunks must not turn into two replacement characters.
process.stdin.setEncoding('utf8');
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

/**
 * Floors on the project's own holdout set (bench/sets/holdout): written for
 * this project about other provinces, levels and years, and read while the
 * rules grew, so a guard against losing what was reached, not an estimate.
 */
const HOLDOUT_FLOORS: Record<string, { f1?: number; acc?: number }> = {
  persons: { f1: 0.98 },
  positions: { f1: 0.96 },
  position_orgs: { acc: 0.92 },
  sessions: { f1: 0.98 },
  chairs: { acc: 0.96 },
  documents: { f1: 0.98 },
  document_fields: { acc: 0.94 },
  foundings: { f1: 0.88 },
  authors: { f1: 0.98 },
};

const HOLDOUT_SET = resolve(__dirname, '../../bench/sets/holdout');

/**
 * Floors on sets C and D (bench/sets/holdout-c, holdout-d): written by others who never saw the extractor,
 * an estimate of a hidden set of the genre; read while the rules grew, so from now on a guard as well.
 */
const HOLDOUT_C_FLOORS: Record<string, { f1?: number; acc?: number }> = {
  persons: { f1: 0.99 },
  positions: { f1: 0.99 },
  position_orgs: { acc: 0.97 },
  sessions: { f1: 0.99 },
  chairs: { acc: 0.99 },
  documents: { f1: 0.99 },
  document_fields: { acc: 0.97 },
  foundings: { f1: 0.99 },
  authors: { f1: 0.99 },
};
const HOLDOUT_D_FLOORS: Record<string, { f1?: number; acc?: number }> = {
  persons: { f1: 0.99 },
  positions: { f1: 0.98 },
  position_orgs: { acc: 0.98 },
  sessions: { f1: 0.97 },
  chairs: { acc: 0.95 },
  documents: { f1: 0.99 },
  document_fields: { acc: 0.99 },
  // One article's gold keeps a school's level as written ("Chi bộ Trường THCS Nguyễn Du"); sets A, E and G, as
  // GOLD.md asks, write names expanded ("Trường Trung học cơ sở"), which the extractor follows.
  foundings: { f1: 0.9 },
  authors: { f1: 0.99 },
};
/**
 * Floors on set E (bench/sets/holdout-e): thirty articles written apart from the extractor after the rules
 * were fitted on C and D, the best estimate of a hidden set; read while the rules grew since, so a guard too.
 * Its misses left are gold calls other sets make the other way (participants named only in a decision,
 * an issuer guessed from a date) and one office written before a comma and an honorific.
 */
const HOLDOUT_E_FLOORS: Record<string, { f1?: number; acc?: number }> = {
  persons: { f1: 0.99 },
  positions: { f1: 0.99 },
  position_orgs: { acc: 0.97 },
  sessions: { f1: 0.99 },
  chairs: { acc: 0.99 },
  documents: { f1: 0.99 },
  document_fields: { acc: 0.97 },
  foundings: { f1: 0.99 },
  authors: { f1: 0.99 },
};
/**
 * Floors on set G (bench/sets/holdout-g): thirty articles written apart from the extractor, first scored before
 * any rule was written for it (foundings .622, position orgs .851, chairs .912); read since, so a guard as well.
 * Its misses left: sub-committees named for a congress written short, a pagoda's board, an article of two communes in turn.
 */
const HOLDOUT_G_FLOORS: Record<string, { f1?: number; acc?: number }> = {
  persons: { f1: 0.99 },
  positions: { f1: 0.98 },
  position_orgs: { acc: 0.92 },
  sessions: { f1: 0.99 },
  chairs: { acc: 0.97 },
  documents: { f1: 0.99 },
  document_fields: { acc: 0.95 },
  foundings: { f1: 0.9 },
  authors: { f1: 0.95 },
};
const HOLDOUT_C_SET = resolve(__dirname, '../../bench/sets/holdout-c');
const HOLDOUT_D_SET = resolve(__dirname, '../../bench/sets/holdout-d');
const HOLDOUT_E_SET = resolve(__dirname, '../../bench/sets/holdout-e');
const HOLDOUT_G_SET = resolve(__dirname, '../../bench/sets/holdout-g');

/**
 * Floors on set H (bench/sets/holdout-h): thirty more articles written apart from the extractor, first scored
 * before any rule was written for it (foundings .651, position orgs .820, chairs .844, document fields .886,
 * sessions .928); read since, so a guard as well. Its misses left: bodies named for each village of a list,
 * working groups named by the board they help, a centre's Party committee.
 */
const HOLDOUT_H_FLOORS: Record<string, { f1?: number; acc?: number }> = {
  persons: { f1: 0.99 },
  positions: { f1: 0.96 },
  position_orgs: { acc: 0.9 },
  sessions: { f1: 0.98 },
  chairs: { acc: 0.97 },
  documents: { f1: 0.99 },
  document_fields: { acc: 0.92 },
  foundings: { f1: 0.88 },
  authors: { f1: 0.97 },
};
const HOLDOUT_H_SET = resolve(__dirname, '../../bench/sets/holdout-h');

/**
 * Floors on set I (bench/sets/holdout-i): thirty more articles written apart from the extractor, first scored
 * before any rule was written for it (foundings .700, chairs .824, document fields .851, position orgs .856);
 * read since, so a guard as well. Its misses left: bodies named for each village of a list, merged bodies told
 * as "tổ chức lại", a founding whose body the next sentence names.
 */
const HOLDOUT_I_FLOORS: Record<string, { f1?: number; acc?: number }> = {
  persons: { f1: 0.97 },
  positions: { f1: 0.94 },
  position_orgs: { acc: 0.88 },
  sessions: { f1: 0.94 },
  chairs: { acc: 0.95 },
  documents: { f1: 0.99 },
  document_fields: { acc: 0.91 },
  foundings: { f1: 0.81 },
  authors: { f1: 0.97 },
};
const HOLDOUT_I_SET = resolve(__dirname, '../../bench/sets/holdout-i');

/**
 * Floors on set J (bench/sets/holdout-j): thirty more articles written apart from the extractor, first scored
 * before any rule was written for it (foundings .559, document fields .589, chairs .704, position orgs .824,
 * sessions .844); read since, so a guard as well. Its misses left: a founding told as "mô hình nói trên", a
 * body listed in a launch and founded by its head word alone ("còn Câu lạc bộ theo ..."), positions in bodies
 * written short ("HCCB"), and a presidium it gives a chair where the dev set and G give none.
 */
const HOLDOUT_J_FLOORS: Record<string, { f1?: number; acc?: number }> = {
  persons: { f1: 0.99 },
  positions: { f1: 0.96 },
  position_orgs: { acc: 0.86 },
  sessions: { f1: 0.98 },
  chairs: { acc: 0.96 },
  documents: { f1: 0.99 },
  document_fields: { acc: 0.91 },
  foundings: { f1: 0.92 },
  authors: { f1: 0.99 },
};

/**
 * Floors on set K (bench/sets/holdout-k): thirty more articles written apart from the extractor, first scored
 * before any rule was written for it (foundings .492, document fields .826, chairs .906, sessions .941); read
 * since, so a guard as well. Its misses left: a founding told as "quyết định thành lập ban mang số N", a congress's
 * steering board named short, HCCB/HND-style bodies, and a district whose name reads as a person's.
 */
const HOLDOUT_K_FLOORS: Record<string, { f1?: number; acc?: number }> = {
  persons: { f1: 0.99 },
  positions: { f1: 0.96 },
  position_orgs: { acc: 0.91 },
  sessions: { f1: 0.99 },
  chairs: { acc: 0.99 },
  documents: { f1: 0.99 },
  document_fields: { acc: 0.94 },
  foundings: { f1: 0.95 },
  authors: { f1: 0.99 },
};
const HOLDOUT_J_SET = resolve(__dirname, '../../bench/sets/holdout-j');
const HOLDOUT_K_SET = resolve(__dirname, '../../bench/sets/holdout-k');
/**
 * Floors on set L (bench/sets/holdout-l): thirty more articles written apart from the extractor, first scored
 * before any rule was written for it (foundings .696, document fields .778, chairs .844, sessions .928); read
 * since, so a guard as well. Its misses left: an inspection team's owner taken from the sitting, bodies founded
 * by a back-reference ("02 tổ hội nghề nghiệp nói trên"), an office's body written by its head word alone.
 */
const HOLDOUT_L_FLOORS: Record<string, { f1?: number; acc?: number }> = {
  persons: { f1: 0.99 },
  positions: { f1: 0.96 },
  position_orgs: { acc: 0.92 },
  sessions: { f1: 0.99 },
  chairs: { acc: 0.97 },
  documents: { f1: 0.99 },
  document_fields: { acc: 0.93 },
  foundings: { f1: 0.95 },
  authors: { f1: 0.99 },
};
const HOLDOUT_L_SET = resolve(__dirname, '../../bench/sets/holdout-l');
/**
 * Floors on set M (bench/sets/holdout-m): thirty more articles written apart from the extractor, first scored
 * before any rule was written for it (document fields .565, foundings .568, chairs .828, sessions .906); read
 * since, so a guard as well. Its misses left: offices of a supervision team named after its sender, bodies named
 * by lowercase words with no unit to close them ("Ban Quản lý rừng phòng hộ huyện").
 */
const HOLDOUT_M_FLOORS: Record<string, { f1?: number; acc?: number }> = {
  persons: { f1: 0.98 },
  positions: { f1: 0.92 },
  position_orgs: { acc: 0.89 },
  sessions: { f1: 0.99 },
  chairs: { acc: 0.99 },
  documents: { f1: 0.99 },
  document_fields: { acc: 0.89 },
  foundings: { f1: 0.95 },
  authors: { f1: 0.98 },
};
const HOLDOUT_M_SET = resolve(__dirname, '../../bench/sets/holdout-m');
/**
 * Floors on set N (bench/sets/holdout-n): thirty more articles written apart from the extractor, first scored
 * before any rule was written for it (foundings .667, document fields .725, sessions .944); read since, so a guard
 * as well. Its misses left: offices of bodies founded in a list ("Tổ trưởng các tổ là ..."), persons in a table's
 * cells, simultaneous meetings in several villages, a body written "X này".
 */
const HOLDOUT_N_FLOORS: Record<string, { f1?: number; acc?: number }> = {
  persons: { f1: 0.97 },
  positions: { f1: 0.95 },
  position_orgs: { acc: 0.91 },
  sessions: { f1: 0.96 },
  chairs: { acc: 0.99 },
  documents: { f1: 0.99 },
  document_fields: { acc: 0.96 },
  foundings: { f1: 0.92 },
  authors: { f1: 0.97 },
};
const HOLDOUT_N_SET = resolve(__dirname, '../../bench/sets/holdout-n');
/**
 * Floors on set O (bench/sets/holdout-o): thirty more articles written apart from the extractor, first scored
 * before any rule was written for it (foundings .511, document fields .625, chairs .875); read since, so a guard as
 * well. Its misses left: bodies told once by their kind and village ("ba tổ ở ấp A, ấp B và ấp C ... mang số lần lượt"),
 * decisions paired by brackets ("(đối với câu lạc bộ)"), joint resolutions, names completed from the founder.
 */
const HOLDOUT_O_FLOORS: Record<string, { f1?: number; acc?: number }> = {
  persons: { f1: 0.96 },
  positions: { f1: 0.92 },
  position_orgs: { acc: 0.84 },
  sessions: { f1: 0.96 },
  chairs: { acc: 0.9 },
  documents: { f1: 0.99 },
  document_fields: { acc: 0.78 },
  foundings: { f1: 0.66 },
  authors: { f1: 0.9 },
};
const HOLDOUT_O_SET = resolve(__dirname, '../../bench/sets/holdout-o');
const hasScorer = existsSync(SCORER_PATH);

describe.each([
  { set: 'the dev set of ../shared/eval', dir: DEFAULT_SET, targets: TARGETS, present: hasScorer && existsSync(DEFAULT_SET) },
  { set: 'the holdout set of bench/sets', dir: HOLDOUT_SET, targets: HOLDOUT_FLOORS, present: hasScorer },
  { set: 'holdout set C of bench/sets', dir: HOLDOUT_C_SET, targets: HOLDOUT_C_FLOORS, present: hasScorer },
  { set: 'holdout set D of bench/sets', dir: HOLDOUT_D_SET, targets: HOLDOUT_D_FLOORS, present: hasScorer },
  { set: 'holdout set E of bench/sets', dir: HOLDOUT_E_SET, targets: HOLDOUT_E_FLOORS, present: hasScorer },
  { set: 'holdout set G of bench/sets', dir: HOLDOUT_G_SET, targets: HOLDOUT_G_FLOORS, present: hasScorer },
  { set: 'holdout set H of bench/sets', dir: HOLDOUT_H_SET, targets: HOLDOUT_H_FLOORS, present: hasScorer },
  { set: 'holdout set I of bench/sets', dir: HOLDOUT_I_SET, targets: HOLDOUT_I_FLOORS, present: hasScorer },
  { set: 'holdout set J of bench/sets', dir: HOLDOUT_J_SET, targets: HOLDOUT_J_FLOORS, present: hasScorer },
  { set: 'holdout set K of bench/sets', dir: HOLDOUT_K_SET, targets: HOLDOUT_K_FLOORS, present: hasScorer },
  { set: 'holdout set L of bench/sets', dir: HOLDOUT_L_SET, targets: HOLDOUT_L_FLOORS, present: hasScorer },
  { set: 'holdout set M of bench/sets', dir: HOLDOUT_M_SET, targets: HOLDOUT_M_FLOORS, present: hasScorer },
  { set: 'holdout set N of bench/sets', dir: HOLDOUT_N_SET, targets: HOLDOUT_N_FLOORS, present: hasScorer },
  { set: 'holdout set O of bench/sets', dir: HOLDOUT_O_SET, targets: HOLDOUT_O_FLOORS, present: hasScorer },
])('$set', ({ dir, targets, present }) => {
  let figures: Record<string, { f1: number | null; acc: number | null }>;

  beforeAll(() => {
    if (!present) return;
    const input = JSON.stringify(shapeSet(dir));
    figures = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', SCORE_IN_CHILD], { input, encoding: 'utf8' }));
  });

  (present ? it.each : it.skip.each)(Object.entries(targets))('meets the target for %s', (metric, target) => {
    const f = figures[metric];
    if (target.f1 !== undefined) expect(f.f1).toBeGreaterThanOrEqual(target.f1);
    if (target.acc !== undefined) expect(f.acc).toBeGreaterThanOrEqual(target.acc);
  });
});
