import { h } from './dom.js';
import { KINDS } from './kinds.js';

/**
 * The whole name of the node under the pointer (graph labels are cut to fit)
 * and what a click does; for an edge, the relation with its detail (the
 * office's title for "holds office"). Positioned through the CSSOM, which the page's
 * Content-Security-Policy allows, unlike style attributes.
 */
export function attachTooltip(cy, container) {
  const tip = h('div', { class: 'graph-tip', role: 'tooltip', hidden: true });
  container.parentElement.append(tip);
  cy.on('mouseover', 'node', (event) => {
    const node = event.target;
    tip.replaceChildren(
      h('span', { class: `badge kind-${node.data('kind')}` }, KINDS[node.data('kind')]?.title ?? node.data('kind')),
      h('div', { class: 'graph-tip-name' }, node.data('full')),
      h('div', { class: 'graph-tip-hint' }, 'click: open its neighbours · double-click: centre on it'));
    place(node.renderedPosition(), node.renderedOuterHeight() / 2 + 10);
  });
  cy.on('mouseover', 'edge', (event) => {
    const edge = event.target;
    const ends = `${edge.source().data('full')} → ${edge.target().data('full')}`;
    tip.replaceChildren(
      h('div', { class: 'graph-tip-name' }, edge.data('detail') ? `${edge.data('label')}: ${edge.data('detail')}` : edge.data('label')),
      h('div', { class: 'graph-tip-hint' }, ends));
    place(edge.renderedMidpoint(), 12);
  });

  function place(at, below) {
    tip.style.left = `${Math.max(8, Math.min(at.x - 140, container.clientWidth - 288))}px`;
    tip.style.top = `${at.y + below + 90 > container.clientHeight ? Math.max(8, at.y - below - 90) : at.y + below}px`;
    tip.hidden = false;
  }
  const hide = () => { tip.hidden = true; };
  cy.on('mouseout', 'node, edge', hide);
  cy.on('pan zoom tapstart', hide);
}
