import { REGION_ROWS } from './data/regions.generated';

export type ZoneLabel = 'WIB' | 'WITA' | 'WIT';
export type RegionLevel = 'provinsi' | 'kabupaten' | 'kota';

export interface Region {
  /** Kemendagri code: "35" province, "35.73" regency/city. */
  code: string;
  level: RegionLevel;
  name: string;
  provinceCode: string;
  provinceName: string;
  /** IANA zone of the place, e.g. Asia/Makassar. */
  zone: string;
  zoneLabel: ZoneLabel;
}

function fold(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}

const provinces = new Map(REGION_ROWS.filter((r) => r[1] === 'provinsi').map((r) => [r[0], r[2]]));

export const REGIONS: readonly Region[] = REGION_ROWS.map(([code, level, name, zone, zoneLabel]) => {
  const provinceCode = code.slice(0, 2);
  return {
    code,
    level: level as RegionLevel,
    name,
    provinceCode,
    provinceName: provinces.get(provinceCode) ?? '',
    zone,
    zoneLabel: zoneLabel as ZoneLabel,
  };
});

const byCode = new Map(REGIONS.map((r) => [r.code, r]));
const folded = REGIONS.map((r) => ({ r, key: fold(`${r.name} ${r.code} ${r.provinceName}`) }));

export function regionByCode(code: string): Region | undefined {
  return byCode.get(code);
}

/**
 * Search by name or code: "malang" finds Kabupaten and Kota Malang, "35.73"
 * finds Kota Malang. Every word must match; exact code and name-prefix hits
 * come first, then regencies/cities before provinces.
 */
export function searchRegions(query: string, limit = 20): Region[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const q = words.join(' ');
  const hits = folded.filter(({ key }) => words.every((w) => key.includes(w)));
  const score = (r: Region) => {
    if (r.code === q) return 0;
    const n = fold(r.name);
    const bare = n.replace(/^(kabupaten|kota) /, '');
    if (bare.startsWith(q) || n.startsWith(q)) return r.level === 'kota' ? 1 : r.level === 'kabupaten' ? 2 : 3;
    if (r.code.startsWith(q)) return 4;
    return 5;
  };
  return hits
    .map(({ r }) => r)
    .sort((a, b) => score(a) - score(b) || a.code.localeCompare(b.code))
    .slice(0, limit);
}

export const DATA_NOTICE =
  'Kode wilayah Kemendagri (Kepmendagri No. 300.2.2-2138 Tahun 2025) dari cahyadsn/wilayah — MIT License, Copyright (c) 2017-2025 Cahya DSN.';
