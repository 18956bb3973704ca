// vigie dashboard: plain ES2020, no framework, no build step, works offline.
//
// Everything that comes from the store (article text, titles, actor names, URLs) is
// untrusted: the DOM is built with createElement + textContent only (see `el`), never
// with innerHTML, and links leave the page only for http:// and https:// URLs.
'use strict';

(function () {

// ---------------------------------------------------------------------------
// DOM helpers
// ---------------------------------------------------------------------------

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Sets attributes: `onX` functions become listeners, numbers are checked (no NaN in SVG). */
function setAttrs(node, attrs) {
  if (!attrs) return;
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith('on') && typeof v === 'function') {
      node.addEventListener(k.slice(2), v);
    } else if (k === 'dataset') {
      for (const [dk, dv] of Object.entries(v)) if (dv !== undefined && dv !== null) node.dataset[dk] = String(dv);
    } else if (k === 'value' || k === 'checked' || k === 'disabled' || k === 'selected' || k === 'multiple') {
      node[k] = v;
    } else if (typeof v === 'number') {
      node.setAttribute(k, Number.isFinite(v) ? String(Math.round(v * 100) / 100) : '0');
    } else {
      node.setAttribute(k, v === true ? '' : String(v));
    }
  }
}

function appendAll(node, children) {
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

/** el('a', {href: '#/'}, 'text', child...): children are nodes or text (never markup). */
/** Replaces the children of `node` (null/false children are skipped). */
function fill(node, ...children) {
  node.replaceChildren();
  return appendAll(node, children);
}

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  setAttrs(node, attrs);
  return appendAll(node, children);
}

function svg(tag, attrs, ...children) {
  const node = document.createElementNS(SVG_NS, tag);
  setAttrs(node, attrs);
  return appendAll(node, children);
}

/** A URL that may leave the page: only http(s). */
function safeUrl(url) {
  if (typeof url !== 'string') return null;
  const u = url.trim();
  return /^https?:\/\//i.test(u) ? u : null;
}

/** An external link when the URL is http(s), else plain text. */
function extLink(url, text) {
  const u = safeUrl(url);
  const label = text || url || '';
  if (!u) return el('span', {}, label);
  return el('a', { href: u, target: '_blank', rel: 'noopener noreferrer' }, label);
}

function enc(s) { return encodeURIComponent(String(s)); }

function docHref(doc, eventId) {
  return '#/document/' + enc(doc) + (eventId ? '?event=' + enc(eventId) : '');
}
function dyadHref(a, b, extra) { return '#/dyad/' + enc(a) + '/' + enc(b) + (extra || ''); }

function errorBox(err) {
  return el('div', { class: 'error', role: 'alert' }, errorText(err));
}
function errorText(err) {
  if (!err) return 'Unknown error';
  if (err instanceof ApiError) {
    let msg = 'Error' + (err.status ? ' ' + err.status : '') + ': ' + err.message;
    if (err.status === 401 && !location.hash.startsWith('#/ingest')) msg += '\nA token is needed: enter the server\'s token on the Ingest page (it is kept for this browser session).';
    return msg;
  }
  return 'Error: ' + (err.message || String(err));
}
/** A result counter: `#result-count` appears once there is a number to show. */
function makeCounter(noun) {
  const box = el('div', { class: 'counter', id: 'counter' });
  box.set = n => {
    fill(box, el('span', { id: 'result-count', dataset: { count: n } }, String(n)), ' ' + noun);
  };
  return box;
}

function loading(text) { return el('div', { class: 'loading' }, text || 'Loading…'); }
function empty(text) { return el('div', { class: 'empty' }, text); }

function fmtNum(x, digits) {
  if (typeof x !== 'number' || !Number.isFinite(x)) return '—';
  const p = Math.pow(10, digits === undefined ? 1 : digits);
  const r = Math.round(x * p) / p;
  return (Object.is(r, -0) ? 0 : r).toString();
}

// ---------------------------------------------------------------------------
// API
// ---------------------------------------------------------------------------

class ApiError extends Error {
  constructor(status, message) { super(message); this.status = status; }
}

const TOKEN_KEY = 'vigie-token';
function getToken() {
  try { return sessionStorage.getItem(TOKEN_KEY) || ''; } catch (e) { return ''; }
}
function setToken(t) {
  try {
    if (t) sessionStorage.setItem(TOKEN_KEY, t); else sessionStorage.removeItem(TOKEN_KEY);
  } catch (e) { /* storage unavailable: the token is simply not remembered */ }
}

function queryString(params) {
  const q = new URLSearchParams();
  if (params) {
    for (const [k, v] of Object.entries(params)) {
      if (v === undefined || v === null || v === '') continue;
      q.set(k, String(v));
    }
  }
  const s = q.toString();
  return s ? '?' + s : '';
}

/** GET or POST JSON; rejects with ApiError carrying the server's `error` message. */
async function api(path, params, options) {
  const opts = options || {};
  const headers = { Accept: 'application/json' };
  const token = getToken();
  if (token) headers.Authorization = 'Bearer ' + token;
  const init = { method: opts.method || 'GET', headers };
  if (opts.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(opts.body);
  }
  let res;
  try {
    res = await fetch(path + queryString(params), init);
  } catch (e) {
    throw new ApiError(0, 'cannot reach the server (' + (e && e.message ? e.message : 'network error') + ')');
  }
  let text = '';
  try { text = await res.text(); } catch (e) { text = ''; }
  let body = null;
  try { body = text ? JSON.parse(text) : null; } catch (e) { body = null; }
  if (!res.ok) {
    const msg = body && typeof body.error === 'string' ? body.error : (text.slice(0, 300) || res.statusText || 'request failed');
    throw new ApiError(res.status, msg);
  }
  if (body === null || typeof body !== 'object') throw new ApiError(res.status, 'the server did not answer with JSON');
  return body;
}

// ---------------------------------------------------------------------------
// Vocabulary: QuadClass colours, modalities, PLOVER types
// ---------------------------------------------------------------------------

const QUAD_COLOR = { 0: '#8a8f98', 1: '#3f9b5a', 2: '#2f6db5', 3: '#e2861b', 4: '#c8372d' };
const QUAD_NAME = { 0: 'Unknown', 1: 'Verbal cooperation', 2: 'Material cooperation', 3: 'Verbal conflict', 4: 'Material conflict' };
const UP_COLOR = '#3f9b5a';
const DOWN_COLOR = '#c8372d';
const MODALITIES = ['asserted', 'alleged', 'reported', 'hypothetical', 'recommended', 'planned', 'prevented', 'negated'];
const PLOVER_TYPES = ['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST', 'ACCUSE',
  'DEMAND', 'DISAPPROVE', 'REJECT', 'THREATEN', 'PROTEST', 'MOBILIZE', 'SANCTION', 'COERCE', 'ASSAULT'];

function quadOf(e) {
  const q = e && e.quad_class;
  return q === 1 || q === 2 || q === 3 || q === 4 ? q : 0;
}

function quadLegend() {
  return el('div', { class: 'legend' }, [1, 2, 3, 4].map(q => {
    const sw = el('span', { class: 'sw q' + q });
    return el('span', {}, sw, QUAD_NAME[q]);
  }));
}

function quadBadge(q) {
  return el('span', { class: 'qbadge q' + q, title: 'QuadClass ' + q + ': ' + QUAD_NAME[q] }, q || '?');
}

function actorKey(a) {
  if (!a) return '';
  return a.code || a.country || a.text || '';
}

function actorCell(a) {
  if (!a) return el('span', { class: 'muted' }, '—');
  return el('span', { title: a.text || '' }, el('b', {}, actorKey(a) || '?'), ' ', el('span', { class: 'muted small' }, a.text || ''));
}

function dateText(e) {
  if (!e || !e.date) return '—';
  let s = e.date;
  if (e.date_end && e.date_end !== e.date) s += ' – ' + e.date_end;
  return s;
}

function placeText(p) {
  if (!p) return '';
  return (p.name || '?') + (p.country ? ' (' + p.country + ')' : '');
}

function modalityBadge(m) {
  const v = m || 'unknown';
  return el('span', { class: 'modality m-' + v.replace(/[^a-z]/g, '') }, v);
}

// ---------------------------------------------------------------------------
// Dates
// ---------------------------------------------------------------------------

const DAY_MS = 86400000;

/** Day number (days since 1970-01-01) of YYYY, YYYY-MM or YYYY-MM-DD; null otherwise. */
function dayNumber(s) {
  if (typeof s !== 'string') return null;
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(s);
  if (!m) return null;
  const t = Date.UTC(+m[1], m[2] ? +m[2] - 1 : 0, m[3] ? +m[3] : 1);
  return Number.isFinite(t) ? Math.floor(t / DAY_MS) : null;
}
function dayString(n) {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}
function isDay(s) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const n = dayNumber(s);
  return n !== null && dayString(n) === s;
}

// ---------------------------------------------------------------------------
// UTF-8 byte offsets -> JS string indices
// ---------------------------------------------------------------------------

/** A function mapping a UTF-8 byte offset into `text` to a string (UTF-16) index. */
function byteMapper(text) {
  const total = new TextEncoder().encode(text).length;
  const map = new Int32Array(total + 1);
  let b = 0;
  let i = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0);
    const n = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    for (let k = 0; k < n && b + k <= total; k++) map[b + k] = i; // inside a character: its start
    b += n;
    i += ch.length;
  }
  if (b <= total) map[Math.min(b, total)] = i;
  return function (off) {
    if (typeof off !== 'number' || !Number.isFinite(off)) return null;
    if (off <= 0) return 0;
    if (off >= total) return text.length;
    return map[off];
  };
}

/** A [start, end) string range of a byte span, or null. */
function spanRange(mapper, span, shift) {
  if (!Array.isArray(span) || span.length < 2) return null;
  const d = shift || 0;
  const s = mapper(span[0] - d);
  const e = mapper(span[1] - d);
  if (s === null || e === null || e <= s) return null;
  return [s, e];
}

// ---------------------------------------------------------------------------
// Evidence
// ---------------------------------------------------------------------------

/** The sentence of an event with its trigger marked. */
function sentenceNode(e) {
  const text = e.text || '';
  const t = e.trigger;
  let range = null;
  if (t && Array.isArray(t.span) && Array.isArray(e.span)) {
    range = spanRange(byteMapper(text), t.span, e.span[0]);
    if (range && t.text && text.slice(range[0], range[1]) !== t.text) range = null;
  }
  if (!range && t && t.text) {
    const at = text.indexOf(t.text);
    if (at >= 0) range = [at, at + t.text.length];
  }
  const q = quadOf(e);
  const box = el('div', { class: 'sentence q' + q });
  if (!range) return appendAll(box, [text || '(no sentence)']);
  return appendAll(box, [
    text.slice(0, range[0]),
    el('mark', { class: 'trigger' }, text.slice(range[0], range[1])),
    text.slice(range[1]),
  ]);
}

function dlRow(dt, ...dd) {
  return [el('dt', {}, dt), el('dd', {}, ...dd)];
}

