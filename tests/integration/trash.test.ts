/**
 * Sampah (issue 13 item 3): deleting a trip marks its rows with the trip's
 * stamp in the same transaction; restoring brings back exactly those; what
 * was deleted on its own stays deleted; purge removes for good and foreign
 * keys hold; the list shows what comes back with each entry.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { createStore, type Store } from '../../main/db/store';
import { NOT_TRIP_CHILDREN, TRIP_CHILDREN } from '../../main/trips';
import type { OperationName } from '../../shared/contract';
import type { TrashEntry } from '../../shared/trash/schemas';
import type { Dispatch } from '../../main/dispatcher';
import { testDispatcher, useTempStore } from '../helpers/db';
import { photoInput } from '../helpers/media';


const t = useTempStore();
let store: Store;
/** The clock the services see: tests move it, or hold it still. */
let clock = 1_750_000_000_000;
let dispatch: Dispatch;

beforeEach(() => {
  clock = 1_750_000_000_000;
  store = createStore(t.store.db, { now: () => clock });
  dispatch = testDispatcher(store);
});

async function call<T = { id: string }>(op: OperationName, input: unknown): Promise<T> {
  const r = await dispatch(op, input);
  if (!r.ok) throw new Error(`${op}: ${r.error.code} ${r.error.key ?? ''} ${r.error.message}`);
  clock += 1000;
  return r.value as T;
}

/** Deletes one row (into Sampah) and then purges it for good. */
async function removeAndPurge(remove: OperationName, kind: string, id: string): Promise<void> {
  await call(remove, { id });
  await call('trash.purge', { kind, id });
}

async function refusal(op: OperationName, input: unknown) {
  const r = await dispatch(op, input);
  if (r.ok) throw new Error(`${op} was not refused`);
  return r.error;
}

const count = (sql: string, ...args: unknown[]): number => store.db.prepare(sql).pluck().get(...args) as number;
const deletedAt = (table: string, id: string) => store.db.prepare(`SELECT deleted_at FROM ${table} WHERE id = ?`).pluck().get(id) as number | null;
const trash = () => call<TrashEntry[]>('trash.list', {});

/** A trip with three members, a host, two agenda items (one with chosen attendees), a learning with a follow-up, a photo, a quote and a clipping. */
async function fullTrip(title = 'Studi Komparasi ke Kota Malang') {
  const trip = await call('trips.create', { title, startDate: '2025-04-24', endDate: '2025-04-25' });
  const people = [];
  for (const name of ['Gede Supriatna', 'Ketut Suwarmawan', 'Made Arsana']) people.push(await call('people.create', { kind: 'official', name }));
  const members = [];
  for (const [i, p] of people.entries()) members.push(await call('members.add', { tripId: trip.id, personId: p.id, role: i === 0 ? 'lead' : 'member' }));
  const host = await call('institutions.create', { kind: 'host', name: 'Diskominfo Kota Malang', regionCode: '35.73' });
  await call('hosts.add', { tripId: trip.id, institutionId: host.id });
  const items = [
    await call('agenda.create', { tripId: trip.id, kind: 'welcome', title: 'Penyambutan', startLocal: '2025-04-24T09:00', endLocal: '2025-04-24T10:00' }),
    await call('agenda.create', {
      tripId: trip.id,
      kind: 'discussion',
      title: 'Diskusi',
      startLocal: '2025-04-24T10:00',
      endLocal: '2025-04-24T11:00',
      attendance: 'chosen',
      memberIds: members.map((m) => m.id),
    }),
  ];
  const learning = await call('learnings.create', { tripId: trip.id, topic: 'Command center 112' });
  await call('followups.create', { learningId: learning.id, action: 'Kajian 112 di Buleleng' });
  const photo = await call('photos.add', photoInput(trip.id, 'IMG_0001.jpg'));
  const quote = await call('quotes.create', { tripId: trip.id, speakerPersonId: people[0]!.id, words: 'Kami belajar banyak.', learningId: learning.id });
  await call('coverage.create', { tripId: trip.id, outlet: 'Radar Bali', headline: 'Buleleng belajar ke Malang' });
  return { trip, people, members, host, items, learning, photo, quote };
}

