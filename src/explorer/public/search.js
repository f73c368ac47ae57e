import { request } from './api.js';
import { debounce, h } from './dom.js';
import { KINDS, KIND_ORDER, labelOf } from './kinds.js';
import { SEARCH } from './queries.js';

const DEBOUNCE_MS = 180;
const MAX_HITS = 30;

/**
 * Search as you type: asks the API once typing pauses, drops answers to
 * questions no longer asked, and lists the hits grouped by kind. Arrow
 * keys move through the hits, Enter opens one, Escape closes the list.
 * `onChoose(kind, id)` is called with the chosen hit.
 */
export function setUpSearch({ input, list, status, onChoose }) {
  let controller = null;
  let hits = [];
  let active = -1;
  let note = null; // shown in the list when there are no hits: "Nothing found", a failure

  const run = debounce(async (text) => {
    controller?.abort();
    controller = new AbortController();
    status.textContent = 'Searching…';
    try {
      const data = await request(SEARCH, { text, first: MAX_HITS }, { signal: controller.signal });
      hits = orderHits(data.search ?? []);
      active = hits.length > 0 ? 0 : -1;
      note = hits.length === 0 ? `Nothing found for “${text}”` : null;
      render();
      status.textContent = note ?? `${hits.length} results`;
    } catch (error) {
      if (error.name === 'AbortError') return;
      hits = [];
      note = `Search failed: ${error.message}`;
      render();
      status.textContent = note;
    }
  }, DEBOUNCE_MS);

  function render() {
    list.replaceChildren(...groupsOf(hits, active, choose));
    if (hits.length === 0 && note) list.append(h('li', { class: 'search-note', role: 'presentation' }, note));
    list.hidden = list.childElementCount === 0;
    input.setAttribute('aria-expanded', String(!list.hidden));
    const current = list.querySelector('[aria-selected="true"]');
    if (current) {
      input.setAttribute('aria-activedescendant', current.id);
      current.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  }

  function choose(hit) {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    onChoose(hit.node.__typename, hit.node.id);
  }

  input.addEventListener('input', () => {
    const text = input.value.trim();
    if (text.length < 2) {
      run.cancel();
      controller?.abort();
      hits = [];
      note = null;
      render();
      status.textContent = '';
      return;
    }
    run(text);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (hits.length === 0) return;
      event.preventDefault();
      active = (active + (event.key === 'ArrowDown' ? 1 : hits.length - 1)) % hits.length;
      render();
    } else if (event.key === 'Enter' && active >= 0) {
      event.preventDefault();
      choose(hits[active]);
    } else if (event.key === 'Escape') {
      list.hidden = true;
      input.setAttribute('aria-expanded', 'false');
    }
  });
  input.addEventListener('focus', () => {
    if (hits.length > 0 || note) render();
  });
  document.addEventListener('click', (event) => {
    if (!list.contains(event.target) && event.target !== input) list.hidden = true;
  });
}

/** A second line that tells namesakes apart: a person's first offices. */
function hintOf(node) {
  if (node.__typename !== 'Person' || !Array.isArray(node.positions)) return null;
  const offices = node.positions.slice(0, 2).map((p) => (p.organization ? `${p.title}, ${p.organization.name}` : p.title));
  return offices.length > 0 ? offices.join(' · ') : null;
}

/** Hits in display order: by kind, then as the API ranked them. */
function orderHits(raw) {
  const known = raw.filter((hit) => hit?.node && KINDS[hit.node.__typename]);
  return KIND_ORDER.flatMap((kind) => known.filter((hit) => hit.node.__typename === kind));
}

function groupsOf(hits, active, choose) {
  return KIND_ORDER.map((kind) => {
    const items = hits
      .map((hit, index) => ({ hit, index }))
      .filter(({ hit }) => hit.node.__typename === kind);
    if (items.length === 0) return null;
    return h('li', { class: 'search-group', role: 'presentation' },
      h('div', { class: 'search-group-title', role: 'presentation' }, KINDS[kind].plural),
      h('ul', { role: 'group', 'aria-label': KINDS[kind].plural },
        items.map(({ hit, index }) =>
          h('li', {
            id: `hit-${index}`,
            class: 'search-hit',
            role: 'option',
            'aria-selected': String(index === active),
            dataset: { kind, id: hit.node.id },
            onmousedown: (event) => event.preventDefault(),
            onclick: () => choose(hit),
          },
          h('span', { class: `swatch kind-${kind}`, 'aria-hidden': 'true' }),
          h('span', { class: 'hit-label' }, labelOf(hit.node), hintOf(hit.node) ? h('small', { class: 'hit-hint' }, hintOf(hit.node)) : null)),
        )));
  }).filter(Boolean);
}
