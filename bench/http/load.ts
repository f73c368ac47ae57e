import autocannon from 'autocannon';
import { type LatencySummary, round, summarize } from '../run/stats';

export interface LoadOptions {
  url: string;
  /** Request bodies, sent in turn (one JSON document each). */
  bodies: readonly string[];
  connections: number;
  /** Seconds to run; ignored when `amount` is set. */
  seconds: number;
  /** Stop after this many requests instead of after `seconds`. */
  amount?: number;
  headers?: Record<string, string>;
}

export interface LoadResult {
  connections: number;
  requests: number;
  seconds: number;
  /** Completed requests per second. */
  rps: number;
  latency: LatencySummary;
  /** Transport errors and timeouts, non-2xx answers, and 2xx answers that carry GraphQL `errors`. */
  errors: number;
  timeouts: number;
  non2xx: number;
  graphqlErrors: number;
  firstError: string | null;
}

/**
 * Drives one operation with autocannon: `connections` clients on keep-alive
 * sockets, each body in turn. Latency is taken per response (autocannon's
 * own histogram has no p95), and every answer is checked for GraphQL errors.
 */
export async function runLoad(o: LoadOptions): Promise<LoadResult> {
  let next = 0;
  let graphqlErrors = 0;
  let firstError: string | null = null;
  const times: number[] = [];
  const instance = autocannon({
    url: o.url,
    method: 'POST',
    connections: o.amount ? Math.min(o.connections, o.amount) : o.connections, // autocannon refuses more clients than requests
    duration: o.seconds,
    amount: o.amount,
    timeout: 30,
    headers: { 'content-type': 'application/json', ...o.headers },
    requests: [{
      setupRequest: (req) => ({ ...req, body: o.bodies[next++ % o.bodies.length] }),
      onResponse: (status, body) => {
        if (status >= 200 && status < 300 && body.includes('"errors"')) {
          graphqlErrors += 1;
          firstError ??= body.slice(0, 300);
        } else if (status >= 300) firstError ??= `HTTP ${status}: ${body.slice(0, 300)}`;
      },
    }],
  });
  // the promise autocannon returns is also its event emitter
  (instance as unknown as NodeJS.EventEmitter).on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => {
    times.push(responseTime);
  });
  const result = await instance;
  const seconds = result.duration;
  return {
    connections: o.connections,
    requests: times.length,
    seconds: round(seconds),
    rps: round(times.length / seconds, 1),
    latency: summarize(times),
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    graphqlErrors,
    firstError,
  };
}
