import { h, svg } from './dom.js';
import { KINDS } from './kinds.js';
import { attendedOnly, listOf } from './graph-model.js';

const MAX_ROWS = 60;
const ROW = 22;
const LEFT = 8;
const AXIS = 26;

/**
 * A person's offices and sessions, or an organization's sessions and
 * documents, on one time axis (SVG). Dates are as precise as the sources:
 * "2025" spans the year, "2025-04" the month; "--04-08" (no year) cannot be
 * placed and is listed under the chart instead.
 */
export function renderTimeline(root, entity, { onFocus }) {
  const items = ITEMS[entity.__typename]?.(entity) ?? null;
  if (!items) {
    root.replaceChildren();
    root.hidden = true;
    return;
  }
  root.hidden = false;
  const placed = items.filter((i) => i.start).sort((a, b) => a.start - b.start || a.lane.localeCompare(b.lane));
  const undated = items.filter((i) => !i.start);
  root.replaceChildren(
    h('h3', {}, 'Timeline'),
    placed.length > 0 ? chart(placed.slice(0, MAX_ROWS), Math.max(root.clientWidth, 300), onFocus) : h('p', { class: 'muted' }, 'No dated facts yet.'),
    placed.length > MAX_ROWS ? h('p', { class: 'muted' }, `and ${placed.length - MAX_ROWS} more`) : '',
    undated.length > 0 ? h('p', { class: 'muted' }, `Without a year: ${undated.map((i) => i.label).join('; ')}`) : '',
  );
}

const ITEMS = {
  Person: (p) => [
    ...listOf(p.positions).map((pos) => {
      // an office is known from the days articles state it: a bar from the first to the last
      const days = (pos.attestedOn ?? listOf(pos.sources).map((s) => s.article?.publishedAt)).filter(Boolean).sort();
      return item('Office', 'Organization', pos.organization?.id, `${pos.title}${pos.organization ? `, ${pos.organization.name}` : ''}`,
        days[0], days[days.length - 1]);
    }),
    ...listOf(p.sessionsChaired).map((s) => item('Chaired', 'Session', s.id, s.title, s.date)),
    ...attendedOnly(p).map((s) => item('Attended', 'Session', s.id, s.title, s.date)),
  ],
  Organization: (o) => [
    ...listOf(o.sessions).map((s) => item('Session', 'Session', s.id, s.title, s.date)),
    ...listOf(o.documentsIssued).map((d) => item('Document', 'LegalDocument', d.id, `${d.type} ${d.number}`, d.issuedOn)),
  ],
};

function item(lane, kind, id, label, from, to) {
  const start = dateRange(from)?.[0] ?? null;
  const end = dateRange(to ?? from)?.[1] ?? null;
  return { lane, kind, id, label, start, end: end && start && end > start ? end : null, when: from ?? '' };
}

/** A partial ISO date as [first day, last day] in ms; null when it has no year. */
export function dateRange(value) {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(value ?? '');
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), m[2] ? Number(m[2]) - 1 : null, m[3] ? Number(m[3]) : null];
  if (mo === null) return [Date.UTC(y, 0, 1), Date.UTC(y, 11, 31)];
  if (d === null) return [Date.UTC(y, mo, 1), Date.UTC(y, mo + 1, 0)];
  return [Date.UTC(y, mo, d), Date.UTC(y, mo, d)];
}

/**
 * Drawn at the box's own width, so text keeps its CSS size instead of being
 * scaled: what happened in a left column, when in the chart beside it.
 */
function chart(items, width, onFocus) {
  const min = Math.min(...items.map((i) => i.start));
  const max = Math.max(...items.map((i) => i.end ?? i.start));
  const pad = Math.max((max - min) * 0.06, 15 * 864e5);
  const [t0, t1] = [min - pad, max + pad];
  const area = { left: Math.round(width * 0.5), right: width - LEFT };
  const x = (t) => area.left + ((t - t0) / (t1 - t0)) * (area.right - area.left);
  const height = AXIS + items.length * ROW + 6;
  return svg('svg', { class: 'timeline', viewBox: `0 0 ${width} ${height}`, width, height, role: 'img', 'aria-label': 'Timeline' },
    ...items.map((_, row) => (row % 2 === 0 ? svg('rect', { class: 'stripe', x: 0, y: AXIS + row * ROW, width, height: ROW }) : null)).filter(Boolean),
    ...axis(t0, t1, x, area, height),
    ...items.map((it, row) => mark(it, AXIS + row * ROW + ROW / 2, x, area, onFocus)));
}

/** Month steps an axis may take, finest first. */
const STEPS = [1, 2, 3, 6, 12, 24, 60, 120];

function axis(t0, t1, x, area, height) {
  const spanMonths = (t1 - t0) / (30.4 * 864e5);
  const fits = Math.max(1, Math.floor((area.right - area.left) / 52));
  const step = STEPS.find((s) => spanMonths / s <= fits) ?? 120;
  const ticks = [];
  const start = new Date(t0);
  const first = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1));
  if (step >= 12) first.setUTCFullYear(first.getUTCFullYear() + (first.getUTCMonth() === 0 ? 0 : 1), 0, 1);
  for (const d = first; d.getTime() <= t1; d.setUTCMonth(d.getUTCMonth() + step)) {
    const at = x(d.getTime());
    const label = step >= 12 ? String(d.getUTCFullYear()) : `${String(d.getUTCMonth() + 1).padStart(2, '0')}/${d.getUTCFullYear()}`;
    ticks.push(svg('line', { class: 'tick', x1: at, x2: at, y1: AXIS - 6, y2: height }),
      svg('text', { class: 'tick-label', x: Math.min(at, area.right - 20), y: AXIS - 10, 'text-anchor': 'middle' }, label));
  }
  return [svg('line', { class: 'axis', x1: area.left, x2: area.right, y1: AXIS - 6, y2: AXIS - 6 }), ...ticks];
}

function mark(it, y, x, area, onFocus) {
  const x0 = x(it.start);
  const x1 = it.end ? x(it.end) : x0;
  const color = it.lane === 'Chaired' ? KINDS.Session.color : KINDS[it.kind].color;
  // a span too short to see at this scale is drawn as a day
  const shape = it.end && x1 - x0 >= 4
    ? svg('rect', { x: x0 - 3, y: y - 5, width: Math.max(x1 - x0, 0) + 6, height: 10, rx: 5, fill: color })
    : svg('circle', { cx: x0, cy: y, r: 5.5, fill: it.lane === 'Attended' ? '#ffffff' : color, stroke: color, 'stroke-width': 2 });
  // about 6 px a character at 11 px: cut the label to its column
  const room = Math.floor((area.left - 14) / 6) - it.lane.length - 1;
  const label = it.label.length > room ? `${it.label.slice(0, Math.max(room - 1, 3)).trimEnd()}…` : it.label;
  const text = svg('text', { class: 'mark-label', x: 4, y: y + 4 }, svg('tspan', { class: 'lane' }, `${it.lane} `), label);
  const group = svg('g', { class: 'mark', tabindex: it.id ? 0 : null, role: it.id ? 'link' : null },
    svg('title', {}, `${it.lane}: ${it.label} (${it.when})`), text, shape);
  if (it.id) {
    const open = () => onFocus(it.kind, it.id);
    group.addEventListener('click', open);
    group.addEventListener('keydown', (e) => { if (e.key === 'Enter') open(); });
  }
  return group;
}
