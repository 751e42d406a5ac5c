import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { commitImport, previewImport } from '../../main/import/service';
import { createTrip } from '../../main/trips/service';
import { memberId } from '../../main/db/ids';
import { importCommitSchema, type ImportPreview } from '../../shared/import/schemas';
import type { PersonKind } from '../../shared/directory/person';
import { compactRows, suggestMapping, type ImportMapping } from '../../shared/import/mapping';
import { decodeText, parseCsv } from '../../renderer/src/import/readFile';
import { testDispatcher, useTempStore } from '../helpers/db';

const { store } = useTempStore();

/** A fixture CSV as the renderer sends it: header row off, only mapped columns. */
function fixture(name: string): { rows: string[][]; mapping: ImportMapping } {
  const bytes = readFileSync(new URL(`../fixtures/${name}`, import.meta.url));
  const [header, ...data] = parseCsv(decodeText(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)));
  return compactRows(data, suggestMapping(header ?? []));
}

const commit = (input: Record<string, unknown>) => commitImport(store, importCommitSchema.parse(input));
const count = (table: string, where = '1') => store.db.prepare(`SELECT count(*) FROM ${table} WHERE ${where}`).pluck().get() as number;
const statuses = (p: ImportPreview) => p.rows.map((r) => r.status);

function insertInstitution(kind: 'own' | 'host' | 'media', name: string): string {
  const id = store.newId();
  store.write(() => store.db.prepare('INSERT INTO institutions (id, kind, name) VALUES (?, ?, ?)').run(id, kind, name));
  return id;
}

function insertPerson(p: { kind: PersonKind; name: string; nip?: string; employment?: string; golongan?: string; email?: string; institutionId?: string | null }): string {
  const id = store.newId();
  store.write(() =>
    store.db
      .prepare(
        `INSERT INTO people (id, kind, name, nip, employment, golongan, email, institution_id, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, 1)`,
      )
      .run(id, p.kind, p.name, p.nip ?? '', p.employment ?? (p.nip ? 'pns' : 'non_asn'), p.golongan ?? '', p.email ?? '', p.institutionId ?? null),
  );
  return id;
}

const person = (id: string) => store.db.prepare('SELECT * FROM people WHERE id = ?').get(id) as Record<string, unknown>;