/** Every row of the trip's tables, with its deleted_at. */
function tripRows(tripId: string): Map<string, number | null> {
  const rows = new Map<string, number | null>();
  for (const c of TRIP_CHILDREN) {
    for (const r of store.db.prepare(`SELECT id, deleted_at FROM ${c.table} WHERE ${c.of}`).all({ tripId }) as Array<{ id: string; deleted_at: number | null }>) {
      rows.set(`${c.table}/${r.id}`, r.deleted_at);
    }
  }
  return rows;
}

describe('deleting a trip', () => {
  it('covers every table that references trips (doc_numbers deliberately stays the register’s)', () => {
    const tables = store.db.prepare(`SELECT name FROM sqlite_schema WHERE type = 'table'`).pluck().all() as string[];
    const referencing = tables.filter((tb) =>
      (store.db.prepare(`SELECT "table" FROM pragma_foreign_key_list(?)`).pluck().all(tb) as string[]).includes('trips'),
    );
    const covered = new Set<string>([...TRIP_CHILDREN.map((c) => c.table), ...NOT_TRIP_CHILDREN]);
    expect(referencing.filter((tb) => !covered.has(tb))).toEqual([]);
  });

  it('marks the trip and its live rows with one stamp in one transaction; a row deleted earlier keeps its own stamp, and restore brings back exactly the rest', async () => {
    const x = await fullTrip();
    // Removed on its own first, in the same millisecond as the trip's deletion will be: the stamps must still differ.
    clock = 1_760_000_000_000;
    await dispatch('members.remove', { id: x.members[2]!.id });
    const earlier = deletedAt('trip_members', x.members[2]!.id);
    const before = tripRows(x.trip.id);
    const logBefore = count('SELECT max(seq) FROM change_log');

    expect((await dispatch('trips.delete', { id: x.trip.id })).ok).toBe(true);
    const stamp = deletedAt('trips', x.trip.id)!;
    expect(stamp).toBeGreaterThan(earlier!);
    const after = tripRows(x.trip.id);
    for (const [key, was] of before) expect(after.get(key), key).toBe(was === null ? stamp : was);
    expect(after.get(`trip_members/${x.members[2]!.id}`)).toBe(earlier);
    // One write: every change of the deletion logged with the same clock value.
    const hlcs = store.db.prepare('SELECT DISTINCT hlc FROM change_log WHERE seq > ?').pluck().all(logBefore);
    expect(hlcs).toHaveLength(1);
    expect(count('SELECT count(*) FROM change_log WHERE seq > ?', logBefore)).toBe([...before.values()].filter((v) => v === null).length + 1);
    // Other data is untouched: the people and the host institution stay live.
    expect(count('SELECT count(*) FROM people WHERE deleted_at IS NULL')).toBe(3);
    expect(deletedAt('institutions', x.host.id)).toBeNull();

    expect((await dispatch('trash.restore', { kind: 'trip', id: x.trip.id })).ok).toBe(true);
    const back = tripRows(x.trip.id);
    for (const [key, was] of before) expect(back.get(key), key).toBe(was);
    const list = await call<Array<{ id: string; officials: number }>>('trips.list', {});
    expect(list).toMatchObject([{ id: x.trip.id, officials: 2 }]);
  });

  it('the undo toast’s trips.restore does the same', async () => {
    const x = await fullTrip();
    const before = tripRows(x.trip.id);
    await call('trips.delete', { id: x.trip.id });
    await call('trips.restore', { id: x.trip.id });
    expect(tripRows(x.trip.id)).toEqual(before);
  });

  it('a member whose person went to the trash after the trip comes back with the person, not with the trip', async () => {
    const x = await fullTrip();
    await call('trips.delete', { id: x.trip.id });
    await call('people.delete', { id: x.people[1]!.id });
    await call('trash.restore', { kind: 'trip', id: x.trip.id });
    expect(deletedAt('trip_members', x.members[1]!.id)).toBe(deletedAt('people', x.people[1]!.id));
    await call('trash.restore', { kind: 'person', id: x.people[1]!.id });
    expect(deletedAt('trip_members', x.members[1]!.id)).toBeNull();
  });
});

