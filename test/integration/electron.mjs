#!/usr/bin/env node
// The desktop path of the integration tests: runs the same suite (dist/test/suite/index.js) in VS Code
// desktop (Electron) through @vscode/test-electron, on a fresh copy of samples/ with its own user data
// and extensions dirs, and writes the counts to the results JSON like run.mjs does.
//
//   node test/integration/electron.mjs [--results FILE] [--vscode EXECUTABLE]
//
// The executable: --vscode, else ANNOTATOR_VSCODE_EXECUTABLE, else the Electron binary behind `code` on
// PATH; without any, test-electron would download VS Code (impossible on machines without that network).
// test/integration/desktop-shim.mjs is an executable that speaks the desktop command line and runs the
// suite in code-server instead: `--vscode test/integration/desktop-shim.mjs` checks this path anywhere.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { runTests } from '@vscode/test-electron';
import { makeRunDir, removeRunDir, repoRoot } from '../../scripts/lib/code-server.mjs';

/** The Electron executable of a VS Code desktop install, from the `code` launcher on PATH. */
export function findVSCodeExecutable() {
  if (process.env.ANNOTATOR_VSCODE_EXECUTABLE) return process.env.ANNOTATOR_VSCODE_EXECUTABLE;
  let launcher;
  try { launcher = realpathSync(execFileSync('which', ['code'], { encoding: 'utf8' }).trim()); } catch { return undefined; }
  if (launcher.includes('code-server')) return undefined;
  // Linux: <app>/bin/code -> <app>/code ; macOS: <app>/Contents/Resources/app/bin/code -> <app>/Contents/MacOS/Electron|Code
  const app = dirname(dirname(launcher));
  const candidates = [join(app, 'code'), join(app, 'code-insiders'), join(app, '../../MacOS/Electron'), join(app, '../../MacOS/Code')];
  return candidates.find((c) => existsSync(c));
}

export async function runElectron({ results = join(repoRoot, 'test-results/integration.json'), vscode = findVSCodeExecutable() } = {}) {
  const started = Date.now();
  results = resolve(results);
  mkdirSync(dirname(results), { recursive: true });
  rmSync(results, { force: true });
  const run = makeRunDir('electron');
  console.log(`[integration:electron] ${vscode ?? '(test-electron download)'} on ${run.workspace}`);
  let exitCode = 0;
  try {
    exitCode = await runTests({
      vscodeExecutablePath: vscode,
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath: join(repoRoot, 'dist/test/suite/index.js'),
      extensionTestsEnv: { ANNOTATOR_TEST_RESULTS: results },
      launchArgs: [run.workspace, `--user-data-dir=${run.userDataDir}`, `--extensions-dir=${run.extensionsDir}`, '--disable-extensions'],
    });
  } catch (err) {
    console.error(`[integration:electron] ${err?.message ?? err}`);
    exitCode = err?.code ?? 1;
  } finally {
    removeRunDir(run);
  }
  let counts;
  try { counts = JSON.parse(readFileSync(results, 'utf8')); } catch { counts = { passed: 0, failed: 0, pending: 0, failures: [] }; }
  if (exitCode !== 0 && counts.failed === 0) {
    counts.failed = 1;
    counts.failures.push({ title: `VS Code exited with ${exitCode}`, error: '' });
  }
  Object.assign(counts, { exitCode, seconds: Math.round((Date.now() - started) / 100) / 10, runDir: run.dir, vscode: vscode ?? null });
  writeFileSync(results, JSON.stringify(counts, null, 2));
  console.log(`[integration:electron] exit ${exitCode}: ${counts.passed} passed, ${counts.failed} failed in ${counts.seconds} s`);
  return exitCode;
}

if (process.argv[1]?.endsWith('/electron.mjs')) {
  const { values } = parseArgs({ options: { results: { type: 'string' }, vscode: { type: 'string' } } });
  process.exit(await runElectron({ results: values.results, vscode: values.vscode ? resolve(values.vscode) : undefined }));
}
