/**
 * A document number as the store's `number` filter compares it: NFC, upper
 * case, no whitespace, every dash-like character as "-":
 * "03 – qđ/đu" -> "03-QĐ/ĐU". Idempotent, so the adapter may apply it again.
 */
export function normalizeDocumentNumber(number: string): string {
  return number
    .normalize('NFC')
    .toUpperCase()
    .normalize('NFC')
    .replace(/\s+/gu, '')
    .replace(/[\p{Pd}\u2212\uFE63\uFF0D]/gu, '-');
}
