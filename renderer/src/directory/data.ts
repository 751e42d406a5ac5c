import { useSyncExternalStore } from 'react';

/* People and institutions change in the directory's dialogs and toasts and are
   shown in its lists, tab counts and pickers: a version number tells them all
   to load again (the same pattern as trips in lib/data.ts). */
let version = 0;
const listeners = new Set<() => void>();

export function notifyDirectoryChanged(): void {
  version += 1;
  for (const l of listeners) l();
}

function subscribe(l: () => void): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}

export function useDirectoryVersion(): number {
  return useSyncExternalStore(subscribe, () => version);
}

/** A value that follows `value` after `ms` without changes (search boxes). */
export { useDebounced } from './useDebounced';
