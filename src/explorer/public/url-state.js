import { KINDS, kindOfRoute } from './kinds.js';

/**
 * The view lives in the URL fragment so it can be shared and survives a
 * reload: `#/person/<id>?expand=<id>,<id>&select=<id>`. `id` is the focused
 * entity (the graph is its neighbourhood), `expand` the nodes opened since,
 * `select` the node whose facts the panel shows (the focus by default).
 */
export function parseHash(hash) {
  const match = /^#\/([a-z]+)\/([^?]+)(?:\?(.*))?$/.exec(hash);
  if (!match) return null;
  const kind = kindOfRoute(match[1]);
  if (!kind) return null;
  const params = new URLSearchParams(match[3] ?? '');
  const expand = (params.get('expand') ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  return {
    kind,
    id: decodeURIComponent(match[2]),
    expand: [...new Set(expand)],
    select: params.get('select') || null,
  };
}

/** The fragment for a view; the inverse of parseHash. */
export function formatHash(view) {
  const path = `#/${KINDS[view.kind].route}/${encodeURIComponent(view.id)}`;
  const parts = [];
  // ids are [a-z0-9_], so commas stay readable and unambiguous
  if (view.expand.length > 0) parts.push(`expand=${view.expand.map(encodeURIComponent).join(',')}`);
  if (view.select && view.select !== view.id) parts.push(`select=${encodeURIComponent(view.select)}`);
  return parts.length > 0 ? `${path}?${parts.join('&')}` : path;
}
