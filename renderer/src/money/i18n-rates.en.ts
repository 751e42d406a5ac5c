import type { RatesResources } from './i18n-rates.id';

/** English texts of the money area's rates screens: same keys as i18n-rates.id.ts. */
const ratesEn: RatesResources = {
  title: 'rates',
};

export default ratesEn;
