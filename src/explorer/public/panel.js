import { h, safeUrl } from './dom.js';
import { KINDS, fullLabelOf, labelOf, shorten } from './kinds.js';
import { attendedOnly, listOf } from './graph-model.js';

/**
 * The side panel: what the graph knows about one entity, fact by fact, each
 * with the words of the article that states it and a link to the article.
 * `onFocus(kind, id)` opens a related entity.
 */
export function renderPanel({ head, body }, entity, { onFocus }) {
  const kind = entity.__typename;
  const ref = (type, item) => entityLink(type, item, onFocus);
  const sections = SECTIONS[kind]?.(entity, ref) ?? [];
  head.replaceChildren(
    h('span', { class: `badge kind-${kind}` }, KINDS[kind].title),
    h('h2', { id: 'panel-title' }, fullLabelOf(entity)));
  body.replaceChildren(
    ...sections.filter((s) => s && s.items.length > 0).map(renderSection),
    sourcesSection(entity),
  );
}

function renderSection({ title, items, of }) {
  // a connection holds one page: say how many the page leaves out
  const more = typeof of?.totalCount === 'number' ? of.totalCount - listOf(of).length : 0;
  return h('section', { class: 'facts' }, h('h3', {}, title),
    h('ul', {}, items.map((item) => h('li', { class: 'fact' }, item))),
    more > 0 ? h('p', { class: 'muted' }, `and ${more} more`) : '');
}

/** One fact: its text, then each source that states it. */
function fact(content, sources) {
  return [h('div', { class: 'fact-text' }, content), ...distinctSources(sources).map(sourceQuote)];
}

/** The same words in the same article said once, however often they were recorded. */
function distinctSources(sources) {
  const seen = new Map();
  for (const source of listOf(sources)) {
    const key = `${source.article?.id ?? ''}\u0000${source.quote}`;
    const found = seen.get(key);
    if (found) found.times += 1;
    else seen.set(key, { ...source, times: 1 });
  }
  return [...seen.values()];
}

function sourceQuote(source) {
  const article = source.article ?? {};
  return h('figure', { class: 'source' },
    h('blockquote', { class: 'quote' }, source.quote),
    h('figcaption', {},
      articleLink(article) ?? 'the article',
      article.publishedAt ? ` · ${article.publishedAt}` : '',
      source.times > 1 ? ` · ${source.times} times` : ''));
}

function articleLink(article) {
  if (!article) return null;
  const href = safeUrl(article.url);
  const name = article.title || article.url || article.id;
  return href ? h('a', { href, target: '_blank', rel: 'noopener noreferrer' }, name) : name;
}

function entityLink(kind, item, onFocus) {
  if (!item) return null;
  return h('a', {
    href: '#',
    class: `entity-link kind-${kind}`,
    onclick: (event) => { event.preventDefault(); onFocus(kind, item.id); },
    title: kind === 'Session' ? item.title : null,
  }, kind === 'Session' ? shorten(item.title, 110) : labelOf({ ...item, __typename: kind }));
}

function field(label, value) {
  return value ? h('div', { class: 'fact-text' }, h('span', { class: 'field' }, `${label}: `), value) : null;
}

const MAX_MENTIONS = 8;

/** Where an entity is mentioned at all (the evidence it exists), each wording once. */
function sourcesSection(entity) {
  const all = distinctSources(entity.mentions ?? entity.sources);
  if (all.length === 0) return '';
  const items = all.slice(0, MAX_MENTIONS).map((s) => sourceQuote(s));
  if (all.length > MAX_MENTIONS) items.push(h('span', { class: 'muted' }, `and ${all.length - MAX_MENTIONS} more`));
  return renderSection({ title: entity.mentions ? 'Mentioned in' : 'Sources', items });
}

/** An enum value as words: PARTY_STANDING_BODY -> "party standing body". */
const humanize = (value) => (value ? value.toLowerCase().replaceAll('_', ' ') : null);

const sessionLine = (s, ref) => [s.date ? h('time', {}, s.date) : null, ' ', ref('Session', s)];

const SECTIONS = {
  Person: (p, ref) => [
    { title: 'Offices', items: listOf(p.positions).map((pos) => fact([pos.title, pos.organization ? [', ', ref('Organization', pos.organization)] : ''], pos.sources)) },
    { title: 'Chaired', of: p.sessionsChaired, items: listOf(p.sessionsChaired).map((s) => fact(sessionLine(s, ref), s.sources)) },
    { title: 'Attended', of: p.sessionsAttended, items: attendedOnly(p).map((s) => fact(sessionLine(s, ref), s.sources)) },
  ],
  Organization: (o, ref) => [
    { title: 'About', items: [field('Kind', humanize(o.organizationKind)), field('Part of', ref('Organization', o.parent)), field('Serves', ref('AdminUnit', o.adminUnit))].filter(Boolean) },
    { title: 'Founded by', items: o.foundingDocument ? [fact(ref('LegalDocument', o.foundingDocument), o.foundingDocument.sources)] : [] },
    { title: 'Office holders', items: listOf(o.officeHolders).map((pos) => fact([ref('Person', pos.person), `, ${pos.title}`], pos.sources)) },
    { title: 'Bodies within', of: o.children, items: listOf(o.children).map((c) => ref('Organization', c)) },
    { title: 'Sessions', of: o.sessions, items: listOf(o.sessions).map((s) => sessionLine(s, ref)) },
    { title: 'Documents issued', of: o.documentsIssued, items: listOf(o.documentsIssued).map((d) => [d.issuedOn ? h('time', {}, d.issuedOn) : null, ' ', ref('LegalDocument', d)]) },
  ],
  AdminUnit: (a, ref) => [
    { title: 'About', items: [field('Level', humanize(a.level)), field('Inside', ref('AdminUnit', a.parent))].filter(Boolean) },
    { title: 'Units within', of: a.children, items: listOf(a.children).map((c) => ref('AdminUnit', c)) },
    { title: 'Organizations', of: a.organizations, items: listOf(a.organizations).map((o) => ref('Organization', o)) },
  ],
  Session: (s, ref) => [
    { title: 'About', items: [field('Kind', humanize(s.sessionKind)), field('Date', s.date), field('Chaired by', ref('Person', s.chair)), field('Reported in', articleLink(s.reportArticle))].filter(Boolean) },
    { title: 'Participants', items: listOf(s.participants).map((p) => ref('Person', p)) },
    { title: 'Organizations', items: listOf(s.organizations).map((o) => ref('Organization', o)) },
    { title: 'Documents cited', items: listOf(s.documentsCited).map((d) => ref('LegalDocument', d)) },
  ],
  LegalDocument: (d, ref) => [
    { title: 'About', items: [field('Type', d.type), field('Number', d.number), field('Issued on', d.issuedOn), field('Subject', d.subject), field('Issued by', ref('Organization', d.issuer))].filter(Boolean) },
    { title: 'Founded', items: listOf(d.founded).map((o) => ref('Organization', o)) },
    { title: 'Cites', items: listOf(d.cites).map((c) => ref('LegalDocument', c)) },
    { title: 'Cited by', items: listOf(d.citedBy).map((c) => (c.__typename === 'LegalDocument' ? ref('LegalDocument', c) : sessionLine(c, ref))) },
  ],
};
