import pino, { type Logger } from 'pino';

/** The server's logger: JSON lines on stdout (pino), at the configured level. */
export function createLogger(level: string): Logger {
  return pino({ level, base: { service: 'vn-polgraph' }, redact: ['req.headers.authorization'] });
}
