import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError, Result } from '../../../shared/result';
import { ErrorLine } from './Page';
// The hook alone, not the kit's index: that would bring the date pickers into the first bundle.
import { useAction } from './form/useForm';
import { Modal } from './Modal';
import { ignoreRepeat } from '../lib/deleteGuard';

export interface ConfirmDialogProps<T> {
  title: string;
  /** What happens, in paragraphs; read out as the dialog's description. */
  children: ReactNode;
  confirmLabel: string;
  /** The confirm button's text while the action runs ("Memulihkan…"). */
  workingLabel: string;
  /** Defaults to the common "Batal". */
  cancelLabel?: string;
  /** 'danger' for what cannot be taken back (erase, start anew), 'primary' otherwise. */
  tone?: 'danger' | 'primary';
  /** The call the dialog confirms; its refusal is shown in the dialog. */
  action: () => Promise<Result<T>>;
  onDone: (value: T) => void;
  onCancel: () => void;
  /** After a refusal has been shown (e.g. to re-read a list that changed). */
  onFailed?: (error: ApiError) => void;
}

/**
 * The one shape of "are you sure?": a heading, what will happen, Cancel
 * (focused first: the safe choice) and the action. While the action runs both
 * buttons are disabled and Escape does nothing; a refusal is shown in the
 * dialog and focus returns to Cancel so it is read beside the choices. A
 * dialog closed while its call is still out never updates afterwards. A held
 * key that opened the dialog does not also answer it (repeats are ignored).
 */
export function ConfirmDialog<T>({
  title,
  children,
  confirmLabel,
  workingLabel,
  cancelLabel,
  tone = 'primary',
  action,
  onDone,
  onCancel,
  onFailed,
}: ConfirmDialogProps<T>) {
  const { t } = useTranslation();
  const uid = useId();
  const cancelRef = useRef<HTMLButtonElement>(null);
  // The kit's submit helper: busy while the call is out, one call at a time, nothing after unmount.
  const { busy, error, run } = useAction();
  useEffect(() => {
    if (error) cancelRef.current?.focus();
  }, [error]);

  const go = async () => {
    const r = await run(action, { holdOnSuccess: true });
    if (!r) return;
    if (r.ok) onDone(r.value);
    else onFailed?.(r.error);
  };

  return (
    <Modal labelledBy={`${uid}-h`} describedBy={`${uid}-d`} onCancel={() => !busy && onCancel()}>
      <div aria-busy={busy || undefined}>
        <header className="modal-header">
          <h2 id={`${uid}-h`}>{title}</h2>
        </header>
        <div className="modal-body">
          <div id={`${uid}-d`}>{children}</div>
          <ErrorLine error={error} />
        </div>
        <footer className="modal-footer">
          <button ref={cancelRef} type="button" className="btn btn-secondary" onClick={onCancel} onKeyDown={ignoreRepeat} disabled={busy} data-autofocus>
            {cancelLabel ?? t('common.cancel')}
          </button>
          <button
            type="button"
            className={`btn ${tone === 'danger' ? 'btn-danger' : 'btn-primary'}`}
            onClick={() => void go()}
            onKeyDown={ignoreRepeat}
            disabled={busy}
          >
            {busy ? workingLabel : confirmLabel}
          </button>
        </footer>
      </div>
    </Modal>
  );
}
