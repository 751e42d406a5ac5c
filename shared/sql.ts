/**
 * Codes as an SQL list: `('a', 'b')`. Only for the vocabulary's own codes
 * (lower-case letters, digits and underscores), which need no parameters;
 * anything else is refused rather than quoted.
 */
export function sqlList(codes: readonly string[]): string {
  if (codes.length === 0) throw new Error('an SQL list needs at least one code');
  for (const c of codes) if (!/^[A-Za-z0-9_]+$/.test(c)) throw new Error(`not a vocabulary code: ${c}`);
  return `(${codes.map((c) => `'${c}'`).join(', ')})`;
}
