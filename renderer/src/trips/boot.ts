import { prefetch } from '../lib/early';
import type { Route } from '../lib/hash';
import { filtersFromHash, searchInput } from './listFilters';

/**
 * The trips area's first reads when the app opens on one of its screens
 * (renderer/src/boot.ts): the list's search as its filters stand in the
 * hash, or the trip's detail and the trip page's code.
 */
export function prefetchTrips(route: Route): void {
  if (route.name === 'trips') {
    const filters = filtersFromHash();
    prefetch('trips.search', searchInput(filters, filters.text.trim()));
  } else if (route.name === 'trip') {
    prefetch('trips.detail', { id: route.id });
    // The trip page's own chunk too, while the first bundle is still being evaluated (index.ts's lazy() gets the same module).
    void import('./TripPage');
  }
}
