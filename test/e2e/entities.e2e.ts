// Entities through the UI: hover a suggested entity (underlined) in the editor, see the hover with
// its type and command links, click Accept, and see the decoration turn into the accepted style
// (full background) and the sidecar on disk gain the entity.
// ANNOTATOR_UPDATE_HOVER=1 (or a missing file) copies the hover shot to media/screenshots/hover.png.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { parse } from 'yaml';
import { repoRoot } from '../../scripts/lib/code-server.mjs';
import { useWorkbench, type Workbench } from './lib/workbench';
import { isVisibleColour } from './lib/colour';

const ARTICLE = '003_85bd433f51a7fafa.txt';
const SIDECAR = '003_85bd433f51a7fafa.annotations.yaml';
/** A province the detector suggests as a location in this article. */
const NAME = 'Helmand';

interface SidecarEntity { id: string; name: string; type: string; mentions?: { start: number; end: number }[] }

/** Computed styles of the decorations drawn at a point of the page. */
interface Drawn { background: string; border: string }

describe('entities end to end: hover and accept', function () {
  this.timeout(120_000);
  let wb: Workbench;
  useWorkbench((w) => { wb = w; }, 'failed-');

  const drawnAt = async (): Promise<Drawn[]> => {
    const { x, y } = await wb.textPoint(NAME);
    return wb.page.evaluate(({ x, y }) => Array.from(document.querySelectorAll('.editor-group-container.active .monaco-editor [class*="ced-"]'))
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && r.left <= x && x <= r.right && r.top - 2 <= y && y <= r.bottom + 2;
      })
      .map((el) => {
        const cs = getComputedStyle(el);
        const border = cs.borderBottomStyle !== 'none' && parseFloat(cs.borderBottomWidth) > 0 ? cs.borderBottomColor : '';
        return { background: cs.backgroundColor, border };
      }), { x, y });
  };

  it('shows a suggested entity underlined, and its hover with type, counts and command links', async () => {
    await wb.openFile(ARTICLE);
    await wb.waitForDecorations(5);
    const before = await wb.until(`an underline on "${NAME}"`, async () => {
      const d = await drawnAt();
      return d.some((s) => isVisibleColour(s.border)) ? d : undefined;
    });
    assert.ok(!before.some((s) => isVisibleColour(s.background)), `no background before accepting: ${JSON.stringify(before)}`);
    assert.ok(!fs.existsSync(wb.file(SIDECAR)), 'no sidecar before accepting');

    const text = await wb.hoverText(NAME);
    assert.match(text, /location/, `hover: ${text}`);
    assert.match(text, /suggested/, `hover: ${text}`);
    assert.match(text, /\d+ in this article/, `hover: ${text}`);
    assert.match(text, /in \d+ articles? of the workspace/, `hover: ${text}`);
    for (const label of ['Accept', 'Reject', 'Change Type', 'Tag All Occurrences']) assert.ok(text.includes(label), `"${label}" in hover: ${text}`);
    const shot = await wb.screenshot('entities-hover');
    const target = path.join(repoRoot, 'media', 'screenshots', 'hover.png');
    if (process.env.ANNOTATOR_UPDATE_HOVER === '1' || !fs.existsSync(target)) {
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.copyFileSync(shot, target);
    }
  });

  it('clicking Accept in the hover turns the suggestion into an accepted entity, in the editor and on disk', async () => {
    const accept = wb.page.locator('.monaco-editor .monaco-hover:not(.hidden) a', { hasText: /^\W*Accept$/ }).first();
    await accept.click();
    const entity = await wb.until(`"${NAME}" in ${SIDECAR}`, () => {
      if (!fs.existsSync(wb.file(SIDECAR))) return undefined;
      const doc = parse(fs.readFileSync(wb.file(SIDECAR), 'utf8')) as { entities?: SidecarEntity[] };
      return doc.entities?.find((e) => e.name === NAME && e.type === 'location');
    }, 20_000);
    const text = fs.readFileSync(wb.file(ARTICLE), 'utf8');
    assert.strictEqual(entity.mentions?.length, 1, 'one mention accepted');
    assert.strictEqual(text.slice(entity.mentions[0].start, entity.mentions[0].end), NAME);
    assert.strictEqual(entity.mentions[0].start, text.indexOf(NAME), 'the hovered (first) occurrence');

    await wb.page.mouse.move(5, 500);
    const after = await wb.until(`a background on "${NAME}"`, async () => {
      const d = await drawnAt();
      return d.some((s) => isVisibleColour(s.background)) ? d : undefined;
    });
    assert.ok(!after.some((s) => isVisibleColour(s.border)), `no suggestion underline once accepted: ${JSON.stringify(after)}`);
    await wb.screenshot('entities-accepted');
  });
});
