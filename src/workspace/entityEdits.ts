/**
 * Pure edits of an AnnotationDoc made by the editor commands: tag a span as an entity, remove
 * the mention under the cursor, reject a suggestion. No VS Code, no I/O; the store adapter
 * applies them and writes the result.
 */
import type { AnnotationDoc, Entity, Mention, Rejection, Span } from '../core/model';
import { newId } from '../core/ids';
import { makeAnchor } from '../core/anchor/context';

/** The anchor (offsets, quote, context) for text[start, end), after checking the span lies inside the text. */
export function anchorAt(text: string, start: number, end: number): Mention {
  if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start < end && end <= text.length)) {
    throw new RangeError(`span ${start}–${end} is not inside the article (length ${text.length})`);
  }
  return makeAnchor(text, start, end);
}

/** The span without surrounding white space; undefined when nothing but white space is selected. */
export function trimSpan(text: string, span: Span): Span | undefined {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return start < end ? { start, end } : undefined;
}

/** A readable entity name for a quote: white space (line breaks included) collapsed. */
export function nameFor(quote: string): string {
  return quote.replace(/\s+/g, ' ').trim();
}

const sameName = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: 'accent' }) === 0;

export function findEntity(doc: AnnotationDoc, name: string, type: string): Entity | undefined {
  return doc.entities.find((e) => e.type === type && (sameName(e.name, name) || (e.aliases ?? []).some((a) => sameName(a, name))));
}

export interface TagResult {
  entity: Entity;
  mention: Mention;
  /** True when a new entity was made, false when the mention joined an existing one. */
  created: boolean;
  /** Set when the same span had been tagged with another type: that mention was moved. */
  retypedFrom?: string;
  /** True when exactly this span was already tagged with this type (nothing changed). */
  unchanged?: boolean;
}

/**
 * Tags text[start, end) as `type`. Same name and type as an existing entity → a new mention of
 * it; otherwise a new entity with a fresh id. A span tagged before with another type is moved to
 * the new type. A rejection of the same span is lifted. Mentions stay sorted by position.
 */
export function tagEntity(doc: AnnotationDoc, text: string, span: Span, type: string, name?: string): TagResult {
  const mention = anchorAt(text, span.start, span.end);
  const entityName = nameFor(name ?? mention.quote);
  if (!entityName) throw new RangeError('an entity needs a name');

  let retypedFrom: string | undefined;
  for (const e of doc.entities) {
    const i = e.mentions.findIndex((m) => m.start === span.start && m.end === span.end && !m.orphaned);
    if (i < 0) continue;
    if (e.type === type && sameName(e.name, entityName)) return { entity: e, mention: e.mentions[i], created: false, unchanged: true };
    retypedFrom = e.type;
    e.mentions.splice(i, 1);
  }
  doc.entities = doc.entities.filter((e) => e.mentions.length > 0);
  doc.rejected = doc.rejected.filter((r) => !(r.start === span.start && r.end === span.end));

  let entity = findEntity(doc, entityName, type);
  const created = !entity;
  if (!entity) {
    entity = { id: uniqueId(doc, entityName), name: entityName, type, mentions: [] };
    doc.entities.push(entity);
  } else if (!sameName(entity.name, entityName) && !(entity.aliases ?? []).some((a) => sameName(a, entityName))) {
    (entity.aliases ??= []).push(entityName);
  }
  entity.mentions.push(mention);
  sortDoc(doc);
  return { entity, mention, created, retypedFrom };
}

/** The innermost non-orphaned mention containing `offset` (start ≤ offset ≤ end). */
export function mentionAt(doc: AnnotationDoc, offset: number): { entity: Entity; mention: Mention } | undefined {
  let best: { entity: Entity; mention: Mention } | undefined;
  for (const entity of doc.entities) {
    for (const mention of entity.mentions) {
      if (mention.orphaned || offset < mention.start || offset > mention.end) continue;
      if (!best || mention.end - mention.start < best.mention.end - best.mention.start) best = { entity, mention };
    }
  }
  return best;
}

export interface RemoveResult {
  entity: Entity;
  mention: Mention;
  /** True when that was the entity's last mention, so the entity went too. */
  entityRemoved: boolean;
}

/** Removes the mention under `offset`; the entity goes with its last mention. */
export function removeMentionAt(doc: AnnotationDoc, offset: number): RemoveResult | undefined {
  const hit = mentionAt(doc, offset);
  if (!hit) return undefined;
  hit.entity.mentions = hit.entity.mentions.filter((m) => m !== hit.mention);
  const entityRemoved = hit.entity.mentions.length === 0;
  if (entityRemoved) doc.entities = doc.entities.filter((e) => e !== hit.entity);
  return { entity: hit.entity, mention: hit.mention, entityRemoved };
}

