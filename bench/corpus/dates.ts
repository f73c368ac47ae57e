/** Calendar arithmetic on ISO dates (`YYYY-MM-DD`), in UTC so no clock or zone is read. */

export function addDays(iso: string, days: number): string {
  const t = Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export function partsOf(iso: string): { y: number; m: number; d: number } {
  return { y: Number(iso.slice(0, 4)), m: Number(iso.slice(5, 7)), d: Number(iso.slice(8, 10)) };
}

/**
 * Party and council terms change on 1 July of 2020 and 2025 (congress season
 * ends, and districts were abolished on 1 July 2025).
 */
export const TERM_STARTS = ['2015-07-01', '2020-07-01', '2025-07-01', '2030-07-01'] as const;

export function termOf(iso: string): number {
  let t = 0;
  while (t + 1 < TERM_STARTS.length - 1 && iso >= TERM_STARTS[t + 1]) t++;
  return t;
}

/** "2020 - 2025" for a term index. */
export function termLabel(term: number, dash = ' - '): string {
  const y = Number(TERM_STARTS[term].slice(0, 4));
  return `${y}${dash}${y + 5}`;
}

/** Districts exist until 30 June 2025. */
export const DISTRICTS_END = '2025-07-01';
