import { recognizeAll } from '../../src/extraction/recognize/recognizers';
import { splitSentences } from '../../src/extraction/recognize/sentences';

/** Text of `size` characters made by repeating `line(i)` with a running number. */
function repeated(size: number, line: (i: number) => string): string {
  let s = '';
  for (let i = 0; s.length < size; i++) s += line(i);
  return s;
}

/** CPU time of recognizing `text` (no crawl-noise blanking: every repeated line is read). */
function cpuMs(text: string): { ms: number; foundings: number } {
  const started = process.cpuUsage();
  const r = recognizeAll(text, text, splitSentences(text), null);
  const used = process.cpuUsage(started);
  return { ms: (used.user + used.system) / 1000, foundings: r.foundings.length };
}

describe('foundings read in bounded time', () => {
  it.each([
    ['short names launched in full over and over', (i: number) => `lễ ra mắt Đội A${i % 7} hay. Đội được thành lập theo Quyết định số ${i}-QĐ/ĐU. `],
    ['bodies founded with numbers in brackets', (i: number) => `trao Quyết định thành lập Chi bộ thôn A${i % 5} (Quyết định số ${i}-QĐ/ĐU). `],
    ['sub-committees in one long list', (i: number) => `thành lập Tiểu ban A Đại hội X; Quyết định số ${i}-QĐ/HU về việc thành lập Tiểu ban B; `],
    ['founding verbs stacked before "theo"', (i: number) => `Chi bộ được Ab Cd thành lập thành lập thành lập được Ab thành lập x theo Quyết định số ${i}-QĐ/ĐU `],
  ])('finishes %s (400 KB) in time linear in its length', (_name, line) => {
    cpuMs(repeated(20_000, line)); // warm up
    const { ms } = cpuMs(repeated(400_000, line));
    expect(ms).toBeLessThan(5000); // quadratic work here took minutes
  });
});