describe('import: journalists for the Buleleng → Kota Malang visit', () => {
  it('previews 33 new journalists, writes nothing, then commits them with their outlets', () => {
    const { rows, mapping } = fixture('journalists-buleleng-malang.csv');
    expect(rows).toHaveLength(33);
    const preview = previewImport(store, { kind: 'journalist', rows, mapping });
    expect(preview.counts).toEqual({ new: 33, update: 0, duplicateInFile: 0, invalid: 0, empty: 0 });
    expect(preview.rows[0]?.person).toMatchObject({
      kind: 'journalist',
      name: 'I Gede Suardana',
      employment: 'non_asn',
      mediaType: 'print',
      institutionId: null,
      institutionName: 'Radar Bali',
      pressCard: '3137-JPNN/WDy/DP/V/2017',
    });
    // "Wartawan; Jurnalis Foto" was quoted in the semicolon file.
    expect(preview.rows[28]?.person?.jabatan).toBe('Wartawan; Jurnalis Foto');
    // A phone that Excel stripped of its 0.
    const typed = rows[4]?.[mapping.phone as number] ?? '';
    expect(typed).toMatch(/^8\d+$/);
    expect(preview.rows[4]?.person?.phone).toBe(`0${typed}`);
    expect(count('people')).toBe(0);
    expect(count('institutions')).toBe(0);
    expect(count('change_log')).toBe(0);

    const outcome = commit({ kind: 'journalist', rows, mapping });
    expect(outcome).toEqual({ created: 33, updated: 0, unchanged: 0, skipped: 0, invalid: 0, addedToTrip: 0 });
    expect(count('people', `kind = 'journalist' AND deleted_at IS NULL`)).toBe(33);
    // One media institution per outlet, created once.
    const outlets = store.db.prepare(`SELECT name FROM institutions WHERE kind = 'media' ORDER BY name`).pluck().all();
    expect(outlets).toHaveLength(15);
    expect(outlets).toContain('TVRI Bali');
    const tvri = store.db
      .prepare(`SELECT p.name, p.media_type FROM people p JOIN institutions i ON i.id = p.institution_id WHERE i.name = 'TVRI Bali' ORDER BY p.name`)
      .all();
    expect(tvri).toEqual([
      { name: 'Dewa Ayu Kartika Sari', media_type: 'tv' },
      { name: 'Gusti Ngurah Aditya', media_type: 'tv' },
      { name: 'I Putu Mardika', media_type: 'tv' },
    ]);
    // Every write went through the change log.
    expect(count('change_log', `table_name = 'people' AND op = 'PUT'`)).toBe(33);
  });

  it('matches outlets already in the directory case-insensitively, and never another kind of institution', () => {
    const radar = insertInstitution('media', 'RADAR  BALI');
    insertInstitution('own', 'Bali Post');
    const { rows, mapping } = fixture('journalists-buleleng-malang.csv');
    const preview = previewImport(store, { kind: 'journalist', rows, mapping });
    expect(preview.rows[0]?.person).toMatchObject({ institutionId: radar, institutionName: 'RADAR  BALI' });
    expect(preview.rows[2]?.person).toMatchObject({ institutionId: null, institutionName: 'Bali Post' });
    commit({ kind: 'journalist', rows, mapping });
    expect(count('institutions', `kind = 'media'`)).toBe(15);
    expect(count('people', `institution_id = '${radar}'`)).toBe(3);
  });

  it('adds everyone to the trip with pair ids, and a second import neither duplicates people nor members', () => {
    const trip = createTrip(store, { title: 'Studi Komparasi Command Center ke Kota Malang', startDate: '2025-04-24', endDate: '2025-04-25' });
    const { rows, mapping } = fixture('journalists-buleleng-malang.csv');
    const first = commit({ kind: 'journalist', rows, mapping, addToTrip: { tripId: trip.id, role: 'journalist' } });
    expect(first).toMatchObject({ created: 33, addedToTrip: 33 });
    const members = store.db.prepare(`SELECT id, person_id, role, position FROM trip_members WHERE trip_id = ?`).all(trip.id) as Array<{
      id: string;
      person_id: string;
      role: string;
      position: number | null;
    }>;
    expect(members).toHaveLength(33);
    for (const m of members) {
      expect(m.id).toBe(memberId(trip.id, m.person_id));
      expect(m.role).toBe('journalist');
      expect(m.position).toBeNull();
    }

    // One was removed from the trip meanwhile; the same list again.
    const removed = members[0] as { id: string };
    store.write(() => store.db.prepare(`UPDATE trip_members SET deleted_at = 5 WHERE id = ?`).run(removed.id));
    const again = previewImport(store, { kind: 'journalist', rows, mapping, addToTrip: { tripId: trip.id, role: 'journalist' } });
    expect(again.counts).toMatchObject({ new: 0, update: 33 });
    expect(again.rows[0]?.matchName).toBe('I Gede Suardana');
    // The same file changes nothing: every match shows no changes and none is counted as updated.
    expect(again.rows.every((r) => r.changes?.length === 0)).toBe(true);
    const second = commit({ kind: 'journalist', rows, mapping, addToTrip: { tripId: trip.id, role: 'journalist' }, updateExisting: true });
    expect(second).toEqual({ created: 0, updated: 0, unchanged: 33, skipped: 0, invalid: 0, addedToTrip: 1 });
    expect(count('people')).toBe(33);
    expect(count('trip_members', 'deleted_at IS NULL')).toBe(33);
    expect(count('trip_members')).toBe(33);
  });

  it('refuses to add host officials to a delegation, and a trip that does not exist', () => {
    const { rows, mapping } = fixture('journalists-buleleng-malang.csv');
    const trip = createTrip(store, { title: 'Kunjungan', startDate: '2025-04-24', endDate: '2025-04-24' });
    expect(() => previewImport(store, { kind: 'host_official', rows, mapping, addToTrip: { tripId: trip.id, role: 'member' } })).toThrow(
      expect.objectContaining({ code: 'VALIDATION', key: 'import.errors.hostToTrip' }),
    );
    expect(() => commit({ kind: 'journalist', rows, mapping, addToTrip: { tripId: '01900000-0000-7000-8000-000000000000', role: 'journalist' } })).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND', key: 'errors.tripNotFound' }),
    );
    expect(count('people')).toBe(0);
  });
});

