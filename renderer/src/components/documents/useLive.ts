import { useCallback, useEffect, useState } from 'react';
import type { InputOf, OperationName, OutputOf } from '../../../../shared/contract';
import { api } from '../../api/bridge';
import { useTripsVersion, type Load } from '../../lib/data';

/**
 * Like useCall, for answers that depend on the whole trip (readiness,
 * numbers): loads again when trips change, when `reload` is called and when
 * the window gets focus back (the user may have fixed something elsewhere),
 * keeping the previous answer on screen meanwhile.
 */
export function useLive<K extends OperationName>(operation: K, input: InputOf<K>): { state: Load<OutputOf<K>>; reload: () => void; busy: boolean } {
  const version = useTripsVersion();
  const inputKey = JSON.stringify(input);
  const key = `${operation} ${inputKey}`;
  const [tick, setTick] = useState(0);
  const [entry, setEntry] = useState<{ key: string; stamp: string; state: Load<OutputOf<K>> } | null>(null);
  const stamp = `${version} ${tick}`;

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

  const reload = useCallback(() => setTick((n) => n + 1), []);

  useEffect(() => {
    const onFocus = () => reload();
    window.addEventListener('focus', onFocus);
    return () => window.removeEventListener('focus', onFocus);
  }, [reload]);

  const state: Load<OutputOf<K>> = entry && entry.key === key ? entry.state : { status: 'loading' };
  // Loading again: the answer on screen is from an earlier stamp.
  const busy = entry?.key !== key || entry.stamp !== stamp;
  return { state, reload, busy };
}
