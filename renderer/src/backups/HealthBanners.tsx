import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import './health.css';
import type { DbHealth } from '../../../shared/backups/schemas';
import { currentLang } from '../i18n';
import { hrefs } from '../lib/router';
import { CloseButton } from '../components/CloseButton';
import { AlertIcon } from '../components/Icons';
import { backupErrorReason } from './BackupsSection';
import { formatInstant, openBackups } from './health';

/** A closed warning stays closed until a backup fails again (a later time). */
let dismissedBackupError: number | null = null;

/** The way to Pengaturan → Cadangan, from a banner. */
function BackupsLink() {
  const { t } = useTranslation();
  return (
    <a
      href={hrefs.settings}
      className="btn btn-secondary btn-small"
      onClick={(e) => {
        e.preventDefault();
        openBackups();
      }}
    >
      {t('health.banner.action')}
    </a>
  );
}

/**
 * Over every screen: while the file is damaged or read-only, that writes are
 * stopped and why (with the way to Cadangan); else a failed backup, which can be closed.
 */
export function HealthBanners({ health }: { health: DbHealth }) {
  const { t } = useTranslation();
  const [closedAt, setClosedAt] = useState(dismissedBackupError);
  if (health.state === 'damaged' || health.state === 'readOnly') {
    return (
      <div className="health-banner health-banner-stop" role="alert">
        <AlertIcon size={20} />
        <p>{t(`health.banner.${health.state}`)}</p>
        <BackupsLink />
      </div>
    );
  }
  const failed = health.lastBackupError;
  if (!failed || failed.at === closedAt) return null;
  return (
    <div className="health-banner health-banner-warn" role="status">
      <AlertIcon size={20} />
      <p>{t('health.backupError.text', { when: formatInstant(failed.at, currentLang()), reason: backupErrorReason(t, failed.key) })}</p>
      <BackupsLink />
      <CloseButton
        label={t('health.backupError.dismiss')}
        onClick={() => {
          dismissedBackupError = failed.at;
          setClosedAt(failed.at);
        }}
      />
    </div>
  );
}
