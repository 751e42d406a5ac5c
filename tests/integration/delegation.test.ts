import { describe, expect, it } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import {
  addHost,
  addHostPerson,
  addMember,
  addNewMember,
  createVenue,
  duplicateTrip,
  removeHost,
  removeHostPerson,
  removeMember,
  removeVenue,
  reorderMembers,
  resetMemberOrder,
  restoreMember,
  tripDetail,
  updateHostPerson,
  updateMember,
  updateVenue,
} from '../../main/delegation';
import { createTrip, deleteTrip, updateTrip } from '../../main/trips/service';
import { hostId, hostPersonId, memberId } from '../../main/db/ids';
import type { MemberRole } from '../../shared/delegation/schemas';
import type { PersonCreate } from '../../shared/directory/person';
import { useTempStore } from '../helpers/db';
import { BLANK_PERSON } from '../helpers/rows';

const { store } = useTempStore();

// ——— Fixtures, written with plain SQL so these tests depend on nothing but the schema ———

interface PersonSeed {
  name: string;
  kind?: 'official' | 'journalist' | 'host_official';
  titlePrefix?: string;
  titleSuffix?: string;
  employment?: 'pns' | 'pppk' | 'elected' | 'non_asn';
  nip?: string;
  golongan?: string;
  eselon?: string;
  jabatan?: string;
  institutionId?: string | null;
}

function person(p: PersonSeed): string {
  const id = uuidv7();
  store.db
    .prepare(
      `INSERT INTO people (id, kind, title_prefix, name, title_suffix, employment, nip, golongan, eselon, jabatan, institution_id, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 1)`,
    )
    .run(
      id,
      p.kind ?? 'official',
      p.titlePrefix ?? '',
      p.name,
      p.titleSuffix ?? '',
      p.employment ?? 'pns',
      p.nip ?? '',
      p.golongan ?? '',
      p.eselon ?? '',
      p.jabatan ?? '',
      p.institutionId ?? null,
    );
  return id;
}

function institution(name: string, kind: 'own' | 'host' | 'media' = 'host'): string {
  const id = uuidv7();
  store.db.prepare(`INSERT INTO institutions (id, kind, name, created_at, updated_at) VALUES (?, ?, ?, 1, 1)`).run(id, kind, name);
  return id;
}

const malang = { title: 'Studi Komparasi Command Center ke Kota Malang', startDate: '2025-04-24', endDate: '2025-04-25' };

const add = (tripId: string, personId: string, role: MemberRole = 'member') => addMember(store, { tripId, personId, role });

/** Everything a failed call could have touched. */
function snapshot() {
  const one = (sql: string) => store.db.prepare(sql).pluck().get();
  return {
    log: one('SELECT count(*) FROM change_log'),
    hlc: one('SELECT hlc FROM sync_clock'),
    trips: store.db.prepare('SELECT * FROM trips ORDER BY id').all(),
    members: store.db.prepare('SELECT * FROM trip_members ORDER BY id').all(),
    hosts: store.db.prepare('SELECT * FROM trip_hosts ORDER BY id').all(),
    hostPeople: store.db.prepare('SELECT * FROM trip_host_people ORDER BY id').all(),
    venues: store.db.prepare('SELECT * FROM venues ORDER BY id').all(),
    people: one('SELECT count(*) FROM people'),
  };
}

interface LogRow {
  table_name: string;
  row_id: string;
  op: string;
  changed_columns: string;
  previous_values: string | null;
}
const logOf = (rowId: string) =>
  store.db.prepare('SELECT table_name, row_id, op, changed_columns, previous_values FROM change_log WHERE row_id = ? ORDER BY seq').all(rowId) as LogRow[];

