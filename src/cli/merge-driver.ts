import { spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import { mergeDocs } from '../core/store/merge';
import { parseSidecar, serializeSidecar } from '../core/store/sidecar';

const HELP = `usage: article-annotator merge-driver BASE OURS THEIRS [PATH]

A git merge driver for *.annotations.yaml: merges the three versions by id (annotations added on
both branches are all kept, edits to different entries or fields combine, deletions apply unless
the other branch changed the entry) and writes the result over OURS, keeping its comments.
A field changed differently on both branches keeps ours and is printed. If a version does not
parse, falls back to 'git merge-file' (conflict markers) and exits 1.

Set up once per clone:
  git config merge.article-annotator.name "Article Annotator sidecars"
  git config merge.article-annotator.driver "article-annotator merge-driver %O %A %B %P"
and in .gitattributes:
  *.annotations.yaml merge=article-annotator
`;

async function readOrEmpty(file: string): Promise<string> {
  return fs.readFile(file, 'utf8').catch(() => '');
}

export const command = {
  summary: 'git merge driver for sidecars: merge by id, no conflicts for parallel annotation',
  async run(args: string[]): Promise<number> {
    if (args.includes('--help') || args.includes('-h')) {
      process.stdout.write(HELP);
      return 0;
    }
    if (args.length < 3 || args.length > 4) {
      process.stderr.write(HELP);
      return 2;
    }
    const [basePath, oursPath, theirsPath, name = oursPath] = args;
    const [baseText, oursText, theirsText] = await Promise.all([readOrEmpty(basePath), readOrEmpty(oursPath), readOrEmpty(theirsPath)]);
    const base = baseText.trim() ? parseSidecar(baseText, basePath) : undefined;
    const ours = parseSidecar(oursText, oursPath);
    const theirs = parseSidecar(theirsText, theirsPath);
    if (!ours.doc || !theirs.doc || ours.readOnly || theirs.readOnly || (base && !base.doc)) {
      process.stderr.write(`article-annotator merge-driver: ${name}: a version does not parse; falling back to a text merge\n`);
      const r = spawnSync('git', ['merge-file', '-L', 'ours', '-L', 'base', '-L', 'theirs', oursPath, basePath, theirsPath], { stdio: 'inherit' });
      return r.status === 0 ? 0 : 1;
    }
    const merged = mergeDocs(base?.doc, ours.doc, theirs.doc);
    await fs.writeFile(oursPath, serializeSidecar(merged.doc, oursText));
    for (const c of merged.conflicts) {
      process.stderr.write(`article-annotator merge-driver: ${name}: ${c.where}.${c.field} changed on both branches; kept ours (${JSON.stringify(c.ours)}), theirs was ${JSON.stringify(c.theirs)}\n`);
    }
    return 0;
  },
};
