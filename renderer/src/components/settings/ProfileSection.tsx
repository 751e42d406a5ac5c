import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LETTER_DATE_PLACES, PAGE_NUMBER_STYLES, type LetterDatePlace, type PageNumberStyle, type Profile } from '../../../../shared/domain/documents';
import type { ApiError } from '../../../../shared/result';
import { api } from '../../api/bridge';
import { errorMessage } from '../../i18n/errors';
import { Field } from '../Field';
import { ErrorPanel, Loading } from '../Page';
import { useToasts } from '../Toasts';
import { IssuersSection } from './IssuersSection';
import { PageStyleFields } from './PageStyleFields';
import {
  HOUSE_FIELDS,
  fieldMessage,
  houseLabel,
  inputId,
  serverPath,
  toHousePatch,
  toHouseValues,
  validateHouse,
  type FieldErrors,
  type HouseStyleValues,
} from './profileForm';

/**
 * Pengaturan's document settings: the house style (paper, font, margins;
 * profile.get/update) and the issuers, which inherit it unless they set
 * their own layout.
 */
export function DocumentSettings() {
  const { t } = useTranslation();
  const [load, setLoad] = useState<{ status: 'loading' } | { status: 'error'; error: ApiError } | { status: 'ok'; profile: Profile }>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    void api()
      .call('profile.get', {})
      .then((r) => {
        if (live) setLoad(r.ok ? { status: 'ok', profile: r.value } : { status: 'error', error: r.error });
      });
    return () => {
      live = false;
    };
  }, [attempt]);

  if (load.status === 'loading') return <Loading />;
  if (load.status === 'error') return <ErrorPanel title={t('profile.loadError')} error={load.error} onRetry={() => setAttempt((a) => a + 1)} />;
  return (
    <>
      <HouseStyleSection profile={load.profile} onSaved={(profile) => setLoad({ status: 'ok', profile })} />
      <IssuersSection house={load.profile} />
    </>
  );
}

