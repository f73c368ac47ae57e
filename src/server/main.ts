import 'reflect-metadata';
import { StoreError } from '../store/store.port';
import { ConfigError, loadConfig } from './config';
import { createLogger } from './logger';
import { stopOnSignals } from './shutdown';
import { startServer } from './start-server';

/** `npm start`: configuration from the environment, the server, a clean stop on SIGTERM/SIGINT. */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const server = await startServer(config, { logger });
  stopOnSignals(server.stop, logger);
}

main().catch((error) => {
  // Expected failures (bad configuration, a database folder in use) get their message, not a stack.
  const expected = error instanceof ConfigError || error instanceof StoreError;
  console.error(expected ? `vn-polgraph: ${error.message}` : error);
  process.exit(1);
});
