import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import './backups.css';
import type { BackupItem, DbHealth, RestoreOutcome } from '../../../shared/backups/schemas';
import type { ApiError } from '../../../shared/result';
import { api } from '../api/bridge';
import { currentLang, i18n } from '../i18n';
import { useAnswer, useCall } from '../lib/data';
import { hrefs } from '../lib/router';
import { CloseButton } from '../components/CloseButton';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { Fact } from '../components/Fact';
import { ErrorLine, ErrorPanel, Loading } from '../components/Page';
import { Panel } from '../components/Panel';
import { ColGroup, TableHead } from '../components/TableHead';
import { LogDialog } from './LogDialog';
import { canRestore, formatInstant, formatSize, refreshHealth, reopenApp, takeBackupsFocus, useBackupsRequest } from './health';
import { runtimeKey } from '../i18n';

/** "3 perjalanan, 120 orang". */
const contents = (t: TFunction, trips: number, people: number) =>
  t('backups.contents', { trips: t('backups.trips', { count: trips }), people: t('backups.people', { count: people }) });

/** The reason of a failed backup, from main's key (a text of its own when the key is unknown here). */
export const backupErrorReason = (t: TFunction, key: string) => (i18n.exists(key) ? t(runtimeKey(key)) : t('health.backupErrors.failed'));

/** The restore notice, once closed, stays closed until the next restore. */
let dismissedRestore: string | null = null;
const restoreKey = (r: RestoreOutcome) => `${r.name} ${r.safetyBackup ?? ''}`;

function ConfirmRestore({ item, health, onCancel, onFailed }: { item: BackupItem; health: DbHealth; onCancel: () => void; onFailed: () => void }) {
  const { t } = useTranslation();
  const lang = currentLang();
  return (
    <ConfirmDialog
      title={t('backups.restore.title')}
      confirmLabel={t('backups.restore.confirm')}
      workingLabel={t('backups.restore.working')}
      action={() => api().call('backups.restore', { name: item.name })}
      // Every screen reads the restored file afresh; Cadangan says what came back.
      onDone={() => reopenApp(hrefs.settings)}
      onCancel={onCancel}
      onFailed={onFailed}
    >
      <p>
        {t('backups.restore.lead', {
          when: formatInstant(item.takenAt, lang),
          trips: t('backups.trips', { count: item.trips ?? 0 }),
          people: t('backups.people', { count: item.people ?? 0 }),
        })}{' '}
        {t('backups.restore.later')}
      </p>
      <p>{health.state === 'ok' ? t('backups.restore.safety') : t('backups.restore.safetyUnsound')}</p>
    </ConfirmDialog>
  );
}

function PurgeDialog({ onCancel, onDone }: { onCancel: () => void; onDone: (deleted: number) => void }) {
  const { t } = useTranslation();
  return (
    <ConfirmDialog
      title={t('backups.purge.title')}
      tone="danger"
      confirmLabel={t('backups.purge.confirm')}
      workingLabel={t('backups.purge.working')}
      action={() => api().call('backups.purge', { keepNewest: true })}
      onDone={(r) => onDone(r.deleted)}
      onCancel={onCancel}
    >
      <p>{t('backups.purge.lead')}</p>
      <p>{t('backups.purge.what')}</p>
    </ConfirmDialog>
  );
}

