import { useTranslation } from 'react-i18next';
import { BackToTrips, PageHeading } from '../components/Page';

export function NotFoundScreen() {
  const { t } = useTranslation();
  return (
    <>
      <header className="page-header">
        <PageHeading title={t('notFound.heading')}>{t('notFound.heading')}</PageHeading>
      </header>
      <BackToTrips text={t('notFound.text')} linkLabel={t('notFound.link')} />
    </>
  );
}
