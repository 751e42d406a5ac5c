/** The media area: its section of the trip page. */
export { MediaSection } from './MediaSection';
export { thumbnailBase64 } from './images';
