import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { parse } from 'yaml';
import { emitSidecar } from '../../../src/core/store/emit';
import { fastRead } from '../../../src/core/store/fastRead';
import { isCanonical, parseSidecar, serializeSidecar } from '../../../src/core/store/sidecar';
import { makeAnchor } from '../../../src/core/anchor/context';
import type { AnnotationDoc } from '../../../src/core/model';
import { ARTICLE, entity, sampleDoc } from './fixtures';

const nasty = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.constantFrom('true', 'null', '~', 'yes', '0123', '1e5', '-', 'a: b', 'x #y', '"q"', "it's", '  lead', 'trail ', '- item', '{a}', '[b]', '&anc', '*ali', '!tag', '%', '@', '`', '\u2028', '\ufeff', '\u0085', 'multi\nline', 'tab\tbed', '', 'é'),
);

const docArb = fc.record({
  names: fc.array(fc.tuple(nasty, nasty, fc.nat(1000), fc.nat(50)), { maxLength: 6 }),
  note: fc.option(nasty, { nil: undefined }),
  title: nasty,
}).map(({ names, note, title }) => {
  const d: AnnotationDoc = { version: 1, article: { file: 'a.txt', title, sha256: 'a'.repeat(64) }, entities: [], claims: [], rejected: [] };
  names.forEach(([name, quote, start, len], i) => {
    d.entities.push({ id: `e-${i}`, name: name || 'x', type: 'person', ...(note !== undefined ? { note } : {}), mentions: [{ start, end: start + len + 1, quote: quote || 'q', prefix: name, suffix: quote }] });
    d.rejected.push({ start, end: start + 1, quote: quote || 'q', type: name || 't' });
  });
  return d;
});

describe('store: sidecar format', () => {
  it('canonical text reads back identically with `yaml` and with the fast reader (property)', () => {
    fc.assert(fc.property(docArb, (d) => {
      const text = emitSidecar(d);
      const viaYaml = parse(text) as unknown;
      const viaFast = fastRead(text);
      const expected = JSON.parse(JSON.stringify({ ...d, entities: [...d.entities] })) as AnnotationDoc;
      assert.deepEqual(viaYaml, JSON.parse(JSON.stringify(parseSidecarData(text))));
      if (viaFast !== undefined) assert.deepEqual(viaFast, viaYaml);
      // Same data as written (lists sorted by position).
      assert.equal((viaYaml as AnnotationDoc).entities.length, expected.entities.length);
      assert.deepEqual(new Set((viaYaml as AnnotationDoc).entities.map((e) => JSON.stringify(e))), new Set(expected.entities.map((e) => JSON.stringify(e))));
    }), { numRuns: 300 });
  });

  it('the fast reader accepts what the canonical writer writes for realistic docs', () => {
    const text = emitSidecar(sampleDoc());
    assert.ok(fastRead(text));
    assert.ok(isCanonical(text));
  });

  it('writes one mention per line, entries sorted by position', () => {
    const d = sampleDoc();
    d.entities.reverse();
    d.entities[1].mentions.reverse();
    const text = emitSidecar(d);
    const mentionLines = text.split('\n').filter((l) => l.startsWith('      - {'));
    assert.equal(mentionLines.length, 3);
    for (const l of mentionLines) assert.match(l, /^ {6}- \{ start: \d+, end: \d+, quote: .*, prefix: .*, suffix: .* \}$/);
    const ids = [...text.matchAll(/^ {2}- id: (\S+)$/gm)].map((m) => m[1]);
    assert.deepEqual(ids, ['taliban-aaaaaa', 'kandahar-bbbbbb', 'c-cccccc']);
    const starts = mentionLines.slice(0, 2).map((l) => Number(/start: (\d+)/.exec(l)?.[1]));
    assert.ok(starts[0] < starts[1]);
  });

  it('falls back to the full parser for hand-written layouts (comments, block style, anchors)', () => {
    const text = emitSidecar(sampleDoc()).replace('entities:\n', 'entities: # people and groups\n');
    assert.equal(fastRead(text), undefined);
    const r = parseSidecar(text, 'x.annotations.yaml');
    assert.deepEqual(r.problems, []);
    assert.equal(r.doc?.entities.length, 2);
  });
});

function parseSidecarData(text: string): unknown {
  return parseSidecar(text, 'x.annotations.yaml').doc ?? parse(text);
}

