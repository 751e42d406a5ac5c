import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import './health.css';
import type { DbHealth } from '../../../shared/backups/schemas';
import { api } from '../api/bridge';
import { hrefs } from '../lib/router';
import { AlertIcon } from '../components/Icons';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { APP_SHELL_ID } from '../components/Modal';
import { Panel } from '../components/Panel';
import { BackupsSection } from './BackupsSection';
import { reopenApp } from './health';

function StartNewDialog({ path, onCancel }: { path: string; onCancel: () => void }) {
  const { t } = useTranslation();
  return (
    <ConfirmDialog
      title={t('health.startNew.title')}
      tone="danger"
      confirmLabel={t('health.startNew.confirm')}
      workingLabel={t('health.startNew.working')}
      action={() => api().call('health.startNew', {})}
      onDone={() => reopenApp(hrefs.trips)}
      onCancel={onCancel}
    >
      <p>{t('health.startNew.lead', { path })}</p>
      <p>{t('health.startNew.keep')}</p>
    </ConfirmDialog>
  );
}

/**
 * Shown instead of the app when the database file was refused (not ours, a
 * foreign -wal, missing with backups, …): why in plain words, the backups and
 * which are sound, a restore where one is allowed, and the log.
 */
export function RefusedScreen({ health }: { health: DbHealth }) {
  const { t } = useTranslation();
  const uid = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [startingNew, setStartingNew] = useState(false);
  const problem = health.problem ?? 'cannotOpen';

  useEffect(() => {
    heading.current?.focus();
  }, []);

  return (
    <div id={APP_SHELL_ID} className="refused-shell">
      <main className="refused-screen" aria-labelledby={`${uid}-h`}>
        <div className="brand refused-brand">
          <span className="brand-mark" aria-hidden="true">
            R
          </span>
          <span className="brand-name">{t('app.name')}</span>
        </div>
        <h1 id={`${uid}-h`} ref={heading} tabIndex={-1} className="page-title">
          {t('health.refusedTitle')}
        </h1>
        <p className="page-subtitle">{t('health.refusedLead')}</p>

        <div className="refused-reason" role="alert">
          <AlertIcon size={20} />
          <div>
            <p>{t(`health.problems.${problem}`)}</p>
            <p className="refused-file">
              <span className="muted">{t('health.file')}:</span> <code className="path">{health.dbPath}</code>
            </p>
          </div>
        </div>

        <BackupsSection health={health} />

        {problem === 'missingWithBackups' && (
          <Panel className="panel settings-panel" title={t('health.startNew.heading')}>
            <p className="field-hint refused-new-hint">{t('health.startNew.hint')}</p>
            <button type="button" className="btn btn-danger" onClick={() => setStartingNew(true)}>
              {t('health.startNew.button')}
            </button>
          </Panel>
        )}
        {startingNew && <StartNewDialog path={health.dbPath} onCancel={() => setStartingNew(false)} />}
      </main>
    </div>
  );
}
