import { rateOf, type BatchTally } from './batch-tally';

/** `83 s`, `4 min 05 s`, `1 h 02 min`: durations a person reads at a glance. */
export function formatDuration(ms: number): string {
  const s = Math.round(ms / 1000);
  if (s < 60) return ms < 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${s} s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m} min ${String(s % 60).padStart(2, '0')} s`;
  return `${Math.floor(m / 60)} h ${String(m % 60).padStart(2, '0')} min`;
}

/** One progress line for logs: `1200/10000 (12%), 210 articles/s, about 42 s left; new 1100, unchanged 90, failed 10`. */
export function formatProgressLine(t: BatchTally): string {
  const rate = rateOf(t);
  const of = t.total !== null ? `/${t.total} (${percent(t.done, t.total)}%)` : '';
  const left = t.total !== null && rate > 0 ? `, about ${formatDuration(((t.total - t.done) / rate) * 1000)} left` : '';
  return `${t.done}${of}, ${rate.toFixed(1)} articles/s${left}; ${formatCounts(t)}`;
}

/** The summary printed at the end of a run, a few lines. */
export function formatSummary(t: BatchTally): string {
  const head = t.interrupted ? 'interrupted after' : 'done:';
  const lines = [
    `${head} ${t.done} articles in ${formatDuration(t.elapsedMs)} (${rateOf(t).toFixed(1)} articles/s)`,
    `  articles: ${formatCounts(t)}`,
  ];
  const facts = Object.entries(t.facts).filter(([, n]) => n > 0);
  if (t.outcomes.accepted > 0 && facts.length === 0) lines.push('  facts: not reported by the server');
  else lines.push(`  facts saved: ${facts.length ? facts.map(([k, n]) => `${k} ${n}`).join(', ') : 'none'}`);
  if (t.failed > t.failures.length) lines.push(`  (the first ${t.failures.length} failures are listed below; all were reported above)`);
  for (const f of t.failed > 0 ? t.failures : []) lines.push(`  failed: ${f.where}: ${f.message}`);
  return lines.join('\n');
}

function formatCounts(t: BatchTally): string {
  const o = t.outcomes;
  const parts = [`new ${o.created}`, `unchanged ${o.unchanged}`];
  if (o.replaced) parts.push(`replaced ${o.replaced}`);
  if (o.accepted) parts.push(`sent ${o.accepted}`);
  parts.push(`failed ${t.failed}`);
  return parts.join(', ');
}

function percent(done: number, total: number): number {
  return total > 0 ? Math.floor((done * 100) / total) : 100;
}
