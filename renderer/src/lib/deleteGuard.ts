import { useCallback, useRef, type KeyboardEvent } from 'react';

/*
 * Never two deletions from one key: a held key repeats, and after the first
 * deletion the focus is on the next row or button, which the repeat would
 * delete too. Keys handled on an element skip `event.repeat`; a button that
 * deletes takes `onKeyDown={ignoreRepeat}` (a held Enter clicks it again and
 * again otherwise); and a deletion still under way makes the next one wait
 * its turn out (`useOneAtATime`). Commands of the registry skip repeats
 * themselves (lib/commands.ts).
 */

/** For a button's onKeyDown: a repeating Enter or Space does not click it again. */
export function ignoreRepeat(e: KeyboardEvent): void {
  if (e.repeat && (e.key === 'Enter' || e.key === ' ')) e.preventDefault();
}

/** Runs one call at a time: a call made while one is under way answers `undefined` and does nothing. */
export function useOneAtATime(): <T>(fn: () => Promise<T>) => Promise<T | undefined> {
  const busy = useRef(false);
  return useCallback(async <T,>(fn: () => Promise<T>): Promise<T | undefined> => {
    if (busy.current) return undefined;
    busy.current = true;
    try {
      return await fn();
    } finally {
      busy.current = false;
    }
  }, []);
}
