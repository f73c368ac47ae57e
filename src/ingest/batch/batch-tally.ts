import type { BatchOutcome } from './article-sink';

/** A failed record: where it was and why. */
export interface BatchFailure {
  where: string;
  message: string;
  /** `input`: the record itself is bad; `store`: it could not be saved (engine, network). */
  kind: 'input' | 'store';
}

/** Running counts of a batch; the summary at the end is its last state. */
export interface BatchTally {
  total: number | null;
  done: number;
  outcomes: Record<BatchOutcome, number>;
  failed: number;
  /** Facts by kind in the articles written (new or replaced). */
  facts: Record<string, number>;
  /** The first failures, kept for the summary; all of them are reported as they happen. */
  failures: BatchFailure[];
  startedAt: number;
  elapsedMs: number;
  interrupted: boolean;
}

const KEPT_FAILURES = 100;

export function newTally(total: number | null, now: number): BatchTally {
  return {
    total,
    done: 0,
    outcomes: { created: 0, unchanged: 0, replaced: 0, accepted: 0 },
    failed: 0,
    facts: {},
    failures: [],
    startedAt: now,
    elapsedMs: 0,
    interrupted: false,
  };
}

export function countSuccess(t: BatchTally, outcome: BatchOutcome, factCounts: Record<string, number> | null): void {
  t.done += 1;
  t.outcomes[outcome] += 1;
  if (factCounts && (outcome === 'created' || outcome === 'replaced')) {
    for (const [kind, n] of Object.entries(factCounts)) t.facts[kind] = (t.facts[kind] ?? 0) + n;
  }
}

export function countFailure(t: BatchTally, failure: BatchFailure): void {
  t.done += 1;
  t.failed += 1;
  if (t.failures.length < KEPT_FAILURES) t.failures.push(failure);
}

/** Articles per second so far. */
export function rateOf(t: BatchTally): number {
  return t.elapsedMs > 0 ? (t.done * 1000) / t.elapsedMs : 0;
}
