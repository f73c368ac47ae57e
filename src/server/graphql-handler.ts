import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApolloServer, BaseContext, ContextThunk, HTTPGraphQLRequest } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import type { Deadline } from '../graphql/loaders/create-loaders';

/** A request whose body is parsed (body-parser sets `body`). */
export type ParsedRequest = IncomingMessage & { body?: unknown };

/**
 * Apollo Server 5's HTTP glue (it no longer ships one), on plain node:http:
 * the parsed request goes to `executeHTTPGraphQLRequest`, its answer back
 * out. A request that runs out of time is answered 503 at once, and its
 * deadline tells its work to stop. No AbortController per request: Node 20
 * builds each signal with Object.setPrototypeOf, which keeps it past young
 * collections, so every request's garbage became old garbage.
 */
export function graphqlHandler<C extends BaseContext>(
  apollo: ApolloServer<C>,
  makeContext: (req: ParsedRequest, deadline: Deadline) => Promise<C>,
  timeoutMs: number,
): (req: ParsedRequest, res: ServerResponse, onError: (error: unknown) => void) => Promise<void> {
  return async (req, res, onError) => {
    const deadline = { aborted: false };
    const timer = setTimeout(() => {
      deadline.aborted = true;
      if (!res.headersSent) sendTimeout(res, timeoutMs);
    }, timeoutMs);
    try {
      const context: ContextThunk<C> = () => makeContext(req, deadline);
      const result = await apollo.executeHTTPGraphQLRequest({ httpGraphQLRequest: toApolloRequest(req), context });
      if (res.headersSent) return; // timed out meanwhile
      for (const [key, value] of result.headers) res.setHeader(key, value);
      res.statusCode = result.status ?? 200;
      if (result.body.kind === 'complete') {
        res.setHeader('content-length', Buffer.byteLength(result.body.string));
        res.end(result.body.string);
        return;
      }
      for await (const chunk of result.body.asyncIterator) res.write(chunk);
      res.end();
    } catch (error) {
      if (!res.headersSent) onError(error);
    } finally {
      clearTimeout(timer);
    }
  };
}

function toApolloRequest(req: ParsedRequest): HTTPGraphQLRequest {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  const url = req.url ?? '/';
  const query = url.indexOf('?');
  return { method: (req.method ?? 'GET').toUpperCase(), headers, search: query < 0 ? '' : url.slice(query), body: req.body };
}

/** A JSON answer on a plain response (what Express's res.json did). */
export function sendJson(res: ServerResponse, status: number, value: unknown): void {
  const body = JSON.stringify(value);
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.setHeader('content-length', Buffer.byteLength(body));
  res.end(body);
}

function sendTimeout(res: ServerResponse, timeoutMs: number): void {
  sendJson(res, 503, {
    errors: [{ message: `the request took longer than ${timeoutMs} ms and was stopped`, extensions: { code: 'REQUEST_TIMEOUT' } }],
  });
}
