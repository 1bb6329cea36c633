/** Whether a computed CSS colour is drawn (not empty, not transparent, alpha above 0). */
export function isVisibleColour(c: string): boolean {
  if (!c || c === 'transparent') return false;
  const m = /rgba?\(([^)]+)\)/.exec(c);
  if (!m) return true;
  const parts = m[1].split(/[ ,/]+/).filter(Boolean).map(Number);
  return parts.length < 4 || parts[3] > 0;
}