/** Remembers that the detector's suggestion of `type` at span is wrong, so it is not shown again. */
export function rejectSuggestion(doc: AnnotationDoc, text: string, span: Span, type: string): Rejection {
  const existing = doc.rejected.find((r) => r.start === span.start && r.end === span.end && r.type === type);
  if (existing) return existing;
  const rejection: Rejection = { ...anchorAt(text, span.start, span.end), type };
  doc.rejected.push(rejection);
  doc.rejected.sort((a, b) => a.start - b.start || a.end - b.end);
  return rejection;
}

function uniqueId(doc: AnnotationDoc, name: string): string {
  const taken = new Set(doc.entities.map((e) => e.id));
  let id = newId(name);
  while (taken.has(id)) id = newId(name);
  return id;
}

/** Mentions by position; entities by their first mention (the order the sidecar keeps). */
function sortDoc(doc: AnnotationDoc): void {
  for (const e of doc.entities) e.mentions.sort((a, b) => a.start - b.start || a.end - b.end);
  const first = (e: Entity) => (e.mentions.length ? e.mentions[0].start : Number.MAX_SAFE_INTEGER);
  doc.entities.sort((a, b) => first(a) - first(b));
}

/** A span to tag as an entity of `type` (named `name`, else after its text). */
export interface SpanToTag extends Span {
  type: string;
  name?: string;
}

/**
 * Tags many spans at once (Accept All Suggestions, Tag All Occurrences): like tagEntity for each,
 * but sorted once, so thousands of spans stay cheap. Spans already tagged with the same type are
 * skipped; callers leave out spans that overlap other mentions. Returns how many were tagged and
 * the entities they went to.
 */
export function tagSpans(doc: AnnotationDoc, text: string, items: readonly SpanToTag[]): { tagged: number; entities: Entity[] } {
  const key = (s: Span) => `${s.start}:${s.end}`;
  const taken = new Set<string>();
  for (const e of doc.entities) for (const m of e.mentions) if (!m.orphaned) taken.add(`${key(m)}:${e.type}`);
  const spans = new Set(items.map(key));
  doc.rejected = doc.rejected.filter((r) => !spans.has(key(r)));
  const byName = new Map<string, Entity>();
  const touched = new Set<Entity>();
  let tagged = 0;
  for (const item of items) {
    if (taken.has(`${key(item)}:${item.type}`)) continue;
    const mention = anchorAt(text, item.start, item.end);
    const name = nameFor(item.name ?? mention.quote);
    if (!name) continue;
    const nameKey = `${item.type}\u0001${name}`;
    let entity = byName.get(nameKey) ?? findEntity(doc, name, item.type);
    if (!entity) {
      entity = { id: uniqueId(doc, name), name, type: item.type, mentions: [] };
      doc.entities.push(entity);
    } else if (!sameName(entity.name, name) && !(entity.aliases ?? []).some((a) => sameName(a, name))) {
      (entity.aliases ??= []).push(name);
    }
    byName.set(nameKey, entity);
    entity.mentions.push(mention);
    taken.add(`${key(item)}:${item.type}`);
    touched.add(entity);
    tagged++;
  }
  sortDoc(doc);
  return { tagged, entities: [...touched] };
}

/**
 * Changes the type of an entity (all its mentions). When an entity of the same name already has
 * that type, the mentions and aliases join it. Returns the entity that now holds the mentions.
 */
export function retypeEntity(doc: AnnotationDoc, entityId: string, type: string): { entity: Entity; from: string; mergedInto?: string } {
  const entity = doc.entities.find((e) => e.id === entityId);
  if (!entity) throw new RangeError(`no entity ${entityId}`);
  const from = entity.type;
  if (from === type) return { entity, from };
  const target = doc.entities.find((e) => e !== entity && e.type === type && sameName(e.name, entity.name));
  if (!target) {
    entity.type = type;
    return { entity, from };
  }
  const spans = new Set(target.mentions.map((m) => `${m.start}:${m.end}`));
  target.mentions.push(...entity.mentions.filter((m) => !spans.has(`${m.start}:${m.end}`)));
  for (const alias of entity.aliases ?? []) {
    if (!sameName(alias, target.name) && !(target.aliases ?? []).some((a) => sameName(a, alias))) (target.aliases ??= []).push(alias);
  }
  doc.entities = doc.entities.filter((e) => e !== entity);
  sortDoc(doc);
  return { entity: target, from, mergedInto: target.id };
}
