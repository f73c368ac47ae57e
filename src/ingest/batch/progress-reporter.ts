import { MultiBar, type SingleBar } from 'cli-progress';
import { rateOf, type BatchTally } from './batch-tally';
import { formatProgressLine } from './format-tally';
import type { BatchListener } from './run-batch';

/** A listener that shows progress, and `finish` to take the display down before the summary. */
export interface ProgressReporter extends BatchListener {
  finish(tally: BatchTally): void;
}

/**
 * On a terminal: a bar with rate and time left, failures printed above it.
 * Elsewhere (a log file, CI): a line every `intervalMs`, failures as they come.
 */
export function createProgressReporter(stream: NodeJS.WriteStream, total: number | null, intervalMs = 5000): ProgressReporter {
  return stream.isTTY ? barReporter(stream, total) : logReporter(stream, intervalMs);
}

function barReporter(stream: NodeJS.WriteStream, total: number | null): ProgressReporter {
  const counts = ' | saved {saved}, unchanged {unchanged}, failed {failed}';
  const format = total !== null
    ? `ingest [{bar}] {percentage}% | {value}/{total} | {rate} articles/s | {eta_formatted} left${counts}`
    : `ingest {value} articles | {rate} articles/s | {duration_formatted}${counts}`;
  const bars = new MultiBar({ stream, format, hideCursor: true, etaBuffer: 200, fps: 5, barsize: 30 });
  const bar: SingleBar = bars.create(total ?? 0, 0, payloadOf(null));
  return {
    onProgress: (t) => bar.update(t.done, payloadOf(t)),
    onFailure: (f) => bars.log(`failed: ${f.where}: ${f.message}\n`),
    finish: (t) => {
      bar.update(t.done, payloadOf(t));
      bars.update(); // prints failures still waiting in the log buffer; stop() would drop them
      bars.stop();
    },
  };
}

/**
 * The process's memory: resident (the embedded store's buffer pool
 * included, which fills up to its size) and the JS heap (the pipeline's own).
 */
function memoryLine(): string {
  const { rss, heapUsed } = process.memoryUsage();
  return `memory: rss ${Math.round(rss / 1048576)} MB, heap ${Math.round(heapUsed / 1048576)} MB`;
}

function payloadOf(t: BatchTally | null): Record<string, string | number> {
  return {
    rate: t ? rateOf(t).toFixed(1) : '0.0',
    saved: t ? t.outcomes.created + t.outcomes.replaced + t.outcomes.accepted : 0,
    unchanged: t?.outcomes.unchanged ?? 0,
    failed: t?.failed ?? 0,
  };
}

function logReporter(stream: NodeJS.WritableStream, intervalMs: number): ProgressReporter {
  let lastLogAt = 0;
  return {
    onProgress: (t) => {
      if (t.elapsedMs - lastLogAt < intervalMs) return;
      lastLogAt = t.elapsedMs;
      stream.write(`ingest: ${formatProgressLine(t)} | ${memoryLine()}\n`);
    },
    onFailure: (f) => stream.write(`failed: ${f.where}: ${f.message}\n`),
    finish: () => undefined,
  };
}
