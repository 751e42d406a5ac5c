import { createElement } from 'react';
import { Loading } from '../components/Page';
import { lazyComponent } from '../lib/lazyComponent';
/** The trips area: the list, the trip page and the trip actions (new, duplicate) every screen can start. */
export { TripActionsProvider } from './TripActions';
/** The trip page is its own chunk, fetched when a trip is first opened (Loading shows meanwhile). */
export const TripPage = lazyComponent(() => import('./TripPage').then((m) => m.TripPage), createElement(Loading));
export { TripsList } from './TripsList';
