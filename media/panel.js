// @ts-check
/**
 * Entities panel (webview script). Renders the state the extension posts; never uses innerHTML:
 * every text goes in with textContent, so hostile text (e.g. "<script>") shows as text.
 *
 * DOM hooks (stable, for tests and the e2e driver):
 *   #article                        header; #article-title (file name / title), #summary (counts)
 *   #problems                       shown when the sidecar is broken (role=alert), one .problem per problem
 *   #orphans                        shown when spans were not found in the text: .orphans-header
 *                                   (count in data-count), then li.row.orphan per orphan (data-key,
 *                                   data-kind "mention" | "claim") with button.orphan-quote (reveals
 *                                   where it was) and row-actions data-action="reattach" (to the
 *                                   editor's selection) and data-action="delete".
 *   #empty                          hint text when there is nothing to list
 *   #filter                         search box: hides rows whose name does not contain its text
 *                                   (rows get class "filtered-out", empty groups too)
 *   #groups > section.group         one per entity type; data-type="person" …
 *     .group-header                 the type label (.group-label) and counts (.group-count,
 *                                   data-accepted / data-suggested)
 *     ul.entities > li > button.entity
 *                                   one row per entity; data-key, data-type, data-status =
 *                                   "accepted" | "suggested", data-entity-id (accepted only),
 *                                   data-mentions (count); class "accepted" or "suggested";
 *                                   children .swatch, .name, .count (accepted mentions, or
 *                                   suggested ones for a suggested row), .more ("+N": detected
 *                                   but untagged mentions of an accepted entity's name), and
 *                                   .orphaned when some mentions could not be found in the text.
 *     li.row > button.row-action      on suggested rows only (shown on hover/focus):
 *                                   data-action="accept" tags every mention of that name as
 *                                   the type; data-action="reject" rejects them all.
 * Clicking a row reveals and selects its first mention in the editor; clicking it again moves
 * to the next mention (cycling). Enter/Space do the same (rows are buttons).
 *
 * Messages: to the extension {type:'ready'} | {type:'reveal', uri, start, end} |
 *           {type:'accept'|'reject', uri, entityType, name} | {type:'command', command} |
 *           {type:'orphan', action:'reattach'|'delete', uri, key};
 *           from it {type:'state', state: PanelState}.
 */