/** The evidence panel (`#evidence`) of one event. */
function evidencePanel(e, opts) {
  const o = opts || {};
  const q = quadOf(e);
  const d = e.document || {};
  const rows = [];
  rows.push(dlRow('Event', el('span', { class: 'mono' }, e.cameo || '?'), ' ', e.cameo_name || ''));
  rows.push(dlRow('QuadClass', quadBadge(q), ' ', QUAD_NAME[q]));
  rows.push(dlRow('Goldstein', fmtNum(e.goldstein)));
  if (e.plover) rows.push(dlRow('PLOVER', e.plover + (e.plover_mode ? ' (' + e.plover_mode + ')' : '')));
  rows.push(dlRow('Trigger', e.trigger && e.trigger.text ? '“' + e.trigger.text + '”' : '—'));
  rows.push(dlRow('Rule', el('span', { class: 'mono' }, e.rule || '—')));
  rows.push(dlRow('Modality', modalityBadge(e.modality)));
  rows.push(dlRow('Claimed by', e.claimed_by ? actorCell(e.claimed_by) : el('span', { class: 'muted' }, '—')));
  if (Array.isArray(e.contested_with) && e.contested_with.length) {
    rows.push(dlRow('Contested by', e.contested_with.map((id, i) => [i ? ', ' : '', el('span', { class: 'mono' }, id)])));
  }
  rows.push(dlRow('Source', actorCell(e.source)));
  rows.push(dlRow('Target', actorCell(e.target)));
  rows.push(dlRow('Date', dateText(e), e.date_precision ? el('span', { class: 'tag' }, e.date_precision) : null,
    e.date_source ? el('span', { class: 'tag' }, 'from ' + e.date_source) : null));
  rows.push(dlRow('Place', e.place ? [placeText(e.place),
    Number.isFinite(e.place.lat) && Number.isFinite(e.place.lon) ? el('span', { class: 'muted small' }, ' ' + fmtNum(e.place.lat, 3) + ', ' + fmtNum(e.place.lon, 3)) : null]
    : el('span', { class: 'muted' }, '—')));
  rows.push(dlRow('Reports', (e.num_articles || 0) + ' article(s), ' + (e.num_sources || 0) + ' source(s)',
    e.cluster_contested ? el('span', { class: 'tag warn' }, 'contested') : null));
  if (typeof e.confidence === 'number') rows.push(dlRow('Confidence', fmtNum(e.confidence, 2)));
  rows.push(dlRow('Document', o.inDocument
    ? el('span', {}, d.title || e.doc || '')
    : el('a', { href: docHref(e.doc, e.id), class: 'doc-link' }, d.title || e.doc || 'document')));
  if (d.source || d.published) rows.push(dlRow('Publisher', [d.source || '', d.published ? ' · ' + d.published : '']));
  if (safeUrl(d.url)) rows.push(dlRow('URL', extLink(d.url)));
  rows.push(dlRow('Event id', el('span', { class: 'mono small' }, e.id || '')));
  return el('aside', { id: 'evidence', class: 'card q' + q, dataset: { eventId: e.id } },
    el('h2', {}, 'Evidence'),
    sentenceNode(e),
    el('dl', {}, rows),
    o.inDocument ? null : el('p', {}, el('a', { href: docHref(e.doc, e.id) }, 'Open in the document →')));
}

function evidencePlaceholder(text) {
  return el('aside', { id: 'evidence-empty', class: 'card muted' }, text || 'Click an event to see its evidence.');
}

// ---------------------------------------------------------------------------
// Event table
// ---------------------------------------------------------------------------

/** Rows of events (`tr.event-row[data-event-id]`); `onSelect(e, tr)` on click or Enter. */
function eventTable(events, onSelect, opts) {
  const o = opts || {};
  const head = o.document
    ? ['#', 'Event', 'Source → target', 'Modality', 'Claimed by', 'Rule', 'Date', 'Place']
    : ['Date', 'Event', 'Source → target', 'Modality', 'Place', 'Sources'];
  const tbody = el('tbody');
  for (const e of events) {
    const q = quadOf(e);
    const eventCell = el('td', {}, quadBadge(q), ' ', el('span', { class: 'mono' }, e.cameo || '?'), ' ', e.cameo_name || '',
      e.plover ? el('span', { class: 'tag' }, e.plover) : null,
      e.cluster_contested ? el('span', { class: 'tag warn' }, 'contested') : null);
    const dyad = el('td', {}, actorCell(e.source), el('span', { class: 'arrow' }, '→'), actorCell(e.target));
    let cells;
    if (o.document) {
      cells = [
        el('td', { class: 'num-col muted' }, e.sentence !== undefined && e.sentence !== null ? String(e.sentence) : ''),
        eventCell, dyad,
        el('td', {}, modalityBadge(e.modality)),
        el('td', {}, e.claimed_by ? actorCell(e.claimed_by) : el('span', { class: 'muted' }, '—')),
        el('td', { class: 'mono small' }, e.rule || ''),
        el('td', { class: 'nowrap' }, dateText(e)),
        el('td', {}, placeText(e.place)),
      ];
    } else {
      cells = [
        el('td', { class: 'nowrap' }, dateText(e)),
        eventCell, dyad,
        el('td', {}, modalityBadge(e.modality)),
        el('td', {}, placeText(e.place)),
        el('td', { class: 'num-col', title: (e.num_articles || 0) + ' article(s)' }, String(e.num_sources || 0)),
      ];
    }
    const tr = el('tr', { class: 'event-row q' + q, tabindex: 0, dataset: { eventId: e.id } }, cells);
    const pick = () => {
      for (const r of tbody.querySelectorAll('tr.selected')) r.classList.remove('selected');
      tr.classList.add('selected');
      onSelect(e, tr);
    };
    tr.addEventListener('click', pick);
    tr.addEventListener('keydown', ev => { if (ev.key === 'Enter') { ev.preventDefault(); pick(); } });
    tbody.append(tr);
  }
  return el('table', { class: 'list events' }, el('thead', {}, el('tr', {}, head.map(h => el('th', {}, h)))), tbody);
}

// ---------------------------------------------------------------------------
// Filters (shared by the timeline and the map)
// ---------------------------------------------------------------------------

const FILTER_KEYS = ['actor', 'dyad', 'cameo', 'plover', 'modality', 'from', 'to', 'min_sources'];
const filterState = {};

function filtersFromQuery(query) {
  if (!FILTER_KEYS.some(k => query.has(k))) return;
  for (const k of FILTER_KEYS) filterState[k] = query.get(k) || '';
}

/** Checks the filters; returns the API params or throws an Error naming the bad one. */
function filterParams(keys) {
  const p = {};
  for (const k of keys) {
    const v = (filterState[k] || '').trim();
    if (!v) continue;
    if ((k === 'from' || k === 'to') && !isDay(v)) throw new Error('“' + k + '” must be a day as YYYY-MM-DD, not “' + v + '”');
    if (k === 'dyad' && !/^[^,-]+[-,][^,-]+$/.test(v.replace(/\s+/g, ''))) throw new Error('“dyad” must be two actors as A-B, such as MLI-DZA');
    if (k === 'min_sources' && !/^\d+$/.test(v)) throw new Error('“min sources” must be a whole number');
    p[k] = k === 'plover' || k === 'dyad' ? v.toUpperCase() : v;
  }
  if (p.from && p.to && p.from > p.to) throw new Error('“from” is after “to”');
  return p;
}

/** The filter form: inputs #f-KEY; `onChange()` after a change (debounced when typing). */
function filterForm(keys, onChange) {
  const labels = {
    actor: 'Actor', dyad: 'Dyad (A-B)', cameo: 'CAMEO', plover: 'PLOVER', modality: 'Modality',
    from: 'From', to: 'To', min_sources: 'Min sources',
  };
  const placeholders = { actor: 'MLI', dyad: 'MLI-DZA', cameo: '19', plover: 'ASSAULT', from: 'YYYY-MM-DD', to: 'YYYY-MM-DD' };
  let timer = null;
  const fire = () => { clearTimeout(timer); timer = null; onChange(); };
  const fields = [];
  const controls = {};
  for (const k of keys) {
    const id = 'f-' + k.replace('_', '-');
    let input;
    if (k === 'modality') {
      input = el('select', { id, name: k },
        el('option', { value: '' }, 'any'),
        el('option', { value: 'factual', title: 'asserted, alleged or reported' }, 'factual'),
        MODALITIES.map(m => el('option', { value: m }, m)));
      input.value = filterState[k] || '';
      if (input.value !== (filterState[k] || '')) input.value = '';
    } else if (k === 'min_sources') {
      input = el('input', { id, name: k, type: 'number', min: 0, step: 1, value: filterState[k] || '' });
    } else {
      input = el('input', { id, name: k, type: 'text', placeholder: placeholders[k] || '', value: filterState[k] || '',
        list: k === 'plover' ? 'plover-types' : null, autocomplete: 'off', spellcheck: 'false' });
    }
    const sync = () => { filterState[k] = input.value; };
    input.addEventListener('input', () => { sync(); clearTimeout(timer); timer = setTimeout(fire, 450); });
    input.addEventListener('change', () => { sync(); fire(); });
    controls[k] = input;
    fields.push(el('div', { class: 'field' }, el('label', { for: id }, labels[k] || k), input));
  }
  const reset = el('button', { type: 'button', id: 'f-reset', onclick: () => {
    for (const k of keys) { filterState[k] = ''; controls[k].value = ''; }
    fire();
  } }, 'Reset');
  const form = el('form', { class: 'filters', id: 'filters', autocomplete: 'off' }, fields,
    el('div', { class: 'btns' }, el('button', { type: 'submit', class: 'primary', id: 'f-apply' }, 'Apply'), reset),
    keys.includes('plover') ? el('datalist', { id: 'plover-types' }, PLOVER_TYPES.map(p => el('option', { value: p }))) : null);
  form.addEventListener('submit', ev => {
    ev.preventDefault();
    for (const k of keys) filterState[k] = controls[k].value;
    fire();
  });
  form.setValues = function () { for (const k of keys) controls[k].value = filterState[k] || ''; };
  return form;
}

/** Puts the filters in the address (without re-rendering the page). */
function rememberFilters(page, keys) {
  const p = {};
  for (const k of keys) if ((filterState[k] || '').trim()) p[k] = filterState[k].trim();
  replaceHash('#/' + page + queryString(p));
}

function replaceHash(hash) {
  if (location.hash === hash) return;
  try { history.replaceState(null, '', hash); } catch (e) { /* ignore */ }
}

// ---------------------------------------------------------------------------
// Charts
// ---------------------------------------------------------------------------

function niceTicks(max, count) {
  if (!(max > 0)) return [0];
  const raw = max / (count || 4);
  const mag = Math.pow(10, Math.floor(Math.log10(raw)));
  const step = [1, 2, 5, 10].map(m => m * mag).find(s => s >= raw) || raw;
  const out = [];
  for (let i = 0; i < 100; i++) {
    const v = Math.round(i * step * 1000) / 1000;
    out.push(v);
    if (v >= max - 1e-9) break;
  }
  return out;
}

/** Horizontal bars: items [{label, value, title, onclick}]. */
function hbarChart(items, opts) {
  const o = opts || {};
  const rowH = 24;
  const W = 640;
  const left = o.left || 120;
  const right = 50;
  const H = items.length * rowH + 8;
  const max = Math.max(1, ...items.map(i => i.value));
  const g = svg('svg', { viewBox: '0 0 ' + W + ' ' + H, class: 'hbar-chart', id: o.id, role: 'img', 'aria-label': o.label || 'bar chart' });
  items.forEach((it, i) => {
    const y = 4 + i * rowH;
    const w = Math.max(1, (W - left - right) * it.value / max);
    const row = svg('g', { class: it.onclick ? 'clickable bar' : 'bar', dataset: { label: it.label } },
      svg('title', {}, it.title || (it.label + ': ' + it.value)),
      svg('text', { x: left - 8, y: y + rowH / 2 + 4, 'text-anchor': 'end', 'font-size': 12 }, it.label),
      svg('rect', { x: left, y: y + 3, width: w, height: rowH - 6, fill: it.color || '#4a6fa5', rx: 2 }),
      svg('text', { x: left + w + 6, y: y + rowH / 2 + 4, 'font-size': 12, class: 'tick' }, String(it.value)));
    if (it.onclick) row.addEventListener('click', it.onclick);
    g.append(row);
  });
  return g;
}

