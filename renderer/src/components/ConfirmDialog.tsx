import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError, Result } from '../../../shared/result';
import { errorMessage } from '../i18n/errors';
import { Modal } from './Modal';

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
 * dialog closed while its call is still out never updates afterwards.
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
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const live = useRef(true);
  useEffect(() => {
    live.current = true;
    return () => {
      live.current = false;
    };
  }, []);
  useEffect(() => {
    if (error) cancelRef.current?.focus();
  }, [error]);

  const go = async () => {
    setBusy(true);
    setError(null);
    const r = await action();
    if (!live.current) return;
    if (r.ok) {
      onDone(r.value);
      return;
    }
    setBusy(false);
    setError(r.error);
    onFailed?.(r.error);
  };

  return (
    <Modal labelledBy={`${uid}-h`} describedBy={`${uid}-d`} onCancel={() => !busy && onCancel()}>
      <div aria-busy={busy || undefined}>
        <header className="modal-header">
          <h2 id={`${uid}-h`}>{title}</h2>
        </header>
        <div className="modal-body">
          <div id={`${uid}-d`}>{children}</div>
          {error && (
            <p className="form-error" role="alert">
              {errorMessage(t, error)}
            </p>
          )}
        </div>
        <footer className="modal-footer">
          <button ref={cancelRef} type="button" className="btn btn-secondary" onClick={onCancel} disabled={busy} data-autofocus>
            {cancelLabel ?? t('common.cancel')}
          </button>
          <button type="button" className={`btn ${tone === 'danger' ? 'btn-danger' : 'btn-primary'}`} onClick={() => void go()} disabled={busy}>
            {busy ? workingLabel : confirmLabel}
          </button>
        </footer>
      </div>
    </Modal>
  );
}
