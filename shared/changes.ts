/**
 * What a committed write touched, announced by main to every window (and on
 * the write's own answer): the tables its change log rows name. Reads know
 * their tables (shared/reads.ts), so each view reads again only when one of
 * its tables changed — Actual Budget's live queries are the pattern.
 */
export interface Changes {
  /** Names this run of main: a main that restarted counts its ids from 1 again. */
  run: string;
  /** Grows with every announcement of this app's life: a window ignores one it has seen (its own write's answer and broadcast). */
  id: number;
  /** Table names; `*` when everything may have changed (another file was opened or restored). */
  tables: string[];
}

export const ALL_TABLES = '*';

/** The shape a transport hands over, checked before the renderer trusts it. */
export function isChanges(x: unknown): x is Changes {
  if (!x || typeof x !== 'object') return false;
  const c = x as Record<string, unknown>;
  return (
    typeof c.run === 'string' &&
    c.run.length <= 64 &&
    typeof c.id === 'number' &&
    Number.isSafeInteger(c.id) &&
    Array.isArray(c.tables) &&
    c.tables.length <= 200 &&
    c.tables.every((t) => typeof t === 'string' && t.length <= 64)
  );
}
