import { BOARD_FIELDS, DEPARTMENT_ABBREVIATIONS, DEPARTMENT_FIELDS, FIELD_VARIANTS } from '../lexicon/department-abbreviations';
import { PhraseMatcher } from './phrase-matcher';
import { skipSpaces } from './scan';

/** The fields that name departments and boards: written in full, half by initials, or by initials. */
const INITIALS = /[ ]+([A-ZĐ]{1,4}(?:[&-]?[A-ZĐ]{1,4}){0,3})(?![\p{L}\p{N}&-])/uy;

const FIELDS = new PhraseMatcher([
  ...DEPARTMENT_FIELDS.map((f) => ({ forms: [f], entry: f })),
  ...[...FIELD_VARIANTS].map(([form, f]) => ({ forms: [form], entry: f })),
]);

export const BOARD_NAMES = new PhraseMatcher(BOARD_FIELDS.map((f) => ({ forms: [f], entry: f })));

/** "Văn hóa, Thể thao và Du lịch" after "Sở": a field written in full, commas and all. */
export function knownField(text: string, pos: number, fields = FIELDS): { name: string; end: number } | null {
  const m = fields.matchAt(text, skipSpaces(text, pos));
  return m ? { name: m.entry, end: m.end } : null;
}

/** "NN&PTNT" after "Sở": the department's field, expanded. */
export function fieldInitials(text: string, pos: number, names = DEPARTMENT_ABBREVIATIONS): { name: string; end: number } | null {
  INITIALS.lastIndex = pos;
  const m = INITIALS.exec(text);
  const name = m ? names.get(m[1]) : undefined;
  return name ? { name, end: pos + m![0].length } : null;
}
