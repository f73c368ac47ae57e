import type { XmlElement } from './xml-tree';

/**
 * The rules of the GraphML 1.0 schema (graphml.xsd, graphml-structure.xsd,
 * graphml-attributes.xsd) that our output relies on, checked on a parsed
 * tree. Returns the problems found; an empty list means valid.
 */
export function checkGraphml(root: XmlElement): string[] {
  const problems: string[] = [];
  const need = (ok: boolean, msg: string): void => void (ok || problems.push(msg));
  need(root.name === 'graphml', `root is <${root.name}>, not <graphml>`);
  need(root.attrs.xmlns === 'http://graphml.graphdrawing.org/xmlns', 'root lacks the GraphML namespace');
  const names = root.children.map((c) => c.name);
  need(names.every((n) => ['desc', 'key', 'graph', 'data'].includes(n)), `unexpected child of <graphml>: ${names.join(',')}`);
  need(names.lastIndexOf('key') < names.indexOf('graph'), 'every <key> must come before the <graph>');
  const keys = new Map<string, XmlElement>();
  for (const k of root.children.filter((c) => c.name === 'key')) {
    need(isNmtoken(k.attrs.id), `key id "${k.attrs.id}" is not an NMTOKEN`);
    need(!keys.has(k.attrs.id), `key id ${k.attrs.id} is declared twice`);
    need(['all', 'graph', 'node', 'edge', 'hyperedge', 'port', 'endpoint', 'graphml'].includes(k.attrs.for ?? 'all'), `key ${k.attrs.id}: bad for=`);
    need(['boolean', 'int', 'long', 'float', 'double', 'string'].includes(k.attrs['attr.type'] ?? 'string'), `key ${k.attrs.id}: bad attr.type`);
    keys.set(k.attrs.id, k);
  }
  for (const d of ['node', 'edge']) {
    const attrNames = [...keys.values()].filter((k) => k.attrs.for === d).map((k) => k.attrs['attr.name']);
    need(new Set(attrNames).size === attrNames.length, `two ${d} keys share an attr.name`);
  }
  const graphs = root.children.filter((c) => c.name === 'graph');
  need(graphs.length >= 1, 'no <graph>');
  for (const g of graphs) checkGraph(g, keys, need);
  return problems;
}

function checkGraph(g: XmlElement, keys: Map<string, XmlElement>, need: (ok: boolean, msg: string) => void): void {
  need(['directed', 'undirected'].includes(g.attrs.edgedefault), 'graph needs edgedefault directed|undirected');
  const nodeIds = new Set<string>();
  for (const n of g.children.filter((c) => c.name === 'node')) {
    need(isNmtoken(n.attrs.id), `node id "${n.attrs.id}" is not an NMTOKEN`);
    need(!nodeIds.has(n.attrs.id), `node id ${n.attrs.id} appears twice`);
    nodeIds.add(n.attrs.id);
  }
  const edgeIds = new Set<string>();
  for (const child of g.children) {
    need(['desc', 'data', 'node', 'edge', 'hyperedge'].includes(child.name), `unexpected <${child.name}> in <graph>`);
    if (child.name === 'edge') {
      need(nodeIds.has(child.attrs.source), `edge ${child.attrs.id}: source ${child.attrs.source} is not a node`);
      need(nodeIds.has(child.attrs.target), `edge ${child.attrs.id}: target ${child.attrs.target} is not a node`);
      if (child.attrs.id) need(!edgeIds.has(child.attrs.id), `edge id ${child.attrs.id} appears twice`);
      edgeIds.add(child.attrs.id);
    }
    if (child.name !== 'node' && child.name !== 'edge') continue;
    for (const d of child.children) {
      need(d.name === 'data', `unexpected <${d.name}> in <${child.name}>`);
      const key = keys.get(d.attrs.key);
      need(Boolean(key), `data key ${d.attrs.key} is not declared`);
      if (!key) continue;
      need(['all', child.name].includes(key.attrs.for ?? 'all'), `key ${d.attrs.key} is for ${key.attrs.for}, used on <${child.name}>`);
      need(d.children.length === 0, `data ${d.attrs.key} holds elements`);
      need(valueFits(d.text, key.attrs['attr.type'] ?? 'string'), `data ${d.attrs.key} "${d.text}" is not a ${key.attrs['attr.type']}`);
    }
  }
}

function isNmtoken(s: string | undefined): boolean {
  return typeof s === 'string' && /^[\p{L}\p{N}._:-]+$/u.test(s);
}

function valueFits(text: string, type: string): boolean {
  const t = text.trim();
  if (type === 'int' || type === 'long') return /^[+-]?\d+$/.test(t);
  if (type === 'float' || type === 'double') return /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$|^(NaN|-?INF)$/.test(t);
  if (type === 'boolean') return /^(true|false|1|0)$/.test(t);
  return true;
}
