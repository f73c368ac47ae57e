/**
 * Word tokens found in one linear pass over char codes (faster than Unicode
 * property regexes, which matters at thousands of articles a second).
 * Letters are ASCII letters and everything from U+00C0 below the general
 * punctuation block but × and ÷: enough for Vietnamese in NFC.
 */
export function isWordCode(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return c >= 0xc0 && c < 0x2000 && c !== 0xd7 && c !== 0xf7;
}

/** A capital letter of Vietnamese (ASCII, Latin-1, Latin Extended-A/B, Latin Extended Additional). */
export function isUpperCode(c: number): boolean {
  if (c < 128) return c >= 65 && c <= 90;
  if (c >= 0xc0 && c <= 0xde) return c !== 0xd7;
  if (c >= 0x100 && c <= 0x17f) return (c & 1) === 0;
  if (c === 0x1a0 || c === 0x1af) return true;
  if (c >= 0x1e00 && c <= 0x1eff) return (c & 1) === 0;
  return false;
}

/** A word of two or more letters, all capitals ("UBND", "TỈNH"). */
export function isAllCapsWord(text: string, start: number, end: number): boolean {
  if (end - start < 2) return false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (!isUpperCode(c) && !(c >= 48 && c <= 57)) return false;
  }
  return true;
}

/** The end of the word starting at `pos`. */
export function wordEnd(text: string, pos: number): number {
  let i = pos;
  while (i < text.length && isWordCode(text.charCodeAt(i))) i++;
  return i;
}

/** True for a word whose first letter is a capital ("Nguyễn", "UBND"). */
export function startsUpper(text: string, pos: number): boolean {
  return isUpperCode(text.charCodeAt(pos));
}

/** The words of a text: start and end offsets. */
export interface Tokens {
  starts: number[];
  ends: number[];
}

/** The words of `text`, in one pass over char codes. */
export function tokensOf(text: string): Tokens {
  const starts: number[] = [];
  const ends: number[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const w = i < text.length && isWordCode(text.charCodeAt(i));
    if (w && start < 0) start = i;
    else if (!w && start >= 0) {
      starts.push(start);
      ends.push(i);
      start = -1;
    }
  }
  return { starts, ends };
}
