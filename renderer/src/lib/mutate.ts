import { useCallback } from 'react';
import type { InputOf, OperationName, OutputOf } from '../../../shared/contract';
import type { Result } from '../../../shared/result';
import { api } from '../api/bridge';
import { useToasts } from '../components/Toasts';
import { errorText } from '../i18n/errors';

/**
 * Runs a write for the trip page: on success the page (and the trip list's
 * counts) load again; on failure an error toast says why, unless the caller
 * shows the error itself (`quiet`, e.g. under a form field).
 */
export function useTripWrite() {
  const toasts = useToasts();
  return useCallback(
    async <K extends OperationName>(operation: K, input: InputOf<K>, opts: { quiet?: boolean } = {}): Promise<Result<OutputOf<K>>> => {
      const r = await api().call(operation, input);
      // A success needs nothing more: its answer announces the tables it changed (api/changes.ts).
      if (!r.ok && !opts.quiet) toasts.show({ kind: 'error', message: (tr) => errorText(tr, r.error) });
      return r;
    },
    [toasts],
  );
}
