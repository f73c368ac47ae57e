import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import type { GraphStore } from '../store/store.port';
import { writeCsv } from './csv-writer';
import type { ExportFilter } from './export-filter';
import type { ExportStats, GraphSource } from './graph-source';
import { writeGraphml } from './graphml-writer';
import { writeJson } from './json-writer';
import { storeGraphSource } from './store-graph-source';
import { fileTextSink, streamTextSink, type TextSink } from './text-sink';

export const EXPORT_FORMATS = ['graphml', 'csv', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportRequest {
  format: ExportFormat;
  /** A file for graphml and json (`-`: standard output), a folder for csv (nodes.csv, edges.csv). */
  out: string;
  filter?: ExportFilter;
  stdout?: Writable;
}

/**
 * The export use case: streams the (filtered) graph from the store into
 * GraphML, CSV or JSON. Files appear under their names only when complete.
 */
export async function exportGraph(store: GraphStore, request: ExportRequest): Promise<ExportStats> {
  const graph = await storeGraphSource(store, request.filter);
  if (request.format === 'csv') return exportCsv(graph, request.out);
  const sink = request.out === '-' ? streamTextSink(request.stdout ?? process.stdout) : fileTextSink(request.out);
  const write = request.format === 'graphml' ? writeGraphml : writeJson;
  return finishing([sink], () => write(graph, sink));
}

async function exportCsv(graph: GraphSource, folder: string): Promise<ExportStats> {
  if (folder === '-') throw new Error('csv export writes a folder (nodes.csv, edges.csv): give --out a folder, not -');
  await mkdir(folder, { recursive: true });
  const nodes = fileTextSink(join(folder, 'nodes.csv'));
  const edges = fileTextSink(join(folder, 'edges.csv'));
  return finishing([nodes, edges], () => writeCsv(graph, nodes, edges));
}

/** Runs a writer, then closes its sinks; on failure removes what they started. */
async function finishing(sinks: TextSink[], write: () => Promise<ExportStats>): Promise<ExportStats> {
  try {
    const stats = await write();
    for (const s of sinks) await s.end();
    return stats;
  } catch (err) {
    for (const s of sinks) await s.abort();
    throw err;
  }
}