/** Events per day, stacked by QuadClass; `onDay(dayString)` when a day is clicked. */
function timelineChart(events, onDay) {
  const byDay = new Map();
  let undated = 0;
  for (const e of events) {
    const d = dayNumber(e.date);
    if (d === null) { undated++; continue; }
    if (!byDay.has(d)) byDay.set(d, [0, 0, 0, 0, 0]);
    byDay.get(d)[quadOf(e)]++;
  }
  if (!byDay.size) return el('div', { class: 'empty' }, events.length ? 'No dated events to chart.' : 'No events to chart.');
  const days = [...byDay.keys()].sort((a, b) => a - b);
  const d0 = days[0] - 1;
  const d1 = days[days.length - 1] + 1;
  const n = d1 - d0 + 1;
  const W = 1000, H = 190, L = 40, R = 12, T = 10, B = 26;
  const pw = W - L - R, ph = H - T - B;
  const step = pw / n;
  const bw = Math.min(24, Math.max(2.5, step * 0.8));
  const max = Math.max(...[...byDay.values()].map(c => c.reduce((a, b) => a + b, 0)));
  const yTicks = niceTicks(max, 4);
  const ymax = Math.max(max, yTicks[yTicks.length - 1]);
  const chart = svg('svg', { viewBox: '0 0 ' + W + ' ' + H, id: 'timeline-chart', role: 'img', 'aria-label': 'events per day' });
  for (const t of yTicks) {
    const y = T + ph - ph * t / ymax;
    chart.append(svg('line', { x1: L, x2: W - R, y1: y, y2: y, class: 'grid' }),
      svg('text', { x: L - 6, y: y + 4, 'text-anchor': 'end', class: 'tick' }, String(t)));
  }
  chart.append(svg('line', { x1: L, x2: W - R, y1: T + ph, y2: T + ph, class: 'axis' }));
  const tickCount = Math.min(7, n);
  for (let i = 0; i < tickCount; i++) {
    const d = Math.round(d0 + (n - 1) * (tickCount === 1 ? 0.5 : i / (tickCount - 1)));
    const x = L + (d - d0 + 0.5) * step;
    const anchor = tickCount > 1 && i === 0 ? 'start' : tickCount > 1 && i === tickCount - 1 ? 'end' : 'middle';
    chart.append(svg('text', { x, y: H - 8, 'text-anchor': anchor, class: 'tick' }, dayString(d)));
  }
  for (const d of days) {
    const counts = byDay.get(d);
    const cx = L + (d - d0 + 0.5) * step;
    let y = T + ph;
    const total = counts.reduce((a, b) => a + b, 0);
    const g = svg('g', { class: 'day' + (onDay ? ' clickable' : ''), dataset: { day: dayString(d), count: total } });
    for (const q of [4, 3, 2, 1, 0]) {
      if (!counts[q]) continue;
      const h = ph * counts[q] / ymax;
      y -= h;
      g.append(svg('rect', { x: cx - bw / 2, y, width: bw, height: h, fill: QUAD_COLOR[q], class: 'q' + q }));
    }
    const label = dayString(d) + ': ' + total + ' event(s) — ' +
      [1, 2, 3, 4].filter(q => counts[q]).map(q => QUAD_NAME[q].toLowerCase() + ' ' + counts[q]).join(', ');
    const hit = svg('rect', { x: cx - Math.max(bw, 6) / 2, y: T, width: Math.max(bw, 6), height: ph, class: 'bar-hit', dataset: { day: dayString(d) } });
    g.prepend(svg('title', {}, label + (onDay ? ' (click to list this day)' : '')), hit); // under the bars
    if (onDay) {
      const pick = ev => { ev.stopPropagation(); onDay(dayString(d)); };
      hit.addEventListener('click', pick);
      g.addEventListener('click', pick);
    }
    chart.append(g);
  }
  return el('div', { class: 'chart-wrap' }, chart,
    undated ? el('div', { class: 'hint' }, undated + ' event(s) without a date are listed but not charted.') : null);
}

// ---------------------------------------------------------------------------
// Router
// ---------------------------------------------------------------------------

let renderGen = 0;

function parseHash() {
  let h = location.hash || '';
  if (h.startsWith('#')) h = h.slice(1);
  if (!h.startsWith('/')) h = '/' + h;
  const qi = h.indexOf('?');
  const path = qi >= 0 ? h.slice(0, qi) : h;
  const query = new URLSearchParams(qi >= 0 ? h.slice(qi + 1) : '');
  const parts = path.split('/').filter(Boolean).map(p => {
    try { return decodeURIComponent(p); } catch (e) { return p; }
  });
  return { page: parts[0] || 'overview', args: parts.slice(1), query };
}

const PAGES = {
  overview: pageOverview,
  timeline: pageTimeline,
  dyad: pageDyad,
  map: pageMap,
  network: pageNetwork,
  document: pageDocument,
  documents: pageDocument,
  brief: pageBrief,
  ingest: pageIngest,
  search: pageSearch,
};

const TITLES = {
  overview: 'Overview', timeline: 'Timeline', dyad: 'Dyad', map: 'Map', network: 'Network',
  document: 'Documents', brief: 'Brief', ingest: 'Ingest', search: 'Search',
};

function route() {
  const r = parseHash();
  const gen = ++renderGen;
  const name = PAGES[r.page] ? (r.page === 'documents' ? 'document' : r.page) : 'notfound';
  for (const a of document.querySelectorAll('#nav a[data-page]')) a.classList.toggle('active', a.dataset.page === name);
  const searchBox = document.getElementById('search');
  if (searchBox && name !== 'search' && document.activeElement !== searchBox) searchBox.value = '';
  document.title = 'vigie · ' + (TITLES[name] || 'Not found');
  const section = el('section', { id: 'page-' + name, class: 'page' });
  const app = document.getElementById('app');
  fill(app, section);
  window.scrollTo(0, 0);
  // `alive()` turns false once the user has gone to another page.
  const ctx = { args: r.args, query: r.query, alive: () => gen === renderGen && section.isConnected };
  const fn = PAGES[r.page] || pageNotFound;
  let out;
  try {
    out = fn(section, ctx);
  } catch (err) {
    section.append(errorBox(err));
    return;
  }
  if (out && typeof out.then === 'function') {
    out.catch(err => { if (ctx.alive()) section.append(errorBox(err)); });
  }
}

function pageNotFound(section) {
  section.append(el('h1', {}, 'Not found'), el('p', {}, 'There is no such page. ', el('a', { href: '#/' }, 'Go to the overview.')));
}

// ---------------------------------------------------------------------------
// Overview
// ---------------------------------------------------------------------------

async function pageOverview(section, ctx) {
  section.append(el('h1', {}, 'Overview'));
  const statsBox = el('div', { class: 'stats', id: 'stats' }, loading());
  const alertsBox = el('div', { id: 'alerts' }, loading());
  const dyadsBox = el('div', { id: 'top-dyads' }, loading());
  const ploverBox = el('div', { id: 'by-plover' }, loading());
  const docsBox = el('div', { id: 'recent-documents' }, loading());
  const clustersBox = el('div', { id: 'top-clusters' }, loading());
  const feedsBox = el('div', { id: 'feeds' }, loading());
  section.append(statsBox,
    el('div', { class: 'grid2' },
      el('div', { class: 'card' }, el('h2', {}, 'Latest alerts'), alertsBox),
      el('div', {},
        el('div', { class: 'card' }, el('h2', {}, 'Most active dyads'), dyadsBox),
        el('div', { class: 'card' }, el('h2', {}, 'Events by PLOVER type'), ploverBox))),
    el('div', { class: 'card' }, el('h2', {}, 'Events told by several articles'), clustersBox),
    el('div', { class: 'card' }, el('h2', {}, 'Latest documents'), docsBox),
    el('div', { class: 'card' }, el('h2', {}, 'Feeds'), feedsBox));

  const [stats, alerts, docs, clusters] = await Promise.allSettled([api('/api/stats'), api('/api/alerts'),
    api('/api/documents', { limit: 10 }), api('/api/clusters', { min_articles: 2, limit: 10 })]);
  if (!ctx.alive()) return;

  if (clusters.status === 'fulfilled') {
    const list = Array.isArray(clusters.value.clusters) ? clusters.value.clusters : [];
    fill(clustersBox, list.length ? el('table', { class: 'list clusters' },
      el('thead', {}, el('tr', {}, ['Dates', 'CAMEO', 'Source → target', 'Place', 'Articles', 'Sources'].map(h => el('th', {}, h)))),
      el('tbody', {}, list.map(c => el('tr', { class: 'cluster-row', dataset: { cluster: c.id } },
        el('td', { class: 'nowrap' }, (c.date_first || '?') + (c.date_last && c.date_last !== c.date_first ? ' – ' + c.date_last : '')),
        el('td', { class: 'mono' }, c.cameo || ''),
        el('td', {}, c.source && c.target
          ? el('a', { href: dyadHref(c.source, c.target) }, c.source + ' → ' + c.target)
          : (c.source || '—') + ' → ' + (c.target || '—'),
        c.contested ? el('span', { class: 'tag warn' }, 'contested') : null,
        c.factual === false ? el('span', { class: 'tag' }, 'not factual') : null),
        el('td', {}, c.place ? c.place + (c.place_country ? ' (' + c.place_country + ')' : '') : ''),
        el('td', { class: 'num-col' }, String(c.num_articles || 0)),
        el('td', { class: 'num-col' }, String(c.num_sources || 0))))))
      : empty('No event is told by more than one article yet.'));
  } else {
    fill(clustersBox, errorBox(clusters.reason));
  }

  if (stats.status === 'fulfilled') {
    const s = stats.value;
    const stat = (id, n, label) => el('div', { class: 'stat', id }, el('div', { class: 'num' }, String(n || 0)), el('div', { class: 'lbl' }, label));
    fill(statsBox, stat('stat-documents', s.documents, 'documents'), stat('stat-events', s.events, 'events'),
      stat('stat-clusters', s.clusters, 'clusters'),
      s.multi_article_clusters !== undefined ? stat('stat-multi', s.multi_article_clusters, 'clusters told by several articles') : null);
    if (!s.documents) {
      statsBox.append(el('div', { class: 'empty', style: 'flex-basis:100%' }, 'The store is empty: ', el('a', { href: '#/ingest' }, 'ingest some documents'), '.'));
    }
    const dyads = Array.isArray(s.top_dyads) ? s.top_dyads : [];
    fill(dyadsBox, dyads.length ? el('table', { class: 'list' },
      el('thead', {}, el('tr', {}, el('th', {}, 'Dyad'), el('th', { class: 'num-col' }, 'Events'), el('th', { class: 'num-col' }, 'Goldstein'))),
      el('tbody', {}, dyads.map(d => el('tr', { class: 'dyad-row' },
        el('td', {}, el('a', { href: dyadHref(d.a, d.b) }, d.a + ' – ' + d.b)),
        el('td', { class: 'num-col' }, String(d.events)),
        el('td', { class: 'num-col', style: 'color:' + (d.goldstein < 0 ? DOWN_COLOR : UP_COLOR) }, fmtNum(d.goldstein))))))
      : empty('No dyads yet.'));
    const plover = Array.isArray(s.by_plover) ? s.by_plover : [];
    fill(ploverBox, plover.length
      ? hbarChart(plover.map(p => ({
        label: p.plover || '(none)', value: p.count || 0,
        title: (p.plover || '(none)') + ': ' + p.count + ' event(s) — click to list them',
        onclick: p.plover ? () => { for (const k of FILTER_KEYS) filterState[k] = ''; location.hash = '#/timeline?plover=' + enc(p.plover); } : null,
      })), { id: 'plover-chart', label: 'events by PLOVER type' })
      : empty('No events yet.'));
  } else {
    fill(statsBox, errorBox(stats.reason));
    fill(dyadsBox, errorBox(stats.reason));
    fill(ploverBox, errorBox(stats.reason));
  }

  let alertItems = [];
  const showAlerts = () => {
    alertItems.sort((a, b) => String(b.to || '').localeCompare(String(a.to || '')));
    fill(alertsBox, alertItems.length ? alertList(alertItems) : empty('No alerts.'));
  };
  if (alerts.status === 'fulfilled') {
    alertItems = Array.isArray(alerts.value.alerts) ? alerts.value.alerts.slice() : [];
    showAlerts();
  } else {
    fill(alertsBox, errorBox(alerts.reason));
  }
  // Alerts `vigie watch` raises and the feeds' health arrive without a reload.
  follow(ctx, {
    alert: a => {
      const key = x => (Array.isArray(x.dyad) ? x.dyad.join('-') : '') + '|' + x.from;
      alertItems = alertItems.filter(x => key(x) !== key(a));
      alertItems.push(Object.assign({ live: true }, a));
      showAlerts();
    },
    feeds: list => fill(feedsBox, feedTable(Array.isArray(list) ? list : [])),
  });

  if (docs.status === 'fulfilled') {
    fill(docsBox, documentTable(docs.value.documents || []));
  } else {
    fill(docsBox, errorBox(docs.reason));
  }
}

