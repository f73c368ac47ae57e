import { recognizeAdminUnits, type UnitMention } from './admin-unit-recognizer';
import { articleDay } from './article-day';
import type { WrittenDate } from './date-recognizer';
import { recognizeBylines, type BylineMention } from './byline-recognizer';
import { recognizeDocuments, type DocumentMention } from './document-recognizer';
import { recognizeFoundings, type FoundingMention } from './founding-recognizer';
import { respectiveOffices } from './respective-offices';
import type { OrgPhrase } from './org-phrase';
import { recognizeOrgs } from './org-recognizer';
import { recognizePersons, type PersonMention } from './person-recognizer';
import { sessionDocuments } from './session-documents';
import { recognizeSessions, type SessionMention } from './session-recognizer';
import type { SentenceRange } from './sentences';
import { wordsOfBlanked } from './word-flags';

/** What the recognize phase finds in the body (offsets into the normalized text). */
export interface Recognized {
  body: string;
  /** The normalized text before chrome was blanked (same offsets): header lines carry bylines. */
  full: string;
  /** Units named anywhere, chrome included (read once for the context); `units` keeps those in the body. */
  allUnits: UnitMention[];
  sentences: SentenceRange[];
  units: UnitMention[];
  orgs: OrgPhrase[];
  persons: PersonMention[];
  documents: DocumentMention[];
  foundings: FoundingMention[];
  sessions: SessionMention[];
  bylines: BylineMention[];
  /** The day the article calls "hôm nay" (recognize/article-day). */
  today: WrittenDate | null;
}

/** One recognizer: reads the body and what earlier ones found, adds its own mentions. */
export interface Recognizer {
  readonly name: string;
  readonly run: (r: Recognized) => Partial<Recognized>;
}

/** The recognizers, in the order they run (foundings read documents; documents issued at a session read sessions). */
export const RECOGNIZERS: readonly Recognizer[] = Object.freeze([
  { name: 'adminUnits', run: (r: Recognized) => ({ units: r.allUnits.filter((u) => r.body.startsWith(u.name, u.end - u.name.length)) }) },
  { name: 'organizations', run: (r: Recognized) => ({ orgs: recognizeOrgs(r.body) }) },
  { name: 'persons', run: (r: Recognized) => ({ persons: recognizePersons(r.body) }) },
  { name: 'documents', run: (r: Recognized) => ({ documents: recognizeDocuments(r.body) }) },
  { name: 'foundings', run: (r: Recognized) => ({ foundings: recognizeFoundings(r.body, r.documents) }) },
  // "Tổ trưởng 3 tổ lần lượt là ông A, ông B và bà C": offices of the bodies just founded, read once foundings are known.
  { name: 'respectiveOffices', run: (r: Recognized) => (respectiveOffices(r.body, r.persons, r.foundings), {}) },
  { name: 'sessions', run: (r: Recognized) => ({ sessions: recognizeSessions(r.body, r.sentences, r.today) }) },
  // Documents a session issued take its date and holder: read once sessions are known.
  { name: 'sessionDocuments', run: (r: Recognized) => (sessionDocuments(r.body, r.documents, r.sessions, r.orgs), {}) },
  { name: 'bylines', run: (r: Recognized) => ({ bylines: recognizeBylines(r.body, r.full) }) },
]);

/** Runs every recognizer over the body. */
export function recognizeAll(fullText: string, body: string, sentences: SentenceRange[], publishedAt: string | null = null): Recognized {
  const allUnits = recognizeAdminUnits(fullText);
  wordsOfBlanked(body, fullText);
  const r: Recognized = { body, full: fullText, allUnits, sentences, units: [], orgs: [], persons: [], documents: [], foundings: [], sessions: [], bylines: [], today: articleDay(fullText, publishedAt) };
  for (const rec of RECOGNIZERS) Object.assign(r, rec.run(r));
  return r;
}
