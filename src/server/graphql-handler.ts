import type { ApolloServer, BaseContext, ContextThunk, HTTPGraphQLRequest } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import type { Request, RequestHandler, Response } from 'express';

/**
 * Express glue for Apollo Server 5 (which no longer ships one): the parsed
 * request goes to `executeHTTPGraphQLRequest`, its answer back out. A
 * request that runs out of time is answered 503 at once; its work is told
 * to stop through the AbortSignal handed to the context.
 */
export function graphqlHandler<C extends BaseContext>(
  apollo: ApolloServer<C>,
  makeContext: (req: Request, signal: AbortSignal) => Promise<C>,
  timeoutMs: number,
): RequestHandler {
  return async (req, res, next) => {
    const abort = new AbortController();
    const timer = setTimeout(() => {
      abort.abort();
      if (!res.headersSent) sendTimeout(res, timeoutMs);
    }, timeoutMs);
    try {
      const context: ContextThunk<C> = () => makeContext(req, abort.signal);
      const result = await apollo.executeHTTPGraphQLRequest({ httpGraphQLRequest: toApolloRequest(req), context });
      if (res.headersSent) return; // timed out meanwhile
      for (const [key, value] of result.headers) res.setHeader(key, value);
      res.status(result.status ?? 200);
      if (result.body.kind === 'complete') {
        res.send(result.body.string);
        return;
      }
      for await (const chunk of result.body.asyncIterator) res.write(chunk);
      res.end();
    } catch (error) {
      if (!res.headersSent) next(error);
    } finally {
      clearTimeout(timer);
    }
  };
}

function toApolloRequest(req: Request): HTTPGraphQLRequest {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  const url = new URL(req.originalUrl, 'http://localhost');
  return { method: req.method.toUpperCase(), headers, search: url.search, body: req.body };
}

function sendTimeout(res: Response, timeoutMs: number): void {
  res.status(503).json({
    errors: [{ message: `the request took longer than ${timeoutMs} ms and was stopped`, extensions: { code: 'REQUEST_TIMEOUT' } }],
  });
}
