import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateRange } from '../../../../shared/dates';
import type { RateSetRecord } from '../../../../shared/money/schemas';
import { api } from '../../api/bridge';
import { errorText } from '../../components/form';
import { HINT_KEYS, KeyboardHints } from '../../components/KeyboardHints';
import { EmptyState, ErrorPanel, Loading, PageHeading } from '../../components/Page';
import { useToasts } from '../../components/Toasts';
import { currentLang } from '../../i18n';
import { useCommand } from '../../lib/commands-react';
import { takeRowFocus, useCall } from '../../lib/data';
import { isMac, isPrimaryModifier } from '../../lib/keys';
import { ignoreRepeat, useOneAtATime } from '../../lib/deleteGuard';
import { hrefs, navigate } from '../../lib/router';
import { useRateSetActions } from './actions';
import { ImportRatesDialog } from './ImportRatesDialog';
import { RatesIcon, SampleMark } from './marks';

/**
 * The rate sets, the latest first: name, legal basis, validity, the sample
 * mark, levels and destinations. The rows are one tab stop (↑/↓ move, Enter
 * opens, Delete deletes with a way back); Ctrl+I imports a spreadsheet.
 */
export function RateSetList() {
  const { t } = useTranslation();
  const lang = currentLang();
  const toasts = useToasts();
  const { state, retry } = useCall('rateSets.list', {});
  const sets = state.status === 'ok' ? state.value : [];
  const [importing, setImporting] = useState(false);
  const [active, setActive] = useState(0);
  const rows = useRef(new Map<string, HTMLLIElement>());
  const focusAfter = useRef<string | null>(null);
  const { remove, exportCsv } = useRateSetActions();
  const oneAtATime = useOneAtATime();
  const activeIndex = Math.max(0, Math.min(active, sets.length - 1));

  useCommand({ id: 'rates.import', label: 'rates.commands.import', keys: 'Mod+I', context: 'rates', reserve: true, run: () => setImporting(true) });

  // After a delete the row taking its place gets the focus; after an undo or an import, the set's own row.
  useEffect(() => {
    if (state.status !== 'ok') return;
    const wanted = takeRowFocus();
    if (wanted) {
      const i = sets.findIndex((s) => s.id === wanted);
      if (i >= 0) {
        // Its onFocus makes it the row's tab stop.
        rows.current.get(wanted)?.focus();
        return;
      }
    }
    const gone = focusAfter.current;
    if (gone === null || sets.some((s) => s.id === gone)) return;
    focusAfter.current = null;
    const next = sets[activeIndex];
    if (next) rows.current.get(next.id)?.focus();
    else document.querySelector<HTMLElement>('main h1')?.focus();
  });

  const addSample = () =>
    oneAtATime(async () => {
      const r = await api().call('rateSets.addSample', {});
      if (!r.ok) {
        toasts.show({ kind: 'error', message: (tr) => errorText(tr, r.error) });
        return;
      }
      toasts.show({ message: (tr) => tr('rates.sampleAdded'), duration: 5000 });
    });

  const removeSet = (s: RateSetRecord) => {
    const row = rows.current.get(s.id);
    void remove(s, () => {
      if (row?.contains(document.activeElement) || document.activeElement === document.body) focusAfter.current = s.id;
    });
  };

  const moveTo = (i: number) => {
    const next = Math.max(0, Math.min(i, sets.length - 1));
    setActive(next);
    const s = sets[next];
    if (s) rows.current.get(s.id)?.focus();
  };

  const onRowKey = (e: KeyboardEvent<HTMLLIElement>, s: RateSetRecord) => {
    if (e.target !== e.currentTarget) return;
    // ⌘⌫ deletes on a Mac keyboard, which has no Delete key.
    if (e.key === 'Backspace' && isPrimaryModifier(e) && !e.repeat) {
      e.preventDefault();
      removeSet(s);
      return;
    }
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const moves: Record<string, number> = { ArrowDown: activeIndex + 1, ArrowUp: activeIndex - 1, Home: 0, End: sets.length - 1 };
    const to = moves[e.key];
    if (to !== undefined) {
      e.preventDefault();
      moveTo(to);
    } else if (e.key === 'Enter' && !e.repeat) {
      e.preventDefault();
      navigate(hrefs.rateSet(s.id));
    } else if (e.key === 'Delete' && !e.repeat) {
      e.preventDefault();
      removeSet(s);
    }
  };

  const importButton = (primary: boolean) => (
    <button type="button" className={`btn ${primary ? 'btn-primary' : 'btn-secondary'}`} onClick={() => setImporting(true)} aria-keyshortcuts="Control+I Meta+I">
      {t('rates.actions.import')}
    </button>
  );

  return (
    <div className="rates-screen">
      <header className="page-header">
        <div className="page-header-main">
          <PageHeading title={t('rates.title')}>{t('rates.title')}</PageHeading>
          <p className="page-subtitle" aria-live="polite">
            {sets.length > 0 ? t('rates.count', { count: sets.length }) : ''}
          </p>
        </div>
        {sets.length > 0 && (
          <div className="page-actions">
            {!sets.some((s) => s.sample) && (
              <button type="button" className="btn btn-secondary" onClick={() => void addSample()}>
                {t('rates.actions.addSample')}
              </button>
            )}
            {importButton(true)}
          </div>
        )}
      </header>
      {sets.length > 0 && <p className="lead rates-lead">{t('rates.lead')}</p>}

      {state.status === 'loading' && <Loading />}
      {state.status === 'error' && <ErrorPanel title={t('rates.loadError')} error={state.error} onRetry={retry} />}
      {state.status === 'ok' && sets.length === 0 && (
        <EmptyState
          icon={<RatesIcon size={28} />}
          title={t('rates.empty.title')}
          action={
            <>
              {importButton(true)}
              <button type="button" className="btn btn-secondary" onClick={() => void addSample()}>
                {t('rates.actions.addSample')}
              </button>
            </>
          }
        >
          {t('rates.empty.text')}
        </EmptyState>
      )}
      {sets.length > 0 && (
        <>
          <ul className="card-list" aria-label={t('rates.listLabel')}>
            {sets.map((s, i) => (
              <li
                key={s.id}
                ref={(el) => {
                  if (el) rows.current.set(s.id, el);
                  else rows.current.delete(s.id);
                }}
                className={`card-list-row rates-row${s.sample ? ' is-sample' : ''}`}
                data-rate-set-row={s.id}
                tabIndex={i === activeIndex ? 0 : -1}
                onFocus={(e) => {
                  if (e.target === e.currentTarget) setActive(i);
                }}
                onKeyDown={(e) => onRowKey(e, s)}
                aria-label={s.sample && s.name !== t('rates.sample') ? `${s.name} (${t('rates.sample')})` : s.name}
                aria-keyshortcuts={isMac ? 'Enter Delete Meta+Backspace' : 'Enter Delete'}
              >
                <div className="rates-row-main">
                  <p className="rates-row-title">
                    <a href={hrefs.rateSet(s.id)} tabIndex={-1} className="rates-row-name">
                      {s.name}
                    </a>
                    {s.sample && <SampleMark />}
                  </p>
                  <p className="rates-row-basis">{s.legalBasis.join(' · ')}</p>
                  <p className="rates-row-meta">
                    <span>{t('rates.validity', { range: formatDateRange(s.validFrom, s.validTo, lang) })}</span>
                    <span>{t('rates.levelsCount', { count: s.levels.length })}</span>
                    <span>{t('rates.destinationsCount', { count: s.destinations.length })}</span>
                  </p>
                </div>
                <div className="rates-row-actions">
                  <button type="button" className="btn btn-secondary btn-small" tabIndex={-1} aria-label={t('rates.actions.exportLabel', { name: s.name })} onClick={() => void exportCsv(s)}>
                    {t('rates.actions.export')}
                  </button>
                  <button
                    type="button"
                    className="btn btn-danger btn-small"
                    tabIndex={-1}
                    aria-label={t('rates.actions.removeLabel', { name: s.name })}
                    onClick={() => removeSet(s)}
                    onKeyDown={ignoreRepeat}
                  >
                    {t('rates.actions.remove')}
                  </button>
                </div>
              </li>
            ))}
          </ul>
          <KeyboardHints
            label={t('rates.keys.label')}
            hints={[
              [HINT_KEYS.move, t('rates.keys.move')],
              [HINT_KEYS.enter, t('rates.keys.open')],
              [HINT_KEYS.delete, t('rates.keys.remove')],
            ]}
          />
        </>
      )}
      {importing && <ImportRatesDialog onClose={() => setImporting(false)} />}
    </div>
  );
}
