import { describe, expect, it } from 'vitest';
import {
  createInstitution,
  deleteInstitution,
  listInstitutions,
  restoreInstitution,
  updateInstitution,
} from '../../main/directory/institutions';
import { createPerson, getPerson, searchPeople, updatePerson } from '../../main/directory/people';
import { createTrip, getTrip } from '../../main/trips/service';
import { institutionCreateSchema, type InstitutionCreateInput } from '../../shared/directory/institution';
import { personCreateSchema, personSearchSchema } from '../../shared/directory/person';
import { useTempStore } from '../helpers/db';

const { store } = useTempStore();

const inst = (input: InstitutionCreateInput) => createInstitution(store, institutionCreateSchema.parse(input));
const names = (q: Parameters<typeof listInstitutions>[1] = {}) => listInstitutions(store, q).map((i) => i.name);

describe('institutions service', () => {
  it('creates with defaults, ids and stamps, and checks the region code against the region list', () => {
    const a = inst({ kind: 'host', name: 'Dinas Komunikasi dan Informatika Kota Malang', regionCode: '35.73' });
    expect(a).toMatchObject({ kind: 'host', regionCode: '35.73', address: '', website: '' });
    expect(a.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(a.createdAt).toBe(a.updatedAt);
    // Well-formed but unknown: refused by the service, naming the field.
    expect(() => inst({ kind: 'host', name: 'X', regionCode: '35.99' })).toThrowError(
      expect.objectContaining({ code: 'VALIDATION', field: 'regionCode', key: 'validation.regionCode' }),
    );
    expect(names()).toEqual(['Dinas Komunikasi dan Informatika Kota Malang']);
  });

  it('lists live institutions by name, filtered by kind and by a query on name or region', () => {
    inst({ kind: 'host', name: 'Diskominfo Kota Malang', regionCode: '35.73' });
    inst({ kind: 'host', name: 'Pemerintah Kabupaten Banyuwangi', regionCode: '35.10' });
    inst({ kind: 'media', name: 'Bali Express', regionCode: '51' });
    inst({ kind: 'media', name: 'antara news', regionCode: '' });
    inst({ kind: 'own', name: 'Dinas Kominfosanti Kabupaten Buleleng', regionCode: '51.08' });
    expect(names()).toEqual([
      'antara news',
      'Bali Express',
      'Dinas Kominfosanti Kabupaten Buleleng',
      'Diskominfo Kota Malang',
      'Pemerintah Kabupaten Banyuwangi',
    ]);
    expect(names({ kind: 'media' })).toEqual(['antara news', 'Bali Express']);
    expect(names({ query: 'BANYU' })).toEqual(['Pemerintah Kabupaten Banyuwangi']);
    // Through the region: Bali (province 51) holds Buleleng and Bali Express.
    expect(names({ query: 'bali' })).toEqual(['Bali Express', 'Dinas Kominfosanti Kabupaten Buleleng']);
    expect(names({ query: 'jawa timur' })).toEqual(['Diskominfo Kota Malang', 'Pemerintah Kabupaten Banyuwangi']);
    expect(names({ query: '35.73' })).toEqual(['Diskominfo Kota Malang']);
    expect(names({ kind: 'host', query: 'bali' })).toEqual([]);
  });

  it('updates a patch, leaving other fields as they are, and validates the region there too', () => {
    const a = inst({ kind: 'host', name: 'Diskominfo Malang', regionCode: '35.73', phone: '0341 123' });
    const b = updateInstitution(store, { id: a.id, patch: { name: 'Diskominfo Kota Malang', website: 'malangkota.go.id' } });
    expect(b).toMatchObject({ name: 'Diskominfo Kota Malang', phone: '0341 123', regionCode: '35.73', website: 'malangkota.go.id' });
    expect(() => updateInstitution(store, { id: a.id, patch: { regionCode: '00' } })).toThrowError(
      expect.objectContaining({ code: 'VALIDATION', field: 'patch.regionCode' }),
    );
    expect(listInstitutions(store, {})[0]?.regionCode).toBe('35.73');
  });

  it('deletes with a marker, keeps references to it, refuses new ones, and restores', () => {
    const outlet = inst({ kind: 'media', name: 'Radar Bali', regionCode: '51' });
    const host = inst({ kind: 'host', name: 'Pemkot Malang', regionCode: '35.73' });
    const journalist = createPerson(store, personCreateSchema.parse({ kind: 'journalist', name: 'Made Arya', institutionId: outlet.id }));
    const trip = createTrip(store, { title: 'Kunker', startDate: '2025-04-24', endDate: '2025-04-25', originInstitutionId: host.id });

    deleteInstitution(store, outlet.id);
    deleteInstitution(store, host.id);
    expect(names()).toEqual([]);
    const row = store.db.prepare('SELECT deleted_at FROM institutions WHERE id = ?').get(outlet.id) as { deleted_at: number };
    expect(row.deleted_at).toBeGreaterThan(0);
    // References stay, and the outlet's name still shows (history keeps its meaning).
    expect(getPerson(store, journalist.id)).toMatchObject({ institutionId: outlet.id, institutionName: 'Radar Bali' });
    expect(getTrip(store, trip.id).originInstitutionId).toBe(host.id);
    expect(searchPeople(store, personSearchSchema.parse({ query: 'radar' })).total).toBe(1);
    // But a deleted institution cannot be chosen anew.
    expect(() =>
      createPerson(store, personCreateSchema.parse({ kind: 'journalist', name: 'Baru', institutionId: outlet.id })),
    ).toThrowError(expect.objectContaining({ code: 'VALIDATION', field: 'institutionId', key: 'errors.institutionNotFound' }));
    expect(() => updateInstitution(store, { id: outlet.id, patch: { name: 'x' } })).toThrowError(
      expect.objectContaining({ code: 'NOT_FOUND' }),
    );
    expect(() => deleteInstitution(store, outlet.id)).toThrowError(expect.objectContaining({ code: 'NOT_FOUND' }));

    expect(restoreInstitution(store, outlet.id).name).toBe('Radar Bali');
    expect(names()).toEqual(['Radar Bali']);
    expect(updatePerson(store, { id: journalist.id, patch: { institutionId: outlet.id } }).institutionId).toBe(outlet.id);
    // Restoring a live one is a no-op; an unknown id is NOT_FOUND.
    expect(restoreInstitution(store, outlet.id).name).toBe('Radar Bali');
    expect(() => restoreInstitution(store, '0190d2b4-0000-7000-8000-000000000000')).toThrowError(
      expect.objectContaining({ code: 'NOT_FOUND' }),
    );
  });

  it('writes the change log: PUT, PATCH, DELETE, PATCH', () => {
    const a = inst({ kind: 'host', name: 'A', regionCode: '' });
    updateInstitution(store, { id: a.id, patch: { name: 'B' } });
    deleteInstitution(store, a.id);
    restoreInstitution(store, a.id);
    const rows = store.db
      .prepare(`SELECT op, changed_columns AS cols FROM change_log WHERE table_name = 'institutions' AND row_id = ? ORDER BY seq`)
      .all(a.id) as Array<{ op: string; cols: string }>;
    expect(rows.map((r) => r.op)).toEqual(['PUT', 'PATCH', 'DELETE', 'PATCH']);
    expect(JSON.parse(rows[1]!.cols)).toEqual(['name']);
    expect(JSON.parse(rows[2]!.cols)).toEqual(['deleted_at']);
  });
});
