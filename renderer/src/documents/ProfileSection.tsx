import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LETTER_DATE_PLACES, PAGE_NUMBER_STYLES, type Profile } from '../../../shared/documents/schemas';
import type { ApiError } from '../../../shared/result';
import { api } from '../api/bridge';
import { ErrorPanel, Loading } from '../components/Page';
import { useToasts } from '../components/Toasts';
import { IssuersSection } from './IssuersSection';
import { PageStyleFields } from './PageStyleFields';
import { HOUSE_FIELDS, houseLabel, toHousePatch, toHouseValues, validateHouse, type HouseStyleValues } from './profileForm';
import { FormError, FormSaveActions, FormSelect, useForm } from '../components/form';
import { CodeOptions } from '../components/Options';

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
  const form = useForm<HouseStyleValues, string>({
    idPrefix: uid,
    defaults: () => toHouseValues(profile),
    fields: HOUSE_FIELDS,
    version: profile.updatedAt,
    latest: async () => {
      const r = await api().call('profile.get', {});
      if (!r.ok) return null;
      onSaved(r.value);
      return { values: toHouseValues(r.value), version: r.value.updatedAt };
    },
  });
  const { values, saving } = form;
  const dirty = form.isDirty;

  const revert = () => form.reset();

  const submit = form.submit({
    validate: (v) => validateHouse(v),
    send: (v, meta) => api().call('profile.update', { ...toHousePatch(v), ...meta }),
    onSaved: (saved) => {
      form.reset(toHouseValues(saved));
      onSaved(saved);
      toasts.show({ message: (tr) => tr('profile.saved'), duration: 4000 });
    },
  });

  const onKeyDown = (e: KeyboardEvent<HTMLFormElement>) => {
    if (e.key === 'Escape' && dirty) {
      e.preventDefault();
      revert();
    }
  };

  /** A field's label, which its messages name it by too. */
  const named = (path: 'pageNumbers' | 'letterDate') => ({ form, name: path, label: t(`profile.${path}`), errorLabel: houseLabel(t, path) });

  return (
    <section className="panel profile-panel" aria-labelledby={`${uid}-heading`}>
      <h2 id={`${uid}-heading`} className="panel-title">
        {t('profile.heading')}
      </h2>
      <p className="field-hint profile-intro">{t('profile.intro')}</p>
      <form className="profile-form house-form" noValidate onSubmit={(e) => void submit(e)} onKeyDown={onKeyDown} aria-busy={saving || undefined} aria-label={t('profile.heading')}>
        <FormError error={form.formError} />
        <div className="house-grid">
          <PageStyleFields form={form} errorLabel={(path) => houseLabel(t, path)} marginsHint={t('profile.marginsHint')} />
        </div>
        <fieldset className="profile-group house-pages">
          <legend className="profile-legend">{t('profile.pages')}</legend>
          <FormSelect {...named('pageNumbers')} className="profile-select" hint={t(`profile.pageNumberHints.${values.pageNumbers}`)}>
            <CodeOptions codes={PAGE_NUMBER_STYLES} labelOf={(style) => t(`profile.pageNumberStyles.${style}`)} />
          </FormSelect>
        </fieldset>
        <fieldset className="profile-group house-letter">
          <legend className="profile-legend">{t('profile.letter')}</legend>
          <FormSelect {...named('letterDate')} className="profile-select" hint={t(`profile.letterDateHints.${values.letterDate}`)}>
            <CodeOptions codes={LETTER_DATE_PLACES} labelOf={(place) => t(`profile.letterDates.${place}`)} />
          </FormSelect>
        </fieldset>
        <FormSaveActions form={form} unsavedText={t('profile.unsaved')} revertLabel={t('profile.revert')} saveLabel={t('profile.save')} savingLabel={t('profile.saving')} />
      </form>
    </section>
  );
}
