import type { IncomingMessage, RequestListener } from 'node:http';
import type { ApolloServer } from '@apollo/server';
import { GraphQLError } from 'graphql';
import express, { type ErrorRequestHandler } from 'express';
import type { Logger } from 'pino';
import { createContext, type GraphQLContext } from '../graphql/context';
import type { Deadline } from '../graphql/loaders/create-loaders';
import { unauthenticated } from '../graphql/errors';
import type { GraphStore } from '../store/store.port';
import { bearerToken, readRefusal, writeRefusal } from './auth';
import type { ServerConfig } from './config';
import { graphqlHandler, type ParsedRequest } from './graphql-handler';
import { answerError, graphqlPostRoute, isGraphQLPost } from './graphql-route';
import { mountExplorer } from '../explorer/explorer-route';
import { playgroundTabs } from './playground/examples';
import { playgroundAssets, playgroundPage } from './playground/playground-page';

/** What the app reads while running: the store appears once it is open (and seeded). */
export interface ServerState {
  store: GraphStore | null;
  ready: boolean;
}

/**
 * The HTTP app: `/healthz`, the GraphiQL playground on `GET /graphql` from a
 * browser, GraphQL itself on `/graphql` (POSTs on plain node:http, see
 * graphql-route.ts), and the graph explorer on `/explore`.
 */
export function createApp(config: ServerConfig, apollo: ApolloServer<GraphQLContext>, state: ServerState, logger: Logger): RequestListener {
  const app = express();
  app.disable('x-powered-by');
  // No ETag: Express would hash every answer (a page of sessions is 30 KB) for a validator GraphQL POSTs never use.
  app.set('etag', false);

  app.get('/healthz', (_req, res) => {
    // A store that stopped (a broken embedded database) answers nothing until a restart: say so, so it gets one.
    const failed = state.store?.failure?.() ?? null;
    if (failed) return void res.status(503).json({ status: 'failed', backend: config.backend, error: failed.message });
    // Where reads come from, once there is a store: 'loading' still answers, from the engine.
    const readModel = state.store ? { readModel: state.store.readModelState?.() ?? 'off' } : {};
    res.status(state.ready ? 200 : 503).json({ status: state.ready ? 'ok' : 'starting', backend: config.backend, ...readModel });
  });

  const assets = playgroundAssets();
  app.get('/graphql/assets/:file', (req, res) => {
    const asset = assets[String(req.params.file)];
    if (!asset) return void res.status(404).type('text/plain').send('no such asset');
    res.type(asset.type).set('Cache-Control', 'public, max-age=86400').sendFile(asset.path);
  });
  const page = playgroundPage(playgroundTabs(), '/graphql/assets');
  app.get('/graphql', (req, res, next) => {
    // A browser's Accept prefers HTML; GraphQL clients and curl (*/*) get GraphQL.
    if (req.query.query !== undefined || req.accepts(['application/json', 'text/html']) !== 'text/html') return next();
    res.type('html').send(page);
  });

  const makeContext = async (req: ParsedRequest, deadline: Deadline): Promise<GraphQLContext> => {
    if (!state.ready || !state.store) throw starting();
    const token = bearerToken(req.headers);
    const tokens = { apiToken: config.apiToken, readToken: config.readToken };
    const refusal = readRefusal(token, tokens);
    if (refusal) throw unauthenticated(refusal);
    return createContext(state.store, writeRefusal(token, tokens), { signal: deadline, logger });
  };
  const handle = graphqlHandler(apollo, makeContext, config.requestTimeoutMs);
  app.use('/graphql', express.json({ limit: config.bodyLimitBytes }), (req, res, next) => handle(req, res, next));
  mountExplorer(app);
  app.use(jsonErrors(config, logger));
  const post = graphqlPostRoute(handle, config, logger);
  return (req: IncomingMessage, res) => (isGraphQLPost(req, '/graphql') ? post(req, res) : app(req, res));
}

function starting(): GraphQLError {
  return new GraphQLError('the server is starting: try again in a moment', {
    extensions: { code: 'SERVICE_UNAVAILABLE', http: { status: 503 } },
  });
}

/** Errors before GraphQL runs (body too large, broken JSON), answered the way GraphQL clients read them. */
function jsonErrors(config: ServerConfig, logger: Logger): ErrorRequestHandler {
  return (error, _req, res, _next) => answerError(res, error, config, logger);
}
