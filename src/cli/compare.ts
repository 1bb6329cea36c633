import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { articleDate } from '../core/claims/articleDate';
import { compareClaims, formatValue, listTopics, type ArticleClaims } from '../core/claims/compare';
import { detectClaims } from '../core/claims/detect';
import type { Claim, DetectedClaim } from '../core/model';
import { parseSidecar, sidecarPathFor } from '../core/store/sidecar';

const HELP = `usage: article-annotator compare [--topic T] [--json] PATH...
       article-annotator compare --topics [--json] PATH...

Compares the claims of the articles (*.txt) in PATH (files or folders, recursively) by topic:
every claim sorted by date with claimant, kind, value and article; the envelope of the independent
estimates per unit; claims outside all estimates flagged. Claims come from each article's sidecar
(NAME.annotations.yaml); an article without sidecar claims uses detected claims, and says so.
--topics lists the topics with their claim counts instead.
Exit status: 0 on success, 1 when no article was found, 2 on usage error.
`;

async function articlesIn(p: string): Promise<string[]> {
  const st = await fs.stat(p);
  if (st.isFile()) return p.endsWith('.txt') ? [p] : [];
  const out: string[] = [];
  for (const e of await fs.readdir(p, { withFileTypes: true })) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    out.push(...(await articlesIn(path.join(p, e.name))));
  }
  return out.sort();
}

function fromDetected(d: DetectedClaim, i: number, text: string): Claim {
  return {
    id: `detected-${i + 1}`, start: d.start, end: d.end, quote: text.slice(d.start, d.end),
    claimant: d.claimant, kind: d.kind, topic: d.topic, value: d.value, status: 'unverified',
  };
}

export interface LoadedArticle extends ArticleClaims {
  detected: boolean;
  problems: string[];
}

/** Claims of one article: its sidecar's when it has any, else the detector's. */
export async function loadArticle(file: string): Promise<LoadedArticle> {
  const text = await fs.readFile(file, 'utf8');
  const problems: string[] = [];
  let sidecarText: string | undefined;
  try {
    sidecarText = await fs.readFile(sidecarPathFor(file), 'utf8');
  } catch {
    sidecarText = undefined;
  }
  if (sidecarText !== undefined) {
    const parsed = parseSidecar(sidecarText, sidecarPathFor(file));
    for (const p of parsed.problems.filter((x) => x.severity === 'error')) problems.push(`${p.file}:${p.line}:${p.column}: ${p.message}`);
    if (parsed.doc && parsed.doc.claims.length) {
      // a claimant may be an entity id of the same sidecar: show the entity's name
      const names = new Map(parsed.doc.entities.map((e) => [e.id, e.name]));
      const claims = parsed.doc.claims.map((c) => ({ ...c, claimant: names.get(c.claimant) ?? c.claimant }));
      return { articleFile: file, articleDate: parsed.doc.article.date ?? articleDate(text), claims, detected: false, problems };
    }
  }
  const claims = detectClaims(text).map((d, i) => fromDetected(d, i, text));
  return { articleFile: file, articleDate: articleDate(text), claims, detected: true, problems };
}

export const command = {
  summary: 'compare claims by topic across articles; flag claims outside all independent estimates',
  async run(args: string[]): Promise<number> {
    if (args.includes('--help') || args.includes('-h')) {
      process.stdout.write(HELP);
      return 0;
    }
    const json = args.includes('--json');
    const topicsOnly = args.includes('--topics');
    let topic: string | undefined;
    const paths: string[] = [];
    for (let i = 0; i < args.length; i++) {
      const a = args[i];
      if (a === '--topic') {
        topic = args[++i];
        if (!topic) return usage('--topic needs a value');
      } else if (a === '--json' || a === '--topics') continue;
      else if (a.startsWith('-')) return usage(`unknown option ${a}`);
      else paths.push(a);
    }
    if (!paths.length) return usage('');
    const files: string[] = [];
    for (const p of paths) {
      try {
        files.push(...(await articlesIn(p)));
      } catch {
        process.stderr.write(`compare: cannot read ${p}\n`);
        return 2;
      }
    }
    if (!files.length) {
      process.stderr.write('compare: no article (*.txt) found\n');
      return 1;
    }
    const articles = await Promise.all(files.map(loadArticle));
    for (const a of articles) for (const p of a.problems) process.stderr.write(`compare: ${p} (using detected claims)\n`);
    const detected = articles.filter((a) => a.detected).map((a) => a.articleFile);
    if (topicsOnly) {
      const topics = listTopics(articles);
      if (json) process.stdout.write(JSON.stringify({ topics, detected }, null, 2) + '\n');
      else for (const t of topics) process.stdout.write(`${t.topic}\t${t.count}\n`);
      if (!json && detected.length) process.stderr.write(`note: no sidecar claims for ${detected.length} article(s); detected claims used: ${detected.join(', ')}\n`);
      return 0;
    }
    const result = compareClaims(articles, topic);
    if (json) {
      const out = result.map((t) => ({
        topic: t.topic,
        envelopes: t.envelopes,
        claims: t.claims.map((c) => ({
          article: c.articleFile, date: c.date ?? null, id: c.claim.id, claimant: c.claim.claimant, kind: c.claim.kind,
          value: c.claim.value ?? null, text: c.claim.quote, outside: c.outside, summary: c.summary,
          source: detected.includes(c.articleFile) ? 'detected' : 'sidecar',
        })),
      }));
      process.stdout.write(JSON.stringify({ topics: out, detected }, null, 2) + '\n');
      return 0;
    }
    for (const t of result) {
      process.stdout.write(`== ${t.topic} (${t.claims.length} claim${t.claims.length === 1 ? '' : 's'})\n`);
      for (const c of t.claims) {
        const value = c.claim.value ? formatValue(c.claim.value) : '-';
        const flag = c.outside ? '  !! outside all estimates' : '';
        const src = detected.includes(c.articleFile) ? ' [detected]' : '';
        process.stdout.write(`${(c.date ?? 'undated').padEnd(10)}  ${c.claim.kind.padEnd(8)}  ${c.claim.claimant.slice(0, 28).padEnd(28)}  ${value.padEnd(18)}  ${path.basename(c.articleFile)}${src}${flag}\n`);
        process.stdout.write(`            “${c.claim.quote.length > 110 ? c.claim.quote.slice(0, 107) + '…' : c.claim.quote}”\n`);
      }
      for (const e of t.envelopes) {
        process.stdout.write(`  independent estimates (${e.unit || 'count'}): ${formatValue({ min: e.min, max: e.max, unit: e.unit, text: '' })} from ${e.count}\n`);
      }
    }
    if (!result.length) process.stdout.write(topic ? `no claims on topic '${topic}'\n` : 'no claims\n');
    if (detected.length) process.stderr.write(`note: no sidecar claims for ${detected.length} article(s); detected claims used: ${detected.map((f) => path.basename(f)).join(', ')}\n`);
    return 0;
  },
};

function usage(message: string): number {
  process.stderr.write(message ? `compare: ${message}\n${HELP}` : HELP);
  return 2;
}
