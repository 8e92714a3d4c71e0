// Reviewer console: a small single-page app over the JSON API (no framework, no build step). The API key is
// kept in this tab's sessionStorage only and sent as a bearer token; every value is rendered as text
// (textContent), never as HTML. Routes: #/signin, #/queue, #/case/<id>, #/metrics.
const app = document.getElementById('app');
const nav = document.getElementById('nav');
const who = document.getElementById('who');
const TOKEN_KEY = 'cai.token';
let me = null;

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') node.className = v;
    else if (k === 'testid') node.dataset.testid = v;
    else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat()) {
    if (c === undefined || c === null || c === false) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

const fmtTime = (iso) => (iso ? new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' }) : '–');
function fmtHours(h) {
  const sign = h < 0 ? '-' : '';
  const a = Math.abs(h);
  if (a >= 48) return `${sign}${(a / 24).toFixed(1)} d`;
  return `${sign}${a.toFixed(1)} h`;
}
const pct = (s) => (s === null || s === undefined ? '–' : `${(s * 100).toFixed(1)}%`);

class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }
}

async function api(path, opts = {}) {
  const token = sessionStorage.getItem(TOKEN_KEY);
  const headers = { accept: 'application/json', ...(opts.body ? { 'content-type': 'application/json' } : {}), ...(token ? { authorization: `Bearer ${token}` } : {}) };
  const res = await fetch(path, { method: opts.method || 'GET', headers, body: opts.body ? JSON.stringify(opts.body) : undefined, cache: 'no-store' });
  const body = res.headers.get('content-type')?.includes('json') ? await res.json() : await res.text();
  if (res.status === 401 && !opts.signingIn) {
    sessionStorage.removeItem(TOKEN_KEY);
    me = null;
    location.hash = '#/signin';
  }
  if (!res.ok) throw new ApiError(res.status, typeof body === 'object' ? body : { detail: body });
  return body;
}

const can = (action) => Boolean(me?.actions?.includes(action));

function renderChrome() {
  nav.replaceChildren();
  who.replaceChildren();
  if (!me) return;
  const here = location.hash.split('/')[1] || '';
  if (can('queue:read')) nav.append(el('a', { href: '#/queue', class: here === 'queue' ? 'active' : '' }, 'Queue'));
  if (can('metrics:read')) nav.append(el('a', { href: '#/metrics', class: here === 'metrics' ? 'active' : '' }, 'Metrics'));
  nav.append(el('a', { href: '#/lookup', class: here === 'lookup' ? 'active' : '' }, 'Find a case'));
  who.append(
    el('span', { testid: 'principal' }, `${me.name ? `${me.name} · ` : ''}${me.id}`),
    ' ',
    el('span', { class: 'badge muted', testid: 'role' }, me.role),
    el('button', { class: 'secondary', testid: 'sign-out', onclick: () => { sessionStorage.removeItem(TOKEN_KEY); me = null; location.hash = '#/signin'; } }, 'Sign out'),
  );
}

function showError(e) {
  app.replaceChildren(el('p', { class: 'error', testid: 'error' }, e instanceof ApiError ? `${e.status}: ${e.message}` : String(e)));
}

// ---------------------------------------------------------------------------------------------- sign in
function viewSignIn() {
  const input = el('input', { type: 'password', id: 'key', name: 'key', autocomplete: 'off', testid: 'api-key', placeholder: 'API key or token' });
  const msg = el('p', { class: 'error', testid: 'signin-error' });
  const form = el(
    'form',
    {
      testid: 'signin-form',
      onsubmit: async (ev) => {
        ev.preventDefault();
        sessionStorage.setItem(TOKEN_KEY, input.value.trim());
        try {
          me = await api('/api/v1/me', { signingIn: true });
          const target = can('queue:read') ? '#/queue' : can('metrics:read') ? '#/metrics' : '#/lookup';
          if (location.hash === target) route();
          else location.hash = target;
        } catch (e) {
          sessionStorage.removeItem(TOKEN_KEY);
          msg.textContent = e instanceof ApiError && e.status === 401 ? 'That key is not valid.' : String(e.message || e);
        }
      },
    },
    el('label', { for: 'key' }, 'API key'),
    ' ',
    input,
    ' ',
    el('button', { type: 'submit', testid: 'sign-in' }, 'Sign in'),
    msg,
  );
  app.replaceChildren(el('h1', {}, 'Sign in'), el('p', { class: 'muted' }, 'Use the API key you were given (reviewers, auditors and admins). It is kept in this browser tab only.'), form);
}

