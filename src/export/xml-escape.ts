/**
 * Characters XML 1.0 cannot carry at all (most C0 controls, lone
 * surrogates, U+FFFE/U+FFFF). A crawled page can hold them; they are dropped.
 */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const TEXT_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#13;' };
const ATTR_ENTITIES: Record<string, string> = { ...TEXT_ENTITIES, '"': '&quot;', '\n': '&#10;', '\t': '&#9;' };

/** Escapes character data; `\r` is written as a reference so parsers do not turn it into `\n`. */
export function escapeXmlText(s: string): string {
  return s.replace(NOT_XML_CHAR, '').replace(/[&<>\r]/g, (c) => TEXT_ENTITIES[c]);
}

/** Escapes a double-quoted attribute value; whitespace is kept as references (attribute normalization would fold it). */
export function escapeXmlAttr(s: string): string {
  return s.replace(NOT_XML_CHAR, '').replace(/[&<>\r"\n\t]/g, (c) => ATTR_ENTITIES[c]);
}
