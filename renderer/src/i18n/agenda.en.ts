import type { AgendaResources } from './agenda.id';

/** English texts of the agenda area: same keys as agenda.id.ts. */
const agendaEn: AgendaResources = {};

export default agendaEn;
