import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';

/** True when nothing holds the keyboard focus any more (what had it was removed). */
export function focusLost(): boolean {
  const a = document.activeElement;
  return a === null || a === document.body || !a.isConnected;
}

/**
 * Focus after a delete. Call the returned function once the item is deleted,
 * with its id and its place in the list; once the list shown no longer holds
 * it, the item that took its place gets the focus (`focusItem` gives its row
 * or main button — or, in a windowed list, something that renders the row
 * first when it is scrolled out of the window, then focuses it), the one
 * before it when it was the last, and `fallback` (the add button, the empty
 * state) when none is left. Only a focus that the removal lost moves: one the
 * user put somewhere else meanwhile stays.
 */
export function useFocusAfterDelete<T>(
  items: readonly T[] | null,
  idOf: (item: T) => string,
  focusItem: (item: T) => { focus(): void } | null | undefined,
  fallback: () => HTMLElement | null | undefined,
): (id: string, index: number) => void {
  const pending = useRef<{ id: string; index: number } | null>(null);
  // Set with each delete, so a list that already came back without the item is looked at too.
  const [asked, setAsked] = useState(0);
  const latest = useRef({ idOf, focusItem, fallback });
  useLayoutEffect(() => {
    latest.current = { idOf, focusItem, fallback };
  });

  useEffect(() => {
    const done = pending.current;
    if (!done || !items) return;
    const { idOf: id, focusItem: itemEl, fallback: otherEl } = latest.current;
    if (items.some((x) => id(x) === done.id)) return;
    pending.current = null;
    if (!focusLost()) return;
    const next = items[Math.min(done.index, items.length - 1)];
    (next === undefined ? otherEl() : (itemEl(next) ?? otherEl()))?.focus();
  }, [items, asked]);

  return useCallback((id: string, index: number) => {
    pending.current = { id, index };
    setAsked((n) => n + 1);
  }, []);
}
