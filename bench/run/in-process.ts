import 'reflect-metadata';
import type { ApolloServer } from '@apollo/server';
import pino from 'pino';
import { buildAppSchema } from '../../src/graphql/build-schema';
import { createContext, type GraphQLContext } from '../../src/graphql/context';
import { loadConfig } from '../../src/server/config';
import { createApollo } from '../../src/server/create-apollo';
import type { GraphStore } from '../../src/store/store.port';
import type { BenchOperation } from '../http/operations';
import type { DirectResult } from './report';
import { msSince, round, summarize } from './stats';

/**
 * The GraphQL layer without HTTP: the server's Apollo (same schema, rules
 * and executor, production settings) answering through executeOperation
 * over the store the direct reads use. Against the direct figure it is what
 * GraphQL itself costs; the HTTP figure adds the socket, Express and JSON.
 */
export async function startInProcessGraphQL(): Promise<ApolloServer<GraphQLContext>> {
  const config = loadConfig({ NODE_ENV: 'production', LOG_LEVEL: 'silent' });
  const apollo = createApollo(await buildAppSchema(), config, pino({ level: 'silent' }));
  await apollo.start();
  return apollo;
}

/** One operation through executeOperation, one at a time, as measureDirect times the store. */
export async function measureInProcess(
  apollo: ApolloServer<GraphQLContext>, store: GraphStore, op: BenchOperation, seconds: number, maxCalls = 5000,
): Promise<DirectResult> {
  const run = async (i: number) => {
    const r = await apollo.executeOperation({ query: op.query, variables: op.variables[i % op.variables.length] }, { contextValue: createContext(store, null) });
    if (r.body.kind !== 'single' || r.body.singleResult.errors) throw new Error(`${op.name}: ${JSON.stringify(r.body).slice(0, 300)}`);
  };
  for (let i = 0; i < Math.min(20, op.variables.length * 2); i++) await run(i); // compiled from the second time on, as a server does
  const times: number[] = [];
  const started = process.hrtime.bigint();
  for (let i = 0; i < maxCalls && msSince(started) < seconds * 1000; i++) {
    const t = process.hrtime.bigint();
    await run(i);
    times.push(msSince(t));
  }
  return { latency: summarize(times), rps: round(times.length / (msSince(started) / 1000), 1) };
}
