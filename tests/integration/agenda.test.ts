import { describe, expect, it } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import {
  attendeeId,
  createAgendaItem,
  duplicateAgendaDay,
  listAgenda,
  removeAgendaItem,
  removeAgendaItems,
  reorderAgendaItem,
  restoreAgendaItem,
  shiftAgendaDay,
  updateAgendaItem,
} from '../../main/agenda/service';
import { addMember, createVenue } from '../../main/delegation';
import { createTrip } from '../../main/trips/service';
import { agendaCreateSchema, agendaUpdateSchema, type AgendaCreateInput } from '../../shared/agenda/schemas';
import { formatSpan } from '../../shared/zones';
import { testDispatcher, useTempStore } from '../helpers/db';

const { store } = useTempStore();

function institution(name: string, regionCode: string): string {
  const id = uuidv7();
  store.db
    .prepare(`INSERT INTO institutions (id, kind, name, region_code, created_at, updated_at) VALUES (?, 'host', ?, ?, 1, 1)`)
    .run(id, name, regionCode);
  return id;
}
function person(name: string): string {
  const id = uuidv7();
  store.db.prepare(`INSERT INTO people (id, name, created_at, updated_at) VALUES (?, ?, 1, 1)`).run(id, name);
  return id;
}

/** Through the contract's schema, as the dispatcher would. */
const create = (input: Omit<AgendaCreateInput, 'tripId'> & { tripId?: string }, tripId: string) =>
  createAgendaItem(store, agendaCreateSchema.parse({ tripId, ...input }));
const update = (id: string, patch: Record<string, unknown>) => updateAgendaItem(store, agendaUpdateSchema.parse({ id, patch }));

function malangTrip() {
  return createTrip(store, {
    title: 'Studi Komparasi Command Center ke Kota Malang',
    startDate: '2025-04-24',
    endDate: '2025-04-25',
    hostRegionCodes: ['35.73'],
  });
}

const snapshot = () => ({
  log: store.db.prepare('SELECT count(*) FROM change_log').pluck().get(),
  items: store.db.prepare('SELECT * FROM agenda_items ORDER BY id').all(),
  attendees: store.db.prepare('SELECT * FROM agenda_attendees ORDER BY id').all(),
});