function feedTable(feeds) {
  if (!feeds.length) return empty('No feed followed: start `vigie watch --feeds FILE` on this store.');
  return el('table', { class: 'list feeds' },
    el('thead', {}, el('tr', {}, ['Feed', 'Health', 'Last success', 'Items today', 'In all'].map(h => el('th', {}, h)))),
    el('tbody', {}, feeds.map(f => el('tr', { class: 'feed-row' + (f.last_error ? ' failing' : '') },
      el('td', {}, f.name ? el('b', {}, f.name) : null, f.name ? ' ' : null, el('span', { class: 'small mono' }, f.url || '')),
      el('td', {}, f.last_error
        ? el('span', { class: 'tag warn', title: f.last_error }, 'failing ×' + (f.failures || 0) + ': ' + f.last_error)
        : (f.last_success ? el('span', { class: 'tag' }, 'ok') : 'not polled yet')),
      el('td', { class: 'nowrap' }, f.last_success || 'never'),
      el('td', { class: 'num-col' }, String(f.items_today || 0)),
      el('td', { class: 'num-col' }, String(f.items || 0))))));
}

/**
 * Follows /api/stream (Server-Sent Events) while the page is shown, calling
 * `handlers[type](data)` for each event. Read with fetch rather than EventSource so
 * that the token goes along when the server needs one; reconnects after 5 s, from
 * the last alert received.
 */
function follow(ctx, handlers) {
  const controller = new AbortController();
  let last = null;
  const dispatch = block => {
    let type = 'message', data = '';
    for (const line of block.split('\n')) {
      if (line.startsWith('event:')) type = line.slice(6).trim();
      else if (line.startsWith('data:')) data += (data ? '\n' : '') + line.slice(5).replace(/^ /, '');
      else if (line.startsWith('id:')) last = line.slice(3).trim();
    }
    if (!data || !handlers[type] || !ctx.alive()) return;
    let body;
    try { body = JSON.parse(data); } catch (e) { return; }
    handlers[type](body);
  };
  const watchdog = setInterval(() => { if (!ctx.alive()) { controller.abort(); clearInterval(watchdog); } }, 1000);
  (async () => {
    while (ctx.alive()) {
      try {
        const headers = { Accept: 'text/event-stream' };
        const token = getToken();
        if (token) headers.Authorization = 'Bearer ' + token;
        const res = await fetch('/api/stream' + (last !== null ? '?after=' + enc(last) : ''), { headers, signal: controller.signal });
        if (!res.ok || !res.body) throw new Error('HTTP ' + res.status);
        const reader = res.body.getReader();
        const decoder = new TextDecoder();
        let buf = '';
        for (;;) {
          const { value, done } = await reader.read();
          if (done || !ctx.alive()) break;
          buf += decoder.decode(value, { stream: true }).replace(/\r\n?/g, '\n');
          let cut;
          while ((cut = buf.indexOf('\n\n')) >= 0) {
            dispatch(buf.slice(0, cut));
            buf = buf.slice(cut + 2);
          }
        }
      } catch (e) { /* retried below */ }
      if (!ctx.alive()) break;
      await new Promise(r => setTimeout(r, 5000));
    }
    controller.abort();
  })();
}

function alertList(alerts) {
  return el('ul', { class: 'list-plain alerts' }, alerts.map(a => {
    const dy = Array.isArray(a.dyad) ? a.dyad : ['?', '?'];
    const ev = Array.isArray(a.evidence) ? a.evidence : [];
    return el('li', { class: 'alert' },
      el('div', { class: 'head' },
        el('a', { href: dyadHref(dy[0], dy[1]), class: 'alert-dyad' }, el('b', {}, dy[0] + ' – ' + dy[1])),
        el('span', { class: 'tag warn' }, a.signal || 'alert'),
        a.live ? el('span', { class: 'tag live' }, 'live') : null,
        el('span', { class: 'muted small' }, (a.from || '?') + ' → ' + (a.to || '?')),
        el('span', { class: 'small' }, 'Goldstein ' + fmtNum(a.goldstein) + ' (baseline ' + fmtNum(a.baseline) + ')'),
        el('span', { class: 'small evidence-count' }, ev.length + ' evidence event' + (ev.length === 1 ? '' : 's'))),
      el('div', { class: 'reason' }, a.reason || ''),
      Array.isArray(a.steps) && a.steps.length ? el('div', { class: 'small muted' }, 'Steps: ' + a.steps.join(' → ')) : null,
      ev.length ? el('details', {}, el('summary', {}, 'Evidence'),
        el('ul', {}, ev.map(x => el('li', {},
          el('span', { class: 'nowrap' }, x.date || '?'), ' ',
          el('span', { class: 'mono' }, x.cameo || ''), ' ', x.cameo_name || '', ' · ',
          el('b', {}, x.source || '?'), ' → ', el('b', {}, x.target || '?'), ' · ', modalityBadge(x.modality),
          x.step ? el('span', { class: 'tag' }, x.step) : null,
          el('div', { class: 'muted' }, '“' + (x.text || '') + '”'),
          el('div', { class: 'small' },
            x.doc ? el('a', { href: docHref(x.doc, x.event) }, 'document') : null,
            x.publisher ? ' · ' + x.publisher : '',
            safeUrl(x.url) ? [' · ', extLink(x.url, 'source')] : null,
            x.num_articles ? ' · ' + x.num_articles + ' article(s)' : ''))))) : null);
  }));
}

function documentTable(docs) {
  if (!docs.length) return empty('No documents yet.');
  return el('table', { class: 'list documents' },
    el('thead', {}, el('tr', {}, ['Title', 'Source', 'Published', 'Lang', 'Events'].map(h => el('th', {}, h)))),
    el('tbody', {}, docs.map(d => el('tr', { class: 'doc-row', dataset: { doc: d.doc } },
      el('td', {}, el('a', { href: docHref(d.doc) }, d.title || d.doc || '(untitled)')),
      el('td', {}, d.source || ''),
      el('td', { class: 'nowrap' }, d.published || ''),
      el('td', {}, d.lang || ''),
      el('td', { class: 'num-col' }, d.events !== undefined ? String(d.events) : '')))));
}

// ---------------------------------------------------------------------------
// Timeline
// ---------------------------------------------------------------------------

const LIST_LIMIT = 2000;

function pageTimeline(section, ctx) {
  filtersFromQuery(ctx.query);
  const keys = FILTER_KEYS;
  const status = el('div', { id: 'filter-status' });
  const chartBox = el('div', { id: 'timeline' });
  const counter = makeCounter('events');
  const listBox = el('div', { id: 'event-list' });
  const side = el('div', { id: 'side' }, evidencePlaceholder());

  const run = () => load().catch(err => { if (ctx.alive()) fill(listBox, errorBox(err)); });
  const form = filterForm(keys, run);
  section.append(el('h1', {}, 'Timeline'),
    el('div', { class: 'card' }, form, status),
    el('div', { class: 'card' }, el('h2', {}, 'Events per day'), chartBox, quadLegend()),
    el('div', { class: 'split' }, el('div', { class: 'card' }, counter, listBox), side));

  const load = eventLoader(ctx, keys, 'timeline', LIST_LIMIT, status, listBox, () => {
    fill(chartBox);
    setCount(0);
  }, events => {
    setCount(events.length);
    fill(chartBox, timelineChart(events, day => {
      filterState.from = day; filterState.to = day;
      form.setValues();
      run();
    }));
    fill(side, evidencePlaceholder());
    fill(listBox, 
      events.length >= LIST_LIMIT ? el('div', { class: 'hint' }, 'Showing the first ' + LIST_LIMIT + ' events: narrow the filters to see the others.') : null,
      events.length ? eventTable(events, e => showEvidence(side, e)) : empty('No events match these filters.'));
  });
  function setCount(n) { counter.set(n); }
  run();
}

// Loads /api/events for a page of filters: checks the filters (a bad one is shown in
// `status`), skips a query already on screen, marks the list stale while loading, and
// drops answers that arrive after a newer request. `onError` clears what depends on
// the events; `onEvents` gets the list.
function eventLoader(ctx, keys, page, limit, status, listBox, onError, onEvents) {
  let seq = 0;
  let lastQuery = null;
  return async function load() {
    if (!ctx.alive()) return;
    let params;
    try {
      params = filterParams(keys);
    } catch (err) {
      fill(status, errorBox(err));
      return;
    }
    fill(status);
    rememberFilters(page, keys);
    params.limit = limit;
    const q = queryString(params);
    if (q === lastQuery) return;
    lastQuery = q;
    const my = ++seq;
    if (!listBox.firstChild) fill(listBox, loading());
    listBox.classList.add('stale');
    let data;
    try {
      data = await api('/api/events', params);
    } catch (err) {
      if (my === seq) listBox.classList.remove('stale');
      if (my !== seq || !ctx.alive()) return;
      lastQuery = null;
      fill(listBox, errorBox(err));
      onError();
      return;
    }
    if (my !== seq || !ctx.alive()) return;
    listBox.classList.remove('stale');
    onEvents(Array.isArray(data.events) ? data.events : []);
  };
}

function showEvidence(side, e) {
  fill(side, evidencePanel(e));
  const box = side.firstChild;
  if (box && box.getBoundingClientRect) {
    const r = box.getBoundingClientRect();
    if (r.top > window.innerHeight || r.bottom < 0) box.scrollIntoView({ block: 'nearest' });
  }
}

// ---------------------------------------------------------------------------
// Dyad
// ---------------------------------------------------------------------------

