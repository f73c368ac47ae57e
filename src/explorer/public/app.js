import { request } from './api.js';
import { h } from './dom.js';
import { createGraph } from './graph.js';
import { neighbourhoodOf } from './graph-model.js';
import { KINDS, kindOfId } from './kinds.js';
import { renderPanel } from './panel.js';
import { ENTITY_QUERIES, NEIGHBOUR_PAGE } from './queries.js';
import { setUpSearch } from './search.js';
import { renderTimeline } from './timeline.js';
import { formatHash, parseHash } from './url-state.js';
import { showLegend } from './legend.js';
import { setUpTokenForm } from './token-form.js';

/**
 * The explorer page: the URL fragment is the state (url-state.js); every
 * change of it redraws what differs. Clicks and searches only change the
 * fragment, so back/forward, reload and shared links all go the same way.
 */
const $ = (id) => document.getElementById(id);
const entities = new Map(); // id -> loaded entity, for the life of the page
const drawn = { focus: null, expanded: new Set() };
let queue = Promise.resolve();
let pending = 0; // views scheduled and not yet drawn

const graph = createGraph($('graph'), { onOpen: openNode, onFocus: (id) => focus(nodeKind(id), id) });

/** What the e2e test and a curious researcher can reach from the console. */
window.__explorer = { cy: graph.cy, graph, view: () => parseHash(location.hash), entities };

setUpSearch({ input: $('search'), list: $('search-results'), status: $('search-status'), onChoose: focus });
setUpExamples();
setUpTokenForm($('token'), () => {
  schedule();
  $('search').dispatchEvent(new Event('input')); // ask again what failed for want of the token
});
showLegend($('legend'));
$('fit').addEventListener('click', () => graph.cy.animate({ fit: { padding: 40 }, duration: 300 }));
$('relayout').addEventListener('click', () => graph.layout({ randomize: true }));
window.addEventListener('hashchange', schedule);
schedule();

/** Views are drawn one after another, each from the fragment as it is when its turn comes. */
function schedule() {
  pending += 1;
  setBusy(true);
  queue = queue
    .then(() => show(parseHash(location.hash)))
    .catch(showError)
    .finally(() => {
      pending -= 1;
      if (pending === 0) setBusy(false);
    });
}

/** Draws a view: the focus's neighbourhood, each expanded node's, and the selected entity's facts. */
async function show(view) {
  $('empty').hidden = view !== null;
  hideError();
  if (!view) {
    // the start screen ("#" or no fragment): nothing drawn, nothing selected
    graph.clear();
    drawn.focus = null;
    drawn.expanded = new Set();
    $('panel-head').replaceChildren(h('p', { class: 'muted' }, 'Nothing selected.'));
    $('details').replaceChildren();
    $('timeline').hidden = true;
    document.title = 'vn-polgraph explorer';
    return;
  }
  const stale = drawn.focus !== view.id || [...drawn.expanded].some((id) => !view.expand.includes(id));
  if (stale) {
    graph.clear();
    drawn.focus = view.id;
    drawn.expanded = new Set();
  }
  let added = await draw(view.kind, view.id, view.id);
  const failed = [];
  for (const id of view.expand) {
    if (drawn.expanded.has(id) || id === view.id) continue;
    const kind = nodeKind(id);
    try {
      if (!kind) throw new Error(`cannot tell what ${id} is`);
      added = (await draw(kind, id, id)) || added;
      drawn.expanded.add(id);
    } catch (error) {
      // one stale id in a shared link should not cost the rest of the view
      failed.push(`${id}: ${error.message}`);
    }
  }
  if (failed.length > 0) showError(new Error(`some nodes could not be opened (${failed.join('; ')})`));
  const selected = view.select ?? view.id;
  graph.mark(view.id, view.expand, selected);
  if (added) await graph.layout({ randomize: stale, fit: true });
  const entity = await load(nodeKind(selected) ?? view.kind, selected);
  showDetails(entity);
  document.title = `${entity.name ?? KINDS[entity.__typename].title} · vn-polgraph explorer`;
}

async function draw(kind, id, centerId) {
  const entity = await load(kind, id);
  return graph.add(neighbourhoodOf(entity), centerId);
}

async function load(kind, id) {
  const cached = entities.get(id);
  if (cached) return cached;
  const data = await request(ENTITY_QUERIES[kind], { id, first: NEIGHBOUR_PAGE });
  if (!data.entity) throw new Error(`No ${KINDS[kind].title.toLowerCase()} with id ${id}`);
  entities.set(id, data.entity);
  return data.entity;
}

function showDetails(entity) {
  renderPanel({ head: $('panel-head'), body: $('details') }, entity, { onFocus: focus });
  renderTimeline($('timeline'), entity, { onFocus: focus });
}

/** A click: draw the node's neighbours too, and show its facts. */
function openNode(id) {
  const view = parseHash(location.hash);
  if (!view) return;
  const expand = id === view.id || view.expand.includes(id) ? view.expand : [...view.expand, id];
  location.hash = formatHash({ ...view, expand, select: id });
}

/** A double click, a search hit or a link: make the entity the centre of a new view. */
function focus(kind, id) {
  if (!kind) return;
  location.hash = formatHash({ kind, id, expand: [], select: null });
}

/** "/" jumps to the search box; the example searches on the start screen fill it in. */
function setUpExamples() {
  document.addEventListener('keydown', (event) => {
    if (event.key === '/' && document.activeElement !== $('search')) {
      event.preventDefault();
      $('search').focus();
    }
  });
  for (const button of document.querySelectorAll('[data-example]')) {
    button.addEventListener('click', () => {
      $('search').value = button.dataset.example;
      $('search').dispatchEvent(new Event('input'));
      $('search').focus();
    });
  }
}

function nodeKind(id) {
  const node = graph.cy.getElementById(id);
  return (node.nonempty() && node.data('kind')) || kindOfId(id);
}

function setBusy(busy) {
  document.body.dataset.state = busy ? 'loading' : 'ready';
}

function showError(error) {
  if (error.code === 'UNAUTHENTICATED') return; // token-form.js asks for the token instead
  console.error(error);
  $('error').textContent = `Could not load this view: ${error.message}`;
  $('error').hidden = false;
}

function hideError() {
  $('error').hidden = true;
}
