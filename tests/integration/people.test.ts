import { describe, expect, it } from 'vitest';
import { createInstitution, deleteInstitution, updateInstitution } from '../../main/directory/institutions';
import {
  createPerson,
  deletePerson,
  getPerson,
  insertPerson,
  parseQuery,
  restorePerson,
  searchPeople,
  searchPeopleSql,
  updatePerson,
} from '../../main/directory/people';
import { createTrip } from '../../main/trips/service';
import { institutionCreateSchema } from '../../shared/directory/institution';
import { personCreateSchema, personSearchSchema, type PersonCreateInput, type PersonRow } from '../../shared/directory/person';
import { GOLONGAN } from '../../shared/directory/ranks';
import { useTempStore } from '../helpers/db';

const { store } = useTempStore();

const person = (input: PersonCreateInput) => createPerson(store, personCreateSchema.parse(input));
const search = (q: Record<string, unknown> = {}) => searchPeople(store, personSearchSchema.parse(q));
const namesOf = (q: Record<string, unknown> = {}) => search(q).items.map((p) => p.name);
const institution = (kind: 'own' | 'host' | 'media', name: string, regionCode = '') =>
  createInstitution(store, institutionCreateSchema.parse({ kind, name, regionCode }));

const suwarmawan: PersonCreateInput = {
  kind: 'official',
  titlePrefix: 'Drs.',
  name: 'Ketut Suwarmawan',
  titleSuffix: 'M.M.',
  employment: 'pns',
  nip: '19680412 199303 1 008',
  golongan: 'IV/b',
  jabatan: 'Kepala Dinas',
  unit: 'Dinas Komunikasi, Informatika, Persandian dan Statistik',
  eselon: 'II',
  travelLevel: 'C',
};

function addMember(tripId: string, personId: string, role = 'member'): string {
  return store.write(() => {
    const id = store.newId();
    const now = store.now();
    store.db
      .prepare(`INSERT INTO trip_members (id, trip_id, person_id, role, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)`)
      .run(id, tripId, personId, role, now, now);
    return id;
  });
}
function addHostPerson(tripId: string, personId: string): string {
  return store.write(() => {
    const id = store.newId();
    const now = store.now();
    store.db
      .prepare(`INSERT INTO trip_host_people (id, trip_id, person_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?)`)
      .run(id, tripId, personId, now, now);
    return id;
  });
}
const deletedAt = (table: string, id: string) =>
  (store.db.prepare(`SELECT deleted_at FROM ${table} WHERE id = ?`).get(id) as { deleted_at: number | null }).deleted_at;

