/**
 * `article-annotator detect [--json] [--write] [--types T,...] FILE...`: entity suggestions for
 * articles, as a table, as JSON, or merged into the sidecars.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { makeAnchor } from '../core/anchor/context';
import { reanchorDoc } from '../core/anchor/doc';
import { detectEntities } from '../core/detect';
import { detectClaims } from '../core/claims/detect';
import { newId } from '../core/ids';
import type { AnnotationDoc, DetectedClaim, DetectedEntity } from '../core/model';
import { readArticle } from '../core/store/article';
import { writeFileAtomic } from '../core/store/atomicWrite';
import { newDoc, parseSidecar, serializeSidecar, sha256, sidecarPathFor } from '../core/store/sidecar';

const HELP = `usage: article-annotator detect [--json] [--write] [--types T,...] FILE...

Detects entities (person, organization, location, date, quantity) in each article.
  (default)   a readable table per file
  --json      one JSON array on stdout, one object per file:
              {"file", "entities": [{"start","end","text","type"}],
               "claims": [{"start","end","text","claimant","kind","topic",
                           "value": {"min","max","unit","qualifier","text"} | null}]}
              (offsets: JavaScript string indices into the file read as UTF-8, end exclusive)
  --write     merge the suggestions into each article's sidecar (NAME.annotations.yaml);
              entities already there, and suggestions rejected there, are kept as they are
  --types     only these types, comma-separated
Exit status: 0 on success, 1 when a file could not be read or a sidecar could not be updated,
2 on usage error.
`;

interface FileResult {
  file: string;
  entities: Array<Pick<DetectedEntity, 'start' | 'end' | 'text' | 'type'>>;
  claims: CliClaim[];
}

/** A claim as `detect --json` prints it (issue 5): exactly these keys, value null without a figure. */
interface CliClaim extends Pick<DetectedClaim, 'start' | 'end' | 'text' | 'claimant' | 'kind' | 'topic'> {
  value: { min: number | null; max: number | null; unit: string; qualifier: string | null; text: string } | null;
}

/** Claims of the article, found by the claims detector (src/core/claims) with the default options. */
function claimsFor(text: string, entities: DetectedEntity[]): CliClaim[] {
  return detectClaims(text, entities).map((c) => ({
    start: c.start, end: c.end, text: c.text, claimant: c.claimant, kind: c.kind, topic: c.topic,
    value: c.value ? { min: c.value.min, max: c.value.max, unit: c.value.unit, qualifier: c.value.qualifier ?? null, text: c.value.text } : null,
  }));
}

export const command = {
  summary: 'detect entities in articles (table, --json, or --write into sidecars)',
  async run(args: string[]): Promise<number> {
    let json = false;
    let write = false;
    let types: string[] | undefined;
    const files: string[] = [];
    for (let i = 0; i < args.length; i++) {
      const a = args[i];
      if (a === '--help' || a === '-h') {
        process.stdout.write(HELP);
        return 0;
      } else if (a === '--json') json = true;
      else if (a === '--write') write = true;
      else if (a === '--types' || a.startsWith('--types=')) {
        const v = a.startsWith('--types=') ? a.slice(8) : args[++i];
        if (!v) return usage('--types needs a value');
        types = v.split(',').map((t) => t.trim()).filter(Boolean);
      } else if (a.startsWith('-')) return usage(`unknown option '${a}'`);
      else files.push(a);
    }
    if (!files.length) return usage('no FILE given');
    let status = 0;
    const results: FileResult[] = [];
    for (const file of files) {
      let text: string;
      try {
        text = await fs.readFile(file, 'utf8');
      } catch (e) {
        process.stderr.write(`detect: cannot read '${file}': ${(e as Error).message}\n`);
        status = 1;
        continue;
      }
      const entities = detectEntities(text, { types });
      results.push({
        file,
        entities: entities.map(({ start, end, text: t, type }) => ({ start, end, text: t, type })),
        claims: claimsFor(text, entities),
      });
      if (write && !(await writeSidecar(file, types))) status = 1;
    }
    if (json) process.stdout.write(JSON.stringify(results) + '\n');
    else if (!write) for (const r of results) process.stdout.write(table(r));
    return status;
  },
};

