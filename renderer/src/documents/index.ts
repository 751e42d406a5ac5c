/** The documents area: its section of the trip page, its settings, and the trip page's section anchors. */
export { DocumentsSection } from './DocumentsSection';
export { DocumentSettings } from './ProfileSection';
export { TRIP_ANCHORS } from './anchors';