describe('import: officials with bad rows', () => {
  it('gives each row its status and each bad row its reasons', () => {
    const existing = insertPerson({ kind: 'official', name: 'Ketut Suwarmawan', nip: '197003121995031004', golongan: 'IV/a', email: 'ketut@bulelengkab.go.id' });
    const { rows, mapping } = fixture('officials-buleleng.csv');
    const p = previewImport(store, { kind: 'official', rows, mapping });
    expect(statuses(p)).toEqual(['new', 'update', 'new', 'new', 'new', 'invalid', 'invalid', 'invalid', 'duplicateInFile', 'empty', 'new', 'invalid']);
    expect(p.counts).toEqual({ new: 5, update: 1, duplicateInFile: 1, invalid: 4, empty: 1 });
    expect(p.rows[0]?.person).toMatchObject({ name: 'Gede Supriatna', employment: 'elected', nip: '', unit: 'Pemerintah Kabupaten Buleleng' });
    expect(p.rows[1]).toMatchObject({ matchId: existing, matchName: 'Ketut Suwarmawan' });
    // What will be saved: the file's values over the directory's, the email kept.
    expect(p.rows[1]?.person).toMatchObject({ titlePrefix: 'Drs.', titleSuffix: 'M.Si.', golongan: 'IV/b', eselon: 'II', email: 'ketut@bulelengkab.go.id' });
    // What the update would change, field by field, in form order; the kept email is not among them.
    expect(p.rows[1]?.changes?.map((c) => c.field)).toEqual(['titlePrefix', 'titleSuffix', 'golongan', 'jabatan', 'unit', 'eselon', 'phone']);
    expect(p.rows[1]?.changes).toContainEqual({ field: 'golongan', from: 'IV/a', to: 'IV/b' });
    expect(p.rows[1]?.changes).toContainEqual({ field: 'titlePrefix', from: '', to: 'Drs.' });
    expect(p.rows[3]?.person).toMatchObject({ golongan: 'III/b', nip: '198906142014031002', employment: 'pns' });
    expect(p.rows[5]?.errors).toEqual([{ field: 'nip', key: 'validation.nip.birthDate' }]);
    expect(p.rows[6]?.errors).toEqual([{ field: 'golongan', key: 'import.errors.golongan' }]);
    expect(p.rows[7]?.errors).toEqual([{ field: 'name', key: 'validation.required' }]);
    expect(p.rows[8]).toMatchObject({ status: 'duplicateInFile', person: { nip: '198305212008012012' } });
    expect(p.rows[10]?.person?.phone).toBe('08123456789');
    expect(p.rows[11]?.errors).toEqual([{ field: 'nip', key: 'validation.nip.length' }]);
    // Own institution: none was mapped, so none is made.
    expect(p.rows[2]?.person).toMatchObject({ institutionId: null, institutionName: '' });
  });

  it('commits the kept valid rows, honours the skip list and updates the match', () => {
    const existing = insertPerson({ kind: 'official', name: 'Ketut Suwarmawan', nip: '197003121995031004', golongan: 'IV/a', email: 'ketut@bulelengkab.go.id' });
    const { rows, mapping } = fixture('officials-buleleng.csv');
    const outcome = commit({ kind: 'official', rows, mapping, skip: [4], updateExisting: true });
    expect(outcome).toEqual({ created: 4, updated: 1, unchanged: 0, skipped: 3, invalid: 4, addedToTrip: 0 });
    expect(count('people')).toBe(5);
    expect(count('people', `name = 'Gede Sugiartha Widiada'`)).toBe(0);
    expect(person(existing)).toMatchObject({ golongan: 'IV/b', title_prefix: 'Drs.', email: 'ketut@bulelengkab.go.id', jabatan: 'Kepala Dinas Komunikasi, Informatika, Persandian dan Statistik' });
    expect(count('people', `name = 'Ni Made Ayu Sri Rahayu'`)).toBe(1);
    expect(count('change_log', `table_name = 'people' AND op = 'PATCH' AND row_id = '${existing}'`)).toBe(1);
  });

  it('leaves matched people alone unless told to update (updating is opt-in)', () => {
    const existing = insertPerson({ kind: 'official', name: 'Ketut Suwarmawan', nip: '197003121995031004', golongan: 'IV/a' });
    const before = person(existing);
    const { rows, mapping } = fixture('officials-buleleng.csv');
    const outcome = commit({ kind: 'official', rows, mapping, updateExisting: false });
    expect(outcome).toMatchObject({ created: 5, updated: 0, skipped: 3 });
    expect(person(existing)).toEqual(before);
    // Left out, the choice is "do not update".
    const again = commit({ kind: 'official', rows, mapping });
    expect(again).toMatchObject({ created: 0, updated: 0 });
    expect(person(existing)).toEqual(before);
  });

  it('checks again at commit: someone added since the preview is updated, not duplicated', () => {
    const { rows, mapping } = fixture('officials-buleleng.csv');
    expect(previewImport(store, { kind: 'official', rows, mapping }).rows[2]?.status).toBe('new');
    const added = insertPerson({ kind: 'official', name: 'Ni Made Ayu', nip: '198305212008012012' });
    const outcome = commit({ kind: 'official', rows, mapping, updateExisting: true });
    expect(outcome).toMatchObject({ created: 5, updated: 1 });
    expect(person(added)).toMatchObject({ name: 'Ni Made Ayu Sri Rahayu', golongan: 'III/d' });
    expect(count('people', `nip = '198305212008012012'`)).toBe(1);
  });

  it('reads the rows the commit carries, not the ones the preview saw', () => {
    const { rows, mapping } = fixture('officials-buleleng.csv');
    expect(previewImport(store, { kind: 'official', rows, mapping }).counts.invalid).toBe(4);
    // The same request, but row 3 now has a rank nobody has.
    const changed = rows.map((r, i) => (i === 2 ? r.map((c, j) => (j === mapping.golongan ? 'V/z' : c)) : r));
    const outcome = commit({ kind: 'official', rows: changed, mapping });
    // Row 3 is now invalid, so row 10 (same NIP, no phone) is no longer its duplicate and is the one saved.
    expect(outcome).toEqual({ created: 6, updated: 0, unchanged: 0, skipped: 1, invalid: 5, addedToTrip: 0 });
    expect(store.db.prepare(`SELECT golongan, phone FROM people WHERE name = 'Ni Made Ayu Sri Rahayu'`).all()).toEqual([{ golongan: 'III/d', phone: '' }]);
  });

  it('writes nothing at all when a write fails midway (one transaction)', () => {
    const trip = createTrip(store, { title: 'Kunjungan Kerja ke Kabupaten Banyuwangi', startDate: '2025-09-02', endDate: '2025-09-03' });
    const logBefore = count('change_log');
    store.db.exec(`
      CREATE TABLE boom (n INTEGER NOT NULL);
      INSERT INTO boom VALUES (0);
      CREATE TRIGGER boom_on_500 AFTER INSERT ON people BEGIN
        UPDATE boom SET n = n + 1;
        SELECT RAISE(ABORT, 'disk on fire') WHERE (SELECT n FROM boom) = 500;
      END;`);
    const rows = Array.from({ length: 1000 }, (_, i) => [`Peserta ${i}`, i % 2 ? 'Radar Bali' : `Media ${i % 7}`]);
    expect(() => commit({ kind: 'journalist', rows, mapping: { name: 0, institution: 1 }, addToTrip: { tripId: trip.id, role: 'journalist' } })).toThrow(/disk on fire/);
    expect(count('people')).toBe(0);
    expect(count('institutions')).toBe(0);
    expect(count('trip_members')).toBe(0);
    expect(count('change_log')).toBe(logBefore);
    expect(store.db.prepare('SELECT n FROM boom').pluck().get()).toBe(0);
    expect(store.db.inTransaction).toBe(false);
  });

  it('imports 10,000 rows in one go', () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => [
      `Pegawai ${i}`,
      `19${70 + (i % 30)}0${1 + (i % 9)}1${i % 10} 20${10 + (i % 10)}0${1 + (i % 9)} ${1 + (i % 2)} ${String((i % 999) + 1).padStart(3, '0')}`,
      ['III/a', 'Penata', 'IV/b', 'Pengatur Tk. I'][i % 4] as string,
      `Dinas ${i % 40}`,
    ]);
    const input = { kind: 'official' as const, rows, mapping: { name: 0, nip: 1, golongan: 2, institution: 3 } };
    const preview = previewImport(store, input);
    expect(preview.counts.invalid).toBe(0);
    const outcome = commit(input);
    expect(outcome.created + outcome.skipped).toBe(10_000);
    expect(count('people')).toBe(outcome.created);
    expect(count('institutions', `kind = 'own'`)).toBe(40);
  });
});

describe('import through the dispatcher', () => {
  it('validates the request: name must be mapped, rows and mapping are required', async () => {
    const dispatch = testDispatcher(store, ':memory:');
    const r = await dispatch('people.importPreview', { kind: 'official', rows: [['a']], mapping: { nip: 0 } });
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION', key: 'validation.import.nameUnmapped', field: 'mapping.name' } });
    const ok = await dispatch('people.importCommit', { kind: 'official', rows: [['Made Wisnu']], mapping: { name: 0 } });
    expect(ok).toEqual({ ok: true, value: { created: 1, updated: 0, unchanged: 0, skipped: 0, invalid: 0, addedToTrip: 0 } });
  });
});
