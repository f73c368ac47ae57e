/**
 * An RFC 4180 reader for tests: quoted fields with doubled quotes, commas
 * and line breaks inside; records end in CRLF (a bare LF is accepted).
 * Reads the way pandas.read_csv does with its default dialect.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  const endField = (): void => {
    row.push(field);
    field = '';
  };
  while (i < text.length) {
    const c = text[i];
    if (c === '"' && field === '') {
      const close = findClosingQuote(text, i + 1);
      field = text.slice(i + 1, close).replace(/""/g, '"');
      i = close + 1;
      if (i < text.length && !/[,\r\n]/.test(text[i])) throw new Error(`text after a closing quote at ${i}`);
    } else if (c === ',') {
      endField();
      i += 1;
    } else if (c === '\r' || c === '\n') {
      endField();
      rows.push(row);
      row = [];
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else {
      if (c === '"') throw new Error(`a quote inside an unquoted field at ${i}`);
      field += c;
      i += 1;
    }
  }
  if (field !== '' || row.length > 0) {
    endField();
    rows.push(row);
  }
  return rows;
}

function findClosingQuote(text: string, from: number): number {
  for (let i = from; i < text.length; i += 1) {
    if (text[i] !== '"') continue;
    if (text[i + 1] === '"') i += 1;
    else return i;
  }
  throw new Error('unclosed quoted field');
}

/** Rows as objects keyed by the header line; every row must be as wide as the header. */
export function csvRecords(text: string): Array<Record<string, string>> {
  const [header, ...rows] = parseCsv(text);
  return rows.map((r, n) => {
    if (r.length !== header.length) throw new Error(`row ${n + 2} has ${r.length} fields, the header ${header.length}`);
    return Object.fromEntries(header.map((h, i) => [h, r[i]]));
  });
}