async function pageDyad(section, ctx) {
  let [a0, b0] = ctx.args;
  if (a0 && !b0 && /^[^,-]+[-,][^,-]+$/.test(a0)) [a0, b0] = a0.split(/[-,]/); // #/dyad/MLI-DZA
  const a = (a0 || '').trim().toUpperCase();
  const b = (b0 || '').trim().toUpperCase();
  const by = ctx.query.get('by') === 'week' ? 'week' : 'day';
  const from = ctx.query.get('from') || '';
  const to = ctx.query.get('to') || '';

  const inA = el('input', { id: 'dyad-a', type: 'text', value: a, placeholder: 'MLI', autocomplete: 'off' });
  const inB = el('input', { id: 'dyad-b', type: 'text', value: b, placeholder: 'DZA', autocomplete: 'off' });
  const inBy = el('select', { id: 'dyad-bucket' }, el('option', { value: 'day' }, 'day'), el('option', { value: 'week' }, 'week'));
  inBy.value = by;
  const inFrom = el('input', { id: 'f-from', type: 'text', value: from, placeholder: 'YYYY-MM-DD', autocomplete: 'off' });
  const inTo = el('input', { id: 'f-to', type: 'text', value: to, placeholder: 'YYYY-MM-DD', autocomplete: 'off' });
  const status = el('div', { id: 'dyad-status' });
  const form = el('form', { class: 'filters', id: 'dyad-form' },
    el('div', { class: 'field' }, el('label', { for: 'dyad-a' }, 'Actor A'), inA),
    el('div', { class: 'field' }, el('label', { for: 'dyad-b' }, 'Actor B'), inB),
    el('div', { class: 'field' }, el('label', { for: 'dyad-bucket' }, 'Bucket'), inBy),
    el('div', { class: 'field' }, el('label', { for: 'f-from' }, 'From'), inFrom),
    el('div', { class: 'field' }, el('label', { for: 'f-to' }, 'To'), inTo),
    el('div', { class: 'btns' }, el('button', { type: 'submit', class: 'primary', id: 'dyad-go' }, 'Show')));
  const go = () => {
    const A = inA.value.trim().toUpperCase();
    const B = inB.value.trim().toUpperCase();
    const f = inFrom.value.trim();
    const t = inTo.value.trim();
    if (!A || !B) { fill(status, errorBox(new Error('give both actors, such as MLI and DZA'))); return; }
    if ((f && !isDay(f)) || (t && !isDay(t))) { fill(status, errorBox(new Error('dates must be days as YYYY-MM-DD'))); return; }
    const hash = dyadHref(A, B, queryString({ by: inBy.value === 'week' ? 'week' : '', from: f, to: t }));
    if (location.hash === hash) route(); else location.hash = hash;
  };
  form.addEventListener('submit', ev => { ev.preventDefault(); go(); });
  inBy.addEventListener('change', () => { if (inA.value.trim() && inB.value.trim()) go(); });
  section.append(el('h1', {}, 'Dyad tension' + (a && b ? ': ' + a + ' – ' + b : '')), el('div', { class: 'card' }, form, status));

  if (!a || !b) {
    const box = el('div', { class: 'card' }, el('h2', {}, 'Most active dyads'), loading());
    section.append(box);
    try {
      const s = await api('/api/stats');
      if (!ctx.alive()) return;
      const dyads = s.top_dyads || [];
      box.lastChild.replaceWith(dyads.length
        ? el('ul', {}, dyads.map(d => el('li', {}, el('a', { href: dyadHref(d.a, d.b) }, d.a + ' – ' + d.b), ' ', el('span', { class: 'muted' }, d.events + ' event(s)'))))
        : empty('No dyads yet.'));
    } catch (err) {
      if (ctx.alive()) box.lastChild.replaceWith(errorBox(err));
    }
    return;
  }
  if ((from && !isDay(from)) || (to && !isDay(to))) {
    fill(status, errorBox(new Error('dates must be days as YYYY-MM-DD')));
    return;
  }

  const chartBox = el('div', { id: 'dyad-chart-box' }, loading());
  const listTitle = el('h2', { id: 'bucket-title' }, 'Events');
  const listBox = el('div', { id: 'bucket-events' }, empty('Click a bar to list its events.'));
  const counter = makeCounter('events');
  const side = el('div', {}, evidencePlaceholder());
  const alertsBox = el('div', { id: 'alerts' }, loading());
  section.append(
    el('div', { class: 'card' },
      el('h2', {}, 'Goldstein sum per ' + by),
      el('p', { class: 'hint' }, 'Up (green) is cooperation, down (red) is conflict. ',
        el('a', { href: '#/timeline?dyad=' + enc(a + '-' + b) }, 'All events of this dyad'), ' · ',
        el('a', { href: '#/brief?dyad=' + enc(a + '-' + b) + (from ? '&from=' + enc(from) : '') + (to ? '&to=' + enc(to) : '') }, 'Brief')),
      chartBox),
    el('div', { class: 'split' }, el('div', { class: 'card' }, listTitle, counter, listBox), side),
    el('div', { class: 'card' }, el('h2', {}, 'Alerts for this dyad'), alertsBox));

  const alertsP = api('/api/alerts', { dyad: a + '-' + b }).then(
    r => { if (ctx.alive()) { const l = r.alerts || []; fill(alertsBox, l.length ? alertList(l) : empty('No alerts for this dyad.')); } },
    err => { if (ctx.alive()) fill(alertsBox, errorBox(err)); });

  let data;
  try {
    data = await api('/api/dyads/' + enc(a) + '/' + enc(b), { by: by === 'week' ? 'week' : '', from, to });
  } catch (err) {
    if (ctx.alive()) fill(chartBox, errorBox(err));
    await alertsP;
    return;
  }
  if (!ctx.alive()) return;
  const points = Array.isArray(data.points) ? data.points : [];
  if (!points.length || points.every(p => !(p.events || []).length)) {
    fill(chartBox, empty('No events between ' + a + ' and ' + b + (from || to ? ' in these dates' : '') + '.'));
    fill(listBox);
    counter.set(0);
    await alertsP;
    return;
  }
  let seq = 0;
  const select = async (p, i) => {
    const my = ++seq;
    const start = p.start;
    const end = by === 'week' ? dayString(dayNumber(start) + 6) : start;
    listTitle.textContent = 'Events ' + (start === end ? 'on ' + start : 'from ' + start + ' to ' + end);
    fill(side, evidencePlaceholder());
    const ids = Array.isArray(p.events) ? p.events : [];
    if (!ids.length) { setCount(0); fill(listBox, empty('No events in this ' + by + '.')); return; }
    fill(listBox, loading());
    try {
      const r = await api('/api/events', { dyad: a + '-' + b, from: start, to: end, limit: 10000 });
      if (my !== seq || !ctx.alive()) return;
      const wanted = new Set(ids);
      let events = (r.events || []).filter(e => wanted.has(e.id));
      if (events.length < wanted.size) {
        // Some events of the point fall outside its dates (imprecise dates): look in the whole dyad.
        const all = await api('/api/events', { dyad: a + '-' + b, limit: 10000 });
        if (my !== seq || !ctx.alive()) return;
        events = (all.events || []).filter(e => wanted.has(e.id));
      }
      const missing = ids.length - events.length;
      setCount(events.length);
      fill(listBox, 
        events.length ? eventTable(events, e => showEvidence(side, e)) : empty('No events found.'),
        missing > 0 ? el('div', { class: 'hint' }, missing + ' event(s) of this point were not found by date: ' + ids.filter(id => !events.some(e => e.id === id)).join(', ')) : null);
    } catch (err) {
      if (my === seq && ctx.alive()) fill(listBox, errorBox(err));
    }
  };
  function setCount(n) { counter.set(n); }
  fill(chartBox, dyadChart(points, by, select), quadLegend());
  // Start on the most recent point with events.
  for (let i = points.length - 1; i >= 0; i--) {
    if ((points[i].events || []).length) {
      const hit = chartBox.querySelector('.bar-hit[data-index="' + i + '"]');
      if (hit) hit.classList.add('selected');
      select(points[i], i);
      break;
    }
  }
  await alertsP;
}

/** Goldstein sum per bucket, bars up (green) or down (red), with a QuadClass strip below. */
function dyadChart(points, by, onSelect) {
  const n = points.length;
  const W = 1000, H = 300, L = 46, R = 12, T = 12, B = 46;
  const strip = 14;
  const pw = W - L - R, ph = H - T - B - strip - 6;
  const vals = points.map(p => (typeof p.goldstein === 'number' && Number.isFinite(p.goldstein)) ? p.goldstein : 0);
  const upTicks = niceTicks(Math.max(0, ...vals), 3);
  const downTicks = niceTicks(Math.max(0, ...vals.map(v => -v)), 3);
  const maxUp = upTicks[upTicks.length - 1];
  const maxDown = downTicks[downTicks.length - 1];
  const span = (maxUp + maxDown) || 1;
  const y0 = T + ph * maxUp / span;
  const step = pw / n;
  const bw = Math.min(40, Math.max(3, step * 0.8));
  const chart = svg('svg', { viewBox: '0 0 ' + W + ' ' + H, id: 'dyad-chart', role: 'img', 'aria-label': 'Goldstein sum per ' + by });
  // y ticks
  for (const v of [...upTicks.filter(t => t > 0), 0, ...downTicks.filter(t => t > 0).map(t => -t)]) {
    const y = y0 - ph * v / span;
    chart.append(svg('line', { x1: L, x2: W - R, y1: y, y2: y, class: v === 0 ? 'axis' : 'grid' }),
      svg('text', { x: L - 6, y: y + 4, 'text-anchor': 'end', class: 'tick' }, fmtNum(v)));
  }
  const stripY = T + ph + 6;
  const tickCount = Math.min(6, n);
  for (let i = 0; i < tickCount; i++) {
    const k = Math.round((n - 1) * (tickCount === 1 ? 0 : i / (tickCount - 1)));
    const x = L + (k + 0.5) * step;
    const anchor = tickCount > 1 && i === 0 ? 'start' : tickCount > 1 && i === tickCount - 1 ? 'end' : 'middle';
    chart.append(svg('text', { x, y: H - 10, 'text-anchor': anchor, class: 'tick' }, points[k].start || ''));
  }
  points.forEach((p, i) => {
    const cx = L + (i + 0.5) * step;
    const v = vals[i];
    const nEvents = (p.events || []).length;
    const g = svg('g', { class: 'bar point' + (nEvents ? ' clickable' : ''), dataset: { index: i, start: p.start, events: nEvents, goldstein: v } });
    if (v !== 0) {
      const h = ph * Math.abs(v) / span;
      g.append(svg('rect', { x: cx - bw / 2, y: v > 0 ? y0 - h : y0, width: bw, height: Math.max(h, 0.5), fill: v > 0 ? UP_COLOR : DOWN_COLOR, class: 'gbar ' + (v > 0 ? 'up' : 'down') }));
    } else if (nEvents) {
      g.append(svg('rect', { x: cx - bw / 2, y: y0 - 1.5, width: bw, height: 3, fill: QUAD_COLOR[0], class: 'gbar zero' }));
    }
    // QuadClass strip: the share of each class in the bucket
    const quad = Array.isArray(p.quad) ? p.quad : [];
    const tot = quad.reduce((s2, x) => s2 + (x || 0), 0);
    if (tot > 0) {
      let x = cx - bw / 2;
      quad.forEach((c, qi) => {
        if (!c) return;
        const w = bw * c / tot;
        g.append(svg('rect', { x, y: stripY, width: w, height: strip, fill: QUAD_COLOR[qi + 1], class: 'quad' }));
        x += w;
      });
    }
    if (nEvents) {
      const hw = Math.max(bw, 6);
      const title = (p.start || '') + ': Goldstein ' + fmtNum(v) + ', ' + nEvents + ' event(s)' +
        (tot ? ' — ' + quad.map((c, qi) => c ? QUAD_NAME[qi + 1].toLowerCase() + ' ' + c : '').filter(Boolean).join(', ') : '');
      const hit = svg('rect', { x: cx - hw / 2, y: T, width: hw, height: ph + strip + 6, class: 'bar-hit', dataset: { index: i, start: p.start } });
      g.prepend(svg('title', {}, title), hit); // under the bars: a wide target for thin bars
      const pick = ev => {
        ev.stopPropagation();
        for (const s2 of chart.querySelectorAll('.bar-hit.selected')) s2.classList.remove('selected');
        hit.classList.add('selected');
        onSelect(p, i);
      };
      hit.addEventListener('click', pick);
      g.addEventListener('click', pick);
    }
    if (g.firstChild) chart.append(g);
  });
  return el('div', { class: 'chart-wrap' }, chart);
}

// ---------------------------------------------------------------------------
// Map
// ---------------------------------------------------------------------------

let countriesPromise = null;
let countryPaths = null; // [{iso3, d}]

function loadCountries() {
  if (!countriesPromise) {
    countriesPromise = api('/api/countries').then(geo => {
      countryPaths = countryPathData(geo);
      return countryPaths;
    });
    countriesPromise.catch(() => { countriesPromise = null; });
  }
  return countriesPromise;
}

/** Equirectangular projection into degree units: x = lon + 180, y = 90 - lat. */
function projX(lon) { return lon + 180; }
function projY(lat) { return 90 - lat; }

function countryPathData(geo) {
  const out = [];
  const features = geo && Array.isArray(geo.features) ? geo.features : [];
  for (const f of features) {
    const g = f && f.geometry;
    if (!g || !Array.isArray(g.coordinates)) continue;
    const polys = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
    const parts = [];
    for (const poly of polys) {
      if (!Array.isArray(poly)) continue;
      for (const ring of poly) {
        if (!Array.isArray(ring) || ring.length < 3) continue;
        const pts = [];
        for (const pt of ring) {
          if (!Array.isArray(pt) || !Number.isFinite(pt[0]) || !Number.isFinite(pt[1])) continue;
          pts.push((Math.round(projX(pt[0]) * 100) / 100) + ' ' + (Math.round(projY(pt[1]) * 100) / 100));
        }
        if (pts.length >= 3) parts.push('M' + pts.join('L') + 'Z');
      }
    }
    if (parts.length) out.push({ iso3: (f.properties && (f.properties.iso3 || f.properties.ISO_A3)) || '', d: parts.join('') });
  }
  return out;
}

