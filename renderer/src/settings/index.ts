/** The settings area: its screen. */
export { SettingsScreen } from './SettingsScreen';
