import { useCallback, useRef, useState } from 'react';
import type { InputOf } from '../../../shared/contract';
import type { SaveOutcome } from '../../../shared/documents/schemas';
import type { XlsxExport, moneyXlsxOps } from '../../../shared/money/xlsx-ops';
import type { ApiError, Result } from '../../../shared/result';
import { api } from '../api/bridge';
import { base64ToBytes, downloadBlob } from '../lib/files';

/*
 * Running one of the money's spreadsheet exports and handing the file to the
 * user the way the documents' export does (documents/ExportDialog.tsx): main
 * builds the workbook and keeps it under an exportId; the desktop app saves
 * it through main's own save dialog (`docs.save`), browser mode downloads
 * the file itself (`/api/download`, never base64 in JSON), and a bridge
 * without downloads (the test bridge) reads it with `docs.fetch`.
 */

export type XlsxOperation = keyof typeof moneyXlsxOps;

/** What became of an export: saved to a path (desktop), downloaded (browser), or the save dialog was cancelled. */
export type XlsxOutcome = { kind: 'saved'; path: string } | { kind: 'downloaded'; fileName: string } | { kind: 'cancelled' };

/** Builds the workbook in main, then saves (desktop) or downloads (browser) it. */
export async function runXlsxExport<K extends XlsxOperation>(operation: K, input: InputOf<K>): Promise<Result<XlsxOutcome>> {
  const client = api();
  const built = (await client.call(operation, input)) as Result<XlsxExport>;
  if (!built.ok) return built;
  const x = built.value;
  const info = await client.call('app.info', {});
  if (info.ok && info.value.mode === 'electron') {
    const saved: Result<SaveOutcome> = await client.call('docs.save', { exportIds: [x.exportId] });
    if (!saved.ok) return saved;
    return { ok: true, value: saved.value.saved ? { kind: 'saved', path: saved.value.paths[0] ?? '' } : { kind: 'cancelled' } };
  }
  if (client.download) {
    const file = await client.download(x.exportId);
    if (!file.ok) return file;
    downloadBlob(file.value.fileName, file.value.blob);
    return { ok: true, value: { kind: 'downloaded', fileName: file.value.fileName } };
  }
  const file = await client.call('docs.fetch', { exportId: x.exportId });
  if (!file.ok) return file;
  downloadBlob(file.value.fileName, new Blob([base64ToBytes(file.value.dataBase64)], { type: file.value.mime }));
  return { ok: true, value: { kind: 'downloaded', fileName: file.value.fileName } };
}

/** `runXlsxExport` with its state for a button: busy while it runs (a second press waits), the last outcome or error. */
export function useXlsxExport<K extends XlsxOperation>(operation: K) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [outcome, setOutcome] = useState<XlsxOutcome | null>(null);
  const running = useRef(false);
  const run = useCallback(
    async (input: InputOf<K>): Promise<XlsxOutcome | null> => {
      if (running.current) return null;
      running.current = true;
      setBusy(true);
      setError(null);
      try {
        const r = await runXlsxExport(operation, input);
        if (!r.ok) {
          setError(r.error);
          return null;
        }
        setOutcome(r.value);
        return r.value;
      } finally {
        running.current = false;
        setBusy(false);
      }
    },
    [operation],
  );
  return { run, busy, error, outcome };
}
