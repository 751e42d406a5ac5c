import { useCallback } from 'react';
import type { RateSetRecord } from '../../../../shared/money/schemas';
import { api } from '../../api/bridge';
import { useToasts } from '../../components/Toasts';
import { errorText } from '../../components/form';
import { requestRowFocus } from '../../lib/data';
import { bytesToBase64, offerDownload } from '../../lib/files';
import { useOneAtATime } from '../../lib/deleteGuard';

/** A CSV text as a download (the desktop app asks where to save it, a browser downloads it). */
export function downloadCsv(fileName: string, text: string): void {
  offerDownload(fileName, 'text/csv;charset=utf-8', bytesToBase64(new TextEncoder().encode(text)));
}

/**
 * What the list and the view do to a set: delete it with a way back (the toast's
 * "Urungkan", or Ctrl+Z while it shows) and export it as CSV.
 */
export function useRateSetActions() {
  const toasts = useToasts();
  const oneAtATime = useOneAtATime();

  const remove = useCallback(
    (set: Pick<RateSetRecord, 'id' | 'name'>, onRemoved?: () => void) =>
      oneAtATime(async () => {
        const r = await api().call('rateSets.remove', { id: set.id });
        if (!r.ok) {
          toasts.show({ kind: 'error', message: (tr) => errorText(tr, r.error) });
          return false;
        }
        onRemoved?.();
        toasts.show({
          message: (tr) => tr('rates.removed', { name: set.name }),
          undoable: true,
          action: {
            label: (tr) => tr('common.undo'),
            run: async () => {
              const back = await api().call('rateSets.restore', { id: set.id });
              if (!back.ok) {
                toasts.show({ kind: 'error', message: (tr) => errorText(tr, back.error) });
                return;
              }
              requestRowFocus(set.id);
              toasts.show({ message: (tr) => tr('rates.restored', { name: set.name }), duration: 4000 });
            },
          },
        });
        return true;
      }),
    [oneAtATime, toasts],
  );

  const exportCsv = useCallback(
    async (set: Pick<RateSetRecord, 'id'>) => {
      const r = await api().call('rateSets.exportCsv', { id: set.id });
      if (!r.ok) {
        toasts.show({ kind: 'error', message: (tr) => errorText(tr, r.error) });
        return;
      }
      downloadCsv(r.value.fileName, r.value.text);
      toasts.show({ message: (tr) => tr('rates.exported', { fileName: r.value.fileName }), duration: 4000 });
    },
    [toasts],
  );

  return { remove, exportCsv };
}
