import { ALL_TABLES, isChanges } from '../../../shared/changes';

/*
 * The renderer's side of live data: a version per table, raised by every
 * announcement from main (a write's own answer, or the broadcast of another
 * window's write). A view re-reads when a version of one of its tables moves.
 */
const versions = new Map<string, number>();
let everything = 0;
let lastRun = '';
let lastId = 0;
const listeners = new Set<() => void>();

/** Takes one announcement; one already seen (the answer and the broadcast of the same write) is ignored. */
export function announce(changes: unknown): void {
  if (!isChanges(changes)) return;
  if (changes.run !== lastRun) {
    lastRun = changes.run;
    lastId = 0;
  }
  if (changes.id <= lastId) return;
  lastId = changes.id;
  applyTables(changes.tables);
}

/** Raises the versions of these tables (`*`: all), as an announcement does. */
export function applyTables(tables: readonly string[]): void {
  if (tables.length === 0) return;
  for (const t of tables) {
    if (t === ALL_TABLES) everything += 1;
    else versions.set(t, (versions.get(t) ?? 0) + 1);
  }
  for (const l of listeners) l();
}

export function subscribeTables(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * One string that changes when any of `tables` changed (or everything did);
 * `null` tables: any change at all counts.
 */
export function stampOf(tables: readonly string[] | null): string {
  if (tables === null) {
    let sum = everything;
    for (const v of versions.values()) sum += v;
    return String(sum);
  }
  let s = String(everything);
  for (const t of tables) s += `.${versions.get(t) ?? 0}`;
  return s;
}