describe('people: create, read, update', () => {
  it('creates an official, storing the NIP as digits, and reads it back', () => {
    const own = institution('own', 'Pemerintah Kabupaten Buleleng', '51.08');
    const p = person({ ...suwarmawan, institutionId: own.id });
    expect(p).toMatchObject({ name: 'Ketut Suwarmawan', nip: '196804121993031008', institutionName: 'Pemerintah Kabupaten Buleleng' });
    expect(p.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7/);
    expect(getPerson(store, p.id)).toEqual(p);
  });

  it('refuses a second live person with the same NIP, naming the holder; free again once deleted', () => {
    const first = person(suwarmawan);
    expect(() => person({ ...suwarmawan, name: 'Orang Lain', titlePrefix: '', titleSuffix: '' })).toThrowError(
      expect.objectContaining({
        code: 'VALIDATION',
        field: 'nip',
        key: 'people.errors.nipTaken',
        params: { name: 'Drs. Ketut Suwarmawan, M.M.' },
      }),
    );
    expect(search().total).toBe(1);
    // The holder himself may be saved again with his own NIP.
    expect(updatePerson(store, { id: first.id, patch: { nip: '196804121993031008', jabatan: 'Kadis' } }).jabatan).toBe('Kadis');

    deletePerson(store, first.id);
    const second = person({ ...suwarmawan, name: 'Ketut S.' });
    // Undo of the first would make two holders: refused with the reason.
    expect(() => restorePerson(store, first.id)).toThrowError(
      expect.objectContaining({ code: 'CONFLICT', key: 'people.errors.nipTaken', params: { name: 'Drs. Ketut S., M.M.' } }),
    );
    deletePerson(store, second.id);
    expect(restorePerson(store, first.id).name).toBe('Ketut Suwarmawan');
  });

  it('refuses an institution that does not exist or was deleted', () => {
    const missing = '0190d2b4-0000-7000-8000-000000000000';
    expect(() => person({ kind: 'journalist', name: 'Wayan', institutionId: missing })).toThrowError(
      expect.objectContaining({ code: 'VALIDATION', field: 'institutionId', key: 'errors.institutionNotFound' }),
    );
    const p = person({ kind: 'journalist', name: 'Wayan' });
    expect(() => updatePerson(store, { id: p.id, patch: { institutionId: missing } })).toThrowError(
      expect.objectContaining({ code: 'VALIDATION', field: 'patch.institutionId', key: 'errors.institutionNotFound' }),
    );
    const gone = institution('media', 'Tribun Bali');
    deleteInstitution(store, gone.id);
    expect(() => updatePerson(store, { id: p.id, patch: { institutionId: gone.id } })).toThrowError(
      expect.objectContaining({ field: 'patch.institutionId' }),
    );
    expect(getPerson(store, p.id).institutionId).toBeNull();
  });

  it('updates a patch and re-checks the NIP against the merged employment', () => {
    const p = person(suwarmawan);
    const u = updatePerson(store, { id: p.id, patch: { jabatan: 'Asisten III', nip: '19680412-199303-1-008' } });
    expect(u).toMatchObject({ jabatan: 'Asisten III', nip: '196804121993031008', golongan: 'IV/b', titlePrefix: 'Drs.' });
    expect(u.updatedAt).toBeGreaterThanOrEqual(p.updatedAt);

    // An elected official has no NIP: the error points at the NIP field of the patch.
    expect(() => updatePerson(store, { id: p.id, patch: { employment: 'elected' } })).toThrowError(
      expect.objectContaining({ code: 'VALIDATION', field: 'patch.nip', key: 'validation.nip.notExpected' }),
    );
    // PNS → PPPK: the NIP is read the PPPK way (still valid here).
    expect(updatePerson(store, { id: p.id, patch: { employment: 'pppk' } }).employment).toBe('pppk');
    // A NIP invalid for its employment names its problem.
    expect(() => updatePerson(store, { id: p.id, patch: { employment: 'pns', nip: '19680230 199303 1 008' } })).toThrowError(
      expect.objectContaining({ field: 'patch.nip', key: 'validation.nip.birthDate' }),
    );
    // Clearing the NIP along with the change is fine.
    expect(updatePerson(store, { id: p.id, patch: { employment: 'elected', nip: '' } })).toMatchObject({ employment: 'elected', nip: '' });
    // A NIP for a non-ASN is refused too.
    expect(() => updatePerson(store, { id: p.id, patch: { employment: 'non_asn', nip: '196804121993031008' } })).toThrowError(
      expect.objectContaining({ field: 'patch.nip', key: 'validation.nip.notExpected' }),
    );
  });

  it('refuses to give a person a NIP someone else holds', () => {
    person(suwarmawan);
    const other = person({ ...suwarmawan, name: 'Lain', nip: '19700101 199503 1 002' });
    expect(() => updatePerson(store, { id: other.id, patch: { nip: '19680412 199303 1 008' } })).toThrowError(
      expect.objectContaining({ code: 'VALIDATION', field: 'patch.nip', key: 'people.errors.nipTaken' }),
    );
    expect(getPerson(store, other.id).nip).toBe('197001011995031002');
  });

  it('inserts inside a caller transaction, all or nothing', () => {
    expect(() =>
      store.write(() => {
        insertPerson(store, personCreateSchema.parse({ kind: 'official', name: 'Satu' }));
        insertPerson(store, personCreateSchema.parse({ kind: 'journalist', name: 'Dua', institutionId: '0190d2b4-0000-7000-8000-000000000000' }));
      }),
    ).toThrowError(expect.objectContaining({ field: 'institutionId' }));
    expect(search().total).toBe(0);
    const ids = store.write(() => [
      insertPerson(store, personCreateSchema.parse({ kind: 'official', name: 'Satu' })).id,
      insertPerson(store, personCreateSchema.parse({ kind: 'official', name: 'Dua' })).id,
    ]);
    expect(search().items.map((p) => p.id).sort()).toEqual([...ids].sort());
  });

  it('answers NOT_FOUND for unknown or deleted people', () => {
    const p = person({ kind: 'official', name: 'X' });
    deletePerson(store, p.id);
    for (const run of [
      () => getPerson(store, p.id),
      () => updatePerson(store, { id: p.id, patch: { name: 'Y' } }),
      () => deletePerson(store, p.id),
      () => restorePerson(store, '0190d2b4-0000-7000-8000-000000000000'),
    ]) {
      expect(run).toThrowError(expect.objectContaining({ code: 'NOT_FOUND', key: 'errors.personNotFound' }));
    }
  });
});

