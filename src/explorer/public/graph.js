import { RELATIONS } from './kinds.js';
import { graphStyle, layoutOptions } from './graph-style.js';
import { attachTooltip } from './tooltip.js';

/** Below this zoom, node labels are drawn larger, so they stay readable... */
const LABEL_ZOOM = 0.75;
/** ...and below this one, larger still. */
const FAR_ZOOM = 0.4;
/** Below LABEL_ZOOM edge labels are hidden, and so are the labels of minor nodes in graphs larger than this (smaller ones keep them down to FAR_ZOOM: a phone's fitted view). */
const SMALL_GRAPH = 60;
/** Nodes with fewer links than this count as minor when zoomed out. */
const MINOR_DEGREE = 3;
/** A second tap within this time is a double tap, not a second click. */
const DOUBLE_TAP_MS = 260;

/**
 * The graph view: one Cytoscape instance (the globals `cytoscape` and
 * `cytoscapeFcose` come from /explore/vendor). `onOpen(id)` is called for a
 * click (expand and show), `onFocus(id)` for a double click.
 */
export function createGraph(container, { onOpen, onFocus }) {
  const { cytoscape, cytoscapeFcose } = window;
  if (!cytoscape.__fcoseRegistered) {
    cytoscape.use(cytoscapeFcose);
    cytoscape.__fcoseRegistered = true;
  }
  const cy = cytoscape({
    container,
    style: graphStyle(),
    minZoom: 0.08,
    maxZoom: 3,
    boxSelectionEnabled: false,
    selectionType: 'single',
  });
  handleTaps(cy, { onOpen, onFocus });
  cy.on('zoom', () => applyZoomClasses(cy));
  cy.on('mouseover', 'node', (event) => highlight(cy, event.target));
  cy.on('mouseout', 'node', () => cy.elements().removeClass('faded highlight'));
  refitOnResize(cy, container);
  attachTooltip(cy, container);
  return {
    cy,
    /** Removes everything (a new focus). */
    clear: () => cy.elements().remove(),
    /** Adds a neighbourhood (graph-model.js) around `centerId`; returns whether anything new was added. */
    add: (neighbourhood, centerId) => addElements(cy, neighbourhood, centerId),
    layout: (options) => runLayout(cy, options),
    mark: (focusId, expandedIds, selectedId) => mark(cy, focusId, expandedIds, selectedId),
    fitTo: (id) => fitTo(cy, id),
  };
}

function handleTaps(cy, { onOpen, onFocus }) {
  let pending = null;
  cy.on('tap', 'node', (event) => {
    const id = event.target.id();
    if (pending && pending.id === id) {
      clearTimeout(pending.timer);
      pending = null;
      onFocus(id);
      return;
    }
    if (pending) clearTimeout(pending.timer);
    pending = { id, timer: setTimeout(() => { pending = null; onOpen(id); }, DOUBLE_TAP_MS) };
  });
}

function addElements(cy, { nodes, edges }, centerId) {
  const center = cy.getElementById(centerId);
  const origin = center.nonempty() ? center.position() : { x: 0, y: 0 };
  const fresh = [];
  nodes.forEach((node, i) => {
    if (cy.getElementById(node.id).nonempty()) return;
    // new nodes start in a small ring around the node they hang from, so the
    // incremental layout moves them out instead of across the whole graph
    const angle = (2 * Math.PI * i) / Math.max(nodes.length, 1);
    fresh.push({
      group: 'nodes',
      data: { id: node.id, kind: node.kind, label: node.label, full: node.full ?? node.label, degree: 1 },
      position: { x: origin.x + 60 * Math.cos(angle), y: origin.y + 60 * Math.sin(angle) },
    });
  });
  for (const edge of edges) {
    if (cy.getElementById(edge.id).nonempty()) continue;
    if (edge.relation === 'ATTENDED' && cy.getElementById(`${edge.source}|CHAIRED|${edge.target}`).nonempty()) continue;
    const label = RELATIONS[edge.relation]?.label ?? edge.relation.toLowerCase();
    fresh.push({ group: 'edges', data: { ...edge, label } });
  }
  if (fresh.length === 0) return false;
  cy.batch(() => {
    cy.add(fresh);
    // a later "chaired" edge makes an earlier "attended" one redundant
    cy.edges('[relation = "CHAIRED"]').forEach((e) => cy.getElementById(`${e.data('source')}|ATTENDED|${e.data('target')}`).remove());
    cy.nodes().forEach((n) => { n.data('degree', Math.max(n.degree(false), 1)); });
    applyZoomClasses(cy, true);
  });
  return true;
}

/** When the box changes shape (a phone turned, the panel moved below), fit the graph to it again. */
function refitOnResize(cy, container) {
  let timer = null;
  let last = { width: container.clientWidth, height: container.clientHeight };
  new ResizeObserver(() => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const now = { width: container.clientWidth, height: container.clientHeight };
      if (Math.abs(now.width - last.width) + Math.abs(now.height - last.height) < 40) return;
      last = now;
      cy.resize();
      if (cy.nodes().nonempty()) cy.fit(undefined, 30);
    }, 150);
  }).observe(container);
}

/** A few nodes fitted to a big screen would be drawn huge: fitting stops at this zoom. */
const FIT_MAX_ZOOM = 1.3;

function runLayout(cy, { randomize = false, fit = true, animate = true } = {}) {
  const layout = cy.layout(layoutOptions({ randomize, fit, animate: animate && cy.nodes().length < 400 }));
  const maxZoom = cy.maxZoom();
  if (fit) cy.maxZoom(FIT_MAX_ZOOM);
  const done = new Promise((resolve) => layout.one('layoutstop', () => {
    cy.maxZoom(maxZoom);
    resolve();
  }));
  layout.run();
  return done;
}

/** Toggles the zoom classes only when the zoom crosses LABEL_ZOOM (or on `force`), not on every zoom step. */
function applyZoomClasses(cy, force = false) {
  const zoomedOut = cy.zoom() < LABEL_ZOOM;
  const far = cy.zoom() < FAR_ZOOM;
  const quiet = cy.nodes().length <= SMALL_GRAPH ? far : zoomedOut;
  const band = `${zoomedOut}/${far}/${quiet}`; // a string, to compare with the last band
  if (!force && band === cy.scratch('_zoomBand')) return;
  cy.scratch('_zoomBand', band);
  cy.batch(() => {
    cy.nodes().forEach((n) => { n.toggleClass('minor', n.degree(false) < MINOR_DEGREE && !n.hasClass('focus')); });
    cy.nodes().toggleClass('zoomed-out', zoomedOut);
    cy.nodes().toggleClass('far', far);
    cy.nodes().toggleClass('quiet', quiet);
    cy.edges().toggleClass('quiet', zoomedOut);
  });
}

function highlight(cy, node) {
  const near = node.closedNeighborhood();
  cy.batch(() => {
    cy.elements().not(near).addClass('faded');
    near.edges().addClass('highlight');
  });
}

function mark(cy, focusId, expandedIds, selectedId) {
  cy.batch(() => {
    cy.nodes().removeClass('focus expanded');
    cy.getElementById(focusId).addClass('focus');
    for (const id of expandedIds) cy.getElementById(id).addClass('expanded');
    cy.nodes().unselect();
    if (selectedId) cy.getElementById(selectedId).select();
  });
  applyZoomClasses(cy, true);
}

function fitTo(cy, id) {
  const node = cy.getElementById(id);
  if (node.nonempty()) cy.animate({ center: { eles: node }, duration: 300 });
}
