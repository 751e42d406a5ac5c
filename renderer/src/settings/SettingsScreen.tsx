import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import './settings.css';
import { ErrorPanel, Loading, PageHeading } from '../components/Page';
import { DocumentSettings } from '../documents';
import { BackupsSection, useHealth } from '../backups';
import { currentLang, isLang, LANGUAGES, setLanguage } from '../i18n';
import { useCall } from '../lib/data';
import { DATA_NOTICE } from '../../../shared/regions';
import { REGIONS_LICENCE } from '../../../shared/data/regions-licence.generated';

/** `#/settings`: the language, the house style and issuers of the documents, and what this app is and where its data lives. */
export function SettingsScreen() {
  const { t } = useTranslation();
  const uid = useId();
  const { state, retry } = useCall('app.info', {});
  const health = useHealth();
  const lang = currentLang();

  return (
    <>
      <header className="page-header">
        <PageHeading title={t('settings.heading')}>{t('settings.heading')}</PageHeading>
      </header>

      <section className="panel settings-panel">
        <div className="field field-inline">
          <label htmlFor={`${uid}-lang`} className="label">
            {t('settings.language')}
          </label>
          <select
            id={`${uid}-lang`}
            className="input select"
            value={lang}
            aria-describedby={`${uid}-lang-hint`}
            onChange={(e) => {
              if (isLang(e.target.value)) void setLanguage(e.target.value);
            }}
          >
            {LANGUAGES.map((l) => (
              <option key={l} value={l} lang={l}>
                {t(`languages.${l}`)}
              </option>
            ))}
          </select>
          <p id={`${uid}-lang-hint`} className="field-hint">
            {t('settings.languageHint')}
          </p>
        </div>
      </section>

      <DocumentSettings />

      {health && <BackupsSection health={health} />}

      <section className="panel settings-panel" aria-labelledby={`${uid}-about`}>
        <h2 id={`${uid}-about`} className="panel-title">
          {t('settings.about')}
        </h2>
        {state.status === 'loading' && <Loading />}
        {state.status === 'error' && <ErrorPanel title={t('settings.infoError')} error={state.error} onRetry={retry} />}
        {state.status === 'ok' && (
          <dl className="about">
            <div>
              <dt>{t('settings.version')}</dt>
              <dd>{state.value.version}</dd>
            </div>
            <div>
              <dt>{t('settings.dbPath')}</dt>
              <dd>
                <code className="path">{state.value.dbPath}</code>
              </dd>
            </div>
            <div>
              <dt>{t('settings.schemaVersion')}</dt>
              <dd>{state.value.schemaVersion}</dd>
            </div>
            <div>
              <dt>{t('settings.mode')}</dt>
              <dd>{t(`settings.modes.${state.value.mode}`)}</dd>
            </div>
          </dl>
        )}
      </section>

      <section className="panel settings-panel" aria-labelledby={`${uid}-licences`}>
        <h2 id={`${uid}-licences`} className="panel-title">
          {t('settings.licences')}
        </h2>
        <p className="field-hint">{t('settings.regionsData')}</p>
        <p>{DATA_NOTICE}</p>
        <details className="licence">
          <summary>{t('settings.showLicence')}</summary>
          <pre className="licence-text">{REGIONS_LICENCE}</pre>
        </details>
      </section>
    </>
  );
}
