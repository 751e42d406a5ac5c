import { useTranslation } from 'react-i18next';
import { NUMBERED_KINDS, type Numbering, type NumberedKind, type Profile } from '../../../../shared/domain/documents';
import { formatNumber } from '../../../../shared/numbering';
import { todayIso } from '../../lib/today';
import { Field } from '../Field';
import type { FieldProps } from './ProfileSection';
import { inputId } from './profileForm';

type Value = Profile['numbering'];
const PARTS = ['template', 'code', 'unit'] as const;

/** A numbering template per numbered document, with the number the next one would get. */
export function NumberingFields({
  value,
  next,
  onChange,
  uid,
  errors,
  describe,
  errorOf,
}: FieldProps & { value: Value; next: Profile['next']; onChange: (path: string, next: Value) => void }) {
  const { t } = useTranslation();
  const today = todayIso();

  const setPart = (kind: NumberedKind, part: keyof Numbering, text: string) =>
    onChange(`numbering.${kind}.${part}`, { ...value, [kind]: { ...value[kind], [part]: text } });

  return (
    <div className="profile-numbering">
      {NUMBERED_KINDS.map((kind) => {
        const headingId = `${uid}-numbering-${kind}`;
        const exampleId = `${headingId}-example`;
        const valid = value[kind].template.includes('{nomor}') && !errors[`numbering.${kind}.template`];
        const example = formatNumber(value[kind], next?.[kind].seq ?? 1, today);
        return (
          <div key={kind} className="profile-number" role="group" aria-labelledby={headingId}>
            <h3 id={headingId} className="profile-subheading">
              {t(`profile.kinds.${kind}`)}
            </h3>
            <div className="profile-number-fields">
              {PARTS.map((part) => {
                const path = `numbering.${kind}.${part}`;
                const id = inputId(uid, path);
                return (
                  <Field key={part} id={id} label={t(`profile.${part}`)} error={errorOf(path)}>
                    <input
                      id={id}
                      type="text"
                      className={`input${part === 'template' ? ' profile-template' : ''}`}
                      autoComplete="off"
                      spellCheck={false}
                      placeholder={part === 'unit' ? t('profile.unitPlaceholder') : undefined}
                      value={value[kind][part]}
                      onChange={(e) => setPart(kind, part, e.target.value)}
                      aria-invalid={errors[path] ? true : undefined}
                      aria-describedby={describe(path, part === 'template' && valid ? exampleId : undefined)}
                    />
                  </Field>
                );
              })}
            </div>
            {valid && (
              <p id={exampleId} className="profile-example" aria-live="polite">
                {t('profile.nextNumber')} <code>{example}</code>
              </p>
            )}
          </div>
        );
      })}
    </div>
  );
}
