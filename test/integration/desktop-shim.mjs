#!/usr/bin/env node
// Stands in for the VS Code desktop executable: takes its command line (as @vscode/test-electron
// passes it: --extensionDevelopmentPath=… --extensionTestsPath=… --user-data-dir=… FOLDER) and runs
// the suite in code-server through run.mjs. Lets the desktop path be exercised on machines that have
// no VS Code desktop:  node test/integration/electron.mjs --vscode test/integration/desktop-shim.mjs
import { runIntegration } from './run.mjs';

const opts = {};
const positional = [];
for (const a of process.argv.slice(2)) {
  const m = /^--([^=]+)=(.*)$/.exec(a);
  if (!m) { if (!a.startsWith('--')) positional.push(a); continue; }
  if (m[1] === 'extensionDevelopmentPath') opts.ext = m[2];
  else if (m[1] === 'extensionTestsPath') opts.tests = m[2];
}
if (positional.length) opts.folder = positional[positional.length - 1];
// the results file the suite writes comes from the env test-electron passes (extensionTestsEnv)
if (process.env.ANNOTATOR_TEST_RESULTS) opts.results = process.env.ANNOTATOR_TEST_RESULTS;
process.exit(await runIntegration(opts));
