import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateRange } from '../../../../shared/dates';
import type { RateLevel, RateSetRecord } from '../../../../shared/money/schemas';
import { Breadcrumb } from '../../components/Breadcrumb';
import { Fact } from '../../components/Fact';
import { ErrorPanel, Loading, PageHeading } from '../../components/Page';
import { currentLang } from '../../i18n';
import { useCall } from '../../lib/data';
import { ignoreRepeat } from '../../lib/deleteGuard';
import { hrefs, navigate } from '../../lib/router';
import { XlsxButton } from '../XlsxButton';
import { useRateSetActions } from './actions';
import { DestinationTables } from './DestinationTables';
import { golonganText } from './format';
import { SampleMark } from './marks';
import { RateSetForm } from './RateSetForm';

/** `#/rates/<id>`: one rate set read-only (header, levels, rules, rate tables), its edit dialog, export and delete. */
export function RateSetView({ id }: { id: string }) {
  const { t } = useTranslation();
  const { state, retry } = useCall('rateSets.get', { id });
  const back = (
    <Breadcrumb label={t('rates.title')} href={hrefs.rateSets} linkLabel={t('rates.actions.back')}>
      {t('rates.title')}
    </Breadcrumb>
  );
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error') {
    return (
      <>
        {back}
        <PageHeading title={t('rates.title')}>{t('rates.title')}</PageHeading>
        {state.error.code === 'NOT_FOUND' ? <p className="lead">{t('rates.view.notFound')}</p> : <ErrorPanel title={t('rates.loadError')} error={state.error} onRetry={retry} />}
      </>
    );
  }
  return (
    <>
      {back}
      <RateSetPage set={state.value} />
    </>
  );
}

function RateSetPage({ set }: { set: RateSetRecord }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const [editing, setEditing] = useState(false);
  const { remove, exportCsv } = useRateSetActions();
  return (
    <div className="rates-screen rate-set-view">
      <header className="page-header">
        <div className="page-header-main">
          <PageHeading title={set.name}>{set.name}</PageHeading>
          <p className="page-subtitle">{t('rates.validity', { range: formatDateRange(set.validFrom, set.validTo, lang) })}</p>
        </div>
        <div className="page-actions">
          <button type="button" className="btn btn-secondary" onClick={() => setEditing(true)}>
            {t('rates.actions.edit')}
          </button>
          <button type="button" className="btn btn-danger" onKeyDown={ignoreRepeat} onClick={() => void remove(set, () => navigate(hrefs.rateSets))}>
            {t('rates.actions.remove')}
          </button>
        </div>
      </header>
      {set.sample && (
        <p className="rates-sample-note" role="note">
          <SampleMark /> {t('rates.sampleNote')}
        </p>
      )}

      <div className="rates-card">
        <dl className="rates-facts">
          <Fact term={t('rates.view.legalBasis')}>
            <ul className="rates-basis">
              {set.legalBasis.map((b, i) => (
                <li key={i}>{b}</li>
              ))}
            </ul>
          </Fact>
          <Fact term={t('rates.view.validity')}>{formatDateRange(set.validFrom, set.validTo, lang)}</Fact>
          {set.notes && <Fact term={t('rates.view.notes')}>{set.notes}</Fact>}
        </dl>
      </div>

      <div className="rates-two">
        <section className="rates-card" aria-labelledby="rate-set-levels">
          <h2 id="rate-set-levels" className="rates-card-title">
            {t('rates.view.levels')}
          </h2>
          <p className="field-hint">{t('rates.view.levelsLead')}</p>
          <table className="data-table rates-levels">
            <thead>
              <tr>
                <th scope="col">{t('rates.levelCols.code')}</th>
                <th scope="col">{t('rates.levelCols.label')}</th>
                <th scope="col">{t('rates.levelCols.members')}</th>
              </tr>
            </thead>
            <tbody>
              {set.levels.map((l) => (
                <tr key={l.code}>
                  <th scope="row" className="rates-level-code">
                    {l.code}
                  </th>
                  <td>{l.label}</td>
                  <td>
                    <LevelCriteria level={l} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>

        <section className="rates-card rates-rules" aria-labelledby="rate-set-rules">
          <h2 id="rate-set-rules" className="rates-card-title">
            {t('rates.view.rules')}
          </h2>
          <dl className="rates-facts">
            <Fact term={t('rates.rules.travelDayPercent')}>{t('rates.rules.percent', { value: set.rules.travelDayPercent })}</Fact>
            <Fact term={t('rates.rules.noHotelPercent')}>{t('rates.rules.percent', { value: set.rules.noHotelPercent })}</Fact>
            <Fact term={t('rates.rules.taxiOrigin')}>{t('rates.rules.trips', { count: set.rules.taxiTrips.origin })}</Fact>
            <Fact term={t('rates.rules.taxiDestination')}>{t('rates.rules.trips', { count: set.rules.taxiTrips.destination })}</Fact>
          </dl>
        </section>
      </div>

      <section className="rates-card" aria-labelledby="rate-set-tables">
        <h2 id="rate-set-tables" className="rates-card-title">
          {t('rates.view.tables')}
        </h2>
        <div className="rates-export">
          <p className="rates-change-note">{t('rates.view.tablesChange')}</p>
          <div className="rates-export-buttons">
            <button type="button" className="btn btn-secondary btn-small" onClick={() => void exportCsv(set)}>
              {t('rates.actions.export')}
            </button>
            <XlsxButton operation="rateSets.exportXlsx" input={{ id: set.id }} className="btn btn-secondary btn-small">
              {t('rates.actions.exportXlsx')}
            </XlsxButton>
          </div>
        </div>
        {set.destinations.length === 0 ? <p className="muted">{t('rates.view.noDestinations')}</p> : <DestinationTables set={set} />}
      </section>

      {editing && <RateSetForm set={set} onClose={() => setEditing(false)} />}
    </div>
  );
}

/** Who belongs to a level: each criterion that has values, on its own line. */
function LevelCriteria({ level }: { level: RateLevel }) {
  const { t } = useTranslation();
  const lines: Array<[string, ReactNode]> = [];
  if (level.jabatan.length > 0) lines.push([t('rates.criteria.jabatan'), level.jabatan.map((j) => `“${j}”`).join(', ')]);
  if (level.employment.length > 0) lines.push([t('rates.criteria.employment'), level.employment.map((e) => t(`people.employment.${e}`)).join(', ')]);
  if (level.eselon.length > 0) lines.push([t('rates.criteria.eselon'), level.eselon.join(', ')]);
  if (level.travelLevels.length > 0) lines.push([t('rates.criteria.travelLevels'), level.travelLevels.join(', ')]);
  if (level.golongan.length > 0) lines.push([t('rates.criteria.golongan'), golonganText(level.golongan)]);
  if (lines.length === 0) return <span className="muted">{t('rates.criteria.none')}</span>;
  return (
    <ul className="rates-criteria">
      {lines.map(([term, value]) => (
        <li key={term}>
          <span className="rates-criteria-term">{term}:</span> {value}
        </li>
      ))}
    </ul>
  );
}
