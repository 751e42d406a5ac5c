import { useTranslation } from 'react-i18next';
import { PageHeading } from '../components/Page';

/** `#/directory/import`: import people from CSV/XLSX (being built). */
export function ImportScreen() {
  const { t } = useTranslation();
  return (
    <header className="page-header">
      <PageHeading title={t('directory.heading')}>{t('directory.heading')}</PageHeading>
    </header>
  );
}
