// Builds the extra development set from its annotated sources: src/NAME.md holds the article
// with entities marked as [text]{P|O|L|D|Q}; this writes NAME.txt (the plain article) and
// NAME.gold.json (gold in the format of shared/gold, offsets computed here and checked).
//   node test/data/dev-extra/build.mjs
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';

const dir = new URL('./', import.meta.url);
const TYPES = { P: 'person', O: 'organization', L: 'location', D: 'date', Q: 'quantity' };
for (const f of readdirSync(new URL('src/', dir)).filter((x) => x.endsWith('.md'))) {
  const src = readFileSync(new URL(`src/${f}`, dir), 'utf8');
  const name = f.replace(/\.md$/, '');
  let text = '';
  const entities = [];
  const re = /\[([^\]]+)\]\{([PODLQ])\}/g;
  let last = 0;
  for (let m = re.exec(src); m; m = re.exec(src)) {
    text += src.slice(last, m.index);
    const start = text.length;
    text += m[1];
    entities.push({ start, end: text.length, text: m[1], type: TYPES[m[2]] });
    last = m.index + m[0].length;
  }
  text += src.slice(last);
  if (/\]\{|\{[A-Z]\}/.test(text)) throw new Error(`${f}: malformed markup left in text`);
  for (const e of entities) if (text.slice(e.start, e.end) !== e.text) throw new Error(`${f}: offset mismatch for ${e.text}`);
  writeFileSync(new URL(`${name}.txt`, dir), text);
  writeFileSync(new URL(`${name}.gold.json`, dir), JSON.stringify({ file: `${name}.txt`, entities, claims: [] }, null, 1) + '\n');
  console.log(`${name}: ${text.length} chars, ${entities.length} entities`);
}
