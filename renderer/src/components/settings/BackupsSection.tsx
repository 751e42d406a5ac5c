import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupItem, DbHealth, LogTail } from '../../../../shared/domain/backups';
import type { ApiError } from '../../../../shared/result';
import { api } from '../../api/bridge';
import { errorMessage } from '../../i18n/errors';
import { useCall } from '../../lib/data';
import { Modal } from '../Modal';
import { ErrorPanel, Loading } from '../Page';

/** Restores are offered only where the open file is ours (never over a foreign file). */
const RESTORABLE = new Set(['damaged', 'foreignWal', 'missingWithBackups', 'cannotOpen', 'readOnly']);

const when = (ms: number, lang: string) =>
  new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'id-ID', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(ms));

const size = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`);

function ConfirmRestore({ item, onCancel, onDone }: { item: BackupItem; onCancel: () => void; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const uid = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const go = async () => {
    setBusy(true);
    setError(null);
    const r = await api().call('backups.restore', { name: item.name });
    setBusy(false);
    if (r.ok) onDone();
    else setError(r.error);
  };
  return (
    <Modal labelledBy={`${uid}-h`} describedBy={`${uid}-d`} onCancel={() => !busy && onCancel()}>
      <div aria-busy={busy || undefined}>
        <header className="modal-header">
          <h2 id={`${uid}-h`}>{t('backups.restore.title')}</h2>
        </header>
        <div className="modal-body">
          <p id={`${uid}-d`}>
            {t('backups.restore.lead', { when: when(item.takenAt, i18n.language), trips: item.trips ?? 0, people: item.people ?? 0 })}
          </p>
          <p>{t('backups.restore.safety')}</p>
          {error && (
            <p className="form-error" role="alert">
              {errorMessage(t, error)}
            </p>
          )}
        </div>
        <footer className="modal-footer">
          <button type="button" className="btn" onClick={onCancel} disabled={busy} data-autofocus>
            {t('backups.cancel')}
          </button>
          <button type="button" className="btn btn-primary" onClick={() => void go()} disabled={busy}>
            {busy ? t('backups.restore.working') : t('backups.restore.confirm')}
          </button>
        </footer>
      </div>
    </Modal>
  );
}

function LogDialog({ onClose, desktop }: { onClose: () => void; desktop: boolean }) {
  const { t } = useTranslation();
  const uid = useId();
  const { state } = useCall('log.tail', {});
  const pre = useRef<HTMLPreElement>(null);
  useEffect(() => {
    if (pre.current) pre.current.scrollTop = pre.current.scrollHeight;
  }, [state]);
  const tail: LogTail | null = state.status === 'ok' ? state.value : null;
  return (
    <Modal labelledBy={`${uid}-h`} onCancel={onClose}>
      <header className="modal-header">
        <h2 id={`${uid}-h`}>{t('backups.log.title')}</h2>
      </header>
      <div className="modal-body">
        {state.status === 'loading' && <Loading />}
        {state.status === 'error' && <ErrorPanel title={t('backups.log.error')} error={state.error} />}
        {tail && (
          <>
            <p className="field-hint">{t('backups.log.path', { path: tail.path })}</p>
            <pre ref={pre} className="log-tail" tabIndex={0} aria-label={t('backups.log.title')}>
              {tail.text || t('backups.log.empty')}
            </pre>
          </>
        )}
      </div>
      <footer className="modal-footer">
        {desktop && (
          <button type="button" className="btn" onClick={() => void api().call('log.show', {})}>
            {t('backups.log.show')}
          </button>
        )}
        <button type="button" className="btn btn-primary" onClick={onClose} data-autofocus>
          {t('backups.close')}
        </button>
      </footer>
    </Modal>
  );
}

/**
 * Pengaturan → Cadangan, and the body of the screen shown when the database
 * was refused: the backups with what each holds and whether it is sound,
 * "Cadangkan sekarang", "Simpan cadangan ke…" (desktop), restore with a
 * confirmation, deleting old backups (after an erasure), and the log.
 */
export function BackupsSection({ health, onRestored }: { health: DbHealth; onRestored?: () => void }) {
  const { t, i18n } = useTranslation();
  const uid = useId();
  const { state, retry } = useCall('backups.list', {});
  const info = useCall('app.info', {});
  const desktop = info.state.status === 'ok' && info.state.value.mode === 'electron';
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [restoring, setRestoring] = useState<BackupItem | null>(null);
  const [showLog, setShowLog] = useState(false);
  const [purging, setPurging] = useState(false);
  const canWrite = health.state === 'ok';
  const canRestore = health.state === 'ok' || (health.problem !== null && RESTORABLE.has(health.problem));

  const run = async (what: string, fn: () => Promise<{ ok: true; value: unknown } | { ok: false; error: ApiError }>, done: (v: unknown) => string) => {
    setBusy(what);
    setError(null);
    setMessage(null);
    const r = await fn();
    setBusy(null);
    if (r.ok) {
      setMessage(done(r.value));
      retry();
    } else setError(r.error);
  };

  return (
    <section className="panel settings-panel backups-panel" id="backups" aria-labelledby={`${uid}-h`}>
      <h2 id={`${uid}-h`} className="panel-title">
        {t('backups.heading')}
      </h2>
      <p className="field-hint">{t('backups.lead', { dir: health.backupDir })}</p>
      {health.lastBackup && <p className="field-hint">{t('backups.last', { when: when(health.lastBackup.at, i18n.language) })}</p>}
      {health.lastBackupError && (
        <p className="form-error" role="alert">
          {t('backups.lastError', { when: when(health.lastBackupError.at, i18n.language), reason: t(health.lastBackupError.key) })}
        </p>
      )}
      <div className="backups-actions">
        {canWrite && (
          <button
            type="button"
            className="btn btn-primary"
            disabled={busy !== null}
            onClick={() => void run('create', () => api().call('backups.create', {}), () => t('backups.created'))}
          >
            {busy === 'create' ? t('backups.working') : t('backups.create')}
          </button>
        )}
        {canWrite && desktop && (
          <button
            type="button"
            className="btn"
            disabled={busy !== null}
            onClick={() => void run('save', () => api().call('backups.saveTo', {}), (v) => ((v as { saved: boolean }).saved ? t('backups.saved') : ''))}
          >
            {t('backups.saveTo')}
          </button>
        )}
        <button type="button" className="btn" onClick={() => setShowLog(true)}>
          {t('backups.log.open')}
        </button>
        {canWrite && (
          <button type="button" className="btn" disabled={busy !== null} onClick={() => setPurging(true)}>
            {t('backups.purge.button')}
          </button>
        )}
      </div>
      {message && (
        <p className="form-ok" role="status">
          {message}
        </p>
      )}
      {error && (
        <p className="form-error" role="alert">
          {errorMessage(t, error)}
        </p>
      )}
      {state.status === 'loading' && <Loading />}
      {state.status === 'error' && <ErrorPanel title={t('backups.listError')} error={state.error} onRetry={retry} />}
      {state.status === 'ok' && state.value.length === 0 && <p className="empty-note">{t('backups.empty')}</p>}
      {state.status === 'ok' && state.value.length > 0 && (
        <div className="table-wrap">
          <table className="data-table backups-table">
            <caption className="visually-hidden">{t('backups.heading')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('backups.col.when')}</th>
                <th scope="col">{t('backups.col.kind')}</th>
                <th scope="col">{t('backups.col.contents')}</th>
                <th scope="col">{t('backups.col.size')}</th>
                <th scope="col">{t('backups.col.state')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('backups.col.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {state.value.map((b) => (
                <tr key={b.name} title={b.name}>
                  <td>{when(b.takenAt, i18n.language)}</td>
                  <td>{t(`backups.kinds.${b.kind}`)}</td>
                  <td>{b.trips === null ? '—' : t('backups.contents', { trips: b.trips, people: b.people ?? 0 })}</td>
                  <td className="num">{size(b.size)}</td>
                  <td>
                    <span className={b.ok ? 'badge badge-ok' : 'badge badge-bad'}>{b.ok ? t('backups.good') : t('backups.bad')}</span>
                  </td>
                  <td>
                    {b.ok && canRestore && (
                      <button type="button" className="btn btn-small" onClick={() => setRestoring(b)} aria-label={t('backups.restore.aria', { when: when(b.takenAt, i18n.language) })}>
                        {t('backups.restore.button')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {restoring && (
        <ConfirmRestore
          item={restoring}
          onCancel={() => setRestoring(null)}
          onDone={() => {
            setRestoring(null);
            if (onRestored) onRestored();
            else window.location.reload();
          }}
        />
      )}
      {showLog && <LogDialog desktop={desktop} onClose={() => setShowLog(false)} />}
      {purging && (
        <PurgeDialog
          onCancel={() => setPurging(false)}
          onDone={(n) => {
            setPurging(false);
            setMessage(t('backups.purge.done', { count: n }));
            retry();
          }}
        />
      )}
    </section>
  );
}

function PurgeDialog({ onCancel, onDone }: { onCancel: () => void; onDone: (deleted: number) => void }) {
  const { t } = useTranslation();
  const uid = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const go = async () => {
    setBusy(true);
    const r = await api().call('backups.purge', { keepNewest: true });
    setBusy(false);
    if (r.ok) onDone(r.value.deleted);
    else setError(r.error);
  };
  return (
    <Modal labelledBy={`${uid}-h`} describedBy={`${uid}-d`} onCancel={() => !busy && onCancel()}>
      <header className="modal-header">
        <h2 id={`${uid}-h`}>{t('backups.purge.title')}</h2>
      </header>
      <div className="modal-body">
        <p id={`${uid}-d`}>{t('backups.purge.lead')}</p>
        {error && (
          <p className="form-error" role="alert">
            {errorMessage(t, error)}
          </p>
        )}
      </div>
      <footer className="modal-footer">
        <button type="button" className="btn" onClick={onCancel} disabled={busy} data-autofocus>
          {t('backups.cancel')}
        </button>
        <button type="button" className="btn btn-danger" onClick={() => void go()} disabled={busy}>
          {t('backups.purge.confirm')}
        </button>
      </footer>
    </Modal>
  );
}

/** Shown instead of the app when the database was refused: why, and the way back. */
export function RefusedScreen({ health }: { health: DbHealth }) {
  const { t } = useTranslation();
  const uid = useId();
  const [h, setH] = useState(health);
  const startNew = async () => {
    const r = await api().call('health.startNew', {});
    if (r.ok) window.location.reload();
  };
  return (
    <main className="refused-screen" aria-labelledby={`${uid}-h`}>
      <h1 id={`${uid}-h`}>{t('health.refusedTitle')}</h1>
      <p className="refused-reason" role="alert">
        {t(`health.problems.${h.problem ?? 'cannotOpen'}`)}
      </p>
      <p className="field-hint">{t('health.file', { path: h.dbPath })}</p>
      {h.problem === 'missingWithBackups' && (
        <button type="button" className="btn" onClick={() => void startNew()}>
          {t('health.startNew')}
        </button>
      )}
      <BackupsSection
        health={h}
        onRestored={() => {
          void api()
            .call('health.get', {})
            .then((r) => {
              if (r.ok) setH(r.value);
              window.location.reload();
            });
        }}
      />
    </main>
  );
}

/** The banner over every screen while the file is damaged or read-only. */
export function HealthBanner({ health }: { health: DbHealth }) {
  const { t } = useTranslation();
  if (health.state !== 'damaged' && health.state !== 'readOnly') return null;
  return (
    <div className="health-banner" role="alert">
      <p>{t(`health.banner.${health.state}`)}</p>
      <a href="#/settings" className="btn btn-small">
        {t('health.banner.action')}
      </a>
    </div>
  );
}
