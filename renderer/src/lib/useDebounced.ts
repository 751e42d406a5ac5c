import { useEffect, useRef, useState } from 'react';

/**
 * How long search-as-you-type waits for the next key while keys keep coming:
 * a fast typist's word is one request, not one per letter.
 */
export const SEARCH_DEBOUNCE_MS = 80;

/**
 * `value`, debounced on the trailing edge only while it keeps changing: a
 * change after `ms` or more of quiet (the first letter, one more letter, a
 * Backspace) is taken at once, so a single keystroke answers without waiting;
 * changes less than `ms` apart settle `ms` after the last one.
 */
export function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  const lastChange = useRef(Number.NEGATIVE_INFINITY);
  useEffect(() => {
    if (Object.is(value, settled)) return;
    const now = performance.now();
    const quiet = now - lastChange.current >= ms;
    lastChange.current = now;
    if (quiet) {
      setSettled(value);
      return;
    }
    const timer = window.setTimeout(() => setSettled(value), ms);
    return () => window.clearTimeout(timer);
  }, [value, settled, ms]);
  return settled;
}
