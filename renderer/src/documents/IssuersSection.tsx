import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Profile } from '../../../shared/documents/schemas';
import { ISSUER_LEVELS, type Issuer, type IssuerLevel } from '../../../shared/documents/issuers';
import type { ApiError } from '../../../shared/result';
import { api } from '../api/bridge';
import { useCall } from '../lib/data';
import { hrefs } from '../lib/router';
import { Field } from '../components/Field';
import { ErrorPanel, Loading } from '../components/Page';
import { Panel } from '../components/Panel';
import { TabList } from '../components/TabList';
import { IssuerForm } from './IssuerForm';
import type { Origin } from './issuerForm';
import { SignersList } from './SignersList';
import { ItemOptions } from '../components/Options';

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

  // The first own institution until the user picks one; "none" when there is none.
  const institutionId = chosen ?? (own?.[0]?.id ?? NO_ORIGIN);
  const institution = own?.find((i) => i.id === institutionId) ?? null;
  const origin: Origin | null = institution ? { name: institution.name, regionCode: institution.regionCode, address: institution.address } : null;

  return (
    <Panel className="panel profile-panel issuers-panel" title={t('issuers.heading')}>
      <p className="field-hint profile-intro">{t('issuers.intro')}</p>
      {institutions.state.status === 'loading' && <Loading />}
      {institutions.state.status === 'error' && <ErrorPanel title={t('issuers.loadError')} error={institutions.state.error} onRetry={institutions.retry} />}
      {own && (
        <>
          <div className="issuer-institution">
            <Field
              id={`${uid}-inst`}
              label={t('issuers.institution')}
              error={null}
              hint={institutionId === NO_ORIGIN ? t('issuers.noOriginHint') : t('issuers.institutionHint')}
              hintId={`${uid}-inst-hint`}
            >
              <select
                id={`${uid}-inst`}
                className="input select"
                value={institutionId}
                aria-describedby={`${uid}-inst-hint`}
                onChange={(e) => setChosen(e.target.value)}
              >
                <ItemOptions items={own} valueOf={(i) => i.id} labelOf={(i) => i.name} />
                <option value={NO_ORIGIN}>{t('issuers.noOrigin')}</option>
              </select>
            </Field>
            {own.length === 0 && (
              <p className="issuer-no-own">
                {t('issuers.noOwnInstitutions')}{' '}
                <a href={hrefs.directory}>{t('issuers.toDirectory')}</a>
              </p>
            )}
          </div>

          <TabList
            tabs={ISSUER_LEVELS}
            selected={level}
            onSelect={setLevel}
            label={t('issuers.levelsLabel')}
            className="dir-tabs issuer-tabs"
            tabId={(l) => `${uid}-tab-${l}`}
            panelId={() => `${uid}-panel`}
          >
            {(l) => t(`issuers.levels.${l}`)}
          </TabList>
          <div role="tabpanel" id={`${uid}-panel`} aria-labelledby={`${uid}-tab-${level}`} className="issuer-panel">
            <IssuerLoader key={institutionId} institutionId={institutionId === NO_ORIGIN ? null : institutionId} level={level} origin={origin} house={house} />
          </div>
        </>
      )}
    </Panel>
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
