/** Moving things in a list by keyboard and buttons: the keys, and focus that survives the reload. */
import { useCallback, useEffect, useRef, type KeyboardEvent } from 'react';
import { isEditableTarget } from './keys';

/**
 * Alt+↑ is one place earlier, Alt+↓ one later (with `horizontal`, Alt+← and
 * Alt+→ too, for a grid); anything else, or a key typed in a field, is null.
 */
export function moveKey(e: KeyboardEvent, horizontal = false): -1 | 1 | null {
  if (!e.altKey || e.ctrlKey || e.metaKey || e.shiftKey || isEditableTarget(e.target)) return null;
  if (e.key === 'ArrowUp' || (horizontal && e.key === 'ArrowLeft')) return -1;
  if (e.key === 'ArrowDown' || (horizontal && e.key === 'ArrowRight')) return 1;
  return null;
}

/**
 * After a move the list loads again: once `data` (the loaded list) changes,
 * the first of `selectors` that matches an enabled element takes focus.
 */
export function useFocusAfterReload(data: unknown): (...selectors: string[]) => void {
  const pending = useRef<string[] | null>(null);
  useEffect(() => {
    const selectors = pending.current;
    if (!selectors) return;
    pending.current = null;
    for (const s of selectors) {
      const el = document.querySelector<HTMLElement>(s);
      if (el && !(el instanceof HTMLButtonElement && el.disabled)) {
        el.focus();
        return;
      }
    }
  }, [data]);
  return useCallback((...selectors: string[]) => {
    pending.current = selectors;
  }, []);
}
