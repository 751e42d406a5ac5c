/** Indonesian texts of the agenda area (merged under the "agenda" key). */
const agendaId = {};

export default agendaId;
export type AgendaResources = typeof agendaId;
