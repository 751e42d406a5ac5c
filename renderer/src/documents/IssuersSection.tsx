import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Profile } from '../../../shared/documents/schemas';
import { ISSUER_LEVELS, type Issuer, type IssuerLevel } from '../../../shared/documents/issuers';
import type { ApiError } from '../../../shared/result';
import { api } from '../api/bridge';
import { useCall } from '../lib/data';
import { hrefs } from '../lib/router';
import { ErrorPanel, Loading } from '../components/Page';
import { IssuerForm } from './IssuerForm';
import type { Origin } from './issuerForm';
import { SignersList } from './SignersList';

/** The select's value for trips without an origin institution. */
const NO_ORIGIN = '';

/**
 * Pengaturan → "Penerbit naskah": an own institution (or none), its three
 * issuers as tabs — Kepala Daerah, Sekretariat Daerah, Perangkat Daerah —
 * each with its kop, layout, register and signers.
 */
export function IssuersSection({ house }: { house: Profile }) {
  const { t } = useTranslation();
  const uid = useId();
  const institutions = useCall('institutions.list', { kind: 'own' });
  const own = institutions.state.status === 'ok' ? institutions.state.value : null;
  const [chosen, setChosen] = useState<string | null>(null);
  const [level, setLevel] = useState<IssuerLevel>('agency');
  const tabRefs = useRef(new Map<IssuerLevel, HTMLButtonElement>());

  // The first own institution until the user picks one; "none" when there is none.
  const institutionId = chosen ?? (own?.[0]?.id ?? NO_ORIGIN);
  const institution = own?.find((i) => i.id === institutionId) ?? null;
  const origin: Origin | null = institution ? { name: institution.name, regionCode: institution.regionCode, address: institution.address } : null;

  const onTabKeyDown = (e: KeyboardEvent<HTMLButtonElement>) => {
    const i = ISSUER_LEVELS.indexOf(level);
    let next: number | null = null;
    if (e.key === 'ArrowRight') next = (i + 1) % ISSUER_LEVELS.length;
    else if (e.key === 'ArrowLeft') next = (i - 1 + ISSUER_LEVELS.length) % ISSUER_LEVELS.length;
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = ISSUER_LEVELS.length - 1;
    if (next === null) return;
    e.preventDefault();
    const l = ISSUER_LEVELS[next] as IssuerLevel;
    setLevel(l);
    tabRefs.current.get(l)?.focus();
  };

  return (
    <section className="panel profile-panel issuers-panel" aria-labelledby={`${uid}-heading`}>
      <h2 id={`${uid}-heading`} className="panel-title">
        {t('issuers.heading')}
      </h2>
      <p className="field-hint profile-intro">{t('issuers.intro')}</p>
      {institutions.state.status === 'loading' && <Loading />}
      {institutions.state.status === 'error' && <ErrorPanel title={t('issuers.loadError')} error={institutions.state.error} onRetry={institutions.retry} />}
      {own && (
        <>
          <div className="issuer-institution">
            <div className="field">
              <label htmlFor={`${uid}-inst`} className="label">
                {t('issuers.institution')}
              </label>
              <select
                id={`${uid}-inst`}
                className="input select"
                value={institutionId}
                aria-describedby={`${uid}-inst-hint`}
                onChange={(e) => setChosen(e.target.value)}
              >
                {own.map((i) => (
                  <option key={i.id} value={i.id}>
                    {i.name}
                  </option>
                ))}
                <option value={NO_ORIGIN}>{t('issuers.noOrigin')}</option>
              </select>
              <p id={`${uid}-inst-hint`} className="field-hint">
                {institutionId === NO_ORIGIN ? t('issuers.noOriginHint') : t('issuers.institutionHint')}
              </p>
            </div>
            {own.length === 0 && (
              <p className="issuer-no-own">
                {t('issuers.noOwnInstitutions')}{' '}
                <a href={hrefs.directory}>{t('issuers.toDirectory')}</a>
              </p>
            )}
          </div>

          <div role="tablist" aria-label={t('issuers.levelsLabel')} className="dir-tabs issuer-tabs">
            {ISSUER_LEVELS.map((l) => (
              <button
                key={l}
                ref={(el) => {
                  if (el) tabRefs.current.set(l, el);
                  else tabRefs.current.delete(l);
                }}
                type="button"
                role="tab"
                id={`${uid}-tab-${l}`}
                aria-controls={level === l ? `${uid}-panel` : undefined}
                aria-selected={level === l}
                tabIndex={level === l ? 0 : -1}
                className="dir-tab"
                onClick={() => setLevel(l)}
                onKeyDown={onTabKeyDown}
              >
                {t(`issuers.levels.${l}`)}
              </button>
            ))}
          </div>
          <div role="tabpanel" id={`${uid}-panel`} aria-labelledby={`${uid}-tab-${level}`} className="issuer-panel">
            <IssuerLoader key={institutionId} institutionId={institutionId === NO_ORIGIN ? null : institutionId} level={level} origin={origin} house={house} />
          </div>
        </>
      )}
    </section>
  );
}

/** Loads the institution's three issuers and shows the one of `level`; reloads after each write. */
function IssuerLoader({ institutionId, level, origin, house }: { institutionId: string | null; level: IssuerLevel; origin: Origin | null; house: Profile }) {
  const { t } = useTranslation();
  const [state, setState] = useState<{ status: 'loading' } | { status: 'error'; error: ApiError } | { status: 'ok'; issuers: Issuer[] }>({ status: 'loading' });
  const live = useRef(true);

  const reload = useCallback(async () => {
    const r = await api().call('issuers.list', { institutionId });
    if (!live.current) return;
    setState(r.ok ? { status: 'ok', issuers: r.value } : { status: 'error', error: r.error });
  }, [institutionId]);

  useEffect(() => {
    live.current = true;
    void reload();
    return () => {
      live.current = false;
    };
  }, [reload]);

  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error') return <ErrorPanel title={t('issuers.loadError')} error={state.error} onRetry={() => void reload()} />;
  const issuer = state.issuers.find((i) => i.level === level);
  if (!issuer) return null;
  const replace = (next: Issuer) => setState((s) => (s.status === 'ok' ? { status: 'ok', issuers: s.issuers.map((i) => (i.id === next.id ? next : i)) } : s));

  return (
    <div className="issuer-body">
      <header className="issuer-head">
        <p className="field-hint">{t(`issuers.levelHints.${level}`)}</p>
        {!issuer.saved && <p className="issuer-unsaved-note">{t('issuers.notSaved')}</p>}
      </header>
      {/* A form of its own per issuer: its values start from that issuer. */}
      <IssuerForm key={issuer.id} issuer={issuer} origin={origin} house={house} onSaved={replace} onEmblemChanged={() => void reload()} />
      <SignersList issuer={issuer} origin={origin} onChanged={reload} />
    </div>
  );
}
