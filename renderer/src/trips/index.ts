/** The trips area: the list, the trip page and the trip actions (new, duplicate) every screen can start. */
export { TripActionsProvider } from './TripActions';
export { TripPage } from './TripPage';
export { TripsList } from './TripsList';
