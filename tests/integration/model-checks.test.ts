import { beforeEach, describe, expect, it } from 'vitest';
import { memberId } from '../../main/db/ids';
import { MAX_MEMBERS_PER_TRIP, type Member, type MemberRole } from '../../shared/delegation/schemas';
import type { PersonKind, PersonRow } from '../../shared/directory/person';
import type { Photo } from '../../shared/media/schemas';
import type { Trip } from '../../shared/trips/schemas';
import type { AgendaItem } from '../../shared/agenda/schemas';
import type { Result } from '../../shared/result';
import delegationId from '../../renderer/src/delegation/i18n-delegation.id';
import delegationEn from '../../renderer/src/delegation/i18n-delegation.en';
import mediaId from '../../renderer/src/media/i18n-media.id';
import mediaEn from '../../renderer/src/media/i18n-media.en';
import peopleId from '../../renderer/src/directory/i18n-people.id';
import peopleEn from '../../renderer/src/directory/i18n-people.en';
import type { Dispatch } from '../../main/dispatcher';
import { testDispatcher, useTempStore } from '../helpers/db';
import { photoInput } from '../helpers/media';

/*
 * Issue 11 item 8: the contract refuses what the model forbids. Each refusal
 * goes through the dispatcher on a real SQLite file, names the field and an
 * i18n key the UI has in both languages, and writes nothing.
 */

const t = useTempStore();
const { store } = t;
let dispatch: Dispatch;
let tripId: string;

async function call<T>(operation: string, input: unknown): Promise<T> {
  const r = (await dispatch(operation, input)) as Result<T>;
  if (!r.ok) throw new Error(`${operation}: ${r.error.message}`);
  return r.value;
}

/** Everything a refused write could have touched. */
function snapshot(): Record<string, unknown> {
  const q = (sql: string) => store.db.prepare(sql).all();
  return {
    log: store.db.prepare(`SELECT count(*) FROM change_log`).pluck().get(),
    trips: q(`SELECT * FROM trips ORDER BY id`),
    people: q(`SELECT * FROM people ORDER BY id`),
    institutions: q(`SELECT * FROM institutions ORDER BY id`),
    members: q(`SELECT * FROM trip_members ORDER BY id`),
    hostPeople: q(`SELECT * FROM trip_host_people ORDER BY id`),
    photos: q(`SELECT * FROM photos ORDER BY id`),
  };
}

const KEYS: Record<string, Record<string, unknown>> = {
  'delegation.id': delegationId.errors,
  'delegation.en': delegationEn.errors,
  'media.id': mediaId.errors,
  'media.en': mediaEn.errors,
  'people.id': peopleId.errors,
  'people.en': peopleEn.errors,
};

/** The call is refused as VALIDATION naming `field`, with a key both languages translate, and the database is as it was. */
async function expectRefused(operation: string, input: unknown, field: string, key: string, params?: Record<string, unknown>): Promise<void> {
  const before = snapshot();
  const r = await dispatch(operation, input);
  expect(r.ok, `${operation} should be refused`).toBe(false);
  if (r.ok) return;
  expect(r.error).toMatchObject({ code: 'VALIDATION', field, key, ...(params ? { params } : {}) });
  const [area, , name] = key.split('.');
  for (const lang of ['id', 'en']) {
    expect(typeof KEYS[`${area}.${lang}`]?.[name as string], `${key} in ${lang}`).toBe('string');
  }
  expect(snapshot()).toEqual(before);
}

beforeEach(async () => {
  dispatch = testDispatcher(store, t.path);
  tripId = (await call<Trip>('trips.create', { title: 'Studi Komparasi ke Kota Malang', startDate: '2025-04-24', endDate: '2025-04-25' })).id;
});

const person = (kind: PersonKind, name: string) => call<PersonRow>('people.create', { kind, name });

