import { useTranslation } from 'react-i18next';
import { PageHeading } from '../components/Page';
import { hrefs } from '../lib/router';

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