// ---------------------------------------------------------------------------------------------- queue
async function viewQueue() {
  app.replaceChildren(el('h1', {}, 'Review queue'), el('p', { class: 'muted' }, 'Loading…'));
  const q = await api('/api/v1/queue');
  const rows = q.cases.map((c) => {
    const flags = [];
    if (c.clock.overdue) flags.push(el('span', { class: 'badge overdue', testid: 'flag-overdue' }, 'OVERDUE'));
    else if (c.clock.atRisk) flags.push(el('span', { class: 'badge at-risk', testid: 'flag-at-risk' }, 'AT RISK'));
    if (c.escalatedAt) flags.push(el('span', { class: 'badge escalated', testid: 'flag-escalated', title: `escalation recorded ${fmtTime(c.escalatedAt)}` }, 'ESCALATED'));
    else if (c.reviewState === 'escalated') flags.push(el('span', { class: 'badge escalated', title: 'the spec review SLA passed' }, 'SLA'));
    return el(
      'tr',
      { class: c.clock.overdue ? 'overdue' : c.clock.atRisk ? 'at-risk' : '', testid: 'queue-row', 'data-workflow-id': c.workflowId },
      el('td', {}, el('a', { href: `#/case/${encodeURIComponent(c.workflowId)}`, testid: 'queue-link' }, c.workflowId)),
      el('td', {}, `${c.spec} v${c.specVersion}`),
      el('td', {}, el('span', { class: `badge ${c.clock.priority === 'expedited' ? 'expedited' : 'muted'}` }, c.clock.priority), c.clock.priorityKnown ? '' : el('span', { class: 'muted', title: 'started outside the API: treated as standard' }, ' (assumed)')),
      el('td', {}, fmtTime(c.clock.submittedAt)),
      el('td', { testid: 'due' }, fmtTime(c.clock.dueAt), el('div', { class: 'muted' }, `${c.clock.windowHours} h clock`)),
      el('td', { testid: 'remaining' }, c.clock.overdue ? `${fmtHours(-c.clock.remainingHours)} overdue` : `${fmtHours(c.clock.remainingHours)} left`),
      el('td', {}, flags),
    );
  });
  app.replaceChildren(
    el('h1', {}, 'Review queue'),
    el('p', { class: 'muted' }, `${q.cases.length} case(s) waiting, overdue first, then by due time (CMS-0057-F: expedited 72 h, standard 7 days). Updated ${fmtTime(q.generatedAt)}. `, el('button', { class: 'secondary', onclick: () => route() }, 'Refresh')),
    q.cases.length
      ? el('table', { testid: 'queue' }, el('thead', {}, el('tr', {}, ['Case', 'Spec', 'Priority', 'Submitted', 'Due', 'Time', 'Flags'].map((h) => el('th', {}, h)))), el('tbody', {}, rows))
      : el('p', { testid: 'queue-empty' }, 'No case is waiting for review.'),
  );
}

// ---------------------------------------------------------------------------------------------- case
/** Which layer a finding's rule comes from: the fact guard (fact-guard/...: instructions, provenance, conflicts) or the input gate. */
function findingSource(rule) {
  return rule.startsWith('fact-guard/') ? 'fact guard' : 'gate';
}