describe('a photo’s agenda link', () => {
  const item = (trip: string, title: string) =>
    call<AgendaItem>('agenda.create', { tripId: trip, kind: 'welcome', title, startLocal: '2025-04-24T09:00', startZone: 'Asia/Jakarta', endLocal: '2025-04-24T10:00' });
  const addPhoto = (trip: string) =>
    call<Photo>('photos.add', photoInput(trip, 'IMG_0001.jpg'));
  const update = (id: string, agendaItemId: string | null, caption = 'Penyambutan') => ({ id, caption, takenAt: '2025-04-24T09:30', agendaItemId });

  it('takes a live item of the photo’s own trip and refuses one that does not exist, was deleted or belongs to another trip', async () => {
    const photo = await addPhoto(tripId);
    const welcome = await item(tripId, 'Penyambutan oleh Sekda Kota Malang');
    const removed = await item(tripId, 'Paparan Command Center');
    await call('agenda.remove', { id: removed.id });
    const otherTrip = (await call<Trip>('trips.create', { title: 'Kunker ke Kota Mataram', startDate: '2025-05-02', endDate: '2025-05-02' })).id;
    const foreign = await item(otherTrip, 'Penyambutan di Mataram');

    const key = 'media.errors.agendaItemNotFound';
    await expectRefused('photos.update', update(photo.id, '0199a1b2-0000-7000-8000-000000000001'), 'agendaItemId', key);
    await expectRefused('photos.update', update(photo.id, removed.id), 'agendaItemId', key);
    await expectRefused('photos.update', update(photo.id, foreign.id), 'agendaItemId', key);

    const linked = await call<Photo>('photos.update', update(photo.id, welcome.id));
    expect(linked.agendaItemId).toBe(welcome.id);
    // The database itself refuses a link to nothing now (migration 10's foreign key).
    expect(() => store.db.prepare(`UPDATE photos SET agenda_item_id = 'nowhere' WHERE id = ?`).run(photo.id)).toThrow(/FOREIGN KEY/);
  });

  it('keeps a link the photo already has when its item is removed afterwards, so the caption can still be edited', async () => {
    const photo = await addPhoto(tripId);
    const welcome = await item(tripId, 'Penyambutan oleh Sekda Kota Malang');
    await call('photos.update', update(photo.id, welcome.id));
    await call('agenda.remove', { id: welcome.id });
    const edited = await call<Photo>('photos.update', update(photo.id, welcome.id, 'Penyambutan (diperbarui)'));
    expect([edited.caption, edited.agendaItemId]).toEqual(['Penyambutan (diperbarui)', welcome.id]);
    // Unlinking is always allowed; linking it again is not, while the item is removed.
    expect((await call<Photo>('photos.update', update(photo.id, null))).agendaItemId).toBeNull();
    await expectRefused('photos.update', update(photo.id, welcome.id), 'agendaItemId', 'media.errors.agendaItemNotFound');
  });

  it('refuses a caption saved from a window that had not seen the last edit, and keeps that edit', async () => {
    const photo = await addPhoto(tripId);
    // Two windows show the photo at the same version; the first saves its caption.
    const first = await call<Photo>('photos.update', { ...update(photo.id, null, 'Penyambutan di Balai Kota'), expectedUpdatedAt: photo.updatedAt });
    expect(first.updatedAt).toBeGreaterThan(photo.updatedAt);
    const second = await dispatch('photos.update', { ...update(photo.id, null, 'Foto bersama'), expectedUpdatedAt: photo.updatedAt });
    expect(second).toMatchObject({ ok: false, error: { code: 'CONFLICT', key: 'errors.stale' } });
    const kept = (await call<Photo[]>('photos.list', { tripId })).find((p) => p.id === photo.id);
    expect(kept?.caption).toBe('Penyambutan di Balai Kota');
  });
});

