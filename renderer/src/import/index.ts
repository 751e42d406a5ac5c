/** The import area: its screen. */
export { ImportScreen } from './ImportScreen';