describe('the trash list', () => {
  it('shows each entry with what comes back with it, newest first; rows deleted with their trip are not entries of their own', async () => {
    const x = await fullTrip();
    await call('learnings.remove', { id: x.learning.id });
    await call('people.delete', { id: x.people[0]!.id });
    await call('trips.delete', { id: x.trip.id });
    const list = await trash();
    expect(list.map((e) => [e.kind, e.name])).toEqual([
      ['trip', 'Studi Komparasi ke Kota Malang'],
      ['person', 'Gede Supriatna'],
      ['learning', 'Command center 112'],
    ]);
    // The lead's membership went with the person, the follow-up with the learning, the rest with the trip.
    expect(list[0]!.brings).toEqual({ members: 2, hosts: 1, agendaItems: 2, photos: 1, quotes: 1, coverage: 1 });
    expect(list[1]!.brings).toEqual({ memberships: 1 });
    expect(list[2]).toMatchObject({
      brings: { followups: 1 },
      parent: { kind: 'trip', id: x.trip.id, inTrash: true },
      waitsFor: { id: x.trip.id, name: 'Studi Komparasi ke Kota Malang' },
    });
    expect(list[0]!.deletedAt).toBeGreaterThan(list[1]!.deletedAt);
  });

  it('impact says what a deletion would take along, and what still refers to an institution', async () => {
    const x = await fullTrip();
    expect((await call<{ takes: object }>('trash.impact', { kind: 'trip', id: x.trip.id })).takes).toMatchObject({ members: 3, agendaItems: 2, learnings: 1 });
    expect(await call('trash.impact', { kind: 'person', id: x.people[0]!.id })).toEqual({ takes: { memberships: 1 }, refs: {} });
    expect(await call('trash.impact', { kind: 'institution', id: x.host.id })).toEqual({ takes: {}, refs: { trips: 1 } });
    expect(await call('trash.impact', { kind: 'learning', id: x.learning.id })).toEqual({ takes: { followups: 1 }, refs: {} });
    expect(await call('trash.impact', { kind: 'photo', id: x.photo.id })).toEqual({ takes: {}, refs: {} });
  });
});

describe('restoring', () => {
  it('a learning or photo whose trip is in the trash waits for the trip, and says so', async () => {
    const x = await fullTrip();
    await call('photos.remove', { id: x.photo.id });
    await call('trips.delete', { id: x.trip.id });
    expect(await refusal('trash.restore', { kind: 'photo', id: x.photo.id })).toMatchObject({
      code: 'CONFLICT',
      key: 'trash.errors.tripInTrash',
      params: { title: 'Studi Komparasi ke Kota Malang' },
    });
    await call('trash.restore', { kind: 'trip', id: x.trip.id });
    // The photo deleted on its own stays in the trash after its trip came back, and then comes back too.
    expect(deletedAt('photos', x.photo.id)).not.toBeNull();
    await call('trash.restore', { kind: 'photo', id: x.photo.id });
    expect(deletedAt('photos', x.photo.id)).toBeNull();
    expect(await trash()).toEqual([]);
  });

  it('refuses what is not in the trash', async () => {
    const x = await fullTrip();
    expect(await refusal('trash.restore', { kind: 'trip', id: x.trip.id })).toMatchObject({ key: 'trash.errors.notInTrash' });
    expect(await refusal('trash.purge', { kind: 'learning', id: x.learning.id })).toMatchObject({ key: 'trash.errors.notInTrash' });
    expect(await refusal('trash.purge', { kind: 'person', id: x.people[0]!.id })).toMatchObject({ key: 'trash.errors.notInTrash' });
  });
});