function highlightedChart(text, facts, findings) {
  // Spans of every fact (and the input gate's findings) split the text into segments; each segment knows
  // which facts it is evidence for.
  const marks = [];
  for (const f of facts) for (const [s, e] of f.evidence) marks.push({ s, e, fact: f.name });
  for (const g of findings) marks.push({ s: g.span[0], e: g.span[1], finding: g.rule });
  const cuts = new Set([0, text.length]);
  for (const m of marks) { cuts.add(Math.max(0, Math.min(text.length, m.s))); cuts.add(Math.max(0, Math.min(text.length, m.e))); }
  const points = [...cuts].sort((a, b) => a - b);
  const pre = el('div', { class: 'chart', testid: 'chart' });
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i];
    const b = points[i + 1];
    const seg = text.slice(a, b);
    const covering = marks.filter((m) => m.s <= a && m.e >= b);
    if (!covering.length) { pre.append(seg); continue; }
    const factsHere = [...new Set(covering.filter((m) => m.fact).map((m) => m.fact))];
    const findingsHere = covering.filter((m) => m.finding).map((m) => m.finding);
    pre.append(el('mark', { class: findingsHere.length && !factsHere.length ? 'finding' : '', 'data-facts': factsHere.join(' '), testid: 'evidence', title: [...factsHere, ...findingsHere.map((r) => `${findingSource(r)}: ${r}`)].join(', ') }, seg));
  }
  if (!text) pre.append(el('span', { class: 'muted' }, '(no chart text)'));
  return pre;
}

function selectFact(name) {
  for (const m of app.querySelectorAll('mark')) m.classList.toggle('active', (m.dataset.facts || '').split(' ').includes(name));
  for (const r of app.querySelectorAll('tr.fact')) r.classList.toggle('selected', r.dataset.fact === name);
  app.querySelector('mark.active')?.scrollIntoView({ block: 'nearest' });
}

function auditSection(audit) {
  const h = audit.history;
  const actions = h.review?.actions ?? [];
  const historyRows = [
    h.gate ? el('tr', {}, el('td', {}, fmtTime(h.gate.at)), el('td', {}, 'input gate'), el('td', {}, h.gate.injection ? 'injection suspected' : 'passed'), el('td', {}, '')) : null,
    ...(h.extraction ?? []).map((x) => el('tr', {}, el('td', {}, fmtTime(x.at)), el('td', {}, `extraction (${x.via})`), el('td', {}, x.failed ? `failed: ${x.failed}` : x.settled ? 'settled' : 'not settled'), el('td', {}, (x.reasons ?? []).join('; ')))),
    h.decision ? el('tr', {}, el('td', {}, ''), el('td', {}, 'compiled decision'), el('td', {}, `${h.decision.outcome} (${h.decision.ruleId})`), el('td', {}, h.decision.ruleText ?? h.decision.reason)) : null,
    h.review?.requestedAt ? el('tr', {}, el('td', {}, fmtTime(h.review.requestedAt)), el('td', {}, 'review requested'), el('td', {}, ''), el('td', {}, (h.review.reasons ?? []).join('; '))) : null,
    h.review?.escalated ? el('tr', {}, el('td', {}, fmtTime(h.review.escalatedAt)), el('td', {}, 'spec SLA escalation'), el('td', {}, ''), el('td', {}, '')) : null,
    ...actions.map((a) => el('tr', { testid: 'history-review' }, el('td', {}, fmtTime(a.at)), el('td', {}, `review (${a.via})`), el('td', {}, `${a.outcome ?? '?'} by ${a.reviewer ?? '?'}`), el('td', {}, a.note ?? '', a.rejection ? ` REJECTED: ${a.rejection}` : ''))),
    h.outcome ? el('tr', { testid: 'history-outcome' }, el('td', {}, fmtTime(h.outcome.at)), el('td', {}, 'outcome'), el('td', {}, `${h.outcome.status} (${h.outcome.decidedBy})`), el('td', {}, h.outcome.reason)) : null,
  ];
  const records = audit.records.map((r) =>
    el(
      'tr',
      { testid: 'audit-record', 'data-kind': r.kind },
      el('td', {}, fmtTime(r.at)),
      el('td', {}, r.kind),
      el('td', {}, r.status),
      el('td', {}, r.principal ? `${r.principal.id} (${r.principal.role})` : r.review ? `${r.review.reviewer} (reviewer)` : 'workflow'),
      el('td', {}, r.review?.note ? `${r.reason} — "${r.review.note}"` : r.reason),
    ),
  );
  return el(
    'section',
    { class: 'card', testid: 'audit' },
    el('h2', {}, 'History (decoded from the Temporal history)'),
    el('table', { testid: 'history' }, el('thead', {}, el('tr', {}, ['When', 'Step', 'Result', 'Detail'].map((x) => el('th', {}, x)))), el('tbody', {}, historyRows)),
    el('h2', {}, 'Audit records'),
    el('table', { testid: 'audit-records' }, el('thead', {}, el('tr', {}, ['When', 'Kind', 'Status', 'Principal', 'Reason'].map((x) => el('th', {}, x)))), el('tbody', {}, records)),
  );
}

