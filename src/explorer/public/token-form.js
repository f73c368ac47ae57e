import { setReadToken } from './api.js';
import { h } from './dom.js';

/**
 * When the server wants a read token, a small form in `root` asks for it;
 * `onToken()` runs once it is kept, to load again what failed.
 */
export function setUpTokenForm(root, onToken) {
  window.addEventListener('explorer:needs-token', (event) => {
    if (root.querySelector('form')) return;
    const input = h('input', { type: 'password', id: 'read-token', autocomplete: 'off', required: true });
    const form = h('form', {
      class: 'token-form',
      onsubmit: (submit) => {
        submit.preventDefault();
        setReadToken(input.value.trim());
        root.hidden = true;
        root.replaceChildren();
        onToken();
      },
    },
    h('p', {}, event.detail),
    h('label', { for: 'read-token' }, 'Read token'),
    h('div', { class: 'token-row' }, input, h('button', { type: 'submit' }, 'Use')),
    h('p', { class: 'muted' }, 'Kept for this browser tab only.'));
    root.replaceChildren(form);
    root.hidden = false;
    input.focus();
  });
}
