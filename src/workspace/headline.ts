/** An article's title as a reader sees it. Pure: no VS Code. */

/** The first non-empty line, without markdown heading marks: the article's title. */
export function headline(text: string): string | undefined {
  const line = /^\s*(\S[^\r\n]*)/.exec(text.slice(0, 10_000))?.[1];
  const t = line?.replace(/^#+\s*/, '').replace(/[*_]+/g, '').trim();
  return t ? t.slice(0, 200) : undefined;
}
