import { useTranslation } from 'react-i18next';
import { svgIcon } from '../../components/Icons';

/** Standar biaya: a banknote. */
export const RatesIcon = svgIcon([{ x: 3, y: 6, width: 18, height: 12, rx: 2 }, { cx: 12, cy: 12, r: 2.5 }, 'M6.5 9.5v.01M17.5 14.5v.01']);

/** "Contoh — bukan tarif resmi": a sample set is never mistaken for official rates. */
export function SampleMark() {
  const { t } = useTranslation();
  return <span className="rates-sample-mark">{t('rates.sample')}</span>;
}
