import type { ApolloServerPlugin } from '@apollo/server';
import type { Logger } from 'pino';

/** One log line per GraphQL request: operation, time taken, error codes (never variables: they may hold article text). */
export function requestLogPlugin(logger: Logger): ApolloServerPlugin {
  return {
    async requestDidStart() {
      const started = performance.now();
      return {
        async willSendResponse({ request, operation, errors }) {
          logger.info({
            operation: request.operationName ?? operation?.name?.value ?? null,
            type: operation?.operation ?? null,
            ms: Math.round(performance.now() - started),
            errors: errors?.map((e) => e.extensions?.code ?? 'INTERNAL_SERVER_ERROR'),
          }, 'graphql request');
        },
      };
    },
  };
}