describe('agenda items', () => {
  it('stores a travel leg across zones and gives back the wall clock of each place', () => {
    const trip = malangTrip();
    const leg = create(
      {
        kind: 'travel',
        title: 'Berangkat ke Malang',
        startLocal: '2025-04-24T05:00',
        startZone: 'Asia/Makassar',
        endLocal: '2025-04-24T10:15',
        endZone: 'Asia/Jakarta',
        fromPlace: 'Singaraja',
        toPlace: 'Malang',
      },
      trip.id,
    );
    expect(new Date(leg.startAt).toISOString()).toBe('2025-04-23T21:00:00.000Z');
    expect(new Date(leg.endAt).toISOString()).toBe('2025-04-24T03:15:00.000Z');
    expect(leg).toMatchObject({ startLocal: '2025-04-24T05:00', endLocal: '2025-04-24T10:15', fromPlace: 'Singaraja', toPlace: 'Malang' });
    expect(formatSpan(leg.startAt, leg.startZone, leg.endAt, leg.endZone)).toBe('05.00 WITA – 10.15 WIB');
    const row = store.db.prepare('SELECT start_zone, end_zone FROM agenda_items WHERE id = ?').get(leg.id);
    expect(row).toEqual({ start_zone: 'Asia/Makassar', end_zone: 'Asia/Jakarta' });
  });

  it('defaults the zone to the venue host region, else the trip first host region', () => {
    const trip = malangTrip();
    const noVenue = create({ kind: 'presentation', title: 'Paparan', startLocal: '2025-04-24T09:00', endLocal: '2025-04-24T10:00' }, trip.id);
    expect(noVenue.startZone).toBe('Asia/Jakarta');
    const pemkabBuleleng = institution('Pemkab Buleleng', '51.08');
    const venue = createVenue(store, { tripId: trip.id, institutionId: pemkabBuleleng, name: 'Ruang Rapat Kominfosanti', address: '' });
    const home = create(
      { kind: 'discussion', title: 'Rapat persiapan', startLocal: '2025-04-23T14:00', endLocal: '2025-04-23T15:00', venueId: venue.id },
      trip.id,
    );
    expect(home.startZone).toBe('Asia/Makassar');
    expect(home.venueName).toBe('Ruang Rapat Kominfosanti');
    const bare = createTrip(store, { title: 'Tanpa tuan rumah', startDate: '2025-04-24', endDate: '2025-04-24' });
    expect(create({ title: 'X', startLocal: '2025-04-24T09:00', endLocal: '2025-04-24T10:00' }, bare.id).startZone).toBe('Asia/Jakarta');
  });

  it('refuses an end before the start with the field, writing nothing', () => {
    const trip = malangTrip();
    const before = snapshot();
    expect(() => create({ title: 'Paparan', startLocal: '2025-04-24T11:00', endLocal: '2025-04-24T09:00' }, trip.id)).toThrowError(
      expect.objectContaining({ code: 'VALIDATION', field: 'endLocal', key: 'agenda.errors.endBeforeStart' }),
    );
    // 10.00 WITA → 09.30 WIB is 02.00 → 02.30 UTC: fine. 10.00 WIB → 10.30 WITA is not.
    expect(() =>
      create(
        { kind: 'travel', title: 'Pulang', startLocal: '2025-04-24T10:00', startZone: 'Asia/Jakarta', endLocal: '2025-04-24T10:30', endZone: 'Asia/Makassar' },
        trip.id,
      ),
    ).toThrowError(expect.objectContaining({ field: 'endLocal', key: 'agenda.errors.arrivalBeforeDeparture' }));
    expect(() =>
      create({ title: 'Paparan', startLocal: '2025-04-24T09:00', startZone: 'Asia/Jakarta', endLocal: '2025-04-24T10:00', endZone: 'Asia/Makassar' }, trip.id),
    ).toThrowError(expect.objectContaining({ field: 'endZone' }));
    expect(snapshot()).toEqual(before);
  });

  it('keeps chosen attendees as pair rows, and changes them in place', () => {
    const trip = malangTrip();
    const a = addMember(store, { tripId: trip.id, personId: person('Gede Supriatna'), role: 'lead' });
    const b = addMember(store, { tripId: trip.id, personId: person('Ketut Suwarmawan'), role: 'member' });
    const item = create(
      { kind: 'discussion', title: 'Diskusi', startLocal: '2025-04-24T13:00', endLocal: '2025-04-24T14:00', attendance: 'chosen', memberIds: [a.id, b.id] },
      trip.id,
    );
    expect(item.memberIds.sort()).toEqual([a.id, b.id].sort());
    const ids = store.db.prepare('SELECT id FROM agenda_attendees WHERE item_id = ? ORDER BY id').pluck().all(item.id);
    expect(ids).toEqual([attendeeId(item.id, a.id), attendeeId(item.id, b.id)].sort());
    const changed = update(item.id, { memberIds: [b.id] });
    expect(changed.memberIds).toEqual([b.id]);
    expect(update(item.id, { memberIds: [a.id, b.id] }).memberIds.length).toBe(2);
    // Reviving reuses the row: still two rows for two members.
    expect(store.db.prepare('SELECT count(*) FROM agenda_attendees WHERE item_id = ?').pluck().get(item.id)).toBe(2);
    expect(() => update(item.id, { memberIds: [uuidv7()] })).toThrowError(expect.objectContaining({ field: 'memberIds' }));
    expect(() => update(item.id, { memberIds: [] })).toThrowError(expect.objectContaining({ field: 'memberIds', key: 'agenda.errors.noMembers' }));
    expect(update(item.id, { attendance: 'all' }).memberIds).toEqual([]);
  });

  it('updates by patch keeping the zone, and refuses an end before start with the field', () => {
    const trip = malangTrip();
    const item = create({ title: 'Paparan', startLocal: '2025-04-24T09:00', startZone: 'Asia/Jakarta', endLocal: '2025-04-24T10:00' }, trip.id);
    const moved = update(item.id, { startLocal: '2025-04-24T09:30', endLocal: '2025-04-24T11:00' });
    expect(moved).toMatchObject({ startLocal: '2025-04-24T09:30', endLocal: '2025-04-24T11:00', startZone: 'Asia/Jakarta' });
    expect(() => update(item.id, { endLocal: '2025-04-24T08:00' })).toThrowError(
      expect.objectContaining({ code: 'VALIDATION', field: 'endLocal', key: 'agenda.errors.endBeforeStart' }),
    );
  });

  it('removes and restores, logging both', () => {
    const trip = malangTrip();
    const item = create({ title: 'Jamuan', kind: 'meal', startLocal: '2025-04-24T12:00', endLocal: '2025-04-24T13:00' }, trip.id);
    removeAgendaItem(store, item.id);
    expect(listAgenda(store, trip.id)).toEqual([]);
    expect(() => removeAgendaItem(store, item.id)).toThrowError(expect.objectContaining({ code: 'NOT_FOUND' }));
    expect(restoreAgendaItem(store, item.id).title).toBe('Jamuan');
    expect(listAgenda(store, trip.id).map((i) => i.id)).toEqual([item.id]);
    const ops = store.db.prepare(`SELECT op FROM change_log WHERE row_id = ? ORDER BY seq`).pluck().all(item.id);
    expect(ops).toEqual(['PUT', 'DELETE', 'PATCH']);
  });
});

