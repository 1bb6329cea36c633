#!/usr/bin/env node
// npm start without VS Code desktop: code-server on 127.0.0.1:$ANNOTATOR_PORT (default 8080) with the
// packaged extension installed and samples/ open; runs until Ctrl+C, then stops the whole process group.
// Its user data, extensions and HOME live in .tools/start/ (kept between runs; seeded settings).
//   node scripts/serve.mjs [--vsix FILE] [--folder DIR]     (scripts/start.sh prepares the tools and the VSIX)
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { installExtension, makeRunDir, removeRunDir, repoRoot, startCodeServer, workbenchUrl } from './lib/code-server.mjs';

const { values } = parseArgs({ options: { vsix: { type: 'string' }, folder: { type: 'string' } } });
const vsix = resolve(values.vsix ?? join(repoRoot, 'dist/article-annotator.vsix'));
const folder = resolve(values.folder ?? join(repoRoot, 'samples'));
const port = Number(process.env.ANNOTATOR_PORT ?? 8080);
const toolsDir = process.env.ANNOTATOR_TOOLS_DIR ?? join(repoRoot, '.tools');

const run = makeRunDir('start', { dir: join(toolsDir, 'start'), samples: null });
console.log(installExtension(run, vsix));
const server = await startCodeServer(run, { port, onLog: process.env.ANNOTATOR_VERBOSE === '1' ? (t) => process.stdout.write(t) : undefined })
  .catch((e) => {
    console.error(`could not start code-server on 127.0.0.1:${port} (set ANNOTATOR_PORT for another port)\n${e.message}`);
    process.exit(1);
  });

let stopping = false;
async function shutdown(code) {
  if (stopping) return;
  stopping = true;
  console.log('\nstopping code-server …');
  await server.stop();
  removeRunDir(run);
  process.exit(code);
}
// our own handlers (registered after startCodeServer's) stop gracefully first
process.removeAllListeners('SIGINT');
process.removeAllListeners('SIGTERM');
process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));
server.child.once('exit', (code, signal) => {
  if (stopping) return;
  console.error(`code-server exited (${code ?? signal})`);
  void shutdown(code || 1);
});

console.log(`
Article Annotator is running in code-server, with samples/ open:

    ${workbenchUrl(server, folder)}

Open that URL in a browser. Press Ctrl+C to stop.
`);
