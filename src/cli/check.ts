import { checkPaths } from '../core/store/check';

const HELP = `usage: article-annotator check [--json] PATH...

Validates sidecars (*.annotations.yaml), articles (*.txt) and folders (recursively): YAML syntax,
version, schema, spans against the article, duplicate ids, alias bombs, sizes (sidecar 20 MB,
article 50 MB), binary or non-UTF-8 articles, missing articles, article.file outside the folder.
Prints each problem as FILE:LINE:COLUMN: SEVERITY: MESSAGE (--json: one JSON report).
Exit status: 0 when every file is valid (warnings allowed), 1 when any has an error, 2 on usage error.
`;

export const command = {
  summary: 'validate sidecars and articles; print file:line:column: problem',
  async run(args: string[]): Promise<number> {
    if (args.includes('--help') || args.includes('-h')) {
      process.stdout.write(HELP);
      return 0;
    }
    const json = args.includes('--json');
    const unknown = args.filter((a) => a.startsWith('-') && a !== '--json');
    const paths = args.filter((a) => !a.startsWith('-'));
    if (unknown.length || !paths.length) {
      process.stderr.write(unknown.length ? `check: unknown option ${unknown[0]}\n${HELP}` : HELP);
      return 2;
    }
    const reports = await checkPaths(paths);
    const errors = reports.reduce((n, r) => n + r.problems.filter((p) => p.severity === 'error').length, 0);
    const warnings = reports.reduce((n, r) => n + r.problems.filter((p) => p.severity === 'warning').length, 0);
    if (json) {
      process.stdout.write(JSON.stringify({ ok: errors === 0, files: reports.length, errors, warnings, reports }, null, 2) + '\n');
    } else {
      for (const r of reports) for (const p of r.problems) process.stdout.write(`${p.file}:${p.line}:${p.column}: ${p.severity}: ${p.message}\n`);
      process.stderr.write(`checked ${reports.length} file(s): ${errors} error(s), ${warnings} warning(s)\n`);
    }
    return errors ? 1 : 0;
  },
};
