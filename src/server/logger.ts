import pino, { type Logger } from 'pino';

/**
 * The server's logger: JSON lines on stdout (pino), at the configured level.
 * Written synchronously, so the last lines before a shutdown's exit are kept.
 */
export function createLogger(level: string): Logger {
  return pino(
    { level, base: { service: 'vn-polgraph' }, redact: ['req.headers.authorization'] },
    pino.destination({ dest: 1, sync: true }),
  );
}