describe('days', () => {
  function morning(tripId: string) {
    const leg = create(
      { kind: 'travel', title: 'Berangkat', startLocal: '2025-04-24T05:00', startZone: 'Asia/Makassar', endLocal: '2025-04-24T10:15', endZone: 'Asia/Jakarta' },
      tripId,
    );
    const reception = create({ kind: 'welcome', title: 'Penyambutan', startLocal: '2025-04-24T10:30', endLocal: '2025-04-24T11:00' }, tripId);
    const nextDay = create({ kind: 'site_visit', title: 'Kayutangan', startLocal: '2025-04-25T08:00', endLocal: '2025-04-25T10:00' }, tripId);
    return { leg, reception, nextDay };
  }

  it('shifts every item of a local day, keeping wall-clock times', () => {
    const trip = malangTrip();
    const { leg, reception, nextDay } = morning(trip.id);
    const after = shiftAgendaDay(store, { tripId: trip.id, date: '2025-04-24', days: 1 });
    const byId = new Map(after.map((i) => [i.id, i]));
    expect(byId.get(leg.id)).toMatchObject({ startLocal: '2025-04-25T05:00', endLocal: '2025-04-25T10:15', startZone: 'Asia/Makassar' });
    expect(byId.get(reception.id)?.startLocal).toBe('2025-04-25T10:30');
    expect(byId.get(nextDay.id)?.startLocal).toBe('2025-04-25T08:00');
    shiftAgendaDay(store, { tripId: trip.id, date: '2025-04-25', days: -1 });
    expect(listAgenda(store, trip.id).every((i) => i.startLocal.startsWith('2025-04-24'))).toBe(true);
    expect(() => shiftAgendaDay(store, { tripId: trip.id, date: '2025-05-01', days: 1 })).toThrowError(expect.objectContaining({ field: 'date' }));
  });

  it('duplicates a day with attendees', () => {
    const trip = malangTrip();
    const m = addMember(store, { tripId: trip.id, personId: person('Gede Supriatna'), role: 'lead' });
    morning(trip.id);
    create(
      { title: 'Wawancara', startLocal: '2025-04-24T14:00', endLocal: '2025-04-24T15:00', attendance: 'chosen', memberIds: [m.id] },
      trip.id,
    );
    const all = duplicateAgendaDay(store, { tripId: trip.id, date: '2025-04-24', toDate: '2025-04-26' });
    const copies = all.filter((i) => i.startLocal.startsWith('2025-04-26'));
    expect(copies.map((i) => i.startLocal)).toEqual(['2025-04-26T05:00', '2025-04-26T10:30', '2025-04-26T14:00']);
    expect(copies[0]?.endLocal).toBe('2025-04-26T10:15');
    expect(copies[2]?.memberIds).toEqual([m.id]);
    expect(all).toHaveLength(7);
  });

  it('shifts only the given items of a day, so a shift onto a busy day can be undone exactly', () => {
    const trip = malangTrip();
    const { leg, reception, nextDay } = morning(trip.id);
    shiftAgendaDay(store, { tripId: trip.id, date: '2025-04-24', days: 1 });
    // The undo: back by one day, only what moved; Kayutangan was on the 25th already and stays.
    const before = snapshot();
    expect(() =>
      shiftAgendaDay(store, { tripId: trip.id, date: '2025-04-25', days: -1, itemIds: [leg.id, reception.id, uuidv7()] }),
    ).toThrowError(expect.objectContaining({ code: 'VALIDATION', field: 'itemIds' }));
    expect(snapshot()).toEqual(before);
    shiftAgendaDay(store, { tripId: trip.id, date: '2025-04-25', days: -1, itemIds: [leg.id, reception.id] });
    const byId = new Map(listAgenda(store, trip.id).map((i) => [i.id, i]));
    expect(byId.get(leg.id)).toMatchObject({ startLocal: '2025-04-24T05:00', endLocal: '2025-04-24T10:15', startZone: 'Asia/Makassar', endZone: 'Asia/Jakarta' });
    expect(byId.get(leg.id)?.startAt).toBe(leg.startAt);
    expect(byId.get(reception.id)?.startAt).toBe(reception.startAt);
    expect(byId.get(nextDay.id)?.startLocal).toBe('2025-04-25T08:00');
  });

  it('removes several items of a trip in one transaction, or none when one id is wrong', async () => {
    const trip = malangTrip();
    const other = createTrip(store, { title: 'Kunker ke Mataram', startDate: '2025-05-02', endDate: '2025-05-02' });
    const { leg, reception, nextDay } = morning(trip.id);
    const foreign = create({ title: 'Di Mataram', startLocal: '2025-05-02T09:00', endLocal: '2025-05-02T10:00' }, other.id);
    const before = snapshot();
    for (const ids of [[leg.id, foreign.id], [leg.id, uuidv7()]]) {
      expect(() => removeAgendaItems(store, { tripId: trip.id, ids })).toThrowError(expect.objectContaining({ field: 'ids', key: 'agenda.errors.notFound' }));
    }
    expect(snapshot()).toEqual(before);

    const logBefore = before.log as number;
    expect(removeAgendaItems(store, { tripId: trip.id, ids: [leg.id, reception.id, leg.id] })).toEqual({ ids: [leg.id, reception.id] });
    expect(listAgenda(store, trip.id).map((i) => i.id)).toEqual([nextDay.id]);
    // One DELETE logged per item, nothing else.
    const ops = store.db.prepare(`SELECT op FROM change_log WHERE seq > ? AND table_name = 'agenda_items' ORDER BY seq`).pluck().all(logBefore);
    expect(ops).toEqual(['DELETE', 'DELETE']);
    // Removed ones are removed: a second time names the field.
    expect(() => removeAgendaItems(store, { tripId: trip.id, ids: [leg.id] })).toThrowError(expect.objectContaining({ field: 'ids' }));
    expect(restoreAgendaItem(store, leg.id).title).toBe('Berangkat');

    const dispatch = testDispatcher(store);
    expect(await dispatch('agenda.removeMany', { tripId: trip.id, ids: [] })).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'ids' } });
    expect(await dispatch('agenda.removeMany', { tripId: trip.id, ids: [reception.id, foreign.id] })).toMatchObject({ ok: false, error: { field: 'ids' } });
    expect(await dispatch('agenda.removeMany', { tripId: trip.id, ids: [leg.id] })).toMatchObject({ ok: true, value: { ids: [leg.id] } });
  });

  it('reorders items at the same start', () => {
    const trip = malangTrip();
    const a = create({ title: 'A', startLocal: '2025-04-24T09:00', endLocal: '2025-04-24T10:00' }, trip.id);
    const b = create({ title: 'B', startLocal: '2025-04-24T09:00', endLocal: '2025-04-24T09:30' }, trip.id);
    const c = create({ title: 'C', startLocal: '2025-04-24T09:00', endLocal: '2025-04-24T09:45' }, trip.id);
    expect(listAgenda(store, trip.id).map((i) => i.title)).toEqual(['A', 'B', 'C']);
    expect(reorderAgendaItem(store, { id: c.id, position: 0 }).map((i) => i.title)).toEqual(['C', 'A', 'B']);
    expect(reorderAgendaItem(store, { id: c.id, position: 2 }).map((i) => i.title)).toEqual(['A', 'B', 'C']);
    expect(() => reorderAgendaItem(store, { id: a.id, position: 3 })).toThrowError(expect.objectContaining({ field: 'position' }));
    expect(b.id).toBeTruthy();
  });
});
