import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import type { Logger } from 'pino';
import type { GraphQLContext } from '../graphql/context';
import { compiledQueriesPlugin } from './compiled-execution';
import { costLimitRule } from '../graphql/safety/cost-limit.rule';
import { depthLimitRule } from '../graphql/safety/depth-limit.rule';
import type { ServerConfig } from './config';
import { makeFormatError } from './format-error';
import { requestLogPlugin } from './request-log.plugin';

/**
 * Apollo Server with our limits: a token cap on parsing, depth and cost rules, introspection as
 * configured, CSRF prevention, no landing page (we serve GraphiQL ourselves),
 * no cache control, masked errors in production; repeated queries
 * executed compiled (compiled-execution.ts).
 */
export function createApollo(schema: GraphQLSchema, config: ServerConfig, logger: Logger): ApolloServer<GraphQLContext> {
  return new ApolloServer<GraphQLContext>({
    schema,
    introspection: config.introspection,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: !config.production,
    hideSchemaDetailsFromClientErrors: config.production,
    parseOptions: { maxTokens: config.maxQueryTokens },
    validationRules: [depthLimitRule(config.maxQueryDepth), costLimitRule(config.maxQueryCost)],
    formatError: makeFormatError(config.production, logger),
    // No cache hints are set, and the cache control plugin Apollo installs by default wraps every field's resolver.
    plugins: [ApolloServerPluginLandingPageDisabled(), ApolloServerPluginCacheControlDisabled(), requestLogPlugin(logger), compiledQueriesPlugin(schema)],
    stopOnTerminationSignals: false, // main.ts stops HTTP, Apollo, then the store, in that order
    logger,
  });
}
