// Foundation, through the UI as a person uses it: open a sample with Ctrl+P, see coloured entity
// decorations, tag a selection from the command palette, find the entity in the sidecar on disk
// and in the side panel, click it there and see the editor selection move.
// ANNOTATOR_UPDATE_OVERVIEW=1 (or a missing file) copies the panel shot to media/screenshots/overview.png.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { parse } from 'yaml';
import { repoRoot } from '../../scripts/lib/code-server.mjs';
import { useWorkbench, type Workbench } from './lib/workbench';
import { isVisibleColour } from './lib/colour';

const ARTICLE = '002_f2ef60532da01a30.txt';
const SIDECAR = '002_f2ef60532da01a30.annotations.yaml';
const TAGGED = 'Javed Tanveer';

interface SidecarEntity { id: string; name: string; type: string; mentions?: { start: number; end: number; quote?: string }[] }

describe('foundation end to end', function () {
  this.timeout(120_000);
  let wb: Workbench;
  useWorkbench((w) => { wb = w; }, 'failed-');

  it('opens a sample with Ctrl+P as the article language', async () => {
    await wb.openFile(ARTICLE);
    assert.match(await wb.languageStatus(), /article/i);
  });

  it('highlights entities at once, in more than one colour', async () => {
    const spans = await wb.waitForDecorations(5);
    const coloured = spans.filter((s) => [s.backgroundColor, s.borderColor, s.textDecorationColor].some(isVisibleColour));
    assert.ok(coloured.length >= 5, `coloured decorated spans: ${coloured.length} of ${spans.length}`);
    const colours = new Set(coloured.map((s) => [s.backgroundColor, s.borderColor, s.textDecorationColor].filter(isVisibleColour).join('|')));
    assert.ok(colours.size >= 2, `distinct decoration colours: ${[...colours].join(', ')}`);
    await wb.screenshot('foundation-1-decorations');
  });

  it('tags a selection with "Annotator: Tag Entity" from the palette', async () => {
    assert.ok(!fs.existsSync(wb.file(SIDECAR)) || !fs.readFileSync(wb.file(SIDECAR), 'utf8').includes(TAGGED), 'not tagged before');
    await wb.selectText(TAGGED);
    await wb.runCommand('Annotator: Tag Entity');
    const items = await wb.quickItems();
    for (const t of ['person', 'organization', 'location', 'date', 'quantity']) assert.ok(items.some((i) => i.includes(t)), `type ${t} offered in ${items.join(' / ')}`);
    await wb.pickQuickItem('person');
    const entity = await wb.until(`"${TAGGED}" in ${SIDECAR}`, () => {
      const doc = parse(fs.readFileSync(wb.file(SIDECAR), 'utf8')) as { entities?: SidecarEntity[] };
      return doc.entities?.find((e) => e.name === TAGGED && e.type === 'person');
    });
    const text = fs.readFileSync(wb.file(ARTICLE), 'utf8');
    const m = entity.mentions?.[0];
    assert.ok(m, 'entity has a mention');
    assert.strictEqual(text.slice(m.start, m.end), TAGGED, 'mention offsets point at the tagged words');
  });

  it('shows the tagged entity\'s type when hovering it', async () => {
    await wb.page.keyboard.press('Escape');
    const text = await wb.hoverText(TAGGED);
    assert.match(text, /person/i, `hover: ${text}`);
    await wb.screenshot('foundation-hover');
    await wb.page.mouse.move(5, 500);
  });

  it('lists the entity in the side panel; clicking it moves the editor selection', async () => {
    await wb.openViewContainer('Article Annotator');
    const panel = await wb.webviewFrame('#groups');
    const row = panel.locator('section.group[data-type="person"] button.entity[data-entity-id]', { hasText: TAGGED }).first();
    await row.waitFor({ timeout: 20_000 });
    assert.strictEqual(await row.getAttribute('data-status'), 'accepted');

    await wb.focusEditor();
    await wb.page.keyboard.press('Control+End');
    const before = await wb.until('the selection to collapse at the end', async () => {
      const s = await wb.cursorStatus();
      return /Ln \d+, Col \d+/.test(s) && !s.includes('selected') && !s.startsWith('Ln 1,') ? s : undefined;
    });
    await row.click();
    const after = await wb.until('the editor selection to move to the entity', async () => {
      const s = await wb.cursorStatus();
      return s !== before && s.includes(`(${TAGGED.length} selected)`) ? s : undefined;
    });
    assert.match(after, /Ln \d+, Col \d+/);

    const shot = await wb.screenshot('foundation-2-panel');
    const overview = path.join(repoRoot, 'media', 'screenshots', 'overview.png');
    if (process.env.ANNOTATOR_UPDATE_OVERVIEW === '1' || !fs.existsSync(overview)) {
      fs.mkdirSync(path.dirname(overview), { recursive: true });
      fs.copyFileSync(shot, overview);
    }
  });
});
