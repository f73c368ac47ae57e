import { groupEdgeRows } from '../cypher/edge-rows';
import { clampHops } from '../cypher/paths';
import type { EdgeRecord, PathRecord } from '../records';
import type { GraphModel } from './graph-model';

/** A fact between two neighbours: its edge record (every source) and the neighbour. */
interface Link { node: number; edge: EdgeRecord }

/**
 * All shortest paths between two nodes over every relationship but STATES,
 * in either direction, at most `maxHops` long, at most `limit` of them: the
 * question the engines answer with ALL SHORTEST. One path per node sequence
 * and fact sequence (parallel edges of one fact are its sources).
 *
 * A search from both ends, each step widening the smaller frontier, so
 * that a hub (a province every body serves) is met from one side at most;
 * then every shortest path is the join, at a meeting node, of a shortest
 * path from the start and one to the end.
 */
export function shortestPaths(m: GraphModel, fromId: string, toId: string, maxHops: number, limit: number): PathRecord[] {
  const s = m.nodes.indexOf(fromId);
  const t = m.nodes.indexOf(toId);
  if (s === undefined || t === undefined || s === t || limit <= 0) return [];
  const links = new Map<number, Link[]>();
  const linksOf = (v: number): Link[] => links.get(v) ?? links.set(v, neighbours(m, v)).get(v)!;
  const meeting = search(linksOf, s, t, clampHops(maxHops));
  if (!meeting) return [];
  const paths: PathRecord[] = [];
  const start = m.nodes.entry(s)!.record;
  for (const w of meeting.nodes) {
    for (const head of toward(linksOf, meeting.fromStart, w)) {
      for (const tail of awayFrom(linksOf, meeting.fromEnd, w)) {
        paths.push({ start, steps: [...head, ...tail].map((x) => ({ edge: x.edge, node: m.nodes.entry(x.node)!.record })) });
        if (paths.length >= limit) return paths;
      }
    }
  }
  return paths;
}

interface Meeting { nodes: number[]; fromStart: Map<number, number>; fromEnd: Map<number, number> }

/** Widens the smaller side a layer at a time until the sides meet within `hops`; the meeting nodes and both distance maps. */
function search(linksOf: (v: number) => Link[], s: number, t: number, hops: number): Meeting | null {
  const fromStart = new Map([[s, 0]]);
  const fromEnd = new Map([[t, 0]]);
  let front = [s];
  let back = [t];
  for (let used = 0; used < hops && front.length > 0 && back.length > 0; used++) {
    const widenStart = front.length <= back.length;
    const [frontier, dist, other] = widenStart ? [front, fromStart, fromEnd] : [back, fromEnd, fromStart];
    const next: number[] = [];
    for (const v of frontier) {
      const d = dist.get(v)! + 1;
      for (const { node } of linksOf(v)) {
        if (dist.has(node)) continue;
        dist.set(node, d);
        next.push(node);
      }
    }
    if (widenStart) front = next;
    else back = next;
    const met = next.filter((w) => other.has(w));
    if (met.length > 0) {
      const best = Math.min(...met.map((w) => fromStart.get(w)! + fromEnd.get(w)!));
      return { nodes: met.filter((w) => fromStart.get(w)! + fromEnd.get(w)! === best).sort((a, b) => a - b), fromStart, fromEnd };
    }
  }
  return null;
}

/** The shortest walks from the side's origin (distance 0) to `w`: each step the link taken and the node it enters. */
function* toward(linksOf: (v: number) => Link[], dist: Map<number, number>, w: number): Generator<Link[]> {
  const d = dist.get(w)!;
  if (d === 0) {
    yield [];
    return;
  }
  for (const link of linksOf(w)) {
    if (dist.get(link.node) !== d - 1) continue;
    for (const before of toward(linksOf, dist, link.node)) yield [...before, { node: w, edge: link.edge }];
  }
}

/** The shortest walks from `w` to the side's origin (distance 0): each step the link taken and the node it enters. */
function* awayFrom(linksOf: (v: number) => Link[], dist: Map<number, number>, w: number): Generator<Link[]> {
  const d = dist.get(w)!;
  if (d === 0) {
    yield [];
    return;
  }
  for (const link of linksOf(w)) {
    if (dist.get(link.node) !== d - 1) continue;
    for (const after of awayFrom(linksOf, dist, link.node)) yield [link, ...after];
  }
}

/** Every fact touching `v` but STATES, each with its neighbour, grouped over the stating articles, in a stable order. */
function neighbours(m: GraphModel, v: number): Link[] {
  const rows = [...m.edges.out(v), ...m.edges.in(v)].filter((r) => m.edges.typeOf(r) !== 'STATES');
  const byType = new Map<string, Array<Record<string, unknown>>>();
  for (const r of rows) {
    const row = m.edges.row(r);
    const list = byType.get(row.type) ?? byType.set(row.type, []).get(row.type)!;
    list.push({
      fromId: m.nodes.entry(row.from)!.record.id, toId: m.nodes.entry(row.to)!.record.id, role: row.role,
      articleId: m.nodes.entry(row.article)!.record.id, spanStart: row.spanStart, spanEnd: row.spanEnd,
    });
  }
  const id = m.nodes.entry(v)!.record.id;
  const links: Link[] = [];
  for (const [type, list] of [...byType].sort(([a], [b]) => (a < b ? -1 : 1))) {
    for (const edge of groupEdgeRows(type as EdgeRecord['type'], list)) {
      links.push({ node: m.nodes.indexOf(edge.fromId === id ? edge.toId : edge.fromId)!, edge });
    }
  }
  return links;
}