describe('people: search', () => {
  function seed() {
    const malang = institution('host', 'Pemerintah Kota Malang', '35.73');
    const radar = institution('media', 'Radar Bali', '51');
    const a = person(suwarmawan);
    const b = person({
      kind: 'official',
      name: 'Gede Supriatna',
      employment: 'elected',
      jabatan: 'Wakil Bupati Buleleng',
      travelLevel: 'A',
    });
    const c = person({
      kind: 'official',
      titlePrefix: 'Dr.',
      name: 'Gede Sugiartha Widiada',
      titleSuffix: 'S.Sos., M.Si.',
      employment: 'pns',
      nip: '19720315 199803 1 004',
      golongan: 'IV/c',
      jabatan: 'Asisten Administrasi Umum',
      unit: 'Sekretariat Daerah',
    });
    const d = person({
      kind: 'official',
      name: 'Ni Luh Ayu Sri Wahyuni',
      titleSuffix: 'S.Kom.',
      employment: 'pns',
      nip: '19860926 201505 2 001',
      golongan: 'III/b',
      jabatan: 'Pranata Komputer Ahli Muda',
      unit: 'Dinas Komunikasi, Informatika, Persandian dan Statistik',
    });
    const e = person({ kind: 'journalist', name: 'Made Ariawan', institutionId: radar.id, mediaType: 'print', pressCard: 'UKW-123' });
    const f = person({ kind: 'host_official', name: 'Mohamad Nur Widyanto', jabatan: 'Kepala Dinas', institutionId: malang.id });
    return { malang, radar, a, b, c, d, e, f };
  }

  it('lists everyone live by name with the total, and pages with offset/limit', () => {
    seed();
    expect(namesOf()).toEqual([
      'Gede Sugiartha Widiada',
      'Gede Supriatna',
      'Ketut Suwarmawan',
      'Made Ariawan',
      'Mohamad Nur Widyanto',
      'Ni Luh Ayu Sri Wahyuni',
    ]);
    const page = search({ offset: 2, limit: 2 });
    expect(page.total).toBe(6);
    expect(page.items.map((p) => p.name)).toEqual(['Ketut Suwarmawan', 'Made Ariawan']);
    expect(search({ offset: 6 })).toEqual({ total: 6, items: [] });
  });

  it('matches name, titles, NIP (grouped or not), jabatan, unit and institution, case-insensitively', () => {
    seed();
    expect(namesOf({ query: 'SUWAR' })).toEqual(['Ketut Suwarmawan']);
    expect(namesOf({ query: 'm.si' })).toEqual(['Gede Sugiartha Widiada']);
    expect(namesOf({ query: 'drs.' })).toEqual(['Ketut Suwarmawan']);
    expect(namesOf({ query: '19860926 201505' })).toEqual(['Ni Luh Ayu Sri Wahyuni']);
    expect(namesOf({ query: '19860926-2015' })).toEqual(['Ni Luh Ayu Sri Wahyuni']);
    expect(namesOf({ query: '199803' })).toEqual(['Gede Sugiartha Widiada']);
    expect(namesOf({ query: 'wakil bupati' })).toEqual(['Gede Supriatna']);
    expect(namesOf({ query: 'persandian' })).toEqual(['Ketut Suwarmawan', 'Ni Luh Ayu Sri Wahyuni']);
    expect(namesOf({ query: 'radar' })).toEqual(['Made Ariawan']);
    expect(namesOf({ query: 'kota malang' })).toEqual(['Mohamad Nur Widyanto']);
    // Every word must match, in any column.
    expect(namesOf({ query: 'gede asisten' })).toEqual(['Gede Sugiartha Widiada']);
    expect(namesOf({ query: 'gede zzz' })).toEqual([]);
    // LIKE wildcards are taken literally.
    expect(namesOf({ query: '%' })).toEqual([]);
    expect(namesOf({ query: '_' })).toEqual([]);
  });

  it('filters by kind, unit and institution', () => {
    const s = seed();
    expect(namesOf({ kind: 'journalist' })).toEqual(['Made Ariawan']);
    expect(namesOf({ kind: 'host_official' })).toEqual(['Mohamad Nur Widyanto']);
    expect(namesOf({ kind: 'official', unit: 'dinas komunikasi, informatika, persandian dan statistik' })).toEqual([
      'Ketut Suwarmawan',
      'Ni Luh Ayu Sri Wahyuni',
    ]);
    expect(namesOf({ kind: 'official', unit: 'Sekretariat' })).toEqual(['Gede Sugiartha Widiada']);
    expect(namesOf({ institutionId: s.radar.id })).toEqual(['Made Ariawan']);
    expect(namesOf({ kind: 'official', query: 'gede', unit: 'Sekretariat Daerah' })).toEqual(['Gede Sugiartha Widiada']);
  });

  it('sorts by rank (golongan highest first, then name) and by last update', () => {
    const s = seed();
    expect(namesOf({ kind: 'official', sort: 'rank' })).toEqual([
      'Gede Sugiartha Widiada', // IV/c
      'Ketut Suwarmawan', // IV/b
      'Ni Luh Ayu Sri Wahyuni', // III/b
      'Gede Supriatna', // none
    ]);
    let clock = Date.now() + 10_000;
    store.now = () => (clock += 1000);
    updatePerson(store, { id: s.d.id, patch: { phone: '0812' } });
    updatePerson(store, { id: s.a.id, patch: { phone: '0813' } });
    expect(namesOf({ kind: 'official', sort: 'updated' }).slice(0, 2)).toEqual(['Ketut Suwarmawan', 'Ni Luh Ayu Sri Wahyuni']);
  });

  it('follows every write, including SQL written by others and institution renames', () => {
    const s = seed();
    expect(namesOf({ query: 'kominfo' })).toEqual([]);
    updateInstitution(store, { id: s.malang.id, patch: { name: 'Dinas Kominfo Kota Malang' } });
    expect(namesOf({ query: 'kominfo' })).toEqual(['Mohamad Nur Widyanto']);
    // Another service (an import, a sync) writing SQL directly: the change log tells the search.
    store.write(() => store.db.prepare(`UPDATE people SET name = 'Ketut Suwarmawan Putra' WHERE id = ?`).run(s.a.id));
    expect(namesOf({ query: 'putra' })).toEqual(['Ketut Suwarmawan Putra']);
    deletePerson(store, s.e.id);
    expect(search().total).toBe(5);
    restorePerson(store, s.e.id);
    expect(namesOf({ query: 'ariawan' })).toEqual(['Made Ariawan']);
    // Many changes at once (an import) are taken in too.
    store.write(() => {
      for (let i = 0; i < 120; i++) insertPerson(store, personCreateSchema.parse({ kind: 'official', name: `Peserta ${String(i).padStart(3, '0')}` }));
    });
    expect(search({ query: 'peserta' }).total).toBe(120);
    expect(namesOf({ query: 'peserta', limit: 2 })).toEqual(['Peserta 000', 'Peserta 001']);
    // Inside a transaction (where a rollback could follow) the search reads SQL directly.
    const inside = store.write(() => {
      insertPerson(store, personCreateSchema.parse({ kind: 'official', name: 'Sementara' }));
      return search({ query: 'sementara' }).total;
    });
    expect(inside).toBe(1);
  });

  it('reads mostly-digit queries as a piece of NIP', () => {
    expect(parseQuery('19860926 201505')).toEqual({ words: ['19860926', '201505'], digits: '19860926201505' });
    expect(parseQuery('1986.0926')).toMatchObject({ digits: '19860926' });
    expect(parseQuery('gede')).toEqual({ words: ['gede'], digits: null });
    expect(parseQuery('ab 12')).toMatchObject({ digits: null });
    expect(parseQuery('')).toEqual({ words: [], digits: null });
  });

  it('gives the same answers from the index and from SQL on a varied directory', () => {
    const insts = [institution('media', 'Bali Post'), institution('host', 'Pemkab Banyuwangi', '35.10'), institution('own', 'Setda')];
    const first = ['Ketut', 'Made', 'Gede', 'Putu', 'Ni Luh', 'Wayan', 'Ayu', 'Budi'];
    const last = ['Suwarmawan', 'Supriatna', 'Arthana', 'Santoso', 'Wirawan', 'Astawa'];
    const units = ['Dinas Kominfosanti', 'Sekretariat Daerah', 'Bappeda', ''];
    store.write(() => {
      for (let i = 0; i < 300; i++) {
        insertPerson(
          store,
          personCreateSchema.parse({
            kind: (['official', 'journalist', 'host_official'] as const)[i % 3],
            name: `${first[i % first.length]} ${last[(i * 7) % last.length]}`,
            golongan: i % 5 === 0 ? '' : GOLONGAN[(i * 3) % GOLONGAN.length],
            jabatan: i % 4 === 0 ? 'Kepala Bidang' : 'Staf',
            unit: units[i % units.length],
            institutionId: i % 2 === 0 ? insts[i % 3]!.id : null,
            employment: 'pns',
            nip: i % 3 === 0 ? `1980010120050${(i % 9) + 1}1${String(i + 1).padStart(3, '0')}` : '',
          }),
        );
      }
    });
    const queries = ['', 'ketut', 'KEPALA', 'bali', 'gede santoso', '19800101', '1980 0101 2005', 'kominfo', 'zz'];
    for (const query of queries) {
      for (const sort of ['name', 'rank', 'updated'] as const) {
        for (const kind of [undefined, 'official', 'journalist'] as const) {
          for (const unit of [undefined, 'sekretariat']) {
            const q = personSearchSchema.parse({ query, sort, kind, unit, offset: 3, limit: 40 });
            const a = searchPeople(store, q);
            const b = searchPeopleSql(store, q);
            expect(a.total, JSON.stringify(q)).toBe(b.total);
            expect(a.items.map((p: PersonRow) => p.id), JSON.stringify(q)).toEqual(b.items.map((p) => p.id));
          }
        }
      }
    }
  });
});

