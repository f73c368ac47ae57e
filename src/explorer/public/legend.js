import { h } from './dom.js';
import { KINDS, KIND_ORDER } from './kinds.js';

/** The key to colours and shapes, drawn with the same CSS classes as the search hits. */
export function showLegend(root) {
  root.replaceChildren(h('ul', {}, KIND_ORDER.map((kind) =>
    h('li', {}, h('span', { class: `swatch kind-${kind}`, 'aria-hidden': 'true' }), KINDS[kind].plural))));
}
