import type { EventEmitter } from 'node:events';
import type { Logger } from 'pino';

/**
 * On SIGTERM or SIGINT: stop once (HTTP server, then the store, so Kùzu
 * frees its folder), then exit 0, or 1 when stopping failed. A second
 * signal while stopping is ignored rather than killing the process midway.
 */
export function stopOnSignals(
  stop: () => Promise<void>,
  logger: Logger,
  exit: (code: number) => void = (code) => process.exit(code),
  signals: Pick<EventEmitter, 'on' | 'off'> = process,
): () => void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping');
    stop().then(
      () => exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'unclean stop');
        exit(1);
      },
    );
  };
  signals.on('SIGTERM', onSignal);
  signals.on('SIGINT', onSignal);
  return () => {
    signals.off('SIGTERM', onSignal);
    signals.off('SIGINT', onSignal);
  };
}
