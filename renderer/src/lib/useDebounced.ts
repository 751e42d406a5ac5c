import { useEffect, useState } from 'react';

/**
 * How long search-as-you-type waits for the next key: short enough to feel
 * instant (answers take a few ms from main's indexes), long enough that a
 * fast typist's word is one request, not one per letter.
 */
export const SEARCH_DEBOUNCE_MS = 80;

/** `value`, once it has stayed the same for `ms` (search as you type without a request per key). */
export function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (Object.is(value, settled)) return;
    const timer = window.setTimeout(() => setSettled(value), ms);
    return () => window.clearTimeout(timer);
  }, [value, settled, ms]);
  return settled;
}
