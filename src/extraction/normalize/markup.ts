/**
 * HTML pasted as article text: markup carries no facts, and what scripts,
 * styles, comments and menus hold is not the article. Everything but the
 * text between tags is blanked with spaces (offsets stay put); a block tag
 * becomes a line break, so `</p><p>` still ends a paragraph.
 *   `<p class="x">Ngày 2/4/2025, ...</p>` -> `\n         Ngày 2/4/2025, ...\n   `
 * One left-to-right scan: every search starts where the last one ended.
 */
export function blankMarkup(text: string): string {
  // No '<' at all (most articles): indexOf finds that faster than the pattern's scan.
  if (!text.includes('<') || !LOOKS_LIKE_MARKUP.test(text)) return text;
  const out: string[] = [];
  let done = 0;
  let close = -1; // the next '>' at or after i, found once per stretch (keeps the scan linear)
  let i = text.indexOf('<');
  while (i >= 0) {
    if (close <= i) close = text.indexOf('>', i + 1);
    if (close < 0) break; // no '>' left: nothing further can be a tag
    const end = markupEnd(text, i, close);
    if (end > i) {
      out.push(text.slice(done, i), blankTag(text.slice(i, end)));
      done = end;
    }
    i = text.indexOf('<', Math.max(end, i + 1));
  }
  out.push(text.slice(done));
  return out.join('').replace(ENTITY, (e) => ' '.repeat(e.length));
}

const LOOKS_LIKE_MARKUP = /<(?:[a-zA-Z][a-zA-Z0-9]*[\s>/]|\/[a-zA-Z]|!)/;
const TAG_NAME = /^<\/?([a-zA-Z][a-zA-Z0-9]*)/;
const ENTITY = /&(?:[a-zA-Z]{2,8}|#\d{1,6}|#x[0-9a-fA-F]{1,6});/g;
/** Elements whose content is not article text. */
const HIDDEN = new Set(['script', 'style', 'noscript', 'template', 'nav', 'svg', 'iframe', 'head']);
const BLOCK = new Set([
  'p', 'div', 'br', 'li', 'ul', 'ol', 'tr', 'td', 'th', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'title',
  'article', 'section', 'header', 'footer', 'figure', 'figcaption', 'blockquote', 'body', 'html', 'main', 'aside',
]);
/** The longest tag read as one; a longer run is left as text. */
const MAX_TAG = 4000;

/** Where the markup starting at `i` ends (exclusive), or `i` when `<` starts no markup. */
function markupEnd(text: string, i: number, close: number): number {
  if (text.startsWith('<!--', i)) return closeAfter(text, '-->', i + 4, text.length);
  if (close - i > MAX_TAG) return i;
  const head = text.slice(i, Math.min(close + 1, i + 64));
  const name = TAG_NAME.exec(head)?.[1]?.toLowerCase();
  if (!name && !text.startsWith('<!', i)) return i;
  if (name && HIDDEN.has(name) && text[i + 1] !== '/' && name !== 'head') {
    const endTag = new RegExp(`</${name}\\s*>`, 'gi');
    endTag.lastIndex = close + 1;
    const m = endTag.exec(text);
    return m ? m.index + m[0].length : close + 1;
  }
  return close + 1;
}

function closeAfter(text: string, marker: string, from: number, fallback: number): number {
  const at = text.indexOf(marker, from);
  return at < 0 ? fallback : at + marker.length;
}

/** Spaces for a piece of markup, a line break first for a block element; line breaks inside are kept. */
function blankTag(markup: string): string {
  const name = TAG_NAME.exec(markup)?.[1]?.toLowerCase();
  const blanked = markup.replace(/[^\n]/g, ' ');
  return name && (BLOCK.has(name) || HIDDEN.has(name)) ? `\n${blanked.slice(1)}` : blanked;
}
