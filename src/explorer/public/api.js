/**
 * The explorer's only way to the data: the public GraphQL endpoint of the
 * server that serves this page. A server started with READ_TOKEN answers
 * queries only with `Authorization: Bearer <token>`: the page asks for the
 * token once (see token-form.js) and keeps it for the browser tab only.
 */
const ENDPOINT = '/graphql';
const TOKEN_KEY = 'vn-polgraph.readToken';

/** An error the API answered with (or a failed request), with the messages to show. */
export class ApiError extends Error {
  constructor(message, errors = []) {
    super(message);
    this.name = 'ApiError';
    this.errors = errors;
    this.code = errors[0]?.extensions?.code ?? null;
  }
}

/** Keeps (or, given null, forgets) the read token for this tab. */
export function setReadToken(token) {
  if (token) sessionStorage.setItem(TOKEN_KEY, token);
  else sessionStorage.removeItem(TOKEN_KEY);
}

/**
 * Sends one operation and resolves to its `data`. GraphQL errors reject,
 * unless `data` came with them (a partial answer is still worth drawing).
 * An UNAUTHENTICATED answer also raises `explorer:needs-token` on window.
 */
export async function request(query, variables = {}, { signal } = {}) {
  const token = sessionStorage.getItem(TOKEN_KEY);
  const response = await fetch(ENDPOINT, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
    signal,
  });
  let body;
  try {
    body = await response.json();
  } catch {
    throw new ApiError(`The API answered ${response.status} without JSON`);
  }
  const errors = Array.isArray(body.errors) ? body.errors : [];
  if (errors.length > 0) console.warn('GraphQL errors', errors);
  if (!body.data) {
    const error = new ApiError(errors[0]?.message ?? `The API answered ${response.status}`, errors);
    if (error.code === 'UNAUTHENTICATED') window.dispatchEvent(new CustomEvent('explorer:needs-token', { detail: error.message }));
    throw error;
  }
  return body.data;
}
