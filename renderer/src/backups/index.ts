/** The backups area: its settings section, the health banners and the refused-file screen, the health store. */
export { BackupsSection } from './BackupsSection';
export { HealthBanners } from './HealthBanners';
export { RefusedScreen } from './RefusedScreen';
export { useGeneration, useHealth } from './health';