function reviewForm(id, onDone) {
  const msg = el('p', { testid: 'review-message' });
  const note = el('textarea', { name: 'note', id: 'note', testid: 'review-note', maxlength: '2000', placeholder: 'The specific reason (required to deny): which criterion is not met, and why.' });
  const approve = el('input', { type: 'radio', name: 'outcome', value: 'APPROVED', id: 'o-approve', testid: 'outcome-approve' });
  const deny = el('input', { type: 'radio', name: 'outcome', value: 'DENIED', id: 'o-deny', testid: 'outcome-deny' });
  const sync = () => { note.required = deny.checked; };
  approve.addEventListener('change', sync);
  deny.addEventListener('change', sync);
  return el(
    'form',
    {
      class: 'review',
      testid: 'review-form',
      onsubmit: async (ev) => {
        ev.preventDefault();
        const outcome = approve.checked ? 'APPROVED' : deny.checked ? 'DENIED' : null;
        if (!outcome) { msg.className = 'error'; msg.textContent = 'Choose approve or deny.'; return; }
        if (outcome === 'DENIED' && !note.value.trim()) { msg.className = 'error'; msg.textContent = 'A denial needs a specific reason.'; note.focus(); return; }
        msg.className = 'muted';
        msg.textContent = 'Submitting…';
        try {
          const r = await api(`/api/v1/cases/${encodeURIComponent(id)}/review`, { method: 'POST', body: { outcome, ...(note.value.trim() ? { note: note.value.trim() } : {}) } });
          msg.className = 'ok';
          msg.textContent = `Recorded: ${r.status} by ${r.reviewer}.`;
          onDone();
        } catch (e) {
          msg.className = 'error';
          msg.textContent = `${e.status ?? ''} ${e.message}`;
        }
      },
    },
    el('label', {}, approve, ' Approve'),
    el('label', {}, deny, ' Deny'),
    el('label', { for: 'note' }, 'Reason'),
    note,
    el('button', { type: 'submit', testid: 'review-submit' }, 'Submit decision'),
    msg,
  );
}

