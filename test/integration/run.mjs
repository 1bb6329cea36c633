#!/usr/bin/env node
// Runs the integration suite (dist/test/suite/index.js) inside the real VS Code extension host:
// code-server with the smoke-test driver, a fresh copy of samples/ as the workspace, its own
// HOME/XDG/TMPDIR, the workbench loaded in headless chromium with the test payload in its URL.
// Relays the host's log, writes the counts to a JSON results file, stops the whole process group
// and exits with the suite's exit code.
//
//   node test/integration/run.mjs [--ext DIR] [--tests FILE] [--folder DIR] [--results FILE] [--timeout MS]
//
// Needs the environment of scripts/tools.sh (ANNOTATOR_NODE24, ANNOTATOR_CODE_SERVER_ENTRY, ANNOTATOR_CHROMIUM).
// ANNOTATOR_TEST_GREP filters tests by title; ANNOTATOR_VERBOSE=1 also prints the server's and page's output.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium, makeRunDir, removeRunDir, repoRoot, startCodeServer, workbenchUrl } from '../../scripts/lib/code-server.mjs';

// workbench chatter that says nothing about the tests (shown with ANNOTATOR_VERBOSE=1)
const NOISE = /ENOTFOUND|Resolving connection token|Resolved connection token|Creating a socket|\[reconnection-grace-time\]|Updating additional builtin extensions|\[Service Worker\]|\[AgentHost|\[AccountPolicyGate\]/;

export async function runIntegration({
  ext = repoRoot,
  tests = join(ext, 'dist/test/suite/index.js'),
  folder,
  results = join(repoRoot, 'test-results/integration.json'),
  timeoutMs = Number(process.env.ANNOTATOR_INTEGRATION_TIMEOUT ?? 15 * 60_000),
  env = {},
  userDataDir,
  extensionsDir,
} = {}) {
  const verbose = process.env.ANNOTATOR_VERBOSE === '1';
  const started = Date.now();
  ext = resolve(ext);
  tests = resolve(tests);
  results = resolve(results);
  if (!existsSync(tests)) throw new Error(`no test module ${tests}: run the build first`);
  mkdirSync(dirname(results), { recursive: true });
  rmSync(results, { force: true });

  const run = makeRunDir('integration', { samples: folder ? null : join(repoRoot, 'samples') });
  if (userDataDir) run.userDataDir = userDataDir;
  if (extensionsDir) run.extensionsDir = extensionsDir;
  const workspace = folder ? resolve(folder) : run.workspace;
  const log = [];
  const say = (line) => { log.push(line); console.log(line); };
  say(`[integration] run folder ${run.dir}, workspace ${workspace}`);

  let server, browser, exitCode = 1, timedOut = false;
  try {
    server = await startCodeServer(run, {
      smokeTestDriver: true,
      env: { ...env, ANNOTATOR_TEST_RESULTS: results },
      onLog: verbose ? (t) => process.stdout.write(`[code-server] ${t}`) : undefined,
    });
    const authority = `vscode-remote://127.0.0.1:${server.port}`;
    const url = workbenchUrl(server, workspace, [
      ['extensionDevelopmentPath', `${authority}${ext}`],
      ['extensionTestsPath', `${authority}${tests}`],
    ]);
    browser = await launchChromium();
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    let onExit;
    const exited = new Promise((r) => { onExit = r; });
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      const text = Array.isArray(args) ? args.join(' ') : String(args);
      if (!verbose && (type === 'trace' || type === 'debug' || NOISE.test(text))) return;
      for (const line of text.split('\n')) say(`  ${line}`);
    });
    await page.exposeFunction('codeAutomationExit', (code, logs) => {
      if (Array.isArray(logs)) writeFileSync(join(run.dir, 'host-logs.json'), JSON.stringify(logs, null, 2));
      onExit(Number(code));
    });
    if (verbose) page.on('console', (m) => console.log(`[page:${m.type()}] ${m.text()}`));
    page.on('pageerror', (e) => console.error(`[page error] ${e.message}`));
    await page.goto(url);
    let timer;
    const timeout = new Promise((r) => { timer = setTimeout(() => { timedOut = true; r(124); }, timeoutMs); });
    exitCode = await Promise.race([exited, timeout]);
    clearTimeout(timer);
    if (timedOut) {
      say(`[integration] TIMED OUT after ${timeoutMs} ms`);
      const shot = join(repoRoot, 'test-results/screenshots/integration-timeout.png');
      mkdirSync(dirname(shot), { recursive: true });
      await page.screenshot({ path: shot }).catch(() => {});
      say(`[integration] screenshot ${shot}; server output:\n${server.output().slice(-4000)}`);
    }
  } catch (err) {
    say(`[integration] harness error: ${err?.stack ?? err}`);
    exitCode = exitCode || 1;
  } finally {
    await browser?.close().catch(() => {});
    await server?.stop();
    removeRunDir(run);
  }

  // counts: from the results file the suite wrote, else from its summary line in the log
  let counts;
  try { counts = JSON.parse(readFileSync(results, 'utf8')); } catch { counts = undefined; }
  if (!counts) {
    const m = log.map((l) => /integration: (\d+) passed, (\d+) failed/.exec(l)).find(Boolean);
    counts = m ? { passed: Number(m[1]), failed: Number(m[2]), pending: 0, failures: [] } : { passed: 0, failed: 0, pending: 0, failures: [] };
  }
  // a run that failed without a failing test (crash, timeout, no tests) still counts as one failure
  if (exitCode !== 0 && counts.failed === 0) {
    counts.failed = 1;
    counts.failures.push({ title: timedOut ? 'integration run timed out' : `integration run exited with ${exitCode}`, error: '' });
  }
  Object.assign(counts, { exitCode, timedOut, seconds: Math.round((Date.now() - started) / 100) / 10, runDir: run.dir });
  writeFileSync(results, JSON.stringify(counts, null, 2));
  say(`[integration] exit ${exitCode}: ${counts.passed} passed, ${counts.failed} failed in ${counts.seconds} s (results: ${results})`);
  return exitCode;
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('/run.mjs')) {
  const { values } = parseArgs({
    options: {
      ext: { type: 'string' }, tests: { type: 'string' }, folder: { type: 'string' },
      results: { type: 'string' }, timeout: { type: 'string' },
    },
  });
  const code = await runIntegration({
    ext: values.ext, tests: values.tests, folder: values.folder, results: values.results,
    timeoutMs: values.timeout ? Number(values.timeout) : undefined,
  });
  process.exit(code);
}