describe('a person’s kind matches the role or list it joins', () => {
  it('lets only the delegation’s own officials take official roles, the ketua first', async () => {
    const host = await person('host_official', 'Ir. Wahyu Hidayat');
    const journalist = await person('journalist', 'Putu Ayu');
    const official = await person('official', 'Gede Supriatna');
    const roles: MemberRole[] = ['lead', 'deputy_lead', 'member', 'secretary', 'companion'];
    for (const role of roles) {
      await expectRefused('members.add', { tripId, personId: host.id, role }, 'personId', 'delegation.errors.roleNeedsOfficial');
      await expectRefused('members.add', { tripId, personId: journalist.id, role }, 'personId', 'delegation.errors.roleNeedsOfficial');
    }
    await expectRefused('members.add', { tripId, personId: official.id, role: 'journalist' }, 'personId', 'delegation.errors.roleNeedsJournalist');
    await expectRefused('members.add', { tripId, personId: host.id, role: 'journalist' }, 'personId', 'delegation.errors.roleNeedsJournalist');

    expect((await call<Member>('members.add', { tripId, personId: official.id, role: 'lead' })).role).toBe('lead');
    expect((await call<Member>('members.add', { tripId, personId: journalist.id, role: 'journalist' })).role).toBe('journalist');
  });

  it('refuses a new person whose kind does not fit the role before creating them', async () => {
    await expectRefused('members.addNew', { tripId, role: 'lead', person: { kind: 'host_official', name: 'Ir. Wahyu Hidayat' } }, 'person.kind', 'delegation.errors.roleNeedsOfficial');
    await expectRefused('members.addNew', { tripId, role: 'lead', person: { kind: 'journalist', name: 'Putu Ayu' } }, 'person.kind', 'delegation.errors.roleNeedsOfficial');
    await expectRefused('members.addNew', { tripId, role: 'journalist', person: { kind: 'official', name: 'Made Sutama' } }, 'person.kind', 'delegation.errors.roleNeedsJournalist');
    const ok = await call<Member>('members.addNew', { tripId, role: 'journalist', person: { kind: 'journalist', name: 'Putu Ayu' } });
    expect([ok.role, ok.person.kind]).toEqual(['journalist', 'journalist']);
  });

  it('refuses a role change that does not fit, and a restore after the directory changed the person’s kind', async () => {
    const official = await call<Member>('members.addNew', { tripId, role: 'member', person: { kind: 'official', name: 'Made Sutama' } });
    const journalist = await call<Member>('members.addNew', { tripId, role: 'journalist', person: { kind: 'journalist', name: 'Putu Ayu' } });
    await expectRefused('members.update', { id: official.id, patch: { role: 'journalist' } }, 'patch.role', 'delegation.errors.roleNeedsJournalist');
    await expectRefused('members.update', { id: journalist.id, patch: { role: 'lead' } }, 'patch.role', 'delegation.errors.roleNeedsOfficial');
    expect((await call<Member>('members.update', { id: official.id, patch: { role: 'lead' } })).role).toBe('lead');
    // Logistics alone never trip the check.
    expect((await call<Member>('members.update', { id: journalist.id, patch: { hotel: 'Hotel Tugu' } })).hotel).toBe('Hotel Tugu');

    await call('members.remove', { id: journalist.id });
    store.write(() => store.db.prepare(`UPDATE people SET kind = 'host_official' WHERE id = ?`).run(journalist.personId));
    await expectRefused('members.restore', { id: journalist.id }, 'id', 'delegation.errors.roleNeedsJournalist');
  });

  it('refuses to change the kind of someone a trip holds in a role of their kind, and allows it once they left', async () => {
    const ketua = await call<Member>('members.addNew', { tripId, role: 'lead', person: { kind: 'official', name: 'Gede Supriatna' } });
    await expectRefused('people.update', { id: ketua.personId, patch: { kind: 'journalist' } }, 'patch.kind', 'people.errors.kindInUse');
    await expectRefused('people.update', { id: ketua.personId, patch: { kind: 'host_official' } }, 'patch.kind', 'people.errors.kindInUse');
    expect((await call<PersonRow>('people.update', { id: ketua.personId, patch: { jabatan: 'Wakil Bupati' } })).jabatan).toBe('Wakil Bupati');
    await call('members.remove', { id: ketua.id });
    expect((await call<PersonRow>('people.update', { id: ketua.personId, patch: { kind: 'host_official' } })).kind).toBe('host_official');
  });

  it('adds only host officials to the hosts', async () => {
    const official = await person('official', 'Gede Supriatna');
    const journalist = await person('journalist', 'Putu Ayu');
    const host = await person('host_official', 'Ir. Wahyu Hidayat');
    for (const p of [official, journalist]) {
      await expectRefused('hostPeople.add', { tripId, personId: p.id, hostRole: 'receiver' }, 'personId', 'delegation.errors.notHostOfficial');
    }
    expect((await call<{ personId: string }>('hostPeople.add', { tripId, personId: host.id, hostRole: 'receiver' })).personId).toBe(host.id);
  });

  it('refuses an import into a trip with a role the imported kind cannot take', async () => {
    const rows = [['Putu Ayu', 'Radar Bali']];
    const mapping = { name: 0, institution: 1 };
    for (const op of ['people.importPreview', 'people.importCommit']) {
      await expectRefused(op, { kind: 'journalist', rows, mapping, addToTrip: { tripId, role: 'lead' } }, 'addToTrip.role', 'delegation.errors.roleNeedsOfficial');
      await expectRefused(op, { kind: 'official', rows, mapping: { name: 0 }, addToTrip: { tripId, role: 'journalist' } }, 'addToTrip.role', 'delegation.errors.roleNeedsJournalist');
    }
    const done = await call<{ addedToTrip: number }>('people.importCommit', { kind: 'journalist', rows, mapping, addToTrip: { tripId, role: 'journalist' } });
    expect(done.addedToTrip).toBe(1);
  });

  it('does not carry into a duplicate someone whose kind no longer fits their role', async () => {
    const official = await call<Member>('members.addNew', { tripId, role: 'lead', person: { kind: 'official', name: 'Gede Supriatna' } });
    const changed = await call<Member>('members.addNew', { tripId, role: 'member', person: { kind: 'official', name: 'Putu Ayu' } });
    store.write(() => store.db.prepare(`UPDATE people SET kind = 'journalist' WHERE id = ?`).run(changed.personId));
    const copy = await call<Trip>('trips.duplicate', { id: tripId, title: 'Studi Komparasi ke Kota Malang 2026', startDate: '2026-04-23', endDate: '2026-04-24' });
    const kept = store.db.prepare(`SELECT person_id, role FROM trip_members WHERE trip_id = ? AND deleted_at IS NULL`).all(copy.id);
    expect(kept).toEqual([{ person_id: official.personId, role: 'lead' }]);
  });
});

