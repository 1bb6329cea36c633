/**
 * End-to-end workbench driver: the packaged extension installed into a fresh code-server (no
 * smoke-test driver, so the UI is what a person sees), on a fresh copy of samples/, driven in
 * headless chromium through playwright-core with the keyboard and mouse.
 *
 *   const wb = await startWorkbench();
 *   await wb.openFile('002_f2ef60532da01a30.txt');
 *   const spans = await wb.waitForDecorations(5);
 *   await wb.selectText('Javed Tanveer');
 *   await wb.runCommand('Annotator: Tag Entity');
 *   await wb.pickQuickItem('person');
 *   const panel = await wb.webviewFrame('#groups');
 *   await wb.screenshot('tagged');
 *   await wb.close();
 *
 * Needs the environment of scripts/tools.sh (npm test provides it). Env: ANNOTATOR_E2E_NO_PACKAGE=1
 * reuses dist/article-annotator.vsix as it is; ANNOTATOR_VERBOSE=1 relays server and page output.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import type { Browser, Frame, Page } from 'playwright-core';
import {
  installExtension, launchChromium, makeRunDir, removeRunDir, repoRoot, startCodeServer, workbenchUrl,
  type CodeServer, type RunDir,
} from '../../../scripts/lib/code-server.mjs';

export const screenshotDir = path.join(repoRoot, 'test-results', 'screenshots');
export const defaultVsix = path.join(repoRoot, 'dist', 'article-annotator.vsix');

let packaged: string | undefined;
/**
 * Builds and packages the VSIX once per test process (scripts/package.mjs), into a file of this
 * process's own (parallel runs in one working tree must not read each other's half-written VSIX).
 */
