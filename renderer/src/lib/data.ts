import { useEffect, useState, useSyncExternalStore } from 'react';
import type { InputOf, OperationName, OutputOf } from '../../../shared/contract';
import type { ApiError } from '../../../shared/result';
import { tablesOf } from '../../../shared/reads';
import { api } from '../api/bridge';
import { applyTables, stampOf, subscribeTables } from '../api/changes';
import { useVisible } from './visible';
import { takeEarly } from './early';

export { prefetch, takePrefetched } from './early';

/*
 * Live data. A write's answer, and main's broadcast of every other window's
 * write, say which tables changed (api/changes.ts); each read knows its
 * tables (shared/reads.ts) and reads again only when one of them moved.
 */

/**
 * For the rare write whose effect main does not log (none today): treat the
 * trips and everything hanging off them as changed.
 */
export function notifyTripsChanged(): void {
  applyTables(['*']);
}

/** The version of the tables `operation` reads: changes when one of them was written. */
export function useTablesStamp(operation: OperationName): string {
  const tables = tablesOf(operation);
  return useSyncExternalStore(subscribeTables, () => stampOf(tables));
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

/*
 * One read for one question: two views asking the same operation with the
 * same input at the same version of its tables (the learnings section and
 * the quotes panel both list the trip's learnings) share one call.
 */
const inFlight = new Map<string, Promise<unknown>>();

function sharedCall<K extends OperationName>(operation: K, input: InputOf<K>, key: string): Promise<Awaited<ReturnType<ReturnType<typeof api>['call']>>> {
  let p = inFlight.get(key) as Promise<Awaited<ReturnType<ReturnType<typeof api>['call']>>> | undefined;
  if (!p) {
    p = (takeEarly(key) as typeof p) ?? api().call(operation, input);
    inFlight.set(key, p);
    const done = () => {
      if (inFlight.get(key) === p) inFlight.delete(key);
    };
    p.then(done, done);
  }
  return p;
}

/**
 * The mechanism behind useCall and useLive: calls a read operation whenever
 * the operation, its input, the version of its tables or `tick` changes, and keeps
 * the last answer for this operation and input on screen meanwhile. `busy`
 * says the answer shown is from an earlier version or tick. While the view is
 * off screen (lib/visible.tsx) nothing is read; the answer shown waits,
 * and is read afresh when the view comes back if its tables changed meanwhile.
 */
export function useAnswer<K extends OperationName>(
  operation: K,
  input: InputOf<K>,
  tick: number,
  /** True: the caller has the answer from elsewhere; nothing is read (the state stays loading). */
  skip = false,
): { state: Load<OutputOf<K>>; busy: boolean; forget: () => void } {
  const active = useVisible();
  const version = useTablesStamp(operation);
  const inputKey = JSON.stringify(input);
  const key = `${operation} ${inputKey}`;
  const stamp = `${version} ${tick}`;
  const [entry, setEntry] = useState<{ key: string; stamp: string; state: Load<OutputOf<K>> } | null>(null);

  const shownStamp = entry?.key === key ? entry.stamp : null;
  useEffect(() => {
    if (skip) return;
    // Off screen nothing is read, not even the first time: a section far down the page reads once it comes near.
    if (!active) return;
    if (shownStamp === `${version} ${tick}`) return;
    let live = true;
    void sharedCall(operation, JSON.parse(inputKey) as InputOf<K>, `${operation} ${inputKey} ${version} ${tick}`)
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
    // shownStamp is read, not followed: an answer arriving must not ask again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [operation, inputKey, version, tick, active, skip]);

  const state: Load<OutputOf<K>> = entry && entry.key === key ? entry.state : { status: 'loading' };
  const busy = entry?.key !== key || entry.stamp !== stamp;
  return { state, busy, forget: () => setEntry(null) };
}

/**
 * Calls a read operation and keeps its answer; calls it again when a table
 * it reads changes. While it reloads, the previous answer stays on screen.
 */
export function useCall<K extends OperationName>(
  operation: K,
  input: InputOf<K>,
  opts: { skip?: boolean } = {},
): { state: Load<OutputOf<K>>; retry: () => void } {
  const [attempt, setAttempt] = useState(0);
  const { state, forget } = useAnswer(operation, input, attempt, opts.skip);
  return {
    state,
    retry: () => {
      forget();
      setAttempt((a) => a + 1);
    },
  };
}