describe('store: saving keeps what a person wrote', () => {
  const handWritten = `# Annotations for the Kandahar story — checked by M.K.
version: 1
article:
  file: article.txt # the NYT piece
  sha256: "${'0'.repeat(64)}"
  title: Kandahar falls

entities:
  # The armed group; see also the 2020 file.
  - id: taliban-aaaaaa
    type: organization   # not "person"
    name: Taliban
    mentions:
      - { start: 0, end: 7, quote: Taliban }   # headline mention
      - start: 65
        end: 72
        quote: Taliban
  - id: kandahar-bbbbbb
    name: Kandahar
    type: location
    mentions: [{ start: 25, end: 33, quote: Kandahar }]
claims: []
rejected: []
`;

  function save(mutate: (d: AnnotationDoc) => void): string {
    const r = parseSidecar(handWritten, 'x.annotations.yaml');
    assert.deepEqual(r.problems.filter((p) => p.severity === 'error'), []);
    const d = r.doc!;
    mutate(d);
    const out = serializeSidecar(d, handWritten);
    const back = parseSidecar(out, 'x.annotations.yaml');
    assert.deepEqual(back.problems.filter((p) => p.severity === 'error'), [], out);
    return out;
  }

  const keptComments = ['# Annotations for the Kandahar story — checked by M.K.', '# the NYT piece', '# The armed group; see also the 2020 file.', '# not "person"', '# headline mention'];

  it('keeps comments, key order and formatting when nothing changes', () => {
    const out = save(() => undefined);
    for (const c of keptComments) assert.ok(out.includes(c), `lost ${c}\n${out}`);
    assert.ok(out.indexOf('type: organization') < out.indexOf('name: Taliban'), 'hand key order kept');
    assert.ok(out.indexOf('sha256:') < out.indexOf('title: Kandahar falls'));
  });

  it('keeps them after adding an entity, a mention and a claim', () => {
    const out = save((d) => {
      d.entities.push(entity('friday-111111', 'date', 'Friday'));
      d.entities[1].mentions.push(makeAnchor(ARTICLE, 25, 33));
      d.claims.push({ ...makeAnchor(ARTICLE, 91, 118), id: 'c-1', claimant: 'taliban-aaaaaa', kind: 'claim', topic: 'control', status: 'unverified' });
    });
    for (const c of keptComments) assert.ok(out.includes(c), `lost ${c}\n${out}`);
    assert.match(out, /\n {6}- \{ start: \d+, end: \d+, quote: Friday, prefix: .*, suffix: .* \}\n/);
    const back = parseSidecar(out, 'x').doc!;
    assert.deepEqual(back.entities.map((e) => e.id), ['taliban-aaaaaa', 'kandahar-bbbbbb', 'friday-111111']);
    assert.equal(back.claims.length, 1);
  });

  it('keeps them after removing an entity and moving a mention', () => {
    const out = save((d) => {
      d.entities.splice(1, 1);
      d.entities[0].mentions[0].orphaned = true;
      d.entities[0].mentions[1].start += 3;
      d.entities[0].mentions[1].end += 3;
    });
    for (const c of keptComments) assert.ok(out.includes(c), `lost ${c}\n${out}`);
    assert.ok(!out.includes('kandahar-bbbbbb'));
    assert.match(out, /\{ start: 0, end: 7, quote: Taliban, orphaned: true \}\s+# headline mention/);
    assert.match(out, /start: 68\n\s+end: 75\n\s+quote: Taliban\n/, "a moved mention keeps its node (and layout)");
  });

  it('re-sorts entries by position but each keeps its comment', () => {
    const out = save((d) => {
      for (const m of d.entities[0].mentions) { m.start += 100; m.end += 100; }
    });
    assert.ok(out.indexOf('kandahar-bbbbbb') < out.indexOf('taliban-aaaaaa'));
    assert.ok(out.indexOf('# The armed group') < out.indexOf('taliban-aaaaaa'));
    assert.ok(out.indexOf('# The armed group') > out.indexOf('kandahar-bbbbbb'), out);
  });

  it('round-trips quotes with newlines, spaces after newlines and quotes through the comment-preserving path', () => {
    const q = 'n\n\nsaid, ".\nKabul\n\n \n" - officials é, 😀 \ud83d';
    const out = save((d) => d.rejected.push({ start: 0, end: q.length, quote: q, prefix: ' \n', suffix: '\\ \n', type: 'person' }));
    const r = parseSidecar(out, 'x').doc!.rejected[0];
    assert.deepEqual([r.quote, r.prefix, r.suffix], [q, ' \n', '\\ \n']);
    assert.equal(out.split('\n').filter((l) => l.includes('type: person')).length, 1, 'one line');
  });

  it('writes canonically over a canonical file (fast path) and over nothing', () => {
    const d = sampleDoc();
    const first = serializeSidecar(d);
    d.entities.push(entity('friday-111111', 'date', 'Friday'));
    assert.equal(serializeSidecar(d, first), emitSidecar(d));
  });
});
