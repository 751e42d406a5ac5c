import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import './settings.css';
import { Fact } from '../components/Fact';
import { Field } from '../components/Field';
import { ErrorPanel, Loading, PageHeading } from '../components/Page';
import { Panel } from '../components/Panel';
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
        <Field id={`${uid}-lang`} label={t('settings.language')} error={null} hint={t('settings.languageHint')} hintId={`${uid}-lang-hint`} className="field-inline">
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
        </Field>
      </section>

      <DocumentSettings />

      {health && <BackupsSection health={health} />}

      <Panel className="panel settings-panel" title={t('settings.about')}>
        {state.status === 'loading' && <Loading />}
        {state.status === 'error' && <ErrorPanel title={t('settings.infoError')} error={state.error} onRetry={retry} />}
        {state.status === 'ok' && (
          <dl className="about">
            <Fact term={t('settings.version')}>{state.value.version}</Fact>
            <Fact term={t('settings.dbPath')}>
              <code className="path">{state.value.dbPath}</code>
            </Fact>
            <Fact term={t('settings.schemaVersion')}>{state.value.schemaVersion}</Fact>
            <Fact term={t('settings.mode')}>{t(`settings.modes.${state.value.mode}`)}</Fact>
          </dl>
        )}
      </Panel>

      <Panel className="panel settings-panel" title={t('settings.licences')}>
        <p className="field-hint">{t('settings.regionsData')}</p>
        <p>{DATA_NOTICE}</p>
        <details className="licence">
          <summary>{t('settings.showLicence')}</summary>
          <pre className="licence-text">{REGIONS_LICENCE}</pre>
        </details>
      </Panel>
    </>
  );
}