async function viewCase(id) {
  app.replaceChildren(el('p', { class: 'muted' }, 'Loading…'));
  const [status, evidence, audit] = await Promise.all([
    api(`/api/v1/cases/${encodeURIComponent(id)}`),
    can('case:evidence') ? api(`/api/v1/cases/${encodeURIComponent(id)}/evidence`) : Promise.resolve(null),
    can('audit:read') ? api(`/api/v1/cases/${encodeURIComponent(id)}/audit`) : Promise.resolve(null),
  ]);
  const c = status.clock;
  const header = el(
    'section',
    { class: 'card' },
    el('h1', { testid: 'case-id' }, id),
    el(
      'dl',
      { class: 'kv' },
      el('dt', {}, 'Spec'), el('dd', {}, `${status.spec} v${status.specVersion}`),
      el('dt', {}, 'Status'), el('dd', { testid: 'case-status' }, el('span', { class: `badge ${status.status}` }, status.status), status.reviewer ? ` by ${status.reviewer}` : '', status.reason ? ` — ${status.reason}` : ''),
      el('dt', {}, 'Priority'), el('dd', {}, `${c.priority}${c.priorityKnown ? '' : ' (assumed)'} — decide within ${c.windowHours} h`),
      el('dt', {}, 'Submitted'), el('dd', {}, fmtTime(c.submittedAt), status.submittedBy ? ` by ${status.submittedBy} via ${status.channel}` : ''),
      el('dt', {}, 'Due'), el('dd', { testid: 'case-due' }, fmtTime(c.dueAt), ' ', c.overdue ? el('span', { class: 'badge overdue' }, 'OVERDUE') : c.atRisk ? el('span', { class: 'badge at-risk' }, 'AT RISK') : ''),
    ),
  );
  const parts = [header];
  if (evidence) {
    const facts = evidence.facts;
    const factRows = facts.map((f) =>
      el(
        'tr',
        { class: 'fact', 'data-fact': f.name, testid: 'fact', onclick: () => selectFact(f.name), title: f.description },
        el('td', {}, el('strong', {}, f.name)),
        el('td', { testid: 'fact-value' }, f.value === null ? '–' : String(f.value), f.unit ? ` ${f.unit}` : ''),
        el('td', {}, f.found ? 'mentioned' : el('span', { class: 'muted' }, 'not mentioned')),
        el('td', { testid: 'fact-evidence' }, f.evidence.length ? `${f.evidence.length} span(s)${f.evidenceSource === 'recomputed' ? ' (recomputed)' : ''}` : el('span', { class: 'muted' }, 'no evidence spans from this extractor')),
      ),
    );
    const wf = evidence.wouldFire;
    const left = el(
      'section',
      { class: 'card' },
      el('h2', {}, `Chart text (${evidence.textField})`),
      highlightedChart(evidence.text, facts, evidence.findings),
      evidence.findings.length ? el('p', { class: 'muted', testid: 'findings' }, `Findings (red), from the input gate or the fact guard: ${evidence.findings.map((f) => `${f.rule}: ${f.message}`).join('; ')}`) : null,
    );
    const right = el(
      'div',
      {},
      el(
        'section',
        { class: 'card' },
        el('h2', {}, 'Facts'),
        el('table', { testid: 'facts' }, el('thead', {}, el('tr', {}, ['Fact', 'Value', 'Found', 'Evidence'].map((x) => el('th', {}, x)))), el('tbody', {}, factRows)),
        el('p', { class: 'muted' }, 'Click a fact to highlight its evidence in the chart.'),
        evidence.reviewReasons.length ? el('div', {}, el('h2', {}, 'Why it waits for review'), el('ul', { testid: 'review-reasons' }, evidence.reviewReasons.map((r) => el('li', {}, r)))) : null,
        evidence.checks.length ? el('div', {}, el('h2', {}, 'Checks'), el('ul', {}, evidence.checks.map((x) => el('li', { class: x.passed ? '' : 'error' }, `${x.passed ? 'pass' : 'FAIL'} ${x.check}: ${x.detail}`)))) : null,
      ),
      el(
        'section',
        { class: 'card', testid: 'rule' },
        el('h2', {}, 'Rule that would fire'),
        wf
          ? el('div', {}, el('p', {}, el('span', { class: `badge ${wf.outcome}` }, wf.outcome), ' ', el('strong', { testid: 'rule-id' }, wf.ruleId), ` — ${wf.reason}`), el('p', { testid: 'rule-text' }, 'Policy: ', wf.ruleText ?? ''))
          : el('p', { class: 'muted' }, 'No settled facts: no rule can be evaluated.'),
        el('details', {}, el('summary', {}, 'All rules of this spec'), el('ul', {}, evidence.rules.map((r) => el('li', {}, el('strong', {}, r.id), `: ${r.text}`)))),
        evidence.policy ? el('details', {}, el('summary', {}, `Policy document (${evidence.policy.file})`), el('pre', { testid: 'policy' }, evidence.policy.text)) : null,
      ),
    );
    parts.push(el('div', { class: 'grid' }, left, right));
  }
  if (can('case:review') && status.status === 'NEEDS_REVIEW') {
    parts.push(el('section', { class: 'card' }, el('h2', {}, 'Decision'), reviewForm(id, () => setTimeout(() => viewCase(id).catch(showError), 300))));
  }
  if (audit) parts.push(auditSection(audit));
  app.replaceChildren(...parts);
}

