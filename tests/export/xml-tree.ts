/**
 * A strict little XML 1.0 reader for tests (no network, no dependency):
 * checks well-formedness (one root, matched tags, quoted unique attributes,
 * only known entity references, no `<` or raw `&` in values) and returns the
 * element tree. Enough for the documents our writers produce.
 */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const NAME = /^[A-Za-z_:][\w.:-]*/;

export function parseXml(xml: string): XmlElement {
  let i = 0;
  const fail = (msg: string): never => {
    throw new Error(`XML not well-formed at ${i}: ${msg} near ${JSON.stringify(xml.slice(i, i + 40))}`);
  };
  const skipMisc = (): void => {
    for (;;) {
      const ws = /^\s*/.exec(xml.slice(i))![0].length;
      i += ws;
      if (xml.startsWith('<?', i)) i = xml.indexOf('?>', i) + 2 || fail('unclosed declaration');
      else if (xml.startsWith('<!--', i)) i = xml.indexOf('-->', i) + 3 || fail('unclosed comment');
      else return;
    }
  };
  const readName = (): string => {
    const m = NAME.exec(xml.slice(i)) ?? fail('expected a name');
    i += m[0].length;
    return m[0];
  };
  const readElement = (): XmlElement => {
    if (xml[i] !== '<') fail('expected <');
    i += 1;
    const el: XmlElement = { name: readName(), attrs: {}, children: [], text: '' };
    for (;;) {
      const ws = /^\s*/.exec(xml.slice(i))![0].length;
      i += ws;
      if (xml.startsWith('/>', i)) return (i += 2), el;
      if (xml[i] === '>') break;
      if (ws === 0) fail('attributes must be separated by space');
      const name = readName();
      if (name in el.attrs) fail(`duplicate attribute ${name}`);
      const m = /^\s*=\s*("([^"]*)"|'([^']*)')/.exec(xml.slice(i)) ?? fail('expected ="value"');
      i += m[0].length;
      el.attrs[name] = decode(m[2] ?? m[3], true, fail);
    }
    i += 1;
    for (;;) {
      const next = xml.indexOf('<', i);
      if (next < 0) fail(`unclosed <${el.name}>`);
      el.text += decode(xml.slice(i, next), false, fail);
      i = next;
      if (xml.startsWith('</', i)) {
        i += 2;
        const name = readName();
        if (name !== el.name) fail(`</${name}> closes <${el.name}>`);
        i += /^\s*>/.exec(xml.slice(i))?.[0].length ?? fail('expected >');
        return el;
      }
      if (xml.startsWith('<!--', i)) i = xml.indexOf('-->', i) + 3 || fail('unclosed comment');
      else el.children.push(readElement());
    }
  };
  skipMisc();
  const root = readElement();
  skipMisc();
  if (i !== xml.length) fail('content after the root element');
  return root;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(raw: string, inAttr: boolean, fail: (m: string) => never): string {
  if (inAttr && raw.includes('<')) fail('< in an attribute value');
  if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/.test(raw)) fail('a character XML does not allow');
  const normalized = raw.replace(/\r\n?/g, '\n');
  const text = inAttr ? normalized.replace(/[\t\n]/g, ' ') : normalized;
  return text.replace(/&([^;]*);?/g, (whole, ref: string) => {
    if (!whole.endsWith(';')) fail(`bare & (${whole})`);
    if (ref in ENTITIES) return ENTITIES[ref];
    const num = /^#(?:x([0-9a-fA-F]+)|([0-9]+))$/.exec(ref) ?? fail(`unknown entity &${ref};`);
    return String.fromCodePoint(num[1] ? parseInt(num[1], 16) : Number(num[2]));
  });
}
