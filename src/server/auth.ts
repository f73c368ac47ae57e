import { timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

export interface Tokens {
  apiToken: string | null;
  readToken: string | null;
}

/** The token of an `Authorization: Bearer <token>` header, or null. */
export function bearerToken(headers: IncomingHttpHeaders): string | null {
  const m = /^Bearer\s+(\S+)\s*$/i.exec(headers.authorization ?? '');
  return m ? m[1] : null;
}

/** Why a request may not write, or null when it may. */
export function writeRefusal(token: string | null, tokens: Tokens): string | null {
  if (!tokens.apiToken) return 'mutations are refused: this server has no API_TOKEN configured';
  if (!token) return 'mutations need an "Authorization: Bearer <API_TOKEN>" header';
  if (!sameSecret(token, tokens.apiToken)) return 'the bearer token is not valid for mutations';
  return null;
}

/** Why a request may not read, or null: reads are open unless READ_TOKEN is set (API_TOKEN reads too). */
export function readRefusal(token: string | null, tokens: Tokens): string | null {
  if (!tokens.readToken) return null;
  if (!token) return 'this server needs an "Authorization: Bearer <READ_TOKEN>" header for queries';
  const allowed = [tokens.readToken, tokens.apiToken].some((t) => t !== null && sameSecret(token, t));
  return allowed ? null : 'the bearer token is not valid for this server';
}

/** Compares in constant time, so response timing does not leak the token. */
function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
