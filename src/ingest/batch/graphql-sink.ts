import { InvalidArticleError, parseArticleInput } from '../article-input';
import { FatalSinkError, type ArticleSink } from './article-sink';

/** The contract's mutation, verbatim (shared/contract/operations.graphql). */
export const INGEST_ARTICLE_MUTATION = `mutation IngestArticle($input: ArticleInput!) {
  ingestArticle(input: $input) {
    article { id }
  }
}`;

export interface GraphqlSinkOptions {
  endpoint: string;
  token: string;
  /** Attempts per article when the network or the server fails (5xx); 1 = no retry. */
  attempts?: number;
  timeoutMs?: number;
}

interface GraphqlError { message: string; extensions?: { code?: string } }
interface GraphqlResponse { data?: { ingestArticle?: { article?: { id?: string } } } | null; errors?: GraphqlError[] }

/**
 * Sends each article to a running server's `ingestArticle` mutation with
 * `Authorization: Bearer <token>`: the way to ingest while a server holds
 * the embedded store. Records are checked here first, with the same rules
 * the server applies, so a bad one costs no request.
 */
export function graphqlSink(options: GraphqlSinkOptions): ArticleSink {
  const attempts = Math.max(1, options.attempts ?? 3);
  return {
    description: `server ${options.endpoint}`,
    async ingest(raw) {
      const input = parseArticleInput(raw);
      const variables = { input: { text: input.text, url: input.url ?? null, title: input.title ?? null, publishedAt: input.publishedAt ?? null } };
      const body = JSON.stringify({ query: INGEST_ARTICLE_MUTATION, variables, operationName: 'IngestArticle' });
      const response = await postWithRetry(options, body, attempts);
      return { articleId: articleIdOf(response), outcome: 'accepted', factCounts: null };
    },
  };
}

async function postWithRetry(options: GraphqlSinkOptions, body: string, attempts: number): Promise<GraphqlResponse> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await post(options, body);
    } catch (err) {
      if (!(err instanceof RetryableError) || attempt >= attempts) throw err;
      await new Promise((r) => setTimeout(r, 250 * 2 ** (attempt - 1)));
    }
  }
}

class RetryableError extends Error {}

async function post(options: GraphqlSinkOptions, body: string): Promise<GraphqlResponse> {
  let res: Response;
  try {
    res = await fetch(options.endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', authorization: `Bearer ${options.token}` },
      body,
      signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
    });
  } catch (err) {
    const cause = (err as { cause?: { code?: string } }).cause?.code;
    throw new RetryableError(`cannot reach ${options.endpoint}: ${cause ?? (err as Error).message}`);
  }
  if (res.status === 401 || res.status === 403) throw new FatalSinkError(`the server refused the token (HTTP ${res.status})`);
  if (res.status === 502 || res.status === 503 || res.status === 504) throw new RetryableError(`the server answered HTTP ${res.status}`);
  let json: GraphqlResponse;
  try {
    json = (await res.json()) as GraphqlResponse;
  } catch {
    if (res.status === 404) throw new FatalSinkError(`no GraphQL endpoint at ${options.endpoint} (HTTP 404)`);
    throw new RetryableError(`the server answered HTTP ${res.status} without JSON`);
  }
  throwGraphqlErrors(json, res.status);
  return json;
}

function throwGraphqlErrors(json: GraphqlResponse, status: number): void {
  const first = json.errors?.[0];
  if (!first) {
    if (status >= 400) throw new Error(`the server answered HTTP ${status}`);
    return;
  }
  const code = first.extensions?.code;
  if (code === 'BAD_USER_INPUT') throw new InvalidArticleError(first.message);
  if (code === 'UNAUTHENTICATED' || code === 'FORBIDDEN') throw new FatalSinkError(`the server refused the token: ${first.message}`);
  if (code === 'GRAPHQL_VALIDATION_FAILED' || code === 'GRAPHQL_PARSE_FAILED') {
    throw new FatalSinkError(`the server does not accept the ingestArticle mutation: ${first.message}`);
  }
  throw new Error(`the server could not ingest it: ${first.message}`);
}

function articleIdOf(json: GraphqlResponse): string {
  const id = json.data?.ingestArticle?.article?.id;
  if (!id) throw new Error('the server answered without an article id');
  return id;
}