async function viewLookup() {
  const input = el('input', { type: 'text', testid: 'lookup-id', placeholder: 'workflow id' });
  app.replaceChildren(
    el('h1', {}, 'Find a case'),
    el('form', { onsubmit: (ev) => { ev.preventDefault(); if (input.value.trim()) location.hash = `#/case/${encodeURIComponent(input.value.trim())}`; } }, input, ' ', el('button', { type: 'submit' }, 'Open')),
  );
}

// ---------------------------------------------------------------------------------------------- metrics
async function viewMetrics(period) {
  const p = period || String(new Date().getUTCFullYear());
  const input = el('input', { type: 'text', value: p, testid: 'period', title: 'YYYY, YYYY-Qn or YYYY-MM' });
  const head = el('form', { onsubmit: (ev) => { ev.preventDefault(); location.hash = `#/metrics/${encodeURIComponent(input.value.trim())}`; } }, el('label', {}, 'Period '), input, ' ', el('button', { type: 'submit' }, 'Show'));
  app.replaceChildren(el('h1', {}, 'CMS-0057-F metrics'), head, el('p', { class: 'muted' }, 'Loading…'));
  const m = await api(`/api/v1/metrics?period=${encodeURIComponent(p)}`);
  const rows = m.specs.map((s) =>
    el(
      'tr',
      { testid: 'metrics-row', 'data-spec': s.spec },
      el('td', {}, s.spec),
      el('td', { testid: 'm-decided' }, s.decided),
      el('td', { testid: 'm-approved' }, `${s.approved.count} (${pct(s.approved.share)})`),
      el('td', { testid: 'm-denied' }, `${s.denied.count} (${pct(s.denied.share)})`),
      el('td', {}, `${s.automatic.count} (${pct(s.automatic.share)})`),
      el('td', {}, `${s.human.count} (${pct(s.human.share)})`),
      el('td', {}, s.timeToDecision.meanHours === null ? '–' : fmtHours(s.timeToDecision.meanHours)),
      el('td', {}, s.timeToDecision.medianHours === null ? '–' : fmtHours(s.timeToDecision.medianHours)),
      el('td', {}, `${s.byPriority.expedited.decided} / ${s.byPriority.standard.decided}`),
      el('td', { testid: 'm-overdue' }, `${s.overdue.decidedLate} late, ${s.overdue.openOverdue} open`),
      el('td', { class: 'muted' }, 'not tracked'),
    ),
  );
  app.replaceChildren(
    el('h1', {}, 'CMS-0057-F metrics'),
    head,
    el('p', { class: 'muted' }, `Period ${m.period.label}: ${fmtTime(m.period.from)} – ${fmtTime(m.period.to)} (decisions in the period). Generated ${fmtTime(m.generatedAt)} from Temporal visibility and the audit store.`),
    el('table', { testid: 'metrics' }, el('thead', {}, el('tr', {}, ['Spec', 'Decided', 'Approved', 'Denied', 'Automatic', 'Human', 'Mean time', 'Median time', 'Expedited / standard', 'Overdue', 'Approved after appeal'].map((x) => el('th', {}, x)))), el('tbody', {}, rows)),
    el('ul', { class: 'muted' }, m.notes.map((n) => el('li', {}, n))),
  );
}

// ---------------------------------------------------------------------------------------------- router
async function route() {
  const [, name, arg] = location.hash.split('/');
  if (!sessionStorage.getItem(TOKEN_KEY)) { me = null; renderChrome(); viewSignIn(); return; }
  try {
    if (!me) me = await api('/api/v1/me');
  } catch (e) {
    renderChrome();
    viewSignIn();
    return;
  }
  renderChrome();
  try {
    if (name === 'case' && arg) await viewCase(decodeURIComponent(arg));
    else if (name === 'metrics') await viewMetrics(arg ? decodeURIComponent(arg) : undefined);
    else if (name === 'lookup') await viewLookup();
    else if (name === 'queue' && can('queue:read')) await viewQueue();
    else location.hash = can('queue:read') ? '#/queue' : can('metrics:read') ? '#/metrics' : '#/lookup';
  } catch (e) {
    showError(e);
  }
}

window.addEventListener('hashchange', () => route());
route();
