import { describe, expect, it } from 'vitest';
import { REGIONS, regionByCode, searchRegions } from '../../shared/regions';

describe('regions (Kemendagri codes)', () => {
  it('holds the 38 provinces and 514 regencies and cities', () => {
    expect(REGIONS.filter((r) => r.level === 'provinsi')).toHaveLength(38);
    expect(REGIONS.filter((r) => r.level === 'kabupaten' || r.level === 'kota')).toHaveLength(514);
    expect(new Set(REGIONS.map((r) => r.code)).size).toBe(REGIONS.length);
  });

  it('gives every row a zone, a label that matches it and a province', () => {
    const label: Record<string, string> = {
      'Asia/Jakarta': 'WIB',
      'Asia/Pontianak': 'WIB',
      'Asia/Makassar': 'WITA',
      'Asia/Jayapura': 'WIT',
    };
    for (const r of REGIONS) {
      expect(label[r.zone], r.code).toBe(r.zoneLabel);
      expect(r.provinceName, r.code).not.toBe('');
      expect(r.code.startsWith(r.provinceCode)).toBe(true);
      // Kota codes are 71–99, kabupaten 01–69.
      if (r.level !== 'provinsi') expect(Number(r.code.slice(3)) >= 71, r.code).toBe(r.level === 'kota');
    }
  });

  it('knows the zones of the seeds: Bali WITA, Kota Malang WIB, Papua WIT', () => {
    expect(regionByCode('51')?.zoneLabel).toBe('WITA');
    expect(regionByCode('51.08')).toMatchObject({ name: 'Kabupaten Buleleng', provinceName: 'Bali', zone: 'Asia/Makassar' });
    expect(regionByCode('35.73')).toMatchObject({ name: 'Kota Malang', provinceName: 'Jawa Timur', zoneLabel: 'WIB' });
    expect(regionByCode('52.71')?.zoneLabel).toBe('WITA');
    expect(regionByCode('91')).toMatchObject({ name: 'Papua', zone: 'Asia/Jayapura', zoneLabel: 'WIT' });
    expect(regionByCode('61')).toMatchObject({ zone: 'Asia/Pontianak', zoneLabel: 'WIB' });
    expect(regionByCode('99.99')).toBeUndefined();
    expect(regionByCode('')).toBeUndefined();
  });

  it('finds by name: "malang" gives Kota Malang then Kabupaten Malang', () => {
    const codes = searchRegions('malang').map((r) => r.code);
    expect(codes.slice(0, 2)).toEqual(['35.73', '35.07']);
    expect(searchRegions('MALANG')[0]?.code).toBe('35.73');
  });

  it('finds by code and by several words', () => {
    expect(searchRegions('35.73').map((r) => r.name)).toEqual(['Kota Malang']);
    expect(searchRegions('buleleng').map((r) => r.code)).toEqual(['51.08']);
    expect(searchRegions('kota mataram')[0]?.code).toBe('52.71');
    expect(searchRegions('kabupaten malang')[0]?.code).toBe('35.07');
    expect(searchRegions('malang kabupaten').map((r) => r.code)).toContain('35.07');
    expect(searchRegions('')).toEqual([]);
    expect(searchRegions('zzzz')).toEqual([]);
    expect(searchRegions('a', 5)).toHaveLength(5);
  });
});
