import { KINDS, RELATIONS } from './kinds.js';

/**
 * The Cytoscape stylesheet. Readability at 300 nodes comes from three
 * things: labels that vanish when too small to read (min-zoomed-font-size);
 * classes graph.js sets by zoom band (`zoomed-out` and `far` draw node labels
 * larger, `quiet` hides edge labels and the labels of minor nodes); and hubs
 * drawn larger than leaves (mapped from degree).
 */
export function graphStyle() {
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        'background-color': '#6b7280',
        width: 'mapData(degree, 1, 30, 22, 54)',
        height: 'mapData(degree, 1, 30, 22, 54)',
        'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
        'font-size': 'mapData(degree, 1, 30, 10, 15)',
        'min-zoomed-font-size': 7,
        color: '#1f2937',
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'text-wrap': 'ellipsis',
        'text-max-width': 150,
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.8,
        'text-background-padding': 1,
        'border-width': 2,
        'border-color': '#ffffff',
        'transition-property': 'opacity',
        'transition-duration': 150,
      },
    },
    ...Object.entries(KINDS).map(([kind, k]) => ({ selector: `node[kind = "${kind}"]`, style: { 'background-color': k.color, shape: k.shape } })),
    { selector: 'node[kind = "LegalDocument"]', style: { width: 'mapData(degree, 1, 30, 18, 44)' } },
    { selector: 'node.expanded', style: { 'border-color': '#111827', 'border-width': 2 } },
    { selector: 'node.focus', style: { 'border-color': '#f59e0b', 'border-width': 5, 'font-weight': 'bold', 'z-index': 10 } },
    { selector: 'node:selected', style: { 'overlay-color': '#f59e0b', 'overlay-opacity': 0.18, 'overlay-padding': 5, 'overlay-shape': 'ellipse' } },
    {
      selector: 'edge',
      style: {
        width: 1.5,
        'line-color': '#9ca3af',
        'target-arrow-color': '#9ca3af',
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.8,
        'curve-style': 'bezier',
        label: 'data(label)',
        'font-size': 10,
        'min-zoomed-font-size': 8,
        color: '#4b5563',
        'text-rotation': 'autorotate',
        'text-background-color': '#f9fafb',
        'text-background-opacity': 0.9,
        'text-background-padding': 1,
      },
    },
    ...Object.entries(RELATIONS).map(([relation, r]) => ({ selector: `edge[relation = "${relation}"]`, style: { 'line-style': r.line } })),
    { selector: 'edge[relation = "CHAIRED"]', style: { width: 2.5, 'line-color': '#a16207', 'target-arrow-color': '#a16207' } },
    { selector: 'edge[relation = "HOLDS_OFFICE"]', style: { width: 2.5, 'line-color': '#2563eb', 'target-arrow-color': '#2563eb' } },
    { selector: 'edge.quiet', style: { label: '' } },
    { selector: 'node.zoomed-out', style: { 'font-size': 'mapData(degree, 1, 30, 14, 22)', 'text-max-width': 220 } },
    { selector: 'node.far', style: { 'font-size': 'mapData(degree, 1, 30, 34, 48)', 'text-max-width': 420, 'text-background-padding': 3 } },
    { selector: 'node.quiet.minor', style: { label: '' } },
    { selector: '.faded', style: { opacity: 0.18 } },
    { selector: 'edge.highlight', style: { width: 3, 'z-index': 9 } },
  ];
}

/** fcose settings tuned for neighbourhoods of a few hundred nodes. */
export function layoutOptions({ randomize, fit, animate }) {
  return {
    name: 'fcose',
    quality: 'default',
    randomize,
    animate,
    animationDuration: 450,
    fit,
    padding: 40,
    nodeDimensionsIncludeLabels: true,
    uniformNodeDimensions: false,
    packComponents: true,
    nodeRepulsion: () => 6500,
    // leaves sit close to the node they hang from, so each hub keeps its own
    // cluster; edges between hubs are long, so the clusters stay apart
    idealEdgeLength: (edge) => (Math.min(edge.source().degree(), edge.target().degree()) <= 1 ? 70 : 170),
    edgeElasticity: () => 0.45,
    nestingFactor: 0.1,
    gravity: 0.25,
    gravityRange: 3.8,
    numIter: 2500,
    tile: true,
    tilingPaddingVertical: 12,
    tilingPaddingHorizontal: 12,
  };
}
