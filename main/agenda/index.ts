/** The agenda area: a trip's day-by-day rundown, its times in the place's zone. Other areas and main import it from here only. */
export * from './service';
export { agendaHandlers } from './handlers';
