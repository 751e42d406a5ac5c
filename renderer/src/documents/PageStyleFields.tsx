import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FONTS, PAPERS, type Profile } from '../../../shared/documents/schemas';
import { Field } from '../components/Field';
import { inputId, MARGINS } from './profileForm';

type StyleField = 'paper' | 'font' | (typeof MARGINS)[number];

export interface PageStyleFieldsProps {
  uid: string;
  /** Paper and font as chosen ('' for "follow the house style"), margins as typed. */
  values: Record<StyleField, string>;
  set: (field: StyleField, value: string) => void;
  errors: Partial<Record<string, unknown>>;
  errorOf: (path: string) => ReactNode;
  describe: (path: string, hintId?: string) => string | undefined;
  /** An issuer's own layout: each field may follow the house style, shown as its first option and placeholder. */
  follow?: Profile;
  marginsHint: string;
}

/**
 * Paper, font and margins: the house style's form and an issuer's own layout
 * share these fields (the issuer's may also "follow the house style").
 */
export function PageStyleFields({ uid, values, set, errors, errorOf, describe, follow, marginsHint }: PageStyleFieldsProps) {
  const { t } = useTranslation();
  const hintId = `${uid}-margins-hint`;
  return (
    <>
      <Field id={inputId(uid, 'paper')} label={t('profile.paper')} error={errorOf('paper')}>
        <select id={inputId(uid, 'paper')} className="input profile-select" value={values.paper} onChange={(e) => set('paper', e.target.value)}>
          {follow && <option value="">{t('issuers.layout.followValue', { value: follow.paper })}</option>}
          {PAPERS.map((p) => (
            <option key={p} value={p}>
              {t(`profile.papers.${p}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field id={inputId(uid, 'font')} label={t('profile.font')} error={errorOf('font')}>
        <select id={inputId(uid, 'font')} className="input profile-select" value={values.font} onChange={(e) => set('font', e.target.value)}>
          {follow && <option value="">{t('issuers.layout.followValue', { value: follow.font })}</option>}
          {FONTS.map((f) => (
            <option key={f} value={f}>
              {f}
            </option>
          ))}
        </select>
      </Field>
      <fieldset className="profile-margins" aria-describedby={hintId}>
        <legend className="label">{t('profile.margins')}</legend>
        <div className="profile-margin-row">
          {MARGINS.map((m) => {
            const id = inputId(uid, m);
            return (
              // The columns are narrow: their messages go under the row.
              <Field key={m} id={id} label={t(`profile.${m}`)} error={null}>
                <input
                  id={id}
                  type="number"
                  inputMode="numeric"
                  min={5}
                  max={60}
                  step={1}
                  className="input profile-mm"
                  placeholder={follow ? String(follow[m]) : undefined}
                  value={values[m]}
                  onChange={(e) => set(m, e.target.value)}
                  aria-invalid={errors[m] ? true : undefined}
                  aria-describedby={describe(m, follow ? hintId : undefined)}
                />
              </Field>
            );
          })}
        </div>
        {MARGINS.map((m) => (
          <Fragment key={m}>{errorOf(m)}</Fragment>
        ))}
        <p id={hintId} className="field-hint">
          {marginsHint}
        </p>
      </fieldset>
    </>
  );
}