export function ensureVsix(): string {
  if (process.env.ANNOTATOR_E2E_NO_PACKAGE === '1') {
    if (!fs.existsSync(defaultVsix)) throw new Error(`${defaultVsix} is missing`);
    return defaultVsix;
  }
  if (packaged) return packaged;
  const out = path.join(repoRoot, '.test-runs', `vsix-${process.pid}`, 'article-annotator.vsix');
  const r = spawnSync(process.execPath, [path.join(repoRoot, 'scripts/package.mjs'), '--quiet', '--out', out], { cwd: repoRoot, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`packaging failed:\n${r.stdout}\n${r.stderr}`);
  packaged = out;
  return out;
}

export interface Decoration {
  /** inline: a span in the text (its text known); overlay: a box behind or around the text (background, border) */
  kind: 'inline' | 'overlay';
  text: string;
  width: number;
  className: string;
  color: string;
  backgroundColor: string;
  /** colour of a drawn border side ('' when there is none) */
  borderColor: string;
  /** colour of a drawn text decoration line ('' when there is none) */
  textDecorationColor: string;
}

export interface WorkbenchOptions {
  vsix?: string;
  /** folder copied as the workspace (default samples/) */
  samples?: string;
  viewport?: { width: number; height: number };
  /** user settings added to the seeded ones */
  settings?: Record<string, unknown>;
}

export class Workbench {
  private constructor(
    readonly run: RunDir,
    readonly server: CodeServer,
    readonly browser: Browser,
    readonly page: Page,
  ) {}

  /** the workspace folder (a fresh copy of samples/) */
  get workspace(): string {
    return this.run.workspace;
  }

  static async start(opts: WorkbenchOptions = {}): Promise<Workbench> {
    const vsix = opts.vsix ?? ensureVsix();
    const run = makeRunDir('e2e', { samples: opts.samples ?? path.join(repoRoot, 'samples') });
    if (opts.settings) {
      const file = path.join(run.userDataDir, 'User', 'settings.json');
      fs.writeFileSync(file, JSON.stringify({ ...JSON.parse(fs.readFileSync(file, 'utf8')), ...opts.settings }, null, 2));
    }
    installExtension(run, vsix);
    const verbose = process.env.ANNOTATOR_VERBOSE === '1';
    const server = await startCodeServer(run, { onLog: verbose ? (t) => process.stdout.write(`[code-server] ${t}`) : undefined });
    let browser: Browser | undefined;
    try {
      browser = await launchChromium();
      const page = await browser.newPage({ viewport: opts.viewport ?? { width: 1600, height: 1000 } });
      if (verbose) page.on('console', (m) => console.log(`[page:${m.type()}] ${m.text()}`));
      page.on('pageerror', (e) => console.error(`[page error] ${e.message}`));
      const wb = new Workbench(run, server, browser, page);
      await page.goto(workbenchUrl(server, run.workspace));
      await wb.waitForWorkbench();
      return wb;
    } catch (e) {
      await browser?.close().catch(() => undefined);
      await server.stop();
      removeRunDir(run);
      throw e;
    }
  }

  async close(): Promise<void> {
    await this.browser.close().catch(() => undefined);
    await this.server.stop();
    removeRunDir(this.run);
  }

  /** Waits until the workbench is up: explorer shows the workspace, the remote extension host runs. */
  async waitForWorkbench(timeout = 60_000): Promise<void> {
    await this.page.waitForSelector('.monaco-workbench .part.statusbar', { timeout });
    await this.page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout });
    // extensions activate lazily; give the workbench a moment to settle its first layout
    await this.page.waitForTimeout(500);
  }

  /** Opens a workspace file by name with Ctrl+P. */
  async openFile(name: string): Promise<void> {
    // quick open searches files in the server (ripgrep): on a loaded machine the first search can be
    // slow, so wait generously and retry with a fresh Ctrl+P
    const row = `.quick-input-widget .monaco-list-row[aria-label*="${cssString(name)}"]`;
    for (let attempt = 1; ; attempt++) {
      await this.focusWorkbench();
      await this.page.keyboard.press('Control+P');
      const input = await this.quickInput();
      await input.fill(name);
      try {
        await this.page.waitForSelector(row, { timeout: 20_000 * attempt });
        break;
      } catch (e) {
        if (attempt >= 3) throw e;
        await this.page.keyboard.press('Escape');
      }
    }
    await this.page.keyboard.press('Enter');
    await this.page.waitForSelector(`.tabs-container .tab.active[aria-label*="${cssString(name)}"]`, { timeout: 15_000 });
    await this.page.waitForSelector('.editor-group-container.active .monaco-editor .view-lines', { timeout: 15_000 });
  }

  /** Runs a command from the palette by its full title ("Annotator: Tag Entity"). */
  async runCommand(title: string): Promise<void> {
    await this.page.keyboard.press('F1');
    const input = await this.quickInput();
    await input.fill(`>${title}`);
    const row = this.page.locator('.quick-input-widget .monaco-list-row', { hasText: title }).first();
    await row.waitFor({ timeout: 15_000 });
    // the first row must be the command itself, not a fuzzy neighbour
    const first = this.page.locator('.quick-input-widget .monaco-list-row').first();
    const label = (await first.getAttribute('aria-label')) ?? (await first.textContent()) ?? '';
    if (!label.includes(title)) await row.click();
    else await this.page.keyboard.press('Enter');
    // the palette is gone, or replaced by the command's own quick pick (whose value is not '>…')
    await this.page.waitForFunction(() => {
      const w = document.querySelector('.quick-input-widget') as HTMLElement | null;
      const input = w?.querySelector('.quick-input-box input') as HTMLInputElement | null;
      return !w || w.style.display === 'none' || !input || !input.value.startsWith('>');
    }, undefined, { timeout: 10_000 });
  }

  /** Picks an item in the open quick pick by (part of) its label, typing it to filter. */
  async pickQuickItem(label: string, { type = true } = {}): Promise<void> {
    const input = await this.quickInput();
    if (type) await input.fill(label);
    const row = this.page.locator('.quick-input-widget .monaco-list-row', { hasText: label }).first();
    await row.waitFor({ timeout: 15_000 });
    await row.click();
  }

  /** Labels of the rows the open quick pick shows. */
  async quickItems(): Promise<string[]> {
    await this.quickInput();
    return this.page.locator('.quick-input-widget .monaco-list-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('aria-label') ?? r.textContent ?? ''));
  }

  /** Selects the n-th occurrence (1-based) of `text` in the active editor, through the find widget. */
  async selectText(text: string, occurrence = 1): Promise<void> {
    await this.focusEditor();
    await this.page.keyboard.press('Control+Home');
    await this.page.keyboard.press('Control+F');
    const find = this.page.locator('.editor-group-container.active .find-widget textarea, .editor-group-container.active .find-widget input').first();
    await find.waitFor({ timeout: 10_000 });
    await find.fill(text);
    await this.page.waitForFunction(() => !!document.querySelector('.editor-group-container.active .find-widget .matchesCount')?.textContent?.match(/of \d+/));
    // after typing, the first match from the cursor is selected; Enter moves to the next one
    for (let i = 1; i < occurrence; i++) await this.page.keyboard.press('Enter');
    await this.page.keyboard.press('Escape');
    await this.page.waitForFunction(
      (n) => (document.querySelector('#status\\.editor\\.selection')?.textContent ?? '').includes(`(${n} selected)`),
      text.length, { timeout: 10_000 },
    );
  }

  /** The status bar's cursor item, e.g. "Ln 12, Col 5 (7 selected)". */
  async cursorStatus(): Promise<string> {
    return (await this.page.locator('#status\\.editor\\.selection').textContent({ timeout: 10_000 }))?.trim() ?? '';
  }

  /** The language the status bar shows for the active editor ("Article"). */
  async languageStatus(): Promise<string> {
    return (await this.page.locator('#status\\.editor\\.mode').textContent({ timeout: 10_000 }))?.trim() ?? '';
  }

  /**
   * Editor decorations of the active editor, with computed colours: elements with generated `ced-…`
   * classes, inline spans in the text and (for backgrounds and borders) boxes in the overlay layer.
   * Empty (zero-width) boxes are left out.
   */
  async decorations(): Promise<Decoration[]> {
    return this.page.evaluate(() => {
      const root = '.editor-group-container.active .monaco-editor';
      const els = Array.from(document.querySelectorAll(`${root} .view-lines span[class*="ced-"], ${root} .view-overlays [class*="ced-"]`));
      return els.filter((s) => s.getBoundingClientRect().width > 0).map((s) => {
        const cs = getComputedStyle(s);
        const inline = !!s.closest('.view-lines');
        return {
          kind: inline ? ('inline' as const) : ('overlay' as const),
          text: inline ? s.textContent ?? '' : '',
          width: s.getBoundingClientRect().width,
          className: s.className,
          color: cs.color,
          backgroundColor: cs.backgroundColor,
          // only colours that are drawn: a border side with a style and a width, a decoration line
          borderColor: (['Bottom', 'Top', 'Left', 'Right'] as const)
            .filter((side) => cs[`border${side}Style`] !== 'none' && parseFloat(cs[`border${side}Width`]) > 0)
            .map((side) => cs[`border${side}Color`])[0] ?? '',
          textDecorationColor: cs.textDecorationLine && cs.textDecorationLine !== 'none' ? cs.textDecorationColor : '',
        };
      });
    });
  }

  /** Waits until the active editor shows at least `min` decorations; returns them. */
  async waitForDecorations(min = 1, timeout = 30_000): Promise<Decoration[]> {
    const deadline = Date.now() + timeout;
    let found: Decoration[] = [];
    while (Date.now() < deadline) {
      found = await this.decorations();
      if (found.length >= min) return found;
      await this.page.waitForTimeout(250);
    }
    throw new Error(`expected at least ${min} decorated spans, found ${found.length}`);
  }

  /** Opens a view container from the activity bar by its title ("Article Annotator"). */
  async openViewContainer(title: string): Promise<void> {
    const item = this.page.locator(`.activitybar .action-item a[aria-label^="${cssString(title)}"], .activitybar .action-item .action-label[aria-label^="${cssString(title)}"]`).first();
    await item.waitFor({ timeout: 15_000 });
    const checked = await item.evaluate((el) => el.closest('.action-item')?.classList.contains('checked') ?? false);
    if (!checked) await item.click();
  }

  /** The webview frame (nested iframes) whose document has `selector`; waits for it. */
  async webviewFrame(selector: string, timeout = 30_000): Promise<Frame> {
    const deadline = Date.now() + timeout;
    while (Date.now() < deadline) {
      for (const f of this.page.frames()) {
        if (f === this.page.mainFrame() || f.isDetached()) continue;
        try {
          if (await f.$(selector)) return f;
        } catch {
          /* frame navigated meanwhile */
        }
      }
      await this.page.waitForTimeout(250);
    }
    throw new Error(`no webview frame with ${selector} within ${timeout} ms (frames: ${this.page.frames().map((f) => f.url()).join(', ')})`);
  }

  /** Screen point at the middle of the first visible occurrence of `text` in the active editor. */
  async textPoint(text: string): Promise<{ x: number; y: number }> {
    const point = await this.page.evaluate((needle) => {
      for (const line of Array.from(document.querySelectorAll('.editor-group-container.active .monaco-editor .view-line'))) {
        const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const at = (n.textContent ?? '').replace(/\u00a0/g, ' ').indexOf(needle);
          if (at < 0) continue;
          const range = document.createRange();
          range.setStart(n, at);
          range.setEnd(n, at + needle.length);
          const r = range.getBoundingClientRect();
          return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
        }
      }
      return undefined;
    }, text);
    if (!point) throw new Error(`"${text}" is not on screen in the active editor (within one token)`);
    return point;
  }

  /** Hovers the first visible occurrence of `text` in the active editor and returns the hover's text. */
  async hoverText(text: string, timeout = 15_000): Promise<string> {
    const { x, y } = await this.textPoint(text);
    await this.page.mouse.move(x, y);
    const hover = this.page.locator('.monaco-editor .monaco-hover:not(.hidden)').first();
    await hover.waitFor({ state: 'visible', timeout });
    // the hover first says "Loading..." while the providers answer
    return this.until('the hover to load', async () => {
      const t = (await hover.innerText()).trim();
      return t && !/^Loading/.test(t) ? t : undefined;
    }, timeout);
  }

  /** Saves a PNG under test-results/screenshots/ and returns its path. */
  async screenshot(name: string): Promise<string> {
    fs.mkdirSync(screenshotDir, { recursive: true });
    const file = path.join(screenshotDir, `${name}.png`);
    await this.page.screenshot({ path: file });
    return file;
  }

  /** Path of a file in the workspace. */
  file(name: string): string {
    return path.join(this.workspace, name);
  }

  /** Waits until `check` returns a truthy value (polling), or fails with `what`. */
  async until<T>(what: string, check: () => T | Promise<T>, timeout = 15_000): Promise<NonNullable<T>> {
    const deadline = Date.now() + timeout;
    let last: unknown;
    while (Date.now() < deadline) {
      try {
        const v = await check();
        if (v) return v as NonNullable<T>;
      } catch (e) {
        last = e;
      }
      await this.page.waitForTimeout(200);
    }
    throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
  }

  async focusEditor(): Promise<void> {
    await this.page.locator('.editor-group-container.active .monaco-editor .view-lines').first().click({ position: { x: 5, y: 5 } });
  }

  private async focusWorkbench(): Promise<void> {
    await this.page.locator('.monaco-workbench .part.statusbar').click({ position: { x: 1, y: 1 } }).catch(() => undefined);
  }

  private async quickInput() {
    const input = this.page.locator('.quick-input-widget .quick-input-box input').first();
    await input.waitFor({ state: 'visible', timeout: 15_000 });
    return input;
  }
}

export const startWorkbench = (opts?: WorkbenchOptions): Promise<Workbench> => Workbench.start(opts);

function cssString(s: string): string {
  return s.replace(/["\\]/g, '\\$&');
}

/**
 * Mocha hooks for a describe block: starts one workbench before its tests, closes it after, and
 * screenshots each failed test as `${failurePrefix}${title}`. `onStart` receives the workbench.
 */
export function useWorkbench(onStart: (wb: Workbench) => void, failurePrefix = 'failed-'): void {
  let wb: Workbench | undefined;
  before(async function () {
    this.timeout(240_000);
    wb = await startWorkbench();
    onStart(wb);
  });
  after(async () => {
    await wb?.close();
  });
  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && wb) await wb.screenshot(`${failurePrefix}${this.currentTest.title.replace(/\W+/g, '-')}`).catch(() => undefined);
  });
}