const SAHEL_VIEW = { x: projX(-20), y: projY(40), w: 50, h: 40 };
const WORLD_VIEW = { x: 0, y: 0, w: 360, h: 180 };
let mapView = Object.assign({}, SAHEL_VIEW);

async function pageMap(section, ctx) {
  filtersFromQuery(ctx.query);
  const keys = ['actor', 'dyad', 'cameo', 'plover', 'modality', 'from', 'to', 'min_sources'];
  const status = el('div', { id: 'filter-status' });
  const form = filterForm(keys, () => loadEvents().catch(err => { if (ctx.alive()) fill(listBox, errorBox(err)); }));
  const W = 1000, H = 800;
  const map = svg('svg', { id: 'map-svg', viewBox: '0 0 ' + W + ' ' + H, preserveAspectRatio: 'xMidYMid meet', role: 'img', 'aria-label': 'map of events' });
  const countriesG = svg('g', { class: 'countries' });
  const gratG = svg('g', { class: 'graticules' });
  const dotsG = svg('g', { class: 'dots' });
  map.append(gratG, countriesG, dotsG);
  const mapMsg = el('div', { id: 'map-status' });
  const counter = makeCounter('events with a place');
  const listBox = el('div', { id: 'event-list' });
  const side = el('div', {}, evidencePlaceholder('Click a circle or a row to see the evidence.'));
  const btn = (id, label, fn) => el('button', { type: 'button', id, onclick: fn }, label);
  section.append(el('h1', {}, 'Map'),
    el('div', { class: 'card' }, form, status),
    el('div', { class: 'split' },
      el('div', { class: 'card' },
        el('div', { class: 'btns' },
          btn('map-sahel', 'Sahel & North Africa', () => setView(SAHEL_VIEW)),
          btn('map-world', 'World', () => setView(WORLD_VIEW)),
          btn('map-zoom-in', '+', () => zoom(1 / 1.6)),
          btn('map-zoom-out', '−', () => zoom(1.6)),
          el('span', { class: 'hint' }, 'Drag to pan, wheel to zoom; circle size grows with the number of sources.')),
        mapMsg, map, quadLegend()),
      side),
    el('div', { class: 'card' }, counter, listBox));

  // Graticule every 10 degrees.
  for (let lon = -180; lon <= 180; lon += 10) gratG.append(svg('line', { x1: projX(lon), x2: projX(lon), y1: 0, y2: 180, class: 'graticule' }));
  for (let lat = -90; lat <= 90; lat += 10) gratG.append(svg('line', { x1: 0, x2: 360, y1: projY(lat), y2: projY(lat), class: 'graticule' }));

  let dots = []; // {node, lon, lat, k, r}
  function applyView() {
    map.setAttribute('viewBox', [mapView.x, mapView.y, mapView.w, mapView.h].map(v => Math.round(v * 1000) / 1000).join(' '));
    const unit = mapView.w / W; // degrees per nominal pixel
    for (const d of dots) {
      const off = d.k ? 9 * Math.sqrt(d.k) : 0;
      const ang = d.k * 2.39996; // golden angle: co-located events fan out
      d.node.setAttribute('cx', String(projX(d.lon) + Math.cos(ang) * off * unit));
      d.node.setAttribute('cy', String(projY(d.lat) + Math.sin(ang) * off * unit));
      d.node.setAttribute('r', String(d.r * unit));
    }
  }
  function setView(v) {
    // keep the 5:4 aspect of the drawing
    let { x, y, w, h } = v;
    if (w / h > W / H) { const nh = w * H / W; y -= (nh - h) / 2; h = nh; } else { const nw = h * W / H; x -= (nw - w) / 2; w = nw; }
    mapView = { x, y, w, h };
    applyView();
  }
  function zoom(f, cx, cy) {
    const px = cx === undefined ? mapView.x + mapView.w / 2 : cx;
    const py = cy === undefined ? mapView.y + mapView.h / 2 : cy;
    const w = Math.min(720, Math.max(2, mapView.w * f));
    const h = w * H / W;
    mapView = { x: px - (px - mapView.x) * w / mapView.w, y: py - (py - mapView.y) * h / mapView.h, w, h };
    applyView();
  }
  // Pan and zoom with the pointer.
  let drag = null;
  const toView = ev => {
    const r = map.getBoundingClientRect();
    if (!r.width || !r.height) return null;
    const s = Math.max(mapView.w / r.width, mapView.h / r.height);
    const ox = (r.width * s - mapView.w) / 2, oy = (r.height * s - mapView.h) / 2;
    return { x: mapView.x - ox + (ev.clientX - r.left) * s, y: mapView.y - oy + (ev.clientY - r.top) * s, s };
  };
  map.addEventListener('pointerdown', ev => {
    if (ev.button !== 0 || (ev.target && ev.target.classList && ev.target.classList.contains('event-dot'))) return;
    const p = toView(ev);
    if (p) drag = { x: ev.clientX, y: ev.clientY, vx: mapView.x, vy: mapView.y, s: p.s, moved: false };
  });
  map.addEventListener('pointermove', ev => {
    if (!drag) return;
    const dx = ev.clientX - drag.x, dy = ev.clientY - drag.y;
    if (Math.abs(dx) + Math.abs(dy) > 3) drag.moved = true;
    mapView.x = drag.vx - dx * drag.s;
    mapView.y = drag.vy - dy * drag.s;
    applyView();
  });
  const endDrag = () => { drag = null; };
  map.addEventListener('pointerup', endDrag);
  map.addEventListener('pointerleave', endDrag);
  map.addEventListener('wheel', ev => {
    ev.preventDefault();
    const p = toView(ev);
    if (p) zoom(ev.deltaY > 0 ? 1.25 : 0.8, p.x, p.y);
  }, { passive: false });
  setView(mapView);

  let selectedDot = null;

  function selectEvent(e, node) {
    if (selectedDot) selectedDot.classList.remove('selected');
    selectedDot = node || map.querySelector('.event-dot[data-event-id="' + CSS.escape(e.id) + '"]');
    if (selectedDot) selectedDot.classList.add('selected');
    for (const r of listBox.querySelectorAll('tr.event-row')) r.classList.toggle('selected', r.dataset.eventId === e.id);
    showEvidence(side, e);
  }

  const loadEvents = eventLoader(ctx, keys, 'map', 5000, status, listBox, () => {
    fill(dotsG);
    dots = [];
    setCount(0);
  }, all => {
    const events = all.filter(e => e.place && Number.isFinite(e.place.lat) && Number.isFinite(e.place.lon));
    // Bigger circles first so that small ones stay clickable on top.
    const order = events.slice().sort((x, y) => (y.num_sources || 0) - (x.num_sources || 0));
    const seen = new Map();
    dots = [];
    selectedDot = null;
    fill(dotsG);
    for (const e of order) {
      const key = e.place.lat.toFixed(3) + ',' + e.place.lon.toFixed(3);
      const k = seen.get(key) || 0;
      seen.set(key, k + 1);
      const q = quadOf(e);
      const node = svg('circle', { class: 'event-dot q' + q, fill: QUAD_COLOR[q], dataset: { eventId: e.id } },
        svg('title', {}, (e.date || '?') + ' · ' + (e.cameo_name || e.cameo || '') + ' · ' + actorKey(e.source) + ' → ' + actorKey(e.target) +
          ' · ' + placeText(e.place) + ' · ' + (e.num_sources || 0) + ' source(s)'));
      node.addEventListener('click', ev => { ev.stopPropagation(); selectEvent(e, node); });
      dotsG.append(node);
      dots.push({ node, lon: e.place.lon, lat: e.place.lat, k, r: 4 + 3 * Math.sqrt(Math.max(1, e.num_sources || 1)) });
    }
    applyView();
    setCount(events.length);
    fill(side, evidencePlaceholder('Click a circle or a row to see the evidence.'));
    const unplaced = all.length - events.length;
    fill(listBox, 
      unplaced > 0 ? el('div', { class: 'hint' }, unplaced + ' matching event(s) have no place and are not on the map.') : null,
      events.length ? eventTable(events, e => selectEvent(e)) : empty('No events with a place match these filters.'));
  });
  function setCount(n) { counter.set(n); }

  const eventsP = loadEvents();
  fill(mapMsg, loading('Loading country outlines…'));
  try {
    const paths = countryPaths || await loadCountries();
    if (!ctx.alive()) return;
    fill(mapMsg);
    const frag = document.createDocumentFragment();
    for (const c of paths) frag.append(svg('path', { d: c.d, class: 'country', 'fill-rule': 'evenodd', dataset: { iso3: c.iso3 } }, svg('title', {}, c.iso3)));
    fill(countriesG, frag);
  } catch (err) {
    if (ctx.alive()) fill(mapMsg, errorBox(err));
  }
  await eventsP;
}

// ---------------------------------------------------------------------------
// Network
// ---------------------------------------------------------------------------

/** Fruchterman–Reingold from deterministic positions on a circle. */
function forceLayout(nodes, edges, W, H, iterations) {
  const n = nodes.length;
  if (!n) return;
  const index = new Map(nodes.map((nd, i) => [nd.key, i]));
  nodes.forEach((nd, i) => {
    const ang = 2 * Math.PI * i / n;
    nd.x = W / 2 + W * 0.35 * Math.cos(ang);
    nd.y = H / 2 + H * 0.35 * Math.sin(ang);
  });
  if (n === 1) { nodes[0].x = W / 2; nodes[0].y = H / 2; return; }
  const k = 0.75 * Math.sqrt(W * H / n);
  const links = edges.map(e => [index.get(e.a), index.get(e.b), e.events || 1]).filter(l => l[0] !== undefined && l[1] !== undefined);
  const iters = iterations || 300;
  for (let it = 0; it < iters; it++) {
    const temp = (W / 8) * (1 - it / iters) + 0.5;
    const dx = new Float64Array(n), dy = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        let ex = nodes[i].x - nodes[j].x, ey = nodes[i].y - nodes[j].y;
        let d = Math.hypot(ex, ey);
        if (d < 0.01) { ex = 0.01 * (i - j); ey = 0.01; d = Math.hypot(ex, ey); }
        const f = k * k / d;
        dx[i] += ex / d * f; dy[i] += ey / d * f;
        dx[j] -= ex / d * f; dy[j] -= ey / d * f;
      }
    }
    for (const [i, j, w] of links) {
      const ex = nodes[i].x - nodes[j].x, ey = nodes[i].y - nodes[j].y;
      const d = Math.max(0.01, Math.hypot(ex, ey));
      const f = d * d / k * (1 + Math.log(w) * 0.3);
      dx[i] -= ex / d * f; dy[i] -= ey / d * f;
      dx[j] += ex / d * f; dy[j] += ey / d * f;
    }
    for (let i = 0; i < n; i++) {
      // gravity towards the centre keeps loose nodes on the canvas
      dx[i] += (W / 2 - nodes[i].x) * 0.15 * k / 50;
      dy[i] += (H / 2 - nodes[i].y) * 0.15 * k / 50;
      const d = Math.hypot(dx[i], dy[i]);
      if (d > 0) {
        const m = Math.min(d, temp);
        nodes[i].x += dx[i] / d * m;
        nodes[i].y += dy[i] / d * m;
      }
    }
  }
  // Fit into the canvas.
  const pad = 60;
  const xs = nodes.map(n2 => n2.x), ys = nodes.map(n2 => n2.y);
  const minX = Math.min(...xs), maxX = Math.max(...xs), minY = Math.min(...ys), maxY = Math.max(...ys);
  const sx = (W - 2 * pad) / Math.max(1, maxX - minX), sy = (H - 2 * pad) / Math.max(1, maxY - minY);
  const s = Math.min(sx, sy);
  const ox = (W - (maxX - minX) * s) / 2, oy = (H - (maxY - minY) * s) / 2;
  for (const nd of nodes) { nd.x = ox + (nd.x - minX) * s; nd.y = oy + (nd.y - minY) * s; }
}