describe('members', () => {
  it('adds a person with a pair-derived id that is the same on every laptop', () => {
    const trip = createTrip(store, malang);
    const ketut = person({ name: 'Ketut Suwarmawan', golongan: 'IV/b', eselon: 'II', nip: '197001011995031002' });
    const m = add(trip.id, ketut, 'member');
    expect(m.id).toBe(memberId(trip.id, ketut));
    expect(m.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(memberId(trip.id, ketut)).toBe(memberId(trip.id.toUpperCase(), ketut));
    expect(memberId(trip.id, ketut)).not.toBe(memberId(ketut, trip.id));
    expect(m).toMatchObject({ tripId: trip.id, personId: ketut, role: 'member', position: 1, warnings: [] });
    expect(m.person).toMatchObject({ name: 'Ketut Suwarmawan', golongan: 'IV/b', nip: '197001011995031002' });
    expect(tripDetail(store, trip.id).members.map((x) => x.id)).toEqual([m.id]);
  });

  it('refuses someone already in the trip, writing nothing', () => {
    const trip = createTrip(store, malang);
    const p = person({ name: 'Gede Supriatna', employment: 'elected' });
    add(trip.id, p, 'lead');
    const before = snapshot();
    expect(() => add(trip.id, p, 'member')).toThrowError(
      expect.objectContaining({ code: 'VALIDATION', field: 'personId', key: 'delegation.errors.alreadyMember' }),
    );
    expect(snapshot()).toEqual(before);
  });

  it('removes by marking, restores the same row, and re-adding revives it with the new role', () => {
    const trip = createTrip(store, malang);
    const p = person({ name: 'Ketut Suwarmawan', golongan: 'IV/b' });
    const m = add(trip.id, p, 'member');
    updateMember(store, { id: m.id, patch: { hotel: 'Hotel Tugu Malang' } });
    expect(removeMember(store, m.id)).toEqual({ id: m.id });
    expect(tripDetail(store, trip.id).members).toEqual([]);
    const row = store.db.prepare('SELECT deleted_at FROM trip_members WHERE id = ?').get(m.id) as { deleted_at: number };
    expect(row.deleted_at).toBeGreaterThan(0);
    expect(() => removeMember(store, m.id)).toThrowError(expect.objectContaining({ code: 'NOT_FOUND', key: 'errors.memberNotFound' }));

    const back = restoreMember(store, m.id);
    expect(back).toMatchObject({ id: m.id, role: 'member', hotel: 'Hotel Tugu Malang' });
    // Restoring a live member is harmless.
    expect(restoreMember(store, m.id).id).toBe(m.id);

    removeMember(store, m.id);
    const again = add(trip.id, p, 'companion');
    expect(again).toMatchObject({ id: m.id, role: 'companion' });
    expect(store.db.prepare('SELECT count(*) FROM trip_members').pluck().get()).toBe(1);
  });

  it('adds a new person and the member in one transaction; a bad NIP writes neither', () => {
    const trip = createTrip(store, malang);
    const sari: PersonCreate = {
      ...BLANK_PERSON,
      name: 'Ni Luh Putu Sari',
      titleSuffix: 'S.Kom.',
      nip: '199003152015032001',
      golongan: 'III/b',
      jabatan: 'Pranata Komputer Ahli Pertama',
      unit: 'Dinas Kominfosanti',
    };
    const m = addNewMember(store, { tripId: trip.id, role: 'secretary', person: sari });
    expect(m).toMatchObject({ role: 'secretary', person: { name: 'Ni Luh Putu Sari', nip: '199003152015032001' } });
    expect(m.id).toBe(memberId(trip.id, m.personId));
    expect(store.db.prepare('SELECT name FROM people WHERE id = ?').pluck().get(m.personId)).toBe('Ni Luh Putu Sari');

    const before = snapshot();
    expect(() => addNewMember(store, { tripId: trip.id, role: 'member', person: { ...sari, name: 'Duplikat' } })).toThrowError(expect.objectContaining({ code: 'VALIDATION', field: 'person.nip' }));
    expect(snapshot()).toEqual(before);
  });

  it('updates role and logistics; the roommate must be another live member of the trip', () => {
    const trip = createTrip(store, malang);
    const a = add(trip.id, person({ name: 'A', golongan: 'IV/a' }));
    const b = add(trip.id, person({ name: 'B', golongan: 'III/a' }));
    const outsider = person({ name: 'Outsider' });
    const u = updateMember(store, {
      id: a.id,
      patch: { role: 'deputy_lead', transportMode: 'plane', carrier: 'Garuda Indonesia', transportNumber: 'GA 345', seat: '12A', room: '305', roommatePersonId: b.personId, needs: 'Vegetarian' },
    });
    expect(u).toMatchObject({ role: 'deputy_lead', transportMode: 'plane', carrier: 'Garuda Indonesia', transportNumber: 'GA 345', seat: '12A', room: '305', roommatePersonId: b.personId, needs: 'Vegetarian', hotel: '' });

    const before = snapshot();
    for (const roommatePersonId of [outsider, a.personId]) {
      expect(() => updateMember(store, { id: a.id, patch: { roommatePersonId } })).toThrowError(
        expect.objectContaining({ code: 'VALIDATION', field: 'patch.roommatePersonId', key: 'delegation.errors.roommateNotMember' }),
      );
    }
    removeMember(store, b.id);
    const afterRemove = snapshot();
    expect(() => updateMember(store, { id: a.id, patch: { roommatePersonId: b.personId } })).toThrowError(
      expect.objectContaining({ field: 'patch.roommatePersonId' }),
    );
    expect(snapshot()).toEqual(afterRemove);
    expect(before.members).not.toEqual(afterRemove.members);
    expect(updateMember(store, { id: a.id, patch: { roommatePersonId: null } }).roommatePersonId).toBeNull();
  });

  it('lists in protocol order: role, elected first, golongan, eselon, name; journalists last', () => {
    const trip = createTrip(store, malang);
    add(trip.id, person({ name: 'Jurnalis Radar Bali', kind: 'journalist', employment: 'non_asn' }), 'journalist');
    add(trip.id, person({ name: 'Kadek Staf', golongan: 'III/a' }), 'companion');
    add(trip.id, person({ name: 'Made Penata', golongan: 'III/c', eselon: 'IV' }), 'member');
    add(trip.id, person({ name: 'Ketut Suwarmawan', golongan: 'IV/b', eselon: 'II' }), 'member');
    add(trip.id, person({ name: 'Putu Notulis', golongan: 'III/b' }), 'secretary');
    add(trip.id, person({ name: 'Gede Supriatna', employment: 'elected' }), 'lead');
    add(trip.id, person({ name: 'Nyoman Pembina', golongan: 'IV/b', eselon: 'III' }), 'member');
    const d = tripDetail(store, trip.id);
    expect(d.members.map((m) => m.person.name)).toEqual([
      'Gede Supriatna',
      'Ketut Suwarmawan',
      'Nyoman Pembina',
      'Made Penata',
      'Putu Notulis',
      'Kadek Staf',
      'Jurnalis Radar Bali',
    ]);
    expect(d.members.map((m) => m.position)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(d.customOrder).toBe(false);
    expect(d.counts).toEqual({ officials: 6, journalists: 1, hosts: 0, hostPeople: 0 });
  });

  it('reorders exactly the live members, keeps a removed member’s place on undo, and resets to protocol', () => {
    const trip = createTrip(store, malang);
    const a = add(trip.id, person({ name: 'A', golongan: 'IV/a' }), 'lead');
    const b = add(trip.id, person({ name: 'B', golongan: 'III/a' }));
    const c = add(trip.id, person({ name: 'C', golongan: 'II/a' }));
    const gone = add(trip.id, person({ name: 'Gone' }));
    removeMember(store, gone.id);

    const before = snapshot();
    const bad = [[b.id, a.id], [c.id, b.id, a.id, gone.id], [c.id, b.id, b.id], [c.id, b.id, a.id, a.id], [c.id, b.id, uuidv7()]];
    for (const memberIds of bad) {
      expect(() => reorderMembers(store, { tripId: trip.id, memberIds })).toThrowError(
        expect.objectContaining({ code: 'VALIDATION', field: 'memberIds', key: 'delegation.errors.reorderMismatch' }),
      );
    }
    expect(snapshot()).toEqual(before);

    const ordered = reorderMembers(store, { tripId: trip.id, memberIds: [c.id, a.id, b.id] });
    expect(ordered.map((m) => m.id)).toEqual([c.id, a.id, b.id]);
    const positions = () =>
      store.db.prepare('SELECT id, position FROM trip_members WHERE deleted_at IS NULL ORDER BY position').all() as Array<{ id: string; position: number | null }>;
    expect(positions()).toEqual([
      { id: c.id, position: 1 },
      { id: a.id, position: 2 },
      { id: b.id, position: 3 },
    ]);
    expect(tripDetail(store, trip.id).customOrder).toBe(true);

    // Removed and undone: back in its place.
    removeMember(store, a.id);
    restoreMember(store, a.id);
    expect(tripDetail(store, trip.id).members.map((m) => m.id)).toEqual([c.id, a.id, b.id]);

    // Someone new joins at the end of a custom order.
    const d = add(trip.id, person({ name: 'D', golongan: 'IV/e' }), 'lead');
    expect(tripDetail(store, trip.id).members.map((m) => m.id)).toEqual([c.id, a.id, b.id, d.id]);

    const reset = resetMemberOrder(store, trip.id);
    expect(reset.map((m) => m.person.name)).toEqual(['D', 'A', 'B', 'C']);
    expect(positions().every((p) => p.position === null)).toBe(true);
    expect(tripDetail(store, trip.id).customOrder).toBe(false);

    // Undoing a removal from the old custom order does not bring a custom order back.
    removeMember(store, c.id);
    store.db.prepare('UPDATE trip_members SET position = 9 WHERE id = ?').run(c.id);
    restoreMember(store, c.id);
    expect(tripDetail(store, trip.id).customOrder).toBe(false);
  });

  it('writes the change log for every member write, in the same transaction', () => {
    const trip = createTrip(store, malang);
    const p = person({ name: 'Ketut' });
    const q = person({ name: 'Wayan' });
    const m = add(trip.id, p);
    const n = add(trip.id, q);
    updateMember(store, { id: m.id, patch: { seat: '3C' } });
    removeMember(store, m.id);
    restoreMember(store, m.id);
    reorderMembers(store, { tripId: trip.id, memberIds: [n.id, m.id] });
    resetMemberOrder(store, trip.id);
    const rows = logOf(m.id);
    expect(rows.every((r) => r.table_name === 'trip_members')).toBe(true);
    expect(rows.map((r) => [r.op, JSON.parse(r.changed_columns) as string[]])).toEqual([
      ['PUT', expect.arrayContaining(['trip_id', 'person_id', 'role', 'position'])],
      ['PATCH', ['seat']],
      ['DELETE', ['deleted_at']],
      ['PATCH', ['deleted_at']],
      ['PATCH', ['position']],
      ['PATCH', ['position']],
    ]);
    expect(JSON.parse(rows[1]!.previous_values!)).toEqual({ seat: '' });
    // A reorder that leaves a row where it was does not write it.
    const count = store.db.prepare('SELECT count(*) FROM change_log').pluck().get() as number;
    reorderMembers(store, { tripId: trip.id, memberIds: [n.id, m.id] });
    reorderMembers(store, { tripId: trip.id, memberIds: [n.id, m.id] });
    expect(store.db.prepare('SELECT count(*) FROM change_log').pluck().get()).toBe(count + 2);
  });
});

describe('warnings', () => {
  it('warns of another live trip overlapping these dates, with its title and dates', () => {
    const trip = createTrip(store, malang);
    const ketut = person({ name: 'Ketut', nip: '197001011995031002' });
    const other = createTrip(store, { title: 'Rakor Kominfo di Denpasar', startDate: '2025-04-25', endDate: '2025-04-26' });
    const before = createTrip(store, { title: 'Bimtek', startDate: '2025-04-20', endDate: '2025-04-23' });
    const deleted = createTrip(store, { title: 'Dihapus', startDate: '2025-04-24', endDate: '2025-04-24' });
    const removedFrom = createTrip(store, { title: 'Keluar', startDate: '2025-04-24', endDate: '2025-04-24' });
    const m = add(trip.id, ketut);
    add(other.id, ketut);
    add(before.id, ketut);
    add(deleted.id, ketut);
    deleteTrip(store, deleted.id);
    removeMember(store, add(removedFrom.id, ketut).id);

    expect(tripDetail(store, trip.id).members[0]!.warnings).toEqual([
      { kind: 'overlap', tripId: other.id, tripTitle: 'Rakor Kominfo di Denpasar', startDate: '2025-04-25', endDate: '2025-04-26' },
    ]);
    // The other trip sees this one.
    expect(tripDetail(store, other.id).members[0]!.warnings).toEqual([
      { kind: 'overlap', tripId: trip.id, tripTitle: malang.title, startDate: '2025-04-24', endDate: '2025-04-25' },
    ]);
    // Moving the other trip away clears it; the member's own answer carries warnings too.
    updateTrip(store, { id: other.id, patch: { startDate: '2025-05-01', endDate: '2025-05-02' } });
    expect(restoreMember(store, m.id).warnings).toEqual([]);
  });

  it('warns of two person rows with the same NIP and of a PNS or PPPK without one', () => {
    const trip = createTrip(store, malang);
    const a = add(trip.id, person({ name: 'I Made Agus', nip: '198609262015051001', golongan: 'III/c' }));
    const b = add(trip.id, person({ name: 'Made Agus', nip: '198609262015051001', golongan: 'III/c' }));
    const noNip = add(trip.id, person({ name: 'Tanpa NIP', employment: 'pppk' }));
    const elected = add(trip.id, person({ name: 'Gede Supriatna', employment: 'elected' }), 'lead');
    const journalist = add(trip.id, person({ name: 'Wartawan', kind: 'journalist', employment: 'non_asn' }), 'journalist');
    const byId = new Map(tripDetail(store, trip.id).members.map((m) => [m.id, m.warnings]));
    expect(byId.get(a.id)).toEqual([{ kind: 'duplicateNip', otherMemberId: b.id }]);
    expect(byId.get(b.id)).toEqual([{ kind: 'duplicateNip', otherMemberId: a.id }]);
    expect(byId.get(noNip.id)).toEqual([{ kind: 'missingNip' }]);
    expect(byId.get(elected.id)).toEqual([]);
    expect(byId.get(journalist.id)).toEqual([]);
    // Removing one of the pair clears the other's warning.
    removeMember(store, b.id);
    expect(tripDetail(store, trip.id).members.find((m) => m.id === a.id)!.warnings).toEqual([]);
  });
});

describe('hosts, host people and venues', () => {
  it('adds a host (pair id), its people and venues; removing the host takes them along and re-adding brings them back', () => {
    const trip = createTrip(store, malang);
    const pemkot = institution('Pemerintah Kota Malang');
    const erik = person({ name: 'Erik Setyo Santoso', kind: 'host_official', jabatan: 'Sekretaris Daerah', institutionId: pemkot });
    const widyanto = person({ name: 'Mohamad Nur Widyanto', kind: 'host_official', jabatan: 'Kepala Diskominfo', institutionId: pemkot });
    const guide = person({ name: 'Pemandu', kind: 'host_official', institutionId: pemkot });

    const host = addHost(store, { tripId: trip.id, institutionId: pemkot });
    expect(host).toMatchObject({ id: hostId(trip.id, pemkot), institutionId: pemkot, institution: { name: 'Pemerintah Kota Malang', kind: 'host' } });
    const e = addHostPerson(store, { tripId: trip.id, personId: erik, hostRole: 'receiver' });
    expect(e).toMatchObject({ id: hostPersonId(trip.id, erik), hostRole: 'receiver', person: { name: 'Erik Setyo Santoso' } });
    const w = addHostPerson(store, { tripId: trip.id, personId: widyanto, hostRole: 'receiver' });
    expect(updateHostPerson(store, { id: w.id, hostRole: 'speaker' }).hostRole).toBe('speaker');
    const g = addHostPerson(store, { tripId: trip.id, personId: guide, hostRole: 'liaison' });
    const balai = createVenue(store, { tripId: trip.id, institutionId: pemkot, name: 'Ruang Sidang Balai Kota', address: 'Jl. Tugu No. 1, Malang' });
    const ncc = createVenue(store, { tripId: trip.id, institutionId: pemkot, name: 'Ngalam Command Center', address: '' });
    const hotel = createVenue(store, { tripId: trip.id, institutionId: null, name: 'Hotel Tugu', address: '' });
    expect(updateVenue(store, { id: ncc.id, patch: { address: 'Balai Kota Malang' } })).toMatchObject({ name: 'Ngalam Command Center', address: 'Balai Kota Malang' });

    let d = tripDetail(store, trip.id);
    expect(d.hosts.map((h) => h.institution.name)).toEqual(['Pemerintah Kota Malang']);
    expect(d.hostPeople.map((p) => [p.person.name, p.hostRole])).toEqual([
      ['Erik Setyo Santoso', 'receiver'],
      ['Mohamad Nur Widyanto', 'speaker'],
      ['Pemandu', 'liaison'],
    ]);
    expect(d.venues.map((v) => v.name)).toEqual(['Ruang Sidang Balai Kota', 'Ngalam Command Center', 'Hotel Tugu']);
    expect(d.counts).toMatchObject({ hosts: 1, hostPeople: 3 });

    // The guide is removed on their own first: the host's re-adding must not bring them back.
    removeHostPerson(store, g.id);
    expect(() => addHost(store, { tripId: trip.id, institutionId: pemkot })).toThrowError(
      expect.objectContaining({ code: 'VALIDATION', field: 'institutionId', key: 'delegation.errors.alreadyHost' }),
    );
    removeHost(store, host.id);
    d = tripDetail(store, trip.id);
    expect(d.hosts).toEqual([]);
    expect(d.hostPeople).toEqual([]);
    expect(d.venues.map((v) => v.id)).toEqual([hotel.id]);

    expect(addHost(store, { tripId: trip.id, institutionId: pemkot }).id).toBe(host.id);
    d = tripDetail(store, trip.id);
    expect(d.hostPeople.map((p) => p.id)).toEqual([e.id, w.id]);
    expect(d.venues.map((v) => v.id)).toEqual([balai.id, ncc.id, hotel.id]);

    // Re-adding a removed host person revives the row with the new role.
    expect(addHostPerson(store, { tripId: trip.id, personId: guide, hostRole: 'companion' })).toMatchObject({ id: g.id, hostRole: 'companion' });
    removeVenue(store, hotel.id);
    expect(tripDetail(store, trip.id).venues.map((v) => v.id)).toEqual([balai.id, ncc.id]);
  });

  it('refuses unknown or deleted references and unknown trips, writing nothing', () => {
    const trip = createTrip(store, malang);
    const gone = institution('Dihapus');
    store.db.prepare('UPDATE institutions SET deleted_at = 5 WHERE id = ?').run(gone);
    const ghost = person({ name: 'Hantu' });
    store.db.prepare('UPDATE people SET deleted_at = 5 WHERE id = ?').run(ghost);
    const live = person({ name: 'Ada' });
    const m = add(trip.id, live);
    const noTrip = uuidv7();
    const before = snapshot();
    const cases: Array<[() => unknown, Record<string, string>]> = [
      [() => addHost(store, { tripId: trip.id, institutionId: gone }), { code: 'VALIDATION', field: 'institutionId', key: 'errors.institutionNotFound' }],
      [() => addHost(store, { tripId: trip.id, institutionId: uuidv7() }), { code: 'VALIDATION', field: 'institutionId' }],
      [() => addHost(store, { tripId: noTrip, institutionId: gone }), { code: 'NOT_FOUND', field: 'tripId', key: 'errors.tripNotFound' }],
      [() => add(trip.id, ghost), { code: 'VALIDATION', field: 'personId', key: 'errors.personNotFound' }],
      [() => add(noTrip, live), { code: 'NOT_FOUND', field: 'tripId', key: 'errors.tripNotFound' }],
      [() => addHostPerson(store, { tripId: trip.id, personId: ghost, hostRole: 'receiver' }), { code: 'VALIDATION', field: 'personId' }],
      [() => createVenue(store, { tripId: trip.id, institutionId: gone, name: 'X', address: '' }), { code: 'VALIDATION', field: 'institutionId' }],
      [() => createVenue(store, { tripId: noTrip, institutionId: null, name: 'X', address: '' }), { code: 'NOT_FOUND', key: 'errors.tripNotFound' }],
      [() => removeHost(store, uuidv7()), { code: 'NOT_FOUND', key: 'delegation.errors.hostNotFound' }],
      [() => removeHostPerson(store, uuidv7()), { code: 'NOT_FOUND', key: 'delegation.errors.hostPersonNotFound' }],
      [() => updateHostPerson(store, { id: uuidv7(), hostRole: 'liaison' }), { code: 'NOT_FOUND' }],
      [() => removeVenue(store, uuidv7()), { code: 'NOT_FOUND', key: 'delegation.errors.venueNotFound' }],
      [() => updateVenue(store, { id: uuidv7(), patch: { name: 'Y' } }), { code: 'NOT_FOUND' }],
      [() => updateMember(store, { id: uuidv7(), patch: { seat: '1A' } }), { code: 'NOT_FOUND', key: 'errors.memberNotFound' }],
      [() => restoreMember(store, uuidv7()), { code: 'NOT_FOUND', key: 'errors.memberNotFound' }],
      [() => reorderMembers(store, { tripId: noTrip, memberIds: [m.id] }), { code: 'NOT_FOUND', key: 'errors.tripNotFound' }],
      [() => resetMemberOrder(store, noTrip), { code: 'NOT_FOUND', key: 'errors.tripNotFound' }],
      [() => tripDetail(store, noTrip), { code: 'NOT_FOUND', field: 'id', key: 'errors.tripNotFound' }],
      [() => duplicateTrip(store, { id: noTrip, ...malang }), { code: 'NOT_FOUND', field: 'id', key: 'errors.tripNotFound' }],
    ];
    for (const [call, error] of cases) expect(call).toThrowError(expect.objectContaining(error));
    expect(snapshot()).toEqual(before);

    // Members of a deleted trip cannot be changed: they went to the trash with it.
    deleteTrip(store, trip.id);
    const afterDelete = snapshot();
    expect(() => removeMember(store, m.id)).toThrowError(expect.objectContaining({ code: 'NOT_FOUND', key: 'errors.memberNotFound' }));
    expect(() => tripDetail(store, trip.id)).toThrowError(expect.objectContaining({ code: 'NOT_FOUND' }));
    expect(snapshot()).toEqual(afterDelete);
  });
});

describe('duplicating a trip', () => {
  it('copies details, delegation with roles and custom order (no logistics), hosts, host people and venues', () => {
    const own = institution('Dinas Kominfosanti Kabupaten Buleleng', 'own');
    const pemkot = institution('Pemerintah Kota Malang');
    const goneInst = institution('Instansi Lama');
    // The details a copy keeps.
    const details = {
      originInstitutionId: own,
      hostRegionCodes: ['35.73'],
      background: 'Latar',
      purpose: 'Maksud',
      objectives: 'Tujuan',
      scope: 'Lingkup',
      legalBasis: ['DPA-SKPD Nomor 1', 'SPT Nomor 2'],
    };
    const src = createTrip(store, { ...malang, ...details, status: 'reported' });
    const gede = add(src.id, person({ name: 'Gede Supriatna', employment: 'elected' }), 'lead');
    const ketut = add(src.id, person({ name: 'Ketut Suwarmawan', golongan: 'IV/b' }));
    const press = add(src.id, person({ name: 'Wartawan', kind: 'journalist', employment: 'non_asn' }), 'journalist');
    const removed = add(src.id, person({ name: 'Batal' }));
    const deletedPerson = person({ name: 'Sudah dihapus' });
    add(src.id, deletedPerson);
    store.db.prepare('UPDATE people SET deleted_at = 5 WHERE id = ?').run(deletedPerson);
    removeMember(store, removed.id);
    reorderMembers(store, {
      tripId: src.id,
      memberIds: [ketut.id, gede.id, press.id, memberId(src.id, deletedPerson)],
    });
    updateMember(store, { id: ketut.id, patch: { hotel: 'Hotel Tugu', seat: '1A', roommatePersonId: gede.personId } });
    addHost(store, { tripId: src.id, institutionId: pemkot });
    addHost(store, { tripId: src.id, institutionId: goneInst });
    const erik = person({ name: 'Erik Setyo Santoso', kind: 'host_official', institutionId: pemkot });
    addHostPerson(store, { tripId: src.id, personId: erik, hostRole: 'receiver' });
    createVenue(store, { tripId: src.id, institutionId: pemkot, name: 'Ruang Sidang Balai Kota', address: 'Jl. Tugu 1' });
    createVenue(store, { tripId: src.id, institutionId: goneInst, name: 'Aula Lama', address: '' });
    store.db.prepare('UPDATE institutions SET deleted_at = 5 WHERE id = ?').run(goneInst);
    removeVenue(store, createVenue(store, { tripId: src.id, institutionId: null, name: 'Batal', address: '' }).id);
    const srcBefore = tripDetail(store, src.id);
    const logBefore = store.db.prepare('SELECT count(*) FROM change_log').pluck().get() as number;

    const copy = duplicateTrip(store, { id: src.id, title: 'Studi Komparasi Lanjutan', startDate: '2026-04-23', endDate: '2026-04-24' });
    expect(copy).toMatchObject({ title: 'Studi Komparasi Lanjutan', startDate: '2026-04-23', endDate: '2026-04-24', ...details, status: 'planned' });
    expect(copy.id).not.toBe(src.id);

    const d = tripDetail(store, copy.id);
    expect(d.customOrder).toBe(true);
    expect(d.members.map((m) => [m.person.name, m.role])).toEqual([
      ['Ketut Suwarmawan', 'member'],
      ['Gede Supriatna', 'lead'],
      ['Wartawan', 'journalist'],
    ]);
    expect(d.members.map((m) => m.id)).toEqual(d.members.map((m) => memberId(copy.id, m.personId)));
    expect(d.members[0]).toMatchObject({ hotel: '', seat: '', roommatePersonId: null, transportMode: '' });
    expect(d.hosts.map((h) => [h.id, h.institution.name])).toEqual([[hostId(copy.id, pemkot), 'Pemerintah Kota Malang']]);
    expect(d.hostPeople.map((p) => [p.id, p.person.name, p.hostRole])).toEqual([[hostPersonId(copy.id, erik), 'Erik Setyo Santoso', 'receiver']]);
    expect(d.venues.map((v) => [v.name, v.address, v.institutionId])).toEqual([
      ['Ruang Sidang Balai Kota', 'Jl. Tugu 1', pemkot],
      ['Aula Lama', '', null],
    ]);
    expect(d.venues.every((v) => !srcBefore.venues.some((s) => s.id === v.id))).toBe(true);
    // The source is untouched; all of the copy was logged, in one clock tick.
    expect(tripDetail(store, src.id)).toEqual(srcBefore);
    const hlcs = store.db.prepare('SELECT DISTINCT hlc FROM change_log WHERE seq > ?').pluck().all(logBefore);
    expect(hlcs).toHaveLength(1);
    expect(store.db.prepare('SELECT count(*) FROM change_log WHERE seq > ?').pluck().get(logBefore)).toBe(1 + 3 + 1 + 1 + 2);
  });

  it('drops an origin institution deleted since; a failure writes nothing', () => {
    const own = institution('Lama', 'own');
    const src = createTrip(store, { ...malang, originInstitutionId: own });
    store.db.prepare('UPDATE institutions SET deleted_at = 5 WHERE id = ?').run(own);
    expect(duplicateTrip(store, { id: src.id, ...malang }).originInstitutionId).toBeNull();
    const before = snapshot();
    expect(() => duplicateTrip(store, { id: src.id, title: 'X', startDate: '2025-05-02', endDate: '2025-05-01' })).toThrow();
    expect(snapshot()).toEqual(before);
  });
});