describe('purging', () => {
  it('removes a trip and everything of it for good; other trips, people and shared blobs stay; foreign keys hold', async () => {
    const x = await fullTrip();
    const other = await fullTrip('Studi Komparasi ke Banyuwangi');
    await call('trips.delete', { id: x.trip.id });
    const otherRows = tripRows(other.trip.id);
    expect((await dispatch('trash.purge', { kind: 'trip', id: x.trip.id })).ok).toBe(true);
    expect(count('SELECT count(*) FROM trips WHERE id = ?', x.trip.id)).toBe(0);
    expect(tripRows(x.trip.id).size).toBe(0);
    expect(tripRows(other.trip.id)).toEqual(otherRows);
    // Both trips used the same photo bytes: the other trip still needs them.
    expect(count('SELECT count(*) FROM blobs')).toBe(2);
    expect(store.db.pragma('foreign_key_check')).toEqual([]);
    // The change log keeps that the rows went, not what they held.
    expect(count(`SELECT count(*) FROM change_log WHERE table_name = 'trips' AND row_id = ? AND previous_values IS NOT NULL`, x.trip.id)).toBe(0);
    expect(count('SELECT count(*) FROM people WHERE deleted_at IS NULL')).toBe(6);
    expect(await trash()).toEqual([]);
  });

  it('a photo goes with its bytes when nothing else uses them', async () => {
    const x = await fullTrip();
    await removeAndPurge('photos.remove', 'photo', x.photo.id);
    expect(count('SELECT count(*) FROM photos')).toBe(0);
    expect(count('SELECT count(*) FROM blobs')).toBe(0);
    expect(store.db.pragma('foreign_key_check')).toEqual([]);
  });

  it('a learning goes with its follow-ups; a quote on it keeps its words without the link', async () => {
    const x = await fullTrip();
    await removeAndPurge('learnings.remove', 'learning', x.learning.id);
    expect(count('SELECT count(*) FROM learnings')).toBe(0);
    expect(count('SELECT count(*) FROM followups')).toBe(0);
    expect(count('SELECT count(*) FROM followup_history')).toBe(0);
    expect(store.db.prepare('SELECT learning_id, words FROM trip_quotes WHERE id = ?').get(x.quote.id)).toEqual({ learning_id: null, words: 'Kami belajar banyak.' });
    expect(store.db.pragma('foreign_key_check')).toEqual([]);
  });

  it('a person is erased (trips that printed documents keep what they printed) and leaves the list', async () => {
    const x = await fullTrip();
    await call('people.delete', { id: x.people[1]!.id });
    const r = await call<{ compacted: boolean }>('trash.purge', { kind: 'person', id: x.people[1]!.id });
    expect(r.compacted).toBe(true);
    expect(store.db.prepare('SELECT erased_at IS NOT NULL FROM people WHERE id = ?').pluck().get(x.people[1]!.id)).toBe(1);
    expect(await trash()).toEqual([]);
    expect(await refusal('trash.restore', { kind: 'person', id: x.people[1]!.id })).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('an institution still used is refused with who uses it; a trip with register numbers is refused', async () => {
    const x = await fullTrip();
    await call('institutions.delete', { id: x.host.id });
    expect((await trash())[0]).toMatchObject({ kind: 'institution', purgeBlock: 'inUse' });
    expect(await refusal('trash.purge', { kind: 'institution', id: x.host.id })).toMatchObject({ key: 'people.errors.institutionEraseInUse' });

    // A number in the register (as numbers.issue leaves it; the issuer is made here directly).
    const issuer = '0190b0a0-0000-7000-8000-00000000abce';
    store.db.prepare(`INSERT INTO doc_issuers (id, institution_id, level) VALUES (?, ?, 'agency')`).run(issuer, x.host.id);
    store.db
      .prepare(`INSERT INTO doc_numbers (id, trip_id, kind, issuer_id, year, seq, number) VALUES ('0190b0a0-0000-7000-8000-00000000abcd', ?, 'spt', ?, 2025, 1, '094/1/2025')`)
      .run(x.trip.id, issuer);
    await call('trips.delete', { id: x.trip.id });
    expect((await trash()).find((e) => e.kind === 'trip')).toMatchObject({ purgeBlock: 'numbered' });
    expect(await refusal('trash.purge', { kind: 'trip', id: x.trip.id })).toMatchObject({ key: 'trash.errors.purge.numbered' });
    expect(count('SELECT count(*) FROM trips')).toBe(1);
  });
});
