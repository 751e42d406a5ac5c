import { lazy } from 'react';
/** The trips area: the list, the trip page and the trip actions (new, duplicate) every screen can start. */
export { TripActionsProvider } from './TripActions';
/** The trip page is its own chunk, fetched when a trip is first opened (App.tsx shows Loading meanwhile). */
export const TripPage = lazy(() => import('./TripPage').then((m) => ({ default: m.TripPage })));
export { TripsList } from './TripsList';