function usage(msg: string): number {
  process.stderr.write(`detect: ${msg}\n${HELP}`);
  return 2;
}

function table(r: FileResult): string {
  const lines = [`${r.file}: ${r.entities.length} entities`];
  for (const e of r.entities) lines.push(`  ${`${e.start}-${e.end}`.padEnd(13)} ${e.type.padEnd(13)} ${JSON.stringify(e.text)}`);
  return lines.join('\n') + '\n';
}

/** Merges the suggestions for `file` into its sidecar. Returns false (and reports) on failure. */
async function writeSidecar(file: string, types: string[] | undefined): Promise<boolean> {
  const art = await readArticle(file);
  if (art.text === undefined) {
    for (const p of art.problems) process.stderr.write(`${p.file}:${p.line}:${p.column}: ${p.message}\n`);
    return false;
  }
  const text = art.text;
  const sidecar = sidecarPathFor(file);
  let previous: string | undefined;
  try {
    previous = await fs.readFile(sidecar, 'utf8');
  } catch {
    previous = undefined;
  }
  let doc: AnnotationDoc;
  if (previous !== undefined) {
    const parsed = parseSidecar(previous, sidecar);
    if (parsed.readOnly || !parsed.doc) {
      for (const p of parsed.problems) process.stderr.write(`${p.file}:${p.line}:${p.column}: ${p.message}\n`);
      process.stderr.write(`detect: '${sidecar}' has errors; not written (fix it first)\n`);
      return false;
    }
    doc = parsed.doc;
    if (doc.article.sha256 !== sha256(text)) reanchorDoc(doc, text);
  } else doc = newDoc(path.basename(file), text);
  const added = mergeSuggestions(doc, text, detectEntities(text, { types }));
  doc.article.sha256 = sha256(text);
  await writeFileAtomic(sidecar, serializeSidecar(doc, previous));
  process.stderr.write(`${sidecar}: ${added} suggestion${added === 1 ? '' : 's'} added\n`);
  return true;
}

/**
 * Adds detected entities to `doc`: a span already annotated (with any type) or rejected stays as
 * it is; otherwise the mention joins the entity of the same type and name (or alias), or a new one.
 * Returns the number of mentions added.
 */
export function mergeSuggestions(doc: AnnotationDoc, text: string, detected: readonly DetectedEntity[]): number {
  const taken = new Set<string>();
  for (const e of doc.entities) for (const m of e.mentions) taken.add(`${m.start}:${m.end}`);
  const rejected = new Set(doc.rejected.map((r) => `${r.start}:${r.end}:${r.type}`));
  const byName = new Map<string, (typeof doc.entities)[number]>();
  for (const e of doc.entities) {
    byName.set(`${e.type}\u0000${e.name}`, e);
    for (const a of e.aliases ?? []) if (!byName.has(`${e.type}\u0000${a}`)) byName.set(`${e.type}\u0000${a}`, e);
  }
  let added = 0;
  for (const d of detected) {
    if (taken.has(`${d.start}:${d.end}`) || rejected.has(`${d.start}:${d.end}:${d.type}`)) continue;
    const name = d.canonical ?? d.text;
    let ent = byName.get(`${d.type}\u0000${name}`) ?? byName.get(`${d.type}\u0000${d.text}`);
    if (!ent) {
      ent = { id: newId(name), name, type: d.type, mentions: [] };
      doc.entities.push(ent);
      byName.set(`${d.type}\u0000${name}`, ent);
    }
    if (d.text !== ent.name && !(ent.aliases ?? []).includes(d.text)) {
      ent.aliases = [...(ent.aliases ?? []), d.text];
      byName.set(`${d.type}\u0000${d.text}`, ent);
    }
    ent.mentions.push(makeAnchor(text, d.start, d.end));
    ent.mentions.sort((x, y) => x.start - y.start || x.end - y.end);
    taken.add(`${d.start}:${d.end}`);
    added++;
  }
  return added;
}
