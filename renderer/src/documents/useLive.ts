import { useCallback, useEffect, useState } from 'react';
import type { InputOf, OperationName, OutputOf } from '../../../shared/contract';
import { useAnswer, type Load } from '../lib/data';

/**
 * Like useCall, for answers that depend on the whole trip (readiness,
 * numbers): loads again when trips change, when `reload` is called and when
 * the window gets focus back (the user may have fixed something elsewhere),
 * keeping the previous answer on screen meanwhile.
 */
export function useLive<K extends OperationName>(operation: K, input: InputOf<K>): { state: Load<OutputOf<K>>; reload: () => void; busy: boolean } {
  const [tick, setTick] = useState(0);
  const { state, busy } = useAnswer(operation, input, tick);
  const reload = useCallback(() => setTick((n) => n + 1), []);

  useEffect(() => {
    window.addEventListener('focus', reload);
    return () => window.removeEventListener('focus', reload);
  }, [reload]);

  return { state, reload, busy };
}