describe('people: delete and restore', () => {
  it('marks the person and their live trip roles with one timestamp, and undo restores exactly those', () => {
    const p = person(suwarmawan);
    const other = person({ kind: 'official', name: 'Gede Supriatna', employment: 'elected' });
    const trip1 = createTrip(store, { title: 'Kunker Malang', startDate: '2025-04-24', endDate: '2025-04-25' });
    const trip2 = createTrip(store, { title: 'Kunker Banyuwangi', startDate: '2025-09-02', endDate: '2025-09-02' });
    const m1 = addMember(trip1.id, p.id, 'lead');
    const m2 = addMember(trip2.id, p.id);
    const mOther = addMember(trip1.id, other.id);
    const h1 = addHostPerson(trip2.id, p.id);
    // Removed from trip 2 earlier, on its own: must stay removed after the undo.
    const earlier = addMember(trip2.id, p.id, 'companion');
    store.write(() => store.db.prepare(`UPDATE trip_members SET deleted_at = 1000 WHERE id = ?`).run(earlier));

    let clock = Date.now() + 60_000;
    store.now = () => (clock += 1);
    deletePerson(store, p.id);
    const at = deletedAt('people', p.id);
    expect(at).toBeGreaterThan(0);
    expect([deletedAt('trip_members', m1), deletedAt('trip_members', m2), deletedAt('trip_host_people', h1)]).toEqual([at, at, at]);
    expect(deletedAt('trip_members', mOther)).toBeNull();
    expect(deletedAt('trip_members', earlier)).toBe(1000);
    expect(search().items.map((x) => x.name)).toEqual(['Gede Supriatna']);

    const back = restorePerson(store, p.id);
    expect(back.name).toBe('Ketut Suwarmawan');
    expect([deletedAt('people', p.id), deletedAt('trip_members', m1), deletedAt('trip_members', m2), deletedAt('trip_host_people', h1)]).toEqual([
      null,
      null,
      null,
      null,
    ]);
    expect(deletedAt('trip_members', earlier)).toBe(1000);
    expect(search().total).toBe(2);
    // Restoring someone live changes nothing.
    expect(restorePerson(store, p.id).updatedAt).toBe(back.updatedAt);
  });

  it('writes the change log for the person and the marked children in one clock tick', () => {
    const p = person(suwarmawan);
    const trip = createTrip(store, { title: 'Kunker', startDate: '2025-04-24', endDate: '2025-04-25' });
    const m = addMember(trip.id, p.id);
    updatePerson(store, { id: p.id, patch: { jabatan: 'Asisten III', golongan: 'IV/c' } });
    deletePerson(store, p.id);
    restorePerson(store, p.id);
    const rows = store.db
      .prepare(`SELECT hlc, table_name AS tableName, row_id AS rowId, op, changed_columns AS cols, previous_values AS prev
                FROM change_log WHERE row_id IN (?, ?) ORDER BY seq`)
      .all(p.id, m) as Array<{ hlc: string; tableName: string; rowId: string; op: string; cols: string; prev: string | null }>;
    expect(rows.map((r) => `${r.tableName}:${r.op}`)).toEqual([
      'people:PUT',
      'trip_members:PUT',
      'people:PATCH',
      'people:DELETE',
      'trip_members:DELETE',
      'people:PATCH',
      'trip_members:PATCH',
    ]);
    expect(JSON.parse(rows[2]!.cols)).toEqual(['golongan', 'jabatan']);
    expect(JSON.parse(rows[2]!.prev!)).toEqual({ golongan: 'IV/b', jabatan: 'Kepala Dinas' });
    // One transaction, one clock value for the person and their children.
    expect(rows[3]!.hlc).toBe(rows[4]!.hlc);
    expect(rows[5]!.hlc).toBe(rows[6]!.hlc);
    expect(rows[3]!.hlc > rows[2]!.hlc).toBe(true);
  });
});

