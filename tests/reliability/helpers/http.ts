/** Small HTTP helpers for talking to the server the way outside clients do. */

export interface RawAnswer {
  status: number;
  text: string;
  /** The parsed JSON body, or null when it is not JSON. */
  json: any; // eslint-disable-line @typescript-eslint/no-explicit-any
  ms: number;
}

/** POSTs raw bytes (or nothing) to the GraphQL endpoint with the given headers. */
export async function postRaw(
  url: string, body: string | Buffer | undefined, headers: Record<string, string> = {}, timeoutMs = 60_000,
): Promise<RawAnswer> {
  const started = Date.now();
  let res: Response;
  try {
    res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: body === undefined ? undefined : typeof body === 'string' ? body : new Uint8Array(body),
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    const why = (error as Error)?.name === 'TimeoutError' ? `no answer within ${timeoutMs} ms` : String(error);
    throw new Error(`POST ${url} failed: ${why}`);
  }
  const text = await res.text();
  let json: unknown = null;
  try {
    json = JSON.parse(text);
  } catch {
    json = null;
  }
  return { status: res.status, text, json, ms: Date.now() - started };
}

/** Sends one GraphQL operation; `token` adds the bearer header. */
export function gql(url: string, query: string, variables: Record<string, unknown> = {}, token?: string, timeoutMs?: number): Promise<RawAnswer> {
  const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
  return postRaw(url, JSON.stringify({ query, variables }), headers, timeoutMs);
}

/** How many nodes of each kind the server reports (totalCount of each list query). */
export async function graphCounts(url: string): Promise<Record<string, number>> {
  const a = await gql(url, `{
    articles(first: 1) { totalCount } people(first: 1) { totalCount } organizations(first: 1) { totalCount }
    sessions(first: 1) { totalCount } documents(first: 1) { totalCount } adminUnits(first: 1) { totalCount }
  }`);
  if (!a.json?.data) throw new Error(`cannot count the graph: HTTP ${a.status} ${a.text.slice(0, 300)}`);
  return Object.fromEntries(Object.entries(a.json.data as Record<string, { totalCount: number }>).map(([k, v]) => [k, v.totalCount]));
}

/** The first error message of a GraphQL answer, or null when there is none. */
export function firstError(a: RawAnswer): string | null {
  const errors = a.json?.errors;
  if (!Array.isArray(errors) || errors.length === 0) return null;
  return typeof errors[0]?.message === 'string' ? errors[0].message : JSON.stringify(errors[0]);
}

/**
 * A clear refusal: a client error status (4xx) or a GraphQL error, with a
 * message a person can read (not empty, not a stack trace), and no data.
 */
export function expectClearError(a: RawAnswer, mentions?: RegExp): void {
  const message = firstError(a);
  if (message === null) throw new Error(`expected a clear error, got HTTP ${a.status}: ${a.text.slice(0, 400)}`);
  expect(a.status).toBeLessThan(500);
  expect(message.trim().length).toBeGreaterThan(8);
  expect(message).not.toMatch(/\n\s+at /); // no stack trace as the message
  if (mentions) expect(message).toMatch(mentions);
  const data = a.json?.data;
  if (data) for (const value of Object.values(data)) expect(value).toBeNull();
}

/** The server still answers health checks and a trivial query. */
export async function expectStillServing(base: string, url: string): Promise<void> {
  const health = await fetch(`${base}/healthz`, { signal: AbortSignal.timeout(10_000) });
  expect(health.status).toBe(200);
  const a = await gql(url, '{ __typename }', {}, undefined, 10_000);
  expect(a.status).toBe(200);
  expect(a.json?.data?.__typename).toBe('Query');
}

/** Ingests one article with the token; throws with the server's own message when it is refused. */
export async function ingestOrFail(url: string, mutation: string, input: Record<string, unknown>, token: string): Promise<string> {
  const a = await gql(url, mutation, { input }, token);
  const id = a.json?.data?.ingestArticle?.article?.id;
  if (typeof id !== 'string') throw new Error(`setup: ingesting ${String(input.url ?? 'an article')} failed: HTTP ${a.status} ${firstError(a) ?? a.text.slice(0, 300)}`);
  return id;
}
