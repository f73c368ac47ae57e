/**
 * The explorer's only way to the data: the public GraphQL endpoint of the
 * server that serves this page.
 */
const ENDPOINT = '/graphql';

/** An error the API answered with (or a failed request), with the messages to show. */
export class ApiError extends Error {
  constructor(message, errors = []) {
    super(message);
    this.name = 'ApiError';
    this.errors = errors;
  }
}

/**
 * Sends one operation and resolves to its `data`. GraphQL errors reject,
 * unless `data` came with them (a partial answer is still worth drawing).
 */
export async function request(query, variables = {}, { signal } = {}) {
  const response = await fetch(ENDPOINT, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
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
  if (!body.data) throw new ApiError(errors[0]?.message ?? `The API answered ${response.status}`, errors);
  return body.data;
}
