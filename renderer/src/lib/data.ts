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
 * The mechanism behind useCall and useLive: calls a read operation whenever
 * the operation, its input, the trips' version or `tick` changes, and keeps
 * the last answer for this operation and input on screen meanwhile. `busy`
 * says the answer shown is from an earlier version or tick.
 */
export function useAnswer<K extends OperationName>(
  operation: K,
  input: InputOf<K>,
  tick: number,
): { state: Load<OutputOf<K>>; busy: boolean; forget: () => void } {
  const version = useTripsVersion();
  const inputKey = JSON.stringify(input);
  const key = `${operation} ${inputKey}`;
  const stamp = `${version} ${tick}`;
  const [entry, setEntry] = useState<{ key: string; stamp: string; state: Load<OutputOf<K>> } | null>(null);

  useEffect(() => {
    let live = true;
    void api()
      .call(operation, JSON.parse(inputKey) as InputOf<K>)
      .then((r) => {
        if (!live) return;
        setEntry({
          key: `${operation} ${inputKey}`,
          stamp: `${version} ${tick}`,
          state: r.ok ? { status: 'ok', value: r.value } : { status: 'error', error: r.error },
        });
      });
    return () => {
      live = false;
    };
  }, [operation, inputKey, version, tick]);

  const state: Load<OutputOf<K>> = entry && entry.key === key ? entry.state : { status: 'loading' };
  const busy = entry?.key !== key || entry.stamp !== stamp;
  return { state, busy, forget: () => setEntry(null) };
}

/**
 * Calls a read operation and keeps its answer; calls it again when trips
 * change. While it reloads, the previous answer stays on screen.
 */
export function useCall<K extends OperationName>(
  operation: K,
  input: InputOf<K>,
): { state: Load<OutputOf<K>>; retry: () => void } {
  const [attempt, setAttempt] = useState(0);
  const { state, forget } = useAnswer(operation, input, attempt);
  return {
    state,
    retry: () => {
      forget();
      setAttempt((a) => a + 1);
    },
  };
}
