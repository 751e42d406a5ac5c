/** The trash area (Sampah): its screen. */
export { TrashScreen } from './TrashScreen';
