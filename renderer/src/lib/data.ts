import { useEffect, useState, useSyncExternalStore } from 'react';
import type { InputOf, OperationName, OutputOf } from '../../../shared/contract';
import type { ApiError } from '../../../shared/result';
import { api } from '../api/bridge';

/* Trips change in one place (the actions) and are shown in others: a version
   number tells every screen showing trips to load them again. */
let tripsVersion = 0;
const listeners = new Set<() => void>();

export function notifyTripsChanged(): void {
  tripsVersion += 1;
  for (const l of listeners) l();
}

function subscribe(l: () => void): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}

export function useTripsVersion(): number {
  return useSyncExternalStore(subscribe, () => tripsVersion);
}

/* After a create or an undo, the list focuses the row of that trip. */
let rowFocusRequest: string | null = null;
export function requestRowFocus(id: string): void {
  rowFocusRequest = id;
}
export function takeRowFocus(): string | null {
  const id = rowFocusRequest;
  rowFocusRequest = null;
  return id;
}

export type Load<T> =
  | { status: 'loading' }
  | { status: 'ok'; value: T }
  | { status: 'error'; error: ApiError };

/**
 * Calls a read operation and keeps its answer; calls it again when trips
 * change. While it reloads, the previous answer stays on screen.
 */
export function useCall<K extends OperationName>(
  operation: K,
  input: InputOf<K>,
): { state: Load<OutputOf<K>>; retry: () => void } {
  const version = useTripsVersion();
  const inputKey = JSON.stringify(input);
  const key = `${operation} ${inputKey}`;
  const [attempt, setAttempt] = useState(0);
  const [entry, setEntry] = useState<{ key: string; state: Load<OutputOf<K>> } | null>(null);

  useEffect(() => {
    let live = true;
    void api()
      .call(operation, JSON.parse(inputKey) as InputOf<K>)
      .then((r) => {
        if (!live) return;
        setEntry({
          key: `${operation} ${inputKey}`,
          state: r.ok ? { status: 'ok', value: r.value } : { status: 'error', error: r.error },
        });
      });
    return () => {
      live = false;
    };
  }, [operation, inputKey, version, attempt]);

  const state: Load<OutputOf<K>> = entry && entry.key === key ? entry.state : { status: 'loading' };
  return {
    state,
    retry: () => {
      setEntry(null);
      setAttempt((a) => a + 1);
    },
  };
}