async function pageNetwork(section, ctx) {
  filtersFromQuery(ctx.query);
  const keys = ['from', 'to'];
  const status = el('div', { id: 'filter-status' });
  const form = filterForm(keys, () => load().catch(err => { if (ctx.alive()) fill(graphBox, errorBox(err)); }));
  const graphBox = el('div', { id: 'network' }, loading());
  const edgesBox = el('div', { id: 'edges' });
  const counter = makeCounter('actors');
  section.append(el('h1', {}, 'Actor network'),
    el('div', { class: 'card' }, form, status),
    el('div', { class: 'card' },
      el('p', { class: 'hint' }, 'Edges are green when the pair cooperates more than it fights, red otherwise; their width grows with the number of events (each cluster of reports counted once, factual events only). Click an edge for the dyad, an actor for its events.'),
      counter, graphBox),
    el('div', { class: 'card' }, el('h2', {}, 'Pairs'), edgesBox));
  let seq = 0;
  async function load() {
    if (!ctx.alive()) return;
    let params;
    try { params = filterParams(keys); } catch (err) { fill(status, errorBox(err)); return; }
    fill(status);
    rememberFilters('network', keys);
    const my = ++seq;
    fill(graphBox, loading());
    let data;
    try {
      data = await api('/api/actors', params);
    } catch (err) {
      if (my === seq && ctx.alive()) { fill(graphBox, errorBox(err)); fill(edgesBox); }
      return;
    }
    if (my !== seq || !ctx.alive()) return;
    const actors = Array.isArray(data.actors) ? data.actors : [];
    const edges = Array.isArray(data.edges) ? data.edges : [];
    counter.set(actors.length);
    if (!actors.length) {
      fill(graphBox, empty('No actors in these dates.'));
      fill(edgesBox);
      return;
    }
    fill(graphBox, networkSvg(actors, edges));
    fill(edgesBox, edges.length ? el('table', { class: 'list' },
      el('thead', {}, el('tr', {}, ['Pair', 'Events', 'Cooperation', 'Conflict', 'Goldstein'].map(h => el('th', {}, h)))),
      el('tbody', {}, edges.slice().sort((x, y) => (y.events || 0) - (x.events || 0)).map(e => el('tr', { class: 'edge-row' },
        el('td', {}, el('a', { href: dyadHref(e.a, e.b) }, e.a + ' – ' + e.b)),
        el('td', { class: 'num-col' }, String(e.events || 0)),
        el('td', { class: 'num-col' }, String(e.cooperation || 0)),
        el('td', { class: 'num-col' }, String(e.conflict || 0)),
        el('td', { class: 'num-col' }, fmtNum(e.goldstein))))))
      : empty('No pairs.'));
  }
  await load();
}

function networkSvg(actors, edges) {
  const W = 1000, H = 640;
  const nodes = actors.map(a => ({ key: a.key, events: a.events || 0 }));
  forceLayout(nodes, edges, W, H, 300);
  const pos = new Map(nodes.map(nd => [nd.key, nd]));
  const root = svg('svg', { id: 'network-svg', viewBox: '0 0 ' + W + ' ' + H, role: 'img', 'aria-label': 'actor network' });
  const eg = svg('g', { class: 'edges' });
  const ng = svg('g', { class: 'nodes' });
  root.append(eg, ng);
  for (const e of edges) {
    const p = pos.get(e.a), q = pos.get(e.b);
    if (!p || !q) continue;
    const coop = e.cooperation || 0, conf = e.conflict || 0;
    const color = coop > conf ? UP_COLOR : conf > coop ? DOWN_COLOR : '#8a8f98';
    const line = svg('line', { x1: p.x, y1: p.y, x2: q.x, y2: q.y, stroke: color, 'stroke-width': 1 + 1.6 * Math.sqrt(e.events || 1), class: 'edge', dataset: { a: e.a, b: e.b } },
      svg('title', {}, e.a + ' – ' + e.b + ': ' + (e.events || 0) + ' event(s), ' + coop + ' cooperation, ' + conf + ' conflict, Goldstein ' + fmtNum(e.goldstein)));
    line.addEventListener('click', () => { location.hash = dyadHref(e.a, e.b); });
    eg.append(line);
  }
  for (const nd of nodes) {
    const r = 5 + 2.2 * Math.sqrt(nd.events);
    const g = svg('g', { class: 'node', dataset: { key: nd.key }, transform: 'translate(' + (Math.round(nd.x * 10) / 10) + ',' + (Math.round(nd.y * 10) / 10) + ')' },
      svg('title', {}, nd.key + ': ' + nd.events + ' event(s)'),
      svg('circle', { r }),
      svg('text', { x: r + 3, y: 4 }, nd.key));
    g.addEventListener('click', () => {
      for (const k of FILTER_KEYS) filterState[k] = '';
      location.hash = '#/timeline?actor=' + enc(nd.key);
    });
    ng.append(g);
  }
  return root;
}

// ---------------------------------------------------------------------------
// Document
// ---------------------------------------------------------------------------

async function pageDocument(section, ctx) {
  const id = ctx.args.join('/');
  if (!id) return documentList(section, ctx);
  section.append(el('h1', {}, 'Document'));
  const body = el('div', {}, loading());
  section.append(body);
  let data;
  try {
    data = await api('/api/documents/' + enc(id));
  } catch (err) {
    if (ctx.alive()) fill(body, errorBox(err));
    return;
  }
  if (!ctx.alive()) return;
  const d = data.document || {};
  const text = typeof d.text === 'string' ? d.text : '';
  const events = Array.isArray(data.events) ? data.events : [];
  const mapper = byteMapper(text);
  const mentions = [];
  for (const m of Array.isArray(data.mentions) ? data.mentions : []) {
    const r = spanRange(mapper, m.span);
    if (r) mentions.push({ s: r[0], e: r[1], kind: String(m.kind || 'actor'), label: m.label === undefined || m.label === null ? '' : String(m.label) });
  }
  section.firstChild.textContent = d.title || d.doc || id;
  const textBox = el('div', { id: 'doc-text', lang: d.lang || undefined });
  const side = el('div', {}, evidencePlaceholder('Click an event to highlight its sentence and trigger.'));
  const listBox = el('div', { id: 'doc-events' });
  fill(body, 
    el('div', { class: 'split' },
      el('div', {},
        el('div', { class: 'card' },
          el('div', { class: 'doc-meta' },
            el('span', { class: 'mono' }, d.doc || id),
            d.source ? el('span', {}, d.source) : null,
            d.published ? el('span', {}, d.published) : null,
            d.lang ? el('span', {}, d.lang) : null,
            safeUrl(d.url) ? extLink(d.url, 'original article') : (d.url ? el('span', {}, d.url) : null)),
          el('div', { class: 'mention-legend small' }, el('span', { class: 'm-actor' }, 'actor'), el('span', { class: 'm-place' }, 'place'),
            el('span', { class: 'm-date' }, 'date'), el('span', { class: 'hl' }, 'selected event sentence')),
          textBox),
        el('div', { class: 'card' },
          el('h2', {}, 'Events (', el('span', { id: 'result-count' }, String(events.length)), ')'),
          listBox)),
      side));

  function renderText(sel) {
    fill(textBox, highlightedText(text, mentions, sel));
  }
  function select(e) {
    const sentence = spanRange(mapper, e.span);
    let trigger = e.trigger ? spanRange(mapper, e.trigger.span) : null;
    if (trigger && sentence && (trigger[0] < sentence[0] || trigger[1] > sentence[1])) trigger = null;
    renderText({ sentence, trigger });
    for (const r of listBox.querySelectorAll('tr.event-row')) r.classList.toggle('selected', r.dataset.eventId === e.id);
    fill(side, evidencePanel(e, { inDocument: true }));
    replaceHash(docHref(d.doc || id, e.id));
    const target = document.getElementById('selected-sentence');
    if (target) target.scrollIntoView({ block: 'center' });
  }
  renderText(null);
  fill(listBox, events.length ? eventTable(events, e => select(e), { document: true }) : empty('No events were coded in this document.'));
  const wanted = ctx.query.get('event');
  if (wanted) {
    const e = events.find(x => x.id === wanted);
    if (e) select(e);
    else fill(side, el('div', { class: 'card error' }, 'Event ' + wanted + ' is not in this document.'));
  }
}

/** The text split at every mention/sentence/trigger boundary; the sentence is one element. */
function highlightedText(text, mentions, sel) {
  const cuts = new Set([0, text.length]);
  for (const m of mentions) { cuts.add(m.s); cuts.add(m.e); }
  const sentence = sel && sel.sentence;
  const trigger = sel && sel.trigger;
  if (sentence) { cuts.add(sentence[0]); cuts.add(sentence[1]); }
  if (trigger) { cuts.add(trigger[0]); cuts.add(trigger[1]); }
  const points = [...cuts].filter(x => x >= 0 && x <= text.length).sort((a, b) => a - b);
  const frag = document.createDocumentFragment();
  let sentenceEl = null;
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i], b = points[i + 1];
    if (a === b) continue;
    const piece = text.slice(a, b);
    const covering = mentions.filter(m => m.s <= a && m.e >= b);
    const inTrigger = trigger && trigger[0] <= a && trigger[1] >= b;
    let node;
    if (covering.length || inTrigger) {
      const kinds = [...new Set(covering.map(m => 'm-' + m.kind.replace(/[^a-z]/g, '')))];
      const title = covering.map(m => m.kind + ': ' + m.label).join('\n');
      node = el(inTrigger ? 'mark' : 'span', {
        class: ['m'].concat(kinds, inTrigger ? ['trigger-highlight'] : []).join(' '),
        title: (inTrigger ? 'trigger' + (title ? '\n' : '') : '') + title,
      }, piece);
    } else {
      node = document.createTextNode(piece);
    }
    if (sentence && a >= sentence[0] && b <= sentence[1]) {
      if (!sentenceEl) {
        sentenceEl = el('span', { id: 'selected-sentence', class: 'sentence-highlight' });
        frag.append(sentenceEl);
      }
      sentenceEl.append(node);
    } else {
      frag.append(node);
    }
  }
  return frag;
}

async function documentList(section, ctx) {
  section.append(el('h1', {}, 'Documents'));
  const box = el('div', { class: 'card' }, loading());
  section.append(box);
  try {
    const r = await api('/api/documents', { limit: 1000 });
    if (!ctx.alive()) return;
    fill(box, documentTable(r.documents || []));
  } catch (err) {
    if (ctx.alive()) fill(box, errorBox(err));
  }
}

// ---------------------------------------------------------------------------
// Brief
// ---------------------------------------------------------------------------

