import { randomBytes } from 'node:crypto';

/** Lower-case ASCII slug of a name, for readable ids ("Bahir Ahmadi" → "bahir-ahmadi"). */
export function slug(name: string): string {
  const s = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 32);
  return s || 'x';
}

/**
 * A new id: readable stem plus 6 random hex digits. Random, not a counter, so two people
 * annotating the same article on two branches never mint the same id for different things.
 */
export function newId(stem: string): string {
  return `${slug(stem)}-${randomBytes(3).toString('hex')}`;
}