describe('people: search at scale', () => {
  it('answers exactly as plain SQL would on 20,000 people', () => {
    const first = ['Ketut', 'Made', 'Nyoman', 'Gede', 'Putu', 'Komang', 'Wayan', 'Kadek', 'Luh', 'Ayu', 'Dewa', 'Agus', 'Siti'];
    const last = ['Suwarmawan', 'Supriatna', 'Sugiartha', 'Arthana', 'Santoso', 'Widyanto', 'Wirawan', 'Astawa', 'Mahendra'];
    const units = ['Dinas Kominfosanti', 'Sekretariat Daerah', 'Bappeda', 'Dinas Kesehatan', 'Inspektorat'];
    const media = institution('media', 'Radar Bali');
    store.write(() => {
      const insert = store.db.prepare(
        `INSERT INTO people (id, kind, name, employment, nip, golongan, jabatan, unit, institution_id, created_at, updated_at)
         VALUES (?, ?, ?, 'pns', ?, ?, ?, ?, ?, ?, ?)`,
      );
      for (let i = 0; i < 20_000; i++) {
        const kind = i % 10 < 7 ? 'official' : 'journalist';
        const nip = kind === 'official' ? `19${70 + (i % 29)}0${(i % 9) + 1}1${i % 10}20050${(i % 9) + 1}${(i % 2) + 1}${String((i % 999) + 1).padStart(3, '0')}` : '';
        insert.run(
          store.newId(),
          kind,
          `${first[i % first.length]} ${last[(i * 7) % last.length]} ${i}`,
          nip,
          GOLONGAN[i % GOLONGAN.length],
          i % 4 === 0 ? 'Kepala Seksi' : 'Staf',
          units[i % units.length],
          kind === 'journalist' ? media.id : null,
          i,
          i,
        );
      }
    });
    const cases = [
      { kind: 'official' },
      { kind: 'official', sort: 'rank' },
      { kind: 'official', sort: 'updated', offset: 9000 },
      { kind: 'official', query: 'ketut' },
      { kind: 'official', query: 'gede wira' },
      { query: '1985' },
      { query: 'radar' },
      { kind: 'official', unit: 'bappeda', sort: 'rank' },
    ];
    for (const c of cases) {
      const q = personSearchSchema.parse({ ...c, limit: 200 });
      const expected = searchPeopleSql(store, q);
      const got = searchPeople(store, q);
      expect(got.total, JSON.stringify(c)).toBe(expected.total);
      expect(got.items.map((p) => p.id)).toEqual(expected.items.map((p) => p.id));
    }
  });
});