async function pageBrief(section, ctx) {
  let dyad = ctx.query.get('dyad') || ctx.args[0] || '';
  if (ctx.args.length >= 2) dyad = ctx.args[0] + '-' + ctx.args[1];
  const from = ctx.query.get('from') || '';
  const to = ctx.query.get('to') || '';
  const inDyad = el('input', { id: 'f-dyad', name: 'dyad', type: 'text', value: dyad, placeholder: 'MLI-DZA', autocomplete: 'off' });
  const inFrom = el('input', { id: 'f-from', name: 'from', type: 'text', value: from, placeholder: 'YYYY-MM-DD', autocomplete: 'off' });
  const inTo = el('input', { id: 'f-to', name: 'to', type: 'text', value: to, placeholder: 'YYYY-MM-DD', autocomplete: 'off' });
  const status = el('div', { id: 'brief-status' });
  const download = el('button', { type: 'button', id: 'brief-download', disabled: true }, 'Download .md');
  const toggle = el('button', { type: 'button', id: 'brief-toggle', disabled: true }, 'Show rendered');
  const form = el('form', { class: 'filters', id: 'brief-form' },
    el('div', { class: 'field' }, el('label', { for: 'f-dyad' }, 'Dyad (A-B)'), inDyad),
    el('div', { class: 'field' }, el('label', { for: 'f-from' }, 'From'), inFrom),
    el('div', { class: 'field' }, el('label', { for: 'f-to' }, 'To'), inTo),
    el('div', { class: 'btns' }, el('button', { type: 'submit', class: 'primary', id: 'brief-go' }, 'Make the brief'), download, toggle));
  const out = el('div', { id: 'brief-out' });
  section.append(el('h1', {}, 'Brief'), el('div', { class: 'card' }, form, status), out);

  let markdown = '';
  let name = 'brief.md';
  let rendered = false;
  const show = () => {
    if (!markdown) return;
    fill(out, rendered ? renderMarkdown(markdown) : el('pre', { id: 'brief-text' }, markdown));
    toggle.textContent = rendered ? 'Show plain text' : 'Show rendered';
  };
  toggle.addEventListener('click', () => { rendered = !rendered; show(); });
  download.addEventListener('click', () => {
    if (!markdown) return;
    const blob = new Blob([markdown], { type: 'text/markdown;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const a = el('a', { href: url, download: name });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 5000);
  });
  let seq = 0;
  async function load() {
    const dy = inDyad.value.trim().toUpperCase().replace(/\s+/g, '');
    const f = inFrom.value.trim();
    const t = inTo.value.trim();
    const m = /^([^,-]+)[-,]([^,-]+)$/.exec(dy);
    if (!m) { fill(status, errorBox(new Error('give the dyad as two actors A-B, such as MLI-DZA'))); return; }
    if ((f && !isDay(f)) || (t && !isDay(t))) { fill(status, errorBox(new Error('dates must be days as YYYY-MM-DD'))); return; }
    fill(status);
    replaceHash('#/brief' + queryString({ dyad: m[1] + '-' + m[2], from: f, to: t }));
    const my = ++seq;
    fill(out, loading());
    download.disabled = true;
    toggle.disabled = true;
    try {
      const r = await api('/api/brief', { dyad: m[1] + '-' + m[2], from: f, to: t });
      if (my !== seq || !ctx.alive()) return;
      markdown = typeof r.markdown === 'string' ? r.markdown : '';
      name = 'brief-' + (m[1] + '-' + m[2]).replace(/[^A-Za-z0-9_-]/g, '_') + '.md';
      download.disabled = !markdown;
      toggle.disabled = !markdown;
      if (markdown) show(); else fill(out, empty('The brief is empty.'));
    } catch (err) {
      if (my === seq && ctx.alive()) { markdown = ''; fill(out, errorBox(err)); }
    }
  }
  form.addEventListener('submit', ev => { ev.preventDefault(); load(); });

  if (inDyad.value.trim()) {
    await load();
    return;
  }
  // No dyad yet: suggest the most active ones.
  fill(out, loading());
  try {
    const s = await api('/api/stats');
    if (!ctx.alive()) return;
    const dyads = s.top_dyads || [];
    fill(out, el('div', { class: 'card' }, el('h2', {}, 'Most active dyads'), dyads.length
      ? el('ul', {}, dyads.map(d => el('li', {}, el('a', { href: '#/brief?dyad=' + enc(d.a + '-' + d.b) }, d.a + ' – ' + d.b), ' ', el('span', { class: 'muted' }, d.events + ' event(s)'))))
      : empty('No dyads yet.')));
  } catch (err) {
    if (ctx.alive()) fill(out, errorBox(err));
  }
}

/** A tiny Markdown renderer: headings, lists, quotes, paragraphs, `code`, **bold**, <links>. */
function renderMarkdown(md) {
  const root = el('div', { id: 'brief-rendered' });
  let list = null;
  let para = null;
  const flush = () => { list = null; para = null; };
  for (const raw of md.split('\n')) {
    const line = raw.replace(/\s+$/, '');
    let m;
    if (!line.trim()) { flush(); continue; }
    if ((m = /^(#{1,6})\s+(.*)$/.exec(line))) {
      flush();
      root.append(el('h' + Math.min(6, m[1].length + 1), {}, inlineMd(m[2])));
    } else if ((m = /^\s*[-*]\s+(.*)$/.exec(line))) {
      para = null;
      if (!list) { list = el('ul'); root.append(list); }
      list.append(el('li', {}, inlineMd(m[1])));
    } else if ((m = /^>\s?(.*)$/.exec(line))) {
      flush();
      root.append(el('blockquote', {}, inlineMd(m[1])));
    } else if (para) {
      para.append(document.createTextNode(' '), ...inlineMd(line));
    } else {
      list = null;
      para = el('p', {}, inlineMd(line));
      root.append(para);
    }
  }
  return root;
}

function inlineMd(s) {
  const out = [];
  const re = /`([^`]+)`|\*\*([^*]+)\*\*|<(https?:\/\/[^>\s]+)>/g;
  let last = 0;
  let m;
  while ((m = re.exec(s))) {
    if (m.index > last) out.push(document.createTextNode(s.slice(last, m.index)));
    if (m[1] !== undefined) out.push(el('code', {}, m[1]));
    else if (m[2] !== undefined) out.push(el('strong', {}, m[2]));
    else out.push(extLink(m[3], m[3]));
    last = re.lastIndex;
  }
  if (last < s.length) out.push(document.createTextNode(s.slice(last)));
  return out;
}

// ---------------------------------------------------------------------------
// Ingest
// ---------------------------------------------------------------------------

function pageIngest(section) {
  const token = el('input', { id: 'ingest-token', type: 'password', value: getToken(), autocomplete: 'off', placeholder: 'the server\'s --token' });
  const title = el('input', { id: 'ingest-title', type: 'text', autocomplete: 'off' });
  const source = el('input', { id: 'ingest-source', type: 'text', autocomplete: 'off', placeholder: 'publisher' });
  const published = el('input', { id: 'ingest-published', type: 'text', autocomplete: 'off', placeholder: 'YYYY-MM-DD' });
  const url = el('input', { id: 'ingest-url', type: 'text', autocomplete: 'off', placeholder: 'https://…' });
  const lang = el('input', { id: 'ingest-lang', type: 'text', autocomplete: 'off', placeholder: 'en, fr… (optional)' });
  const text = el('textarea', { id: 'ingest-text', placeholder: 'Paste the article text here…' });
  const files = el('input', { id: 'ingest-files', type: 'file', multiple: true, accept: '.txt,.md,text/plain,text/markdown' });
  const submit = el('button', { type: 'submit', class: 'primary', id: 'ingest-submit' }, 'Ingest');
  const result = el('div', { id: 'ingest-result', 'aria-live': 'polite' });
  const row = (label, input, hint) => [el('label', { for: input.id }, label), el('div', {}, input, hint ? el('div', { class: 'hint' }, hint) : null)];
  token.addEventListener('input', () => setToken(token.value.trim()));
  const form = el('form', { id: 'ingest-form', autocomplete: 'off' },
    el('div', { class: 'form-grid' },
      row('Token', token, 'Needed to add documents; kept for this browser session only.'),
      row('Title', title),
      row('Source', source),
      row('Published', published),
      row('URL', url),
      row('Language', lang),
      row('Text', text),
      row('Or files', files, 'Each file is read here as text and sent as its own document (its name is the title when none is given).'),
      el('span'), el('div', { class: 'btns' }, submit)));
  section.append(el('h1', {}, 'Ingest'), el('div', { class: 'card' }, form), el('div', { class: 'card' }, el('h2', {}, 'Result'), result));

  form.addEventListener('submit', async ev => {
    ev.preventDefault();
    const tok = token.value.trim();
    setToken(tok);
    const pub = published.value.trim();
    const u = url.value.trim();
    if (pub && !isDay(pub)) { fill(result, errorBox(new Error('“Published” must be a day as YYYY-MM-DD'))); return; }
    const base = { source: source.value.trim() || undefined, published: pub || undefined, url: u || undefined, lang: lang.value.trim() || undefined };
    const docs = [];
    const chosen = files.files ? [...files.files] : [];
    try {
      for (const f of chosen) {
        const content = await f.text();
        docs.push(Object.assign({}, base, { title: title.value.trim() || f.name.replace(/\.[^.]+$/, ''), text: content, _name: f.name }));
      }
    } catch (err) {
      fill(result, errorBox(new Error('cannot read the file: ' + (err && err.message ? err.message : err))));
      return;
    }
    if (!chosen.length) {
      if (!text.value.trim()) { fill(result, errorBox(new Error('paste some text or choose files'))); return; }
      docs.push(Object.assign({}, base, { title: title.value.trim() || undefined, text: text.value }));
    }
    if (!tok) {
      fill(result, errorBox(new ApiError(401, 'a token is needed to add documents: enter the server\'s token above')));
      return;
    }
    submit.disabled = true;
    fill(result, loading('Coding…'));
    const items = [];
    for (const d of docs) {
      const label = d._name;
      const body = {};
      for (const k of ['title', 'source', 'url', 'published', 'lang', 'text']) if (d[k] !== undefined) body[k] = d[k];
      try {
        const r = await api('/api/documents', null, { method: 'POST', body });
        items.push(el('div', { class: 'ok ingest-ok', dataset: { doc: r.doc } },
          label ? el('b', {}, label + ': ') : null,
          r.stored === false ? 'already stored as ' : 'stored as ',
          el('a', { href: docHref(r.doc), class: 'ingest-doc-link' }, String(r.doc)),
          ' — ', el('span', { class: 'ingest-events' }, String(r.events || 0)), ' event(s)' + (r.stored === false ? ' (same text as before)' : '') + '.'));
      } catch (err) {
        const box = errorBox(err);
        if (label) box.prepend(label + ': ');
        if (err instanceof ApiError && err.status === 401) box.textContent = (label ? label + ': ' : '') + 'Error 401: a token is needed (or the token is wrong): ' + err.message;
        items.push(box);
      }
      fill(result, ...items, items.length < docs.length ? loading('Coding…') : null);
    }
    submit.disabled = false;
  });
}

// ---------------------------------------------------------------------------
// Search
// ---------------------------------------------------------------------------

async function pageSearch(section, ctx) {
  const q = ctx.args.join('/').trim();
  const box = document.getElementById('search');
  if (box && document.activeElement !== box) box.value = q;
  section.append(el('h1', {}, q ? 'Search: ' + q : 'Search'));
  const out = el('div', { class: 'card', id: 'search-results' });
  section.append(out);
  if (!q) { out.append(empty('Type words in the search box.')); return; }
  out.append(loading());
  try {
    const r = await api('/api/search', { q, limit: 100 });
    if (!ctx.alive()) return;
    const docs = Array.isArray(r.documents) ? r.documents : [];
    fill(out, el('div', { class: 'counter' }, el('span', { id: 'result-count' }, String(docs.length)), ' documents'),
      docs.length ? el('ul', { class: 'list-plain' }, docs.map(d => el('li', { class: 'search-hit', dataset: { doc: d.doc } },
        el('a', { href: docHref(d.doc) }, el('b', {}, d.title || d.doc || '(untitled)')),
        el('div', { class: 'muted small' }, [d.source, d.published, d.doc].filter(Boolean).join(' · ')),
        d.snippet ? el('div', { class: 'snippet' }, d.snippet) : null)))
        : empty('No documents match.'));
  } catch (err) {
    if (ctx.alive()) fill(out, errorBox(err));
  }
}

// ---------------------------------------------------------------------------
// Start
// ---------------------------------------------------------------------------

function start() {
  const form = document.getElementById('search-form');
  if (form) {
    form.addEventListener('submit', ev => {
      ev.preventDefault();
      const q = document.getElementById('search').value.trim();
      if (q) location.hash = '#/search/' + enc(q);
    });
  }
  window.addEventListener('hashchange', route);
  route();
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();

})();
