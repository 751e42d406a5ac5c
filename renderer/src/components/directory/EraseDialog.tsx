import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Institution } from '../../../../shared/domain/institution';
import { fullName, type Erased, type PersonRow } from '../../../../shared/domain/person';
import type { ApiError } from '../../../../shared/result';
import { api } from '../../api/bridge';
import { errorMessage } from '../../i18n/errors';
import { Modal } from '../Modal';

export type EraseTarget = { kind: 'person'; person: PersonRow } | { kind: 'institution'; institution: Institution };

export const eraseTargetName = (target: EraseTarget): string =>
  target.kind === 'person' ? fullName(target.person) : target.institution.name;

interface EraseDialogProps {
  target: EraseTarget;
  onCancel: () => void;
  /** After the erasure: the dialog is closed by the caller. */
  onErased: (result: Erased, name: string) => void;
}

/**
 * "Hapus permanen": names who or what is erased and says plainly that it
 * cannot be undone, that issued trip documents keep what they printed and
 * that older backups still hold the data. Focus starts on Cancel (the safe
 * choice); a refusal (a signer, an institution still used) is shown here and
 * focus goes back to Cancel so it is read next to the choices.
 */
export function EraseDialog({ target, onCancel, onErased }: EraseDialogProps) {
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

  const name = eraseTargetName(target);
  const confirm = async () => {
    setBusy(true);
    setError(null);
    const r =
      target.kind === 'person'
        ? await api().call('people.erase', { id: target.person.id })
        : await api().call('institutions.erase', { id: target.institution.id });
    if (!live.current) return;
    setBusy(false);
    if (r.ok) {
      onErased(r.value, name);
      return;
    }
    setError(r.error);
  };
  // A refusal is read next to the choices: focus back on Cancel once it is enabled again.
  useEffect(() => {
    if (error) cancelRef.current?.focus();
  }, [error]);

  const heading = `${uid}-heading`;
  const text = [`${uid}-lead`, ...(target.kind === 'person' ? [`${uid}-trips`] : []), `${uid}-backups`].join(' ');
  return (
    <Modal labelledBy={heading} describedBy={text} onCancel={() => !busy && onCancel()}>
      <div aria-busy={busy || undefined}>
        <header className="modal-header">
          <h2 id={heading}>{target.kind === 'person' ? t('people.erase.personTitle', { name }) : t('people.erase.institutionTitle', { name })}</h2>
        </header>
        <div className="modal-body">
          <p id={`${uid}-lead`}>{target.kind === 'person' ? t('people.erase.personLead', { name }) : t('people.erase.institutionLead', { name })}</p>
          {target.kind === 'person' && <p id={`${uid}-trips`}>{t('people.erase.personTrips')}</p>}
          <p id={`${uid}-backups`}>{t('people.erase.backups')}</p>
          {error && (
            <p className="form-error" role="alert">
              {errorMessage(t, error)}
            </p>
          )}
        </div>
        <footer className="modal-footer">
          <button ref={cancelRef} type="button" className="btn btn-secondary" onClick={onCancel} disabled={busy} data-autofocus>
            {t('common.cancel')}
          </button>
          <button type="button" className="btn btn-danger" onClick={() => void confirm()} disabled={busy}>
            {busy ? t('people.erase.working') : t('people.erase.confirm')}
          </button>
        </footer>
      </div>
    </Modal>
  );
}