/** "Gaya dokumen": paper, font and margins of every document; one save. */
function HouseStyleSection({ profile, onSaved }: { profile: Profile; onSaved: (p: Profile) => void }) {
  const { t } = useTranslation();
  const uid = useId();
  const toasts = useToasts();
  const [saved, setSaved] = useState<HouseStyleValues>(() => toHouseValues(profile));
  const [values, setValues] = useState<HouseStyleValues>(saved);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<ApiError | null>(null);
  const [saving, setSaving] = useState(false);
  const [focusRequest, setFocusRequest] = useState<{ path: string; n: number } | null>(null);
  const live = useRef(true);
  const submitRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    live.current = true;
    return () => {
      live.current = false;
    };
  }, []);

  useEffect(() => {
    if (!focusRequest) return;
    const el = document.getElementById(inputId(uid, focusRequest.path));
    if (el) el.focus();
    else submitRef.current?.focus();
  }, [focusRequest, uid]);

  const dirty = JSON.stringify(values) !== JSON.stringify(saved);

  const set = <K extends keyof HouseStyleValues>(key: K, value: HouseStyleValues[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    setErrors((prev) => {
      if (!prev[key]) return prev;
      const copy = { ...prev };
      delete copy[key];
      return copy;
    });
  };

  const showErrors = (next: FieldErrors) => {
    setErrors(next);
    const first = HOUSE_FIELDS.find((p) => next[p]) ?? Object.keys(next)[0] ?? 'submit';
    setFocusRequest((r) => ({ path: first, n: (r?.n ?? 0) + 1 }));
  };

  const revert = () => {
    setValues(saved);
    setErrors({});
    setFormError(null);
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (saving) return;
    setFormError(null);
    const local = validateHouse(values);
    if (Object.keys(local).length > 0) {
      showErrors(local);
      return;
    }
    setSaving(true);
    const r = await api().call('profile.update', toHousePatch(values));
    if (!live.current) return;
    setSaving(false);
    if (r.ok) {
      const v = toHouseValues(r.value);
      setSaved(v);
      setValues(v);
      setErrors({});
      onSaved(r.value);
      toasts.show({ message: (tr) => tr('profile.saved'), duration: 4000 });
      return;
    }
    const path = serverPath(r.error);
    if (path) showErrors({ [path]: { ...r.error, field: path } });
    else setFormError(r.error);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLFormElement>) => {
    if (e.key === 'Escape' && dirty) {
      e.preventDefault();
      revert();
    }
  };

  const describe = (path: string, hintId?: string) => [errors[path] ? `${inputId(uid, path)}-error` : null, hintId].filter(Boolean).join(' ') || undefined;
  const errorOf = (path: string) => {
    const error = errors[path];
    if (!error) return null;
    return (
      <p id={`${inputId(uid, path)}-error`} className="field-error" role="alert">
        {fieldMessage(t, error, houseLabel(t, path))}
      </p>
    );
  };

  return (
    <section className="panel profile-panel" aria-labelledby={`${uid}-heading`}>
      <h2 id={`${uid}-heading`} className="panel-title">
        {t('profile.heading')}
      </h2>
      <p className="field-hint profile-intro">{t('profile.intro')}</p>
      <form className="profile-form house-form" noValidate onSubmit={(e) => void submit(e)} onKeyDown={onKeyDown} aria-busy={saving || undefined} aria-label={t('profile.heading')}>
        {formError && (
          <p className="form-error" role="alert">
            {errorMessage(t, formError)}
          </p>
        )}
        <div className="house-grid">
          <PageStyleFields
            uid={uid}
            values={values}
            // The selects offer only valid papers and fonts; margins are typed text until saved.
            set={(field, value) => set(field, value as never)}
            errors={errors}
            errorOf={errorOf}
            describe={describe}
            marginsHint={t('profile.marginsHint')}
          />
        </div>
        <fieldset className="profile-group house-pages">
          <legend className="profile-legend">{t('profile.pages')}</legend>
          <Field id={inputId(uid, 'pageNumbers')} label={t('profile.pageNumbers')} error={errorOf('pageNumbers')}>
            <select
              id={inputId(uid, 'pageNumbers')}
              className="input profile-select"
              value={values.pageNumbers}
              onChange={(e) => set('pageNumbers', e.target.value as PageNumberStyle)}
              aria-describedby={describe('pageNumbers', `${uid}-pageNumbers-hint`)}
            >
              {PAGE_NUMBER_STYLES.map((style) => (
                <option key={style} value={style}>
                  {t(`profile.pageNumberStyles.${style}`)}
                </option>
              ))}
            </select>
            <p id={`${uid}-pageNumbers-hint`} className="field-hint">
              {t(`profile.pageNumberHints.${values.pageNumbers}`)}
            </p>
          </Field>
        </fieldset>
        <fieldset className="profile-group house-letter">
          <legend className="profile-legend">{t('profile.letter')}</legend>
          <Field id={inputId(uid, 'letterDate')} label={t('profile.letterDate')} error={errorOf('letterDate')}>
            <select
              id={inputId(uid, 'letterDate')}
              className="input profile-select"
              value={values.letterDate}
              onChange={(e) => set('letterDate', e.target.value as LetterDatePlace)}
              aria-describedby={describe('letterDate', `${uid}-letterDate-hint`)}
            >
              {LETTER_DATE_PLACES.map((place) => (
                <option key={place} value={place}>
                  {t(`profile.letterDates.${place}`)}
                </option>
              ))}
            </select>
            <p id={`${uid}-letterDate-hint`} className="field-hint">
              {t(`profile.letterDateHints.${values.letterDate}`)}
            </p>
          </Field>
        </fieldset>
        <div className="profile-actions">
          {dirty && !saving && <span className="field-hint">{t('profile.unsaved')}</span>}
          {dirty && !saving && (
            <button type="button" className="btn btn-secondary" onClick={revert}>
              {t('profile.revert')}
            </button>
          )}
          <button ref={submitRef} type="submit" className="btn btn-primary" disabled={saving}>
            {saving ? t('profile.saving') : t('profile.save')}
          </button>
        </div>
      </form>
    </section>
  );
}
