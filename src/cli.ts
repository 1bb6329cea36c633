/**
 * article-annotator: the command-line tool. Same core as the extension, no VS Code.
 * Each subcommand lives in src/cli/NAME.ts and exports `run(args): Promise<number>` (exit code).
 */
type Subcommand = { summary: string; run: (args: string[]) => Promise<number> };

const commands: Record<string, () => Promise<Subcommand>> = {
  // subcommands register here, one line each
  check: () => import('./cli/check').then((m) => m.command),
  'merge-driver': () => import('./cli/merge-driver').then((m) => m.command),
  compare: () => import('./cli/compare').then((m) => m.command),
  detect: () => import('./cli/detect').then((m) => m.command),
};

function usage(): string {
  const lines = Object.keys(commands).map((n) => `  ${n}`);
  return `usage: article-annotator <command> [options] PATH...\n\ncommands:\n${lines.join('\n')}\n\nRun 'article-annotator <command> --help' for a command's options.\n`;
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(usage());
    return name ? 0 : 2;
  }
  const load = commands[name];
  if (!load) {
    process.stderr.write(`article-annotator: unknown command '${name}'\n${usage()}`);
    return 2;
  }
  return (await load()).run(rest);
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err: unknown) => {
    process.stderr.write(`article-annotator: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 2;
  },
);
