import { useTranslation } from 'react-i18next';
import type { Institution } from '../../../shared/directory/institution';
import { fullName, type Erased, type PersonRow } from '../../../shared/directory/person';
import { api } from '../api/bridge';
import { ConfirmDialog } from '../components/ConfirmDialog';

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
  const name = eraseTargetName(target);
  const person = target.kind === 'person';
  return (
    <ConfirmDialog
      title={person ? t('people.erase.personTitle', { name }) : t('people.erase.institutionTitle', { name })}
      tone="danger"
      confirmLabel={t('people.erase.confirm')}
      workingLabel={t('people.erase.working')}
      action={() =>
        target.kind === 'person'
          ? api().call('people.erase', { id: target.person.id })
          : api().call('institutions.erase', { id: target.institution.id })
      }
      onDone={(erased) => onErased(erased, name)}
      onCancel={onCancel}
    >
      <p>{person ? t('people.erase.personLead', { name }) : t('people.erase.institutionLead', { name })}</p>
      {person && <p>{t('people.erase.personTrips')}</p>}
      <p>{t('people.erase.backups')}</p>
    </ConfirmDialog>
  );
}