function BackupsTable({ items, restorable, onRestore }: { items: BackupItem[]; restorable: boolean; onRestore: (b: BackupItem) => void }) {
  const { t } = useTranslation();
  const lang = currentLang();
  return (
    <div className="table-wrap backups-table-wrap">
      <table className="data-table backups-table">
        <caption className="visually-hidden">{t('backups.heading')}</caption>
        <ColGroup classes={['backups-col-when', 'backups-col-kind', undefined, 'backups-col-size', 'backups-col-state', 'backups-col-action']} />
        <TableHead
          columns={[
            t('backups.col.when'),
            t('backups.col.kind'),
            t('backups.col.contents'),
            { label: t('backups.col.size'), className: 'num' },
            t('backups.col.state'),
            { label: t('backups.col.actions'), hidden: true },
          ]}
        />
        <tbody>
          {items.map((b) => {
            const when = formatInstant(b.takenAt, lang);
            return (
              <tr key={b.name}>
                <th scope="row" className="backups-when">
                  <time dateTime={new Date(b.takenAt).toISOString()}>{when}</time>
                </th>
                <td>{t(`backups.kinds.${b.kind}`)}</td>
                <td>{b.trips === null ? <span className="muted">{t('backups.unreadable')}</span> : contents(t, b.trips, b.people ?? 0)}</td>
                <td className="num">{formatSize(b.size, lang)}</td>
                <td>
                  <span className={b.ok ? 'backups-state backups-state-ok' : 'backups-state backups-state-bad'} title={b.ok ? undefined : t('backups.badHint')}>
                    {b.ok ? t('backups.good') : t('backups.bad')}
                  </span>
                </td>
                <td className="backups-action">
                  {b.ok && restorable && (
                    <button type="button" className="btn btn-secondary btn-small" onClick={() => onRestore(b)} aria-label={t('backups.restore.aria', { when })}>
                      {t('backups.restore.button')}
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/**
 * Pengaturan → Cadangan, and the body of the screen shown when the database
 * was refused: the backups with what each holds and whether it is sound,
 * "Cadangkan sekarang", "Simpan cadangan ke…" (desktop), restore behind a
 * confirmation, deleting old backups (after an erasure), and the log.
 */
export function BackupsSection({ health }: { health: DbHealth }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const heading = useRef<HTMLHeadingElement>(null);
  // Reloads keep the list on screen until the new one arrives.
  const [listTick, setListTick] = useState(0);
  const { state } = useAnswer('backups.list', {}, listTick);
  const retry = () => setListTick((n) => n + 1);
  const info = useCall('app.info', {});
  const desktop = info.state.status === 'ok' && info.state.value.mode === 'electron';
  const [busy, setBusy] = useState<'create' | 'save' | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [restoring, setRestoring] = useState<BackupItem | null>(null);
  const [showLog, setShowLog] = useState(false);
  const [purging, setPurging] = useState(false);
  const [restoredClosed, setRestoredClosed] = useState(() => health.restored !== null && dismissedRestore === restoreKey(health.restored));
  const request = useBackupsRequest();

  // Sent here from a banner, or back here after a restore: the section comes into view.
  useEffect(() => {
    if (!takeBackupsFocus() || !heading.current) return;
    heading.current.scrollIntoView?.({ block: 'start' });
    heading.current.focus({ preventScroll: true });
  }, [request]);

  const refused = health.state === 'refused';
  // A damaged file is never copied into a backup; a read-only one can still be.
  const canBackUp = health.state === 'ok' || health.state === 'readOnly';
  const restorable = canRestore(health);

  const backUp = async () => {
    setBusy('create');
    setError(null);
    setMessage(null);
    const r = await api().call('backups.create', {});
    setBusy(null);
    if (r.ok) setMessage(t('backups.created'));
    else setError(r.error);
    retry();
    refreshHealth();
  };

  const saveTo = async () => {
    setBusy('save');
    setError(null);
    setMessage(null);
    const r = await api().call('backups.saveTo', {});
    setBusy(null);
    if (!r.ok) setError(r.error);
    else if (r.value.saved) setMessage(t('backups.saved', { path: r.value.paths[0] ?? r.value.folder }));
    refreshHealth();
  };

  const items = state.status === 'ok' ? state.value : [];
  const lastAt = health.lastBackup?.at ?? items[0]?.takenAt ?? null;
  const restored = health.restored && !restoredClosed ? health.restored : null;

  return (
    <Panel className="panel settings-panel backups-panel" id="backups" title={t('backups.heading')} headingRef={heading}>
      <p className="field-hint backups-lead">{refused ? t('backups.leadRefused') : t('backups.lead')}</p>

      <dl className="about backups-facts">
        <Fact term={t('backups.folder')}>
          <code className="path">{health.backupDir}</code>
        </Fact>
        {!refused && (
          <Fact term={t('backups.last')}>{lastAt === null ? <span className="muted">{t('backups.lastNone')}</span> : formatInstant(lastAt, lang)}</Fact>
        )}
      </dl>

      {health.lastBackupError && (
        <p className="form-error backups-note" role="alert">
          {t('backups.lastError', {
            when: formatInstant(health.lastBackupError.at, lang),
            reason: backupErrorReason(t, health.lastBackupError.key),
          })}
        </p>
      )}

      {restored && (
        <div className="backups-restored" role="status">
          <p>
            {t('backups.restored.text', {
              when: formatInstant(restored.takenAt, lang),
              trips: t('backups.trips', { count: restored.trips }),
              people: t('backups.people', { count: restored.people }),
            })}{' '}
            {restored.safetyBackup && t('backups.restored.undo')}
          </p>
          <CloseButton
            label={t('backups.restored.dismiss')}
            onClick={() => {
              dismissedRestore = restoreKey(restored);
              setRestoredClosed(true);
            }}
          />
        </div>
      )}

      <div className="backups-actions">
        {canBackUp && (
          <button type="button" className="btn btn-primary" disabled={busy !== null} aria-busy={busy === 'create' || undefined} onClick={() => void backUp()}>
            {busy === 'create' ? t('backups.creating') : t('backups.create')}
          </button>
        )}
        {canBackUp && desktop && (
          <button type="button" className="btn btn-secondary" disabled={busy !== null} aria-busy={busy === 'save' || undefined} onClick={() => void saveTo()}>
            {busy === 'save' ? t('backups.saving') : t('backups.saveTo')}
          </button>
        )}
        <button type="button" className="btn btn-secondary" onClick={() => setShowLog(true)}>
          {t('backups.log.open')}
        </button>
        {health.state === 'ok' && (
          <button type="button" className="btn btn-danger backups-purge" disabled={busy !== null} onClick={() => setPurging(true)}>
            {t('backups.purge.button')}
          </button>
        )}
      </div>

      {message && (
        <p className="backups-ok backups-note" role="status">
          {message}
        </p>
      )}
      <ErrorLine error={error} className="backups-note" />
      {refused && !restorable && <p className="field-hint backups-note">{t('backups.noRestore')}</p>}

      {state.status === 'loading' && <Loading />}
      {state.status === 'error' && <ErrorPanel title={t('backups.listError')} error={state.error} onRetry={retry} />}
      {state.status === 'ok' && items.length === 0 && <p className="backups-empty">{refused ? t('backups.emptyRefused') : t('backups.empty')}</p>}
      {items.length > 0 && <BackupsTable items={items} restorable={restorable} onRestore={setRestoring} />}

      {restoring && <ConfirmRestore item={restoring} health={health} onCancel={() => setRestoring(null)} onFailed={retry} />}
      {showLog && <LogDialog desktop={desktop} onClose={() => setShowLog(false)} />}
      {purging && (
        <PurgeDialog
          onCancel={() => setPurging(false)}
          onDone={(n) => {
            setPurging(false);
            setError(null);
            setMessage(t('backups.purge.done', { count: n }));
            retry();
            refreshHealth();
          }}
        />
      )}
    </Panel>
  );
}
