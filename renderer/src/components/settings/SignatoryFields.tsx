import { useTranslation } from 'react-i18next';
import type { Signatory } from '../../../../shared/domain/documents';
import { Field } from '../Field';
import type { FieldProps } from './ProfileSection';
import { inputId, SIGNATORY_FIELDS, type SignatoryRole } from './profileForm';

type Key = (typeof SIGNATORY_FIELDS)[number];

/** One default signatory: the head of office, or the SPT signer with its "a.n." line. */
export function SignatoryFields({
  role,
  value,
  onChange,
  uid,
  errors,
  describe,
  errorOf,
}: FieldProps & { role: SignatoryRole; value: Signatory; onChange: (path: string, next: Signatory) => void }) {
  const { t } = useTranslation();
  const headingId = `${uid}-${role}-heading`;
  const hintId = `${uid}-${role}-hint`;
  const placeholder: Partial<Record<Key, string>> = {
    onBehalf: role === 'sptSigner' ? t('profile.onBehalfPlaceholder') : t('profile.onBehalfHeadPlaceholder'),
    pangkat: t('profile.pangkatPlaceholder'),
  };

  return (
    <div className="profile-signatory" role="group" aria-labelledby={headingId} aria-describedby={hintId}>
      <h3 id={headingId} className="profile-subheading">
        {t(`profile.${role}`)}
      </h3>
      <p id={hintId} className="field-hint">
        {t(`profile.${role}Hint`)}
      </p>
      {SIGNATORY_FIELDS.map((k) => {
        const path = `${role}.${k}`;
        const id = inputId(uid, path);
        return (
          <Field key={k} id={id} label={t(`profile.${k}`)} error={errorOf(path)}>
            <input
              id={id}
              type="text"
              className="input"
              autoComplete="off"
              inputMode={k === 'nip' ? 'numeric' : undefined}
              placeholder={placeholder[k]}
              value={value[k]}
              onChange={(e) => onChange(path, { ...value, [k]: e.target.value })}
              aria-invalid={errors[path] ? true : undefined}
              aria-describedby={describe(path)}
            />
          </Field>
        );
      })}
    </div>
  );
}