describe(`at most ${MAX_MEMBERS_PER_TRIP} members in one trip`, () => {
  /** `n` officials in the directory and in the trip, written as raw rows (the service's own checks are what is tested). */
  function fill(trip: string, n: number, role: MemberRole = 'member'): string[] {
    const ids: string[] = [];
    store.write(() => {
      const p = store.db.prepare(`INSERT INTO people (id, kind, name, created_at, updated_at) VALUES (?, ?, ?, 1, 1)`);
      const m = store.db.prepare(`INSERT INTO trip_members (id, trip_id, person_id, role, created_at, updated_at) VALUES (?, ?, ?, ?, 1, 1)`);
      for (let i = 0; i < n; i++) {
        const id = store.newId();
        p.run(id, role === 'journalist' ? 'journalist' : 'official', `Pegawai ${trip.slice(-4)} ${i + 1}`);
        m.run(memberId(trip, id), trip, id, role);
        ids.push(memberId(trip, id));
      }
    });
    return ids;
  }
  const live = (trip: string) => store.db.prepare(`SELECT count(*) FROM trip_members WHERE trip_id = ? AND deleted_at IS NULL`).pluck().get(trip);
  const full = { max: MAX_MEMBERS_PER_TRIP, members: MAX_MEMBERS_PER_TRIP };

  it('takes the last place, then refuses members.add and members.addNew, and a restore into a full trip', async () => {
    expect(MAX_MEMBERS_PER_TRIP).toBe(2000);
    const [first] = fill(tripId, MAX_MEMBERS_PER_TRIP - 1);
    const last = await person('official', 'Anggota ke-2000');
    await call('members.add', { tripId, personId: last.id, role: 'member' });
    expect(live(tripId)).toBe(MAX_MEMBERS_PER_TRIP);

    const one = await person('journalist', 'Putu Ayu');
    await expectRefused('members.add', { tripId, personId: one.id, role: 'journalist' }, 'tripId', 'delegation.errors.tooManyMembers', full);
    await expectRefused('members.addNew', { tripId, role: 'member', person: { kind: 'official', name: 'Made Sutama' } }, 'tripId', 'delegation.errors.tooManyMembers', full);

    // A removed member's place can be taken; then the undo of that removal finds the trip full.
    await call('members.remove', { id: first });
    await call('members.add', { tripId, personId: one.id, role: 'journalist' });
    await expectRefused('members.restore', { id: first }, 'id', 'delegation.errors.tooManyMembers', full);
    expect(live(tripId)).toBe(MAX_MEMBERS_PER_TRIP);
  });

  it('refuses an import that would pass the limit, whole, and takes one that fits exactly', async () => {
    fill(tripId, MAX_MEMBERS_PER_TRIP - 2, 'journalist');
    const three = { kind: 'journalist', rows: [['Putu Ayu'], ['Kadek Sari'], ['Nyoman Arta']], mapping: { name: 0 }, addToTrip: { tripId, role: 'journalist' } };
    await expectRefused('people.importCommit', three, 'addToTrip', 'delegation.errors.tooManyMembers', { max: MAX_MEMBERS_PER_TRIP, members: MAX_MEMBERS_PER_TRIP - 2 });
    const two = { ...three, rows: [['Putu Ayu'], ['Kadek Sari']] };
    expect((await call<{ addedToTrip: number }>('people.importCommit', two)).addedToTrip).toBe(2);
    expect(live(tripId)).toBe(MAX_MEMBERS_PER_TRIP);
    // Importing the same people again adds no one, so it is not refused.
    expect((await call<{ addedToTrip: number }>('people.importCommit', two)).addedToTrip).toBe(0);
  });

  it('refuses to duplicate a trip whose delegation is over the limit (one made before it existed)', async () => {
    fill(tripId, MAX_MEMBERS_PER_TRIP + 1);
    await expectRefused(
      'trips.duplicate',
      { id: tripId, title: 'Studi Komparasi ke Kota Malang 2026', startDate: '2026-04-23', endDate: '2026-04-24' },
      'id',
      'delegation.errors.tooManyMembers',
      { max: MAX_MEMBERS_PER_TRIP, members: MAX_MEMBERS_PER_TRIP + 1 },
    );
    // At the limit it is copied whole.
    store.write(() => store.db.prepare(`UPDATE trip_members SET deleted_at = 5 WHERE id = (SELECT id FROM trip_members WHERE trip_id = ? LIMIT 1)`).run(tripId));
    const copy = await call<Trip>('trips.duplicate', { id: tripId, title: 'Studi Komparasi ke Kota Malang 2026', startDate: '2026-04-23', endDate: '2026-04-24' });
    expect(live(copy.id)).toBe(MAX_MEMBERS_PER_TRIP);
  });
});
