/** The agenda area, as the rest of the renderer sees it: its section of the trip page. */
export { AgendaSection } from './AgendaSection';
