import { regionByCode, type Region } from '../../../shared/regions';

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
