/** The trips area: the trip itself, its list and its page's basics. Other areas and main import it from here only. */
export * from './service';
export { tripsHandlers } from './handlers';
