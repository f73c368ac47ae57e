import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApolloServer } from '@apollo/server';
import { json } from 'body-parser';
import type { Logger } from 'pino';
import type { GraphQLContext } from '../graphql/context';
import type { ServerConfig } from './config';
import { graphqlHandler, sendJson, type ParsedRequest } from './graphql-handler';

type Handle = ReturnType<typeof graphqlHandler<GraphQLContext>>;

/**
 * POST /graphql served on plain node:http, outside Express: Express 5 gives
 * every request Express's prototypes with Object.setPrototypeOf, after which
 * V8 keeps the request's objects past the next young collection; at a few
 * hundred requests a second each scavenge then copied megabytes and paused
 * the server 5-10 ms. Everything else (GET /graphql, the playground, the
 * explorer, /healthz) stays with Express.
 */
export function graphqlPostRoute(handle: Handle, config: ServerConfig, logger: Logger): (req: IncomingMessage, res: ServerResponse) => void {
  const parseBody = json({ limit: config.bodyLimitBytes });
  return (req, res) => {
    const fail = (error: unknown) => answerError(res, error, config, logger);
    parseBody(req, res, (error?: unknown) => (error ? fail(error) : void handle(req as ParsedRequest, res, fail)));
  };
}

/** Whether a request is a GraphQL POST the plain route takes. */
export function isGraphQLPost(req: IncomingMessage, path: string): boolean {
  if (req.method !== 'POST' || !req.url?.startsWith(path)) return false;
  const rest = req.url.length - path.length;
  return rest === 0 || req.url[path.length] === '?';
}

/** Errors before GraphQL runs (body too large, broken JSON), answered the way GraphQL clients read them. */
export function answerError(res: ServerResponse, error: unknown, config: ServerConfig, logger: Logger): void {
  const e = (error ?? {}) as { status?: unknown; type?: unknown; message?: unknown };
  const status = typeof e.status === 'number' ? e.status : 500;
  const message = e.type === 'entity.too.large'
    ? `the request body is larger than this server accepts (${config.bodyLimitBytes} bytes)`
    : e.type === 'entity.parse.failed'
      ? 'the request body is not valid JSON'
      : status < 500 ? String(e.message ?? 'bad request') : 'internal server error';
  if (status >= 500) logger.error({ err: error }, 'request failed');
  const code = status === 413 ? 'PAYLOAD_TOO_LARGE' : status < 500 ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR';
  if (res.headersSent) return void res.end();
  sendJson(res, status, { errors: [{ message, extensions: { code } }] });
}
