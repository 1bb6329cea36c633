/**
 * The date of an article as printed near its top ("Oct. 12, 2020", "August 14, 2021", "May 6, 2021"),
 * as an ISO date; undefined when none is found. Claims default to it (DESIGN.md "Claims").
 */
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DATE_RE = /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2}),\s+((?:19|20)\d{2})\b/;

export function articleDate(text: string, within = 1500): string | undefined {
  const m = DATE_RE.exec(text.slice(0, within));
  if (!m) return undefined;
  const month = MONTHS.indexOf(m[1].slice(0, 3).toLowerCase()) + 1;
  const day = Number(m[2]);
  if (month < 1 || day < 1 || day > 31) return undefined;
  return `${m[3]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
