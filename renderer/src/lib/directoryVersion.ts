import { useSyncExternalStore } from 'react';
import { stampOf, subscribeTables } from '../api/changes';

/* People and institutions are shown in the directory's lists, tab counts and
   pickers: they load again when a write (of this window or another) announced
   the people or institutions table, or when a screen asks (a retry). */
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

const DIRECTORY_TABLES = ['people', 'institutions'];

export function useDirectoryVersion(): string {
  const local = useSyncExternalStore(subscribe, () => version);
  const tables = useSyncExternalStore(subscribeTables, () => stampOf(DIRECTORY_TABLES));
  return `${local}.${tables}`;
}

