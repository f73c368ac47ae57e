import { Command, Option } from 'commander';
import { isFullIsoDate } from '../domain/partial-date';
import { EXPORT_FORMATS, exportGraph, type ExportFormat } from '../export/export-graph';
import { resolveAdminUnit } from '../export/resolve-admin-unit';
import { formatDuration } from '../ingest/batch/format-tally';
import type { GraphStore } from '../store/store.port';
import { CliExit, EXIT_OK, EXIT_USAGE, type CliIo } from './cli-io';
import { addStoreOptions, openStore, type StoreOptions } from './store-options';

interface ExportOptions extends StoreOptions {
  format: ExportFormat;
  out: string;
  adminUnit?: string;
  from?: string;
  to?: string;
  articles: boolean;
}

/** `vn-polgraph export --format graphml|csv|json --out PATH`: a thin shell over the export use case. */
export function exportCommand(io: CliIo, exit: (code: number) => void): Command {
  const cmd = new Command('export')
    .description('export the graph for Gephi, Cytoscape, pandas or d3')
    .addOption(new Option('--format <format>', 'output format').choices(EXPORT_FORMATS).makeOptionMandatory())
    .requiredOption('--out <path>', 'file for graphml/json (- for stdout), folder for csv (nodes.csv, edges.csv)')
    .option('--admin-unit <id or name>', 'only this unit, the units within it and what belongs to them')
    .option('--from <date>', 'sessions, documents and articles dated on or after YYYY-MM-DD', isoDate)
    .option('--to <date>', 'sessions, documents and articles dated on or before YYYY-MM-DD', isoDate)
    .option('--no-articles', 'leave out Article nodes and their STATES/WROTE edges (sources stay on every edge)');
  addStoreOptions(cmd);
  return cmd.action(async (opts: ExportOptions) => exit(await runExport(opts, io)));
}

async function runExport(opts: ExportOptions, io: CliIo): Promise<number> {
  if (opts.from && opts.to && opts.from > opts.to) throw new CliExit(EXIT_USAGE, `--from ${opts.from} is after --to ${opts.to}`);
  const started = Date.now();
  const store: GraphStore = await openStore(opts, io, 'export');
  try {
    const adminUnitId = opts.adminUnit ? await adminUnitIdOf(store, opts.adminUnit) : null;
    const stats = await exportGraph(store, {
      format: opts.format,
      out: opts.out,
      stdout: io.stdout,
      filter: { adminUnitId, from: opts.from, to: opts.to, articles: opts.articles },
    });
    const labels = Object.entries(stats.nodesByLabel).map(([l, n]) => `${l} ${n}`).join(', ');
    io.stderr.write(
      `wrote ${stats.nodes} nodes${labels ? ` (${labels})` : ''} and ${stats.edges} edges ` +
        `to ${opts.out === '-' ? 'stdout' : opts.out} in ${formatDuration(Date.now() - started)}\n`,
    );
    return EXIT_OK;
  } finally {
    await store.close();
  }
}

async function adminUnitIdOf(store: GraphStore, ref: string): Promise<string> {
  const found = await resolveAdminUnit(store, ref);
  if ('unit' in found) return found.unit.id;
  if (found.candidates.length === 0) throw new CliExit(EXIT_USAGE, `no administrative unit matches "${ref}"`);
  const list = found.candidates.map((u) => `  ${u.id}  ${u.name}`).join('\n');
  throw new CliExit(EXIT_USAGE, `"${ref}" matches several administrative units; give one id:\n${list}`);
}

function isoDate(value: string): string {
  if (!isFullIsoDate(value)) throw new CliExit(EXIT_USAGE, `not a date written YYYY-MM-DD: ${value}`);
  return value;
}
