import { useTranslation } from 'react-i18next';
import { FollowupsIcon } from '../components/Icons';
import { EmptyState, PageHeading } from '../components/Page';
import { hrefs } from '../lib/router';

/** `#/followups`: the follow-up tracker (later work). */
export function FollowupsScreen() {
  const { t } = useTranslation();
  return (
    <>
      <header className="page-header">
        <PageHeading title={t('followups.heading')}>{t('followups.heading')}</PageHeading>
      </header>
      <EmptyState icon={<FollowupsIcon size={28} />} title={t('followups.emptyTitle')}>
        {t('followups.emptyText')}
      </EmptyState>
    </>
  );
}

export function NotFoundScreen() {
  const { t } = useTranslation();
  return (
    <>
      <header className="page-header">
        <PageHeading title={t('notFound.heading')}>{t('notFound.heading')}</PageHeading>
      </header>
      <p className="lead">{t('notFound.text')}</p>
      <p>
        <a href={hrefs.trips} className="btn btn-secondary">
          {t('notFound.link')}
        </a>
      </p>
    </>
  );
}
