// @ts-check
/**
 * Claims view (webview script): the comparison of one topic across the workspace. Renders the
 * state the extension posts with DOM APIs only (textContent, createElementNS for the chart): hostile
 * text in a quote shows as text.
 *
 * DOM hooks (stable, for tests and the e2e driver):
 *   #topic                 select of the topics (value = topic), #counts summary
 *   #figures-only          checkbox: list only claims with a figure (kept in the webview state)
 *   #envelope              the independent estimates per unit (.env)
 *   #chart > svg           one row per claim with a value: a bar (min–max) or dot; the envelope as a
 *                          band (.band); rows outside it are class "outside"
 *   #rows > li.claim       one per claim, by date; data-id, data-uri, data-kind, data-status,
 *                          data-outside="true|false", class "proposed" for detector proposals;
 *                          .flag "outside all estimates"; button.dispute marks it disputed
 * Clicking a row (or a chart mark) reveals the claim in its article.
 *
 * Messages: to the extension {type:'ready'} | {type:'topic', topic} | {type:'reveal', uri, start, end} |
 *           {type:'status', uri, id, status}; from it {type:'state', state: ClaimsViewState}.
 */
(function () {
  const vscode = acquireVsCodeApi();
  const SVG = 'http://www.w3.org/2000/svg';
  const $ = (/** @type {string} */ id) => /** @type {HTMLElement} */ (document.getElementById(id));

  /** @param {string} tag @param {string} [className] @param {string} [text] */
  function el(tag, className, text) {
    const e = document.createElement(tag);
    if (className) e.className = className;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  /** @param {string} tag @param {Record<string, string | number>} attrs */
  function svg(tag, attrs) {
    const e = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
    return e;
  }

  /** @param {any} row */
  function reveal(row) {
    vscode.postMessage({ type: 'reveal', uri: row.uri, start: row.start, end: row.end });
  }

  /** @type {any} */
  let lastState;
  const figuresOnly = /** @type {HTMLInputElement} */ ($('figures-only'));
  figuresOnly.checked = !!(vscode.getState() || {}).figuresOnly;
  figuresOnly.addEventListener('change', () => {
    vscode.setState({ figuresOnly: figuresOnly.checked });
    if (lastState) render(lastState);
  });
  window.addEventListener('resize', () => { if (lastState) renderChart(lastState.model, lastState.focus); });

  $('topic').addEventListener('change', () => {
    vscode.postMessage({ type: 'topic', topic: /** @type {HTMLSelectElement} */ ($('topic')).value });
  });

  /** @param {any} state */
  function render(state) {
    lastState = state;
    const select = /** @type {HTMLSelectElement} */ ($('topic'));
    select.replaceChildren(...state.topics.map((/** @type {any} */ t) => {
      const o = /** @type {HTMLOptionElement} */ (el('option', undefined, `${t.topic} (${t.count})`));
      o.value = t.topic;
      o.selected = t.topic === state.topic;
      return o;
    }));
    select.disabled = !state.topics.length;
    const empty = $('empty');
    empty.hidden = !state.hint;
    empty.textContent = state.hint || '';
    const m = state.model;
    $('counts').textContent = m ? `${m.counts.claims} claims · ${m.counts.proposed} proposed · ${m.counts.outside} outside` : '';
    renderEnvelope(m);
    renderChart(m, state.focus);
    renderRows(m, state.focus);
  }

  /** @param {any} m */
  function renderEnvelope(m) {
    const box = $('envelope');
    box.replaceChildren();
    if (!m) return;
    if (!m.envelopes.length) {
      box.append(el('span', 'env none', 'No independent estimate with a figure on this topic.'));
      return;
    }
    for (const e of m.envelopes) {
      const d = el('span', 'env');
      d.append(el('span', 'env-label', 'Independent estimates '), el('strong', undefined, e.label), el('span', 'env-count', ` (${e.count})`));
      box.append(d);
    }
  }

  /** The unit of the estimates, else the one most claims with a value share (the chart shows that one). @param {any[]} rows @param {any[]} envelopes */
  function mainUnit(rows, envelopes) {
    if (envelopes.length) return envelopes[0].unit;
    /** @type {Map<string, number>} */
    const n = new Map();
    for (const r of rows) if (r.unit) n.set(r.unit, (n.get(r.unit) || 0) + 1);
    return [...n].sort((a, b) => b[1] - a[1])[0]?.[0];
  }

  /** @param {any} m @param {string | undefined} focus */
  function renderChart(m, focus) {
    const fig = $('chart');
    fig.replaceChildren();
    if (!m) return;
    const unit = mainUnit(m.rows, m.envelopes);
    const rows = m.rows.filter((/** @type {any} */ r) => r.unit !== undefined && (r.min !== null || r.max !== null) && lastWord(r.unit) === lastWord(unit));
    if (!rows.length) {
      fig.hidden = true;
      return;
    }
    fig.hidden = false;
    const env = m.envelopes.find((/** @type {any} */ e) => e.unit === unit || lastWord(e.unit) === lastWord(unit));
    const finite = (/** @type {number|null} */ x) => x !== null && Number.isFinite(x);
    let hi = Math.max(...rows.flatMap((/** @type {any} */ r) => [r.min, r.max].filter(finite)), env && finite(env.max) ? env.max : 0);
    if (unit === 'percent') hi = 100;
    else hi = niceCeil(hi);
    const W = Math.max(240, Math.round(fig.clientWidth || 320)), label = Math.min(150, Math.round(W * 0.4)), right = 12, rowH = 20, top = 8, axis = 22;
    const H = top + rows.length * rowH + axis;
    const x = (/** @type {number} */ v) => label + (Math.max(0, Math.min(v, hi)) / hi) * (W - label - right);
    const root = svg('svg', { viewBox: `0 0 ${W} ${H}`, width: W, height: H, role: 'img' });
    root.append(Object.assign(svg('title', {}), { textContent: `${m.topic}: values by claimant and date (${unit === 'percent' ? '%' : unit})` }));
    if (env) {
      const band = svg('rect', { class: 'band', x: x(finite(env.min) ? env.min : 0), y: top - 4, width: Math.max(2, x(finite(env.max) ? env.max : hi) - x(finite(env.min) ? env.min : 0)), height: rows.length * rowH + 4 });
      band.append(Object.assign(svg('title', {}), { textContent: `Independent estimates: ${env.label}` }));
      root.append(band);
    }
    // a narrow panel labels every other grid line ("75%" and "100%" would run into each other)
    const labelEvery = W - label - right < 200 ? 2 : 1;
    for (let t = 0; t <= 4; t++) {
      const v = (hi * t) / 4;
      root.append(svg('line', { class: 'grid', x1: x(v), x2: x(v), y1: top - 4, y2: top + rows.length * rowH }));
      if (t % labelEvery !== 0) continue;
      const tx = svg('text', { class: 'tick', x: x(v), y: H - 8, 'text-anchor': t === 0 ? 'start' : t === 4 ? 'end' : 'middle' });
      tx.textContent = `${formatTick(v)}${unit === 'percent' ? '%' : ''}`;
      root.append(tx);
    }
    rows.forEach((/** @type {any} */ r, /** @type {number} */ i) => {
      const y = top + i * rowH + rowH / 2;
      const g = svg('g', { class: `mark kind-${r.kind}${r.outside ? ' outside' : ''}${r.proposed ? ' proposed' : ''}${r.id === focus ? ' focus' : ''}`, tabindex: 0, 'data-id': r.id });
      const name = svg('text', { class: 'who', x: label - 6, y: y + 4, 'text-anchor': 'end' });
      const max = Math.max(8, Math.floor(label / 6.2) - (r.date ? 7 : 0));
      const who = r.claimant.length > max ? `${r.claimant.slice(0, max - 1)}…` : r.claimant;
      name.textContent = who;
      if (r.date) {
        const when = svg('tspan', { class: 'when', dx: 4 });
        when.textContent = shortDate(r.date);
        name.append(when);
      }
      g.append(name);
      const lo = finite(r.min) ? r.min : 0;
      const up = finite(r.max) ? r.max : hi;
      if (up - lo < hi / 200) g.append(svg('circle', { cx: x(lo), cy: y, r: 4.5 }));
      else g.append(svg('rect', { x: x(lo), y: y - 4, width: Math.max(3, x(up) - x(lo)), height: 8, rx: 3 }));
      g.append(Object.assign(svg('title', {}), { textContent: `${r.claimant} (${r.kind}${r.proposed ? ', proposed' : ''}): ${r.value}${r.date ? ` · ${r.date}` : ''}${r.outside ? ' · outside all estimates' : ''}\n${r.file}` }));
      g.addEventListener('click', () => reveal(r));
      g.addEventListener('keydown', (ev) => { if (/** @type {KeyboardEvent} */ (ev).key === 'Enter') reveal(r); });
      root.append(g);
    });
    fig.append(root);
    const legend = el('figcaption', 'legend');
    for (const [k, text] of [['claim', 'claim by a party'], ['estimate', 'independent estimate'], ['report', 'report']]) {
      const s = el('span', `key kind-${k}`);
      s.append(el('i'), document.createTextNode(text));
      legend.append(s);
    }
    const o = el('span', 'key outside');
    o.append(el('i'), document.createTextNode('outside all estimates'));
    legend.append(o);
    fig.append(legend);
  }

  const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  /** "2021-08-14" → "Aug ’21" @param {string} iso */
  function shortDate(iso) {
    const m = /^(\d{4})-(\d{2})/.exec(iso);
    return m ? `${MONTHS[Number(m[2]) - 1] || ''} ’${m[1].slice(2)}` : iso;
  }

  /** @param {string} u */
  function lastWord(u) {
    return (u || '').toLowerCase().split(/\s+/).pop() || '';
  }

  /** @param {number} v */
  function niceCeil(v) {
    if (!(v > 0)) return 1;
    const p = Math.pow(10, Math.floor(Math.log10(v)));
    for (const s of [1, 2, 2.5, 5, 10]) if (v <= s * p) return s * p;
    return 10 * p;
  }

  /** @param {number} v */
  function formatTick(v) {
    return Math.abs(v) >= 10 ? Math.round(v).toLocaleString('en-US') : String(Math.round(v * 10) / 10);
  }

  /** @param {any} m @param {string | undefined} focus */
  function renderRows(m, focus) {
    const list = $('rows');
    list.replaceChildren();
    if (!m) return;
    for (const r of m.rows) {
      if (figuresOnly.checked && !r.value) continue;
      const li = el('li', `claim kind-${r.kind}${r.proposed ? ' proposed' : ''}${r.outside ? ' outside' : ''}${r.id === focus ? ' focus' : ''}`);
      li.dataset.id = r.id;
      li.dataset.uri = r.uri;
      li.dataset.kind = r.kind;
      li.dataset.status = r.status;
      li.dataset.outside = String(r.outside);
      li.tabIndex = 0;
      const head = el('div', 'head');
      head.append(el('span', 'date', r.date || 'undated'), el('span', 'who', r.claimant), el('span', `badge kind kind-${r.kind}`, r.kind));
      if (r.value) head.append(el('span', 'value', r.value));
      li.append(head);
      const flags = el('div', 'flags');
      if (r.outside) flags.append(el('span', 'flag', '⚠ outside all estimates'));
      if (r.proposed) flags.append(el('span', 'badge proposed-badge', 'proposed'));
      else flags.append(el('span', `badge status status-${r.status}`, r.status));
      if (r.outside && r.status !== 'disputed') {
        const b = /** @type {HTMLButtonElement} */ (el('button', 'dispute', r.proposed ? 'Accept as disputed' : 'Mark disputed'));
        b.title = r.proposed ? 'Accept this proposed claim with status disputed' : 'Set this claim\'s status to disputed';
        b.addEventListener('click', (ev) => {
          ev.stopPropagation();
          vscode.postMessage({ type: 'status', uri: r.uri, id: r.id, status: 'disputed' });
        });
        flags.append(b);
      }
      li.append(flags);
      li.append(el('div', 'quote', `“${r.quote}”`));
      li.append(el('div', 'file', r.file));
      li.addEventListener('click', () => reveal(r));
      li.addEventListener('keydown', (ev) => { if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); reveal(r); } });
      list.append(li);
    }
    const f = list.querySelector('li.focus');
    if (f) f.scrollIntoView({ block: 'nearest' });
  }

  window.addEventListener('message', (ev) => {
    const msg = ev.data;
    if (msg && msg.type === 'state') render(msg.state);
  });
  vscode.postMessage({ type: 'ready' });
})();
