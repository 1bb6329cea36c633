import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { emitSidecar } from '../../../src/core/store/emit';
import { validateSchema } from '../../../src/core/store/schema';
import { sampleDoc } from './fixtures';

const ROOT = path.resolve(__dirname, '../../..');

describe('store: JSON Schema of version 1', () => {
  it('is registered for **/*.annotations.yaml in the manifest and shipped', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { contributes: { yamlValidation?: { fileMatch: string; url: string }[] } };
    const entry = pkg.contributes.yamlValidation?.find((e) => e.fileMatch === '**/*.annotations.yaml');
    assert.ok(entry, 'yamlValidation entry');
    assert.ok(existsSync(path.join(ROOT, entry.url)));
  });

  it('accepts what the writer writes, with claims, values and rejected suggestions', () => {
    const d = sampleDoc();
    d.claims[0].value = { min: 85, max: 85, unit: 'percent', text: '85 percent', parts: [{ min: 85, max: 85, unit: 'percent', text: '85 percent' }] };
    d.rejected.push({ start: 0, end: 7, quote: 'Taliban', type: 'person' });
    assert.deepEqual(validateSchema(parse(emitSidecar(d))), []);
  });

  it('rejects another version and misspelt enum values, warns on unknown top-level keys', () => {
    const d = parse(emitSidecar(sampleDoc())) as Record<string, unknown>;
    assert.ok(validateSchema({ ...d, version: 2 }).some((f) => f.severity === 'error'));
    const claims = (d.claims as Record<string, unknown>[]).map((c) => ({ ...c, status: 'verified' }));
    assert.match(validateSchema({ ...d, claims }).map((f) => f.message).join('\n'), /claims\[0\]\.status must be one of unverified/);
    const w = validateSchema({ ...d, notes: 'x' });
    assert.deepEqual(w.map((f) => [f.severity, f.key]), [['warning', 'notes']]);
  });
});
