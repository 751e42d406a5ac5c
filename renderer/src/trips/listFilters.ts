import type { TripSearchInput, TripStatus } from '../../../shared/trips/schemas';
import { TRIP_STATUSES } from '../../../shared/trips/vocabulary';
import { hashParams } from '../lib/hash';

/** The trips list's search and filters as the screen holds them; kept in the hash (`#/trips?q=…&year=…&status=…&region=…`). */
export interface TripFilters {
  text: string;
  year: number | null;
  status: TripStatus | null;
  region: string | null;
}

export const NO_FILTERS: TripFilters = { text: '', year: null, status: null, region: null };

const isStatus = (v: string | null): v is TripStatus => v !== null && (TRIP_STATUSES as readonly string[]).includes(v);

/** The filters the hash names; anything malformed is left out. */
export function filtersFromHash(hash: string = window.location.hash): TripFilters {
  const p = hashParams(hash);
  const year = p.get('year');
  const status = p.get('status');
  const region = p.get('region');
  return {
    text: (p.get('q') ?? '').slice(0, 200),
    year: year && /^\d{4}$/.test(year) ? Number(year) : null,
    status: isStatus(status) ? status : null,
    region: region && /^\d{2}(\.\d{2})?$/.test(region) ? region : null,
  };
}

/** The hash's query for `f` (empty parts left out). */
export function filtersToParams(f: TripFilters): URLSearchParams {
  const p = new URLSearchParams();
  if (f.text.trim()) p.set('q', f.text.trim());
  if (f.year !== null) p.set('year', String(f.year));
  if (f.status !== null) p.set('status', f.status);
  if (f.region !== null) p.set('region', f.region);
  return p;
}

export const hasFilters = (f: TripFilters): boolean => f.text.trim() !== '' || f.year !== null || f.status !== null || f.region !== null;

/** The `trips.search` input for `f`, with the search text as settled (debounced). */
export function searchInput(f: TripFilters, query: string): TripSearchInput {
  return {
    query,
    ...(f.year !== null ? { year: f.year } : {}),
    ...(f.status !== null ? { status: f.status } : {}),
    ...(f.region !== null ? { region: f.region } : {}),
  };
}
