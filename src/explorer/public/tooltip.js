import { h } from './dom.js';
import { KINDS } from './kinds.js';

/**
 * The whole name of the node under the pointer (graph labels are cut to fit)
 * and what a click does. Positioned through the CSSOM, which the page's
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
    const at = node.renderedPosition();
    const below = node.renderedOuterHeight() / 2 + 10;
    tip.style.left = `${Math.max(8, Math.min(at.x - 140, container.clientWidth - 288))}px`;
    tip.style.top = `${at.y + below + 90 > container.clientHeight ? Math.max(8, at.y - below - 90) : at.y + below}px`;
    tip.hidden = false;
  });
  const hide = () => { tip.hidden = true; };
  cy.on('mouseout', 'node', hide);
  cy.on('pan zoom tapstart', hide);
}
