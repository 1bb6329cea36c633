import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import schema from '../../../schemas/annotations.schema.json';

/** The JSON Schema of version-1 sidecars (also registered with VS Code's `yamlValidation`). */
export const SIDECAR_SCHEMA: object = schema;

let validator: ValidateFunction | undefined;

export interface Finding {
  /** Path of the offending value (keys and indices). */
  path: (string | number)[];
  /** The offending key itself, when the value is absent or unknown (missing / unknown property). */
  key?: string;
  message: string;
  severity: 'error' | 'warning';
}

function pathOf(pointer: string): (string | number)[] {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/** Readable location of a path: `entities[3].mentions[0].end`. */
export function describePath(p: (string | number)[]): string {
  let out = '';
  for (const k of p) out += typeof k === 'number' ? `[${k}]` : out ? `.${k}` : k;
  return out || 'the document';
}

function toFinding(e: ErrorObject): Finding {
  const path = pathOf(e.instancePath);
  const where = describePath(path);
  const params = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'required':
      return { path, key: String(params.missingProperty), message: `${where}: missing required key '${String(params.missingProperty)}'`, severity: 'error' };
    case 'additionalProperties':
      return { path, key: String(params.additionalProperty), message: `${where}: unknown key '${String(params.additionalProperty)}' (kept, ignored)`, severity: 'warning' };
    case 'enum':
      return { path, message: `${where} must be one of ${(params.allowedValues as unknown[]).join(', ')}`, severity: 'error' };
    default:
      return { path, message: `${where} ${e.message ?? 'is invalid'}`, severity: 'error' };
  }
}

/** Validates parsed sidecar data against the schema; `anyOf` noise is folded into one message per path. */
export function validateSchema(data: unknown): Finding[] {
  validator ??= new Ajv({ allErrors: true, strict: false }).compile(schema);
  if (validator(data)) return [];
  const errors = (validator.errors ?? []).filter((e) => e.keyword !== 'anyOf' && e.keyword !== 'if');
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (const e of errors) {
    const se = toFinding(e);
    const key = `${describePath(se.path)}|${se.key ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(se);
  }
  return out;
}
