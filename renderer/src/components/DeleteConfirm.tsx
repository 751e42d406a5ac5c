import { useCallback, useRef, useState, type ReactNode } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ApiError, Result } from '../../../shared/result';
import type { PartCounts, TrashImpact, TrashRef } from '../../../shared/trash/schemas';
import { TRASH_PARTS } from '../../../shared/vocabulary';
import { api } from '../api/bridge';
import { ConfirmDialog } from './ConfirmDialog';

/** "12 anggota, 30 acara" in the trash's order of parts ('' for none). */
export function partsText(t: TFunction, counts: PartCounts): string {
  return TRASH_PARTS.flatMap((p) => {
    const n = counts[p];
    return n ? [t(`trash.parts.${p}`, { count: n })] : [];
  }).join(', ');
}

export interface DeleteRequest<T> {
  ref: TrashRef;
  /** Shown in the question: a title, a name, a file name. */
  name: string;
  /** The deletion itself. */
  remove: () => Promise<Result<T>>;
  /** After it went to the trash (the undo toast, leaving the page). */
  onDeleted: (value: T) => void;
  /** When the deletion is refused (without a question: the caller's error toast). */
  onFailed?: (error: ApiError) => void;
}

interface Asking {
  ref: TrashRef;
  name: string;
  impact: TrashImpact;
  remove: () => Promise<Result<unknown>>;
  done: (value: unknown) => void;
  cancel: () => void;
}

/**
 * Deleting with the one question it may need: when the thing takes rows with
 * it (a trip's members and agenda, a person's trip memberships, a learning's
 * follow-ups) or is still referred to (an institution), a ConfirmDialog says
 * what and that it all goes to the trash; otherwise it is deleted at once (the
 * undo toast is the way back). One deletion at a time: a request made while
 * one is being asked or is under way is ignored (answers false), so a held key
 * or a double click never deletes two things.
 */
export function useConfirmDelete(): { ask: <T>(req: DeleteRequest<T>) => Promise<boolean>; dialog: ReactNode } {
  const { t } = useTranslation();
  const busy = useRef(false);
  const [asking, setAsking] = useState<Asking | null>(null);

  const ask = useCallback(async <T,>(req: DeleteRequest<T>): Promise<boolean> => {
    if (busy.current) return false;
    busy.current = true;
    try {
      const impact = await api().call('trash.impact', req.ref);
      const empty = !impact.ok || (Object.keys(impact.value.takes).length === 0 && Object.keys(impact.value.refs).length === 0);
      if (empty) {
        // Nothing goes with it (or it is already gone: the deletion's own answer says so).
        const r = await req.remove();
        if (r.ok) req.onDeleted(r.value);
        else req.onFailed?.(r.error);
        return r.ok;
      }
      return await new Promise<boolean>((resolve) => {
        setAsking({
          ref: req.ref,
          name: req.name,
          impact: impact.value,
          remove: req.remove,
          done: (value) => {
            setAsking(null);
            req.onDeleted(value as T);
            resolve(true);
          },
          cancel: () => {
            setAsking(null);
            resolve(false);
          },
        });
      });
    } finally {
      busy.current = false;
    }
  }, []);

  const dialog = asking && (
    <ConfirmDialog
      title={t(`trash.ask.title.${asking.ref.kind}`, { name: asking.name })}
      confirmLabel={t('trash.ask.confirm')}
      workingLabel={t('trash.ask.working')}
      action={asking.remove}
      onDone={asking.done}
      onCancel={asking.cancel}
    >
      {Object.keys(asking.impact.takes).length > 0 && <p>{t('trash.ask.takes', { parts: partsText(t, asking.impact.takes) })}</p>}
      {Object.keys(asking.impact.refs).length > 0 && <p>{t('trash.ask.refs', { parts: partsText(t, asking.impact.refs) })}</p>}
      <p>{t('trash.ask.toTrash')}</p>
    </ConfirmDialog>
  );

  return { ask, dialog };
}
