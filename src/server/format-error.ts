import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';

/**
 * What clients see of an error. Expected errors (bad input, auth, limits)
 * keep their message. Unexpected ones are logged in full; in production
 * their message is replaced, so no internals (paths, queries, stack) leak.
 */
export function makeFormatError(production: boolean, logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    if (code !== 'INTERNAL_SERVER_ERROR') return production ? withoutStack(formatted) : formatted;
    logger.error({ err: unwrapResolverError(error), path: formatted.path }, 'unexpected error answering a request');
    if (!production) return formatted;
    return { message: 'internal server error', locations: formatted.locations, path: formatted.path, extensions: { code } };
  };
}

function withoutStack(formatted: GraphQLFormattedError): GraphQLFormattedError {
  if (!formatted.extensions || !('stacktrace' in formatted.extensions)) return formatted;
  const { stacktrace: _stacktrace, ...extensions } = formatted.extensions;
  return { ...formatted, extensions };
}
