// The in-host test runner: VS Code (code-server's web workbench with the smoke-test driver, or
// @vscode/test-electron on desktop) loads this bundle as `extensionTestsPath` and awaits run().
// It runs mocha (BDD) over every `*.test.js` bundle that the build put next to it
// (dist/test/suite/), and, if ANNOTATOR_TEST_RESULTS names a file, writes the counts there as JSON.
import * as fs from 'fs';
import * as path from 'path';
import * as util from 'util';
import Mocha from 'mocha';

export interface SuiteResults {
  passed: number;
  failed: number;
  pending: number;
  failures: { title: string; error: string }[];
  durationMs: number;
}

export function run(): Promise<void> {
  // the host relays console.log without printf formatting: format mocha's '%s' lines here
  (Mocha.reporters.Base as unknown as { consoleLog: (...a: unknown[]) => void }).consoleLog = (...a) => console.log(util.format(...a));
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: Number(process.env.ANNOTATOR_TEST_TIMEOUT ?? 30000), reporter: 'spec' });
  const grep = process.env.ANNOTATOR_TEST_GREP;
  if (grep) mocha.grep(grep);
  const files = fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort();
  for (const f of files) mocha.addFile(path.join(__dirname, f));
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const results: SuiteResults = { passed: 0, failed: 0, pending: 0, failures: [], durationMs: 0 };
    try {
      const runner = mocha.run((failures) => {
        results.durationMs = Date.now() - started;
        writeResults(results);
        console.log(`integration: ${results.passed} passed, ${results.failed} failed, ${results.pending} pending (${files.length} files)`);
        if (failures > 0 || files.length === 0) reject(new Error(files.length === 0 ? `no *.test.js next to ${__dirname}` : `${failures} integration tests failed`));
        else resolve();
      });
      runner.on('pass', () => { results.passed++; });
      runner.on('pending', () => { results.pending++; });
      runner.on('fail', (test, err: Error) => {
        results.failed++;
        results.failures.push({ title: test.fullTitle(), error: String(err?.stack ?? err) });
      });
    } catch (err) {
      results.failed++;
      results.failures.push({ title: 'loading the suite', error: String((err as Error)?.stack ?? err) });
      writeResults(results);
      reject(err);
    }
  });
}

function writeResults(results: SuiteResults): void {
  const out = process.env.ANNOTATOR_TEST_RESULTS;
  if (out) fs.writeFileSync(out, JSON.stringify(results, null, 2));
}
