import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import './health.css';
import type { ApiError } from '../../../shared/result';
import { api } from '../api/bridge';
import { useCall } from '../lib/data';
import { Modal } from '../components/Modal';
import { ErrorLine, ErrorPanel, Loading } from '../components/Page';

/** "Buka log": the last lines of the log beside the database (it holds no personal data), and on the desktop its folder. */
export function LogDialog({ desktop, onClose }: { desktop: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const uid = useId();
  const { state, retry } = useCall('log.tail', {});
  const pre = useRef<HTMLPreElement>(null);
  const [showError, setShowError] = useState<ApiError | null>(null);
  const [showing, setShowing] = useState(false);

  // The newest lines are at the end: start there.
  useEffect(() => {
    if (pre.current) pre.current.scrollTop = pre.current.scrollHeight;
  }, [state]);

  const show = async () => {
    setShowing(true);
    setShowError(null);
    const r = await api().call('log.show', {});
    setShowing(false);
    if (!r.ok) setShowError(r.error);
  };

  return (
    <Modal labelledBy={`${uid}-h`} onCancel={onClose}>
      <header className="modal-header">
        <h2 id={`${uid}-h`}>{t('backups.log.title')}</h2>
      </header>
      <div className="modal-body">
        {state.status === 'loading' && <Loading />}
        {state.status === 'error' && <ErrorPanel title={t('backups.log.error')} error={state.error} onRetry={retry} />}
        {state.status === 'ok' && (
          <>
            <p className="field-hint">
              {t('backups.log.file')} <code className="path">{state.value.path}</code>
            </p>
            <pre ref={pre} className="log-tail" tabIndex={0} aria-label={t('backups.log.linesLabel')}>
              {state.value.text || t('backups.log.empty')}
            </pre>
            <p className="field-hint">{t('backups.log.privacy')}</p>
          </>
        )}
        <ErrorLine error={showError} />
      </div>
      <footer className="modal-footer">
        {desktop && (
          <button type="button" className="btn btn-secondary" onClick={() => void show()} disabled={showing}>
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
