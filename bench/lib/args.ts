/** Command-line options of the benchmark scripts: `--name value` numbers and `--flag` switches. */
const args = process.argv.slice(2);

export function opt(name: string, def: number): number {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : def;
}

export const flag = (name: string): boolean => args.includes(`--${name}`);