(function () {
  const vscode = acquireVsCodeApi();
  /** @type {Record<string, number>} next mention index per row key, per article */
  let cursor = {};
  let articleUri = '';

  const $ = (/** @type {string} */ id) => /** @type {HTMLElement} */ (document.getElementById(id));

  /**
   * @param {string} tag
   * @param {string} [className]
   * @param {string} [text]
   */
  function el(tag, className, text) {
    const e = document.createElement(tag);
    if (className) e.className = className;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  /** @param {number} n @param {string} one @param {string} [many] */
  const plural = (n, one, many) => `${n} ${n === 1 ? one : many ?? one + 's'}`;

  /** @param {any} state */
  function render(state) {
    const uri = state.article ? state.article.uri : '';
    if (uri !== articleUri) {
      articleUri = uri;
      cursor = {};
    }

    const header = $('article');
    header.hidden = !state.article;
    if (state.article) {
      const title = $('article-title');
      title.textContent = state.article.title || state.article.name;
      title.title = state.article.name;
      let accepted = 0;
      let suggested = 0;
      for (const g of state.groups) {
        accepted += g.accepted;
        suggested += g.suggested;
      }
      const parts = [plural(accepted, 'entity', 'entities')];
      if (state.suggestionsEnabled) parts.push(`${suggested} suggested`);
      else parts.push('suggestions off');
      $('summary').textContent = parts.join(' · ');
    }

    const problems = $('problems');
    problems.replaceChildren(...state.problems.map((/** @type {string} */ p) => el('div', 'problem', p)));
    problems.hidden = state.problems.length === 0;
    renderOrphans(state.orphans || []);

    const empty = $('empty');
    empty.textContent = state.hint || '';
    empty.hidden = !state.hint;

    const groups = $('groups');
    const open = new Set(Array.from(groups.querySelectorAll('section.group.collapsed')).map((s) => /** @type {HTMLElement} */ (s).dataset.type));
    groups.replaceChildren(...state.groups.map((/** @type {any} */ g) => renderGroup(g, open.has(g.type))));
    $('filter-box').hidden = state.groups.length === 0;
    applyFilter();
  }

  /** @param {any[]} orphans */
  function renderOrphans(orphans) {
    const section = $('orphans');
    section.hidden = orphans.length === 0;
    if (!orphans.length) return section.replaceChildren();
    const header = el('div', 'orphans-header', `Orphaned · ${orphans.length}`);
    header.dataset.count = String(orphans.length);
    header.title = 'Annotations whose text was not found in the article. They are kept in the sidecar: select their text in the editor and re-attach them, or delete them.';
    const list = el('ul', 'entities');
    for (const o of orphans) {
      const li = el('li', 'row orphan');
      li.dataset.key = o.key;
      li.dataset.kind = o.kind;
      const b = /** @type {HTMLButtonElement} */ (el('button', 'entity orphan-quote'));
      b.type = 'button';
      b.title = `${o.kind === 'mention' ? `${o.type} “${o.label}”` : `claim by ${o.label}`}: “${o.quote}” was not found in the text. Click to show where it was.`;
      b.append(el('span', 'name', `“${o.quote}”`), el('span', 'count', o.kind === 'mention' ? o.type : 'claim'));
      b.addEventListener('click', () => vscode.postMessage({ type: 'reveal', uri: articleUri, start: o.start, end: Math.max(o.start, o.end) }));
      li.append(b, orphanAction('reattach', '⛓', 'Re-attach to the text selected in the editor', o), orphanAction('delete', '✕', 'Delete this orphaned annotation', o));
      list.append(li);
    }
    section.replaceChildren(header, list);
  }

  /** @param {'reattach' | 'delete'} kind @param {string} symbol @param {string} title @param {any} o */
  function orphanAction(kind, symbol, title, o) {
    const a = /** @type {HTMLButtonElement} */ (el('button', `row-action ${kind}`, symbol));
    a.type = 'button';
    a.dataset.action = kind;
    a.title = title;
    a.setAttribute('aria-label', `${title}: “${o.quote}”`);
    a.addEventListener('click', (e) => {
      e.stopPropagation();
      vscode.postMessage({ type: 'orphan', action: kind, uri: articleUri, key: o.key });
    });
    return a;
  }

  const filter = /** @type {HTMLInputElement} */ ($('filter'));
  function applyFilter() {
    const q = filter.value.trim().toLowerCase();
    for (const section of Array.from(document.querySelectorAll('section.group'))) {
      let shown = 0;
      for (const li of Array.from(section.querySelectorAll('li.row'))) {
        const name = (li.querySelector('.name')?.textContent ?? '').toLowerCase();
        const hide = q !== '' && !name.includes(q);
        li.classList.toggle('filtered-out', hide);
        if (!hide) shown++;
      }
      section.classList.toggle('filtered-out', shown === 0);
    }
  }
  filter.addEventListener('input', applyFilter);

  /** @param {any} g @param {boolean} collapsed */
  function renderGroup(g, collapsed) {
    const section = el('section', 'group' + (collapsed ? ' collapsed' : ''));
    section.dataset.type = g.type;
    if (g.color) section.style.setProperty('--type-color', g.color);
    else section.classList.add('builtin', `type-${g.type}`);

    const header = /** @type {HTMLButtonElement} */ (el('button', 'group-header'));
    header.type = 'button';
    header.setAttribute('aria-expanded', String(!collapsed));
    header.append(el('span', 'chevron'), el('span', 'swatch'), el('span', 'group-label', g.label));
    const count = el('span', 'group-count', String(g.accepted) + (g.suggested ? ` · ${g.suggested}` : ''));
    count.title = `${plural(g.accepted, 'accepted entity', 'accepted entities')}, ${g.suggested} suggested`;
    count.dataset.accepted = String(g.accepted);
    count.dataset.suggested = String(g.suggested);
    header.append(count);
    header.addEventListener('click', () => {
      section.classList.toggle('collapsed');
      header.setAttribute('aria-expanded', String(!section.classList.contains('collapsed')));
    });

    const list = el('ul', 'entities');
    for (const r of g.rows) list.append(renderRow(r));
    section.append(header, list);
    return section;
  }

  /** @param {any} r */
  function renderRow(r) {
    const li = el('li', 'row');
    const b = /** @type {HTMLButtonElement} */ (el('button', `entity ${r.status}`));
    b.type = 'button';
    b.dataset.key = r.key;
    b.dataset.type = r.type;
    b.dataset.status = r.status;
    b.dataset.mentions = String(r.mentions.length);
    if (r.entityId) b.dataset.entityId = r.entityId;
    const n = r.mentions.length;
    const own = r.status === 'accepted' ? n - r.suggested : n;
    b.title = `${r.name} — ${r.type}, ${r.status === 'accepted' ? 'accepted' : 'suggested'}; ${plural(own, 'mention')}` +
      (r.status === 'accepted' && r.suggested ? ` and ${r.suggested} more suggested` : '') +
      (r.orphaned ? `, ${r.orphaned} not found in the text` : '') + (n ? '. Click to show; click again for the next.' : '');
    b.append(el('span', 'swatch'), el('span', 'name', r.name));
    if (r.status === 'accepted' && r.suggested) b.append(el('span', 'more', `+${r.suggested}`));
    b.append(el('span', 'count', String(own)));
    if (r.orphaned) {
      const o = el('span', 'orphaned', `${r.orphaned} orphaned`);
      o.title = 'Mentions whose text could not be found in the article: kept in the sidecar, not shown.';
      b.append(o);
    }
    b.disabled = n === 0;
    b.addEventListener('click', () => {
      if (!n) return;
      const i = (cursor[r.key] ?? 0) % n;
      cursor[r.key] = i + 1;
      const [start, end] = r.mentions[i];
      b.dataset.shown = String(i);
      vscode.postMessage({ type: 'reveal', uri: articleUri, start, end });
    });
    li.append(b);
    if (r.status === 'suggested') {
      li.append(
        action('accept', '✓', `Tag ${n === 1 ? 'this mention' : `all ${n} mentions`} of “${r.name}” as ${r.type}`, r),
        action('reject', '✕', `Not a ${r.type}: reject ${n === 1 ? 'this suggestion' : `these ${n} suggestions`}`, r),
      );
    }
    return li;
  }

  /**
   * @param {'accept' | 'reject'} kind
   * @param {string} symbol
   * @param {string} title
   * @param {any} r
   */
  function action(kind, symbol, title, r) {
    const a = /** @type {HTMLButtonElement} */ (el('button', `row-action ${kind}`, symbol));
    a.type = 'button';
    a.dataset.action = kind;
    a.title = title;
    a.setAttribute('aria-label', title);
    a.addEventListener('click', (e) => {
      e.stopPropagation();
      vscode.postMessage({ type: kind, uri: articleUri, entityType: r.type, name: r.name });
    });
    return a;
  }

  window.addEventListener('message', (event) => {
    const m = event.data;
    if (m && m.type === 'state' && m.state) render(m.state);
  });
  vscode.postMessage({ type: 'ready' });
})();
