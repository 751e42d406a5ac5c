import type { TripSearchInput, TripStatus } from '../../../shared/trips/schemas';
import { TRIP_STATUSES } from '../../../shared/vocabulary';
import { regionByCode, type Region } from '../../../shared/regions';
import { hashParams } from '../lib/router';

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

export interface RegionGroup {
  province: Region | undefined;
  provinceCode: string;
  /** The regencies and cities of the province that trips went to, by name. */
  places: Region[];
}

/** The region filter's choices: per province (by name), the province itself and its places. */
export function regionGroups(codes: readonly string[], selected: string | null): RegionGroup[] {
  const all = new Set(codes);
  if (selected) all.add(selected);
  const groups = new Map<string, RegionGroup>();
  for (const code of all) {
    const provinceCode = code.slice(0, 2);
    let g = groups.get(provinceCode);
    if (!g) groups.set(provinceCode, (g = { province: regionByCode(provinceCode), provinceCode, places: [] }));
    const r = regionByCode(code);
    if (r && r.level !== 'provinsi') g.places.push(r);
  }
  const byName = (a: string, b: string) => a.localeCompare(b, 'id');
  for (const g of groups.values()) g.places.sort((a, b) => byName(a.name, b.name));
  return [...groups.values()].sort((a, b) => byName(a.province?.name ?? a.provinceCode, b.province?.name ?? b.provinceCode));
}
