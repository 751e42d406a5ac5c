import { v5 as uuidv5 } from 'uuid';
import type { z } from 'zod';
import {
  defaultAgendaZone,
  type AgendaCreate,
  type AgendaItem,
  type AgendaKind,
  type agendaDuplicateDaySchema,
  type agendaRemoveManySchema,
  type agendaReorderSchema,
  type agendaShiftDaySchema,
  type agendaUpdateSchema,
  type Attendance,
} from '../../shared/agenda/schemas';
import { AppError } from '../../shared/result';
import { isTravelKind } from '../../shared/vocabulary';
import { addDays, instantToLocal, localDateOf, localToInstant, sortItems } from '../../shared/zones';
import { preparedPer, type Store } from '../db/store';
import { inLiveTrip, liveTripRow } from '../trips';
import { removeRow, restoreRow } from '../db/rows';
import { checkVersion } from '../db/versions';

/*
 * The agenda of a trip. Times are stored as UTC instants plus the IANA zone of
 * the place; inputs and outputs also carry the wall clock of the place.
 * Attendees are (item, member) rows with a UUIDv5 id: choosing the same
 * member again revives the same row. Every write is one `store.write`.
 */

/** Fixed forever: agenda_attendees.id = uuidv5("item:member", this). */
export const AGENDA_ATTENDEE_NAMESPACE = '4f3b0a52-6c1e-4d0a-9a53-2b7f1c9e8d61';

export function attendeeId(itemId: string, memberId: string): string {
  return uuidv5(`${itemId.toLowerCase()}:${memberId.toLowerCase()}`, AGENDA_ATTENDEE_NAMESPACE);
}

type In<S extends z.ZodType> = z.output<S>;

interface ItemRow {
  id: string;
  trip_id: string;
  kind: AgendaKind;
  title: string;
  start_at: number;
  start_zone: string;
  end_at: number;
  end_zone: string;
  from_place: string;
  to_place: string;
  venue_id: string | null;
  venue_name: string | null;
  venue_text: string;
  pic: string;
  attendance: Attendance;
  notes: string;
  position: number;
  created_at: number;
  updated_at: number;
  deleted_at: number | null;
}

const ITEM_COLS = `a.id, a.trip_id, a.kind, a.title, a.start_at, a.start_zone, a.end_at, a.end_zone, a.from_place, a.to_place,
  a.venue_id, v.name AS venue_name, a.venue_text, a.pic, a.attendance, a.notes, a.position, a.created_at, a.updated_at, a.deleted_at`;
const ITEM_FROM = `agenda_items a LEFT JOIN venues v ON v.id = a.venue_id AND v.deleted_at IS NULL`;

function prepare(db: Store['db']) {
  return {
    items: db.prepare(`SELECT ${ITEM_COLS} FROM ${ITEM_FROM} WHERE a.trip_id = ? AND a.deleted_at IS NULL`),
    item: db.prepare(`SELECT ${ITEM_COLS} FROM ${ITEM_FROM} WHERE a.id = ?`),
    attendeesOfTrip: db.prepare(
      `SELECT x.item_id AS itemId, x.member_id AS memberId FROM agenda_attendees x
       JOIN agenda_items a ON a.id = x.item_id JOIN trip_members m ON m.id = x.member_id
       WHERE a.trip_id = ? AND x.deleted_at IS NULL AND m.deleted_at IS NULL ORDER BY x.created_at, x.id`,
    ),
    attendeesOfItem: db.prepare(
      `SELECT x.member_id AS memberId FROM agenda_attendees x JOIN trip_members m ON m.id = x.member_id
       WHERE x.item_id = ? AND x.deleted_at IS NULL AND m.deleted_at IS NULL ORDER BY x.created_at, x.id`,
    ),
    attendeeRows: db.prepare(`SELECT id, member_id AS memberId, deleted_at AS deletedAt FROM agenda_attendees WHERE item_id = ?`),
    insertAttendee: db.prepare(
      `INSERT INTO agenda_attendees (id, item_id, member_id, created_at, updated_at) VALUES (@id, @itemId, @memberId, @now, @now)`,
    ),
    reviveAttendee: db.prepare(`UPDATE agenda_attendees SET deleted_at = NULL, updated_at = @now WHERE id = @id`),
    deleteAttendee: db.prepare(`UPDATE agenda_attendees SET deleted_at = @now, updated_at = @now WHERE id = @id`),
    liveMember: db.prepare(`SELECT 1 FROM trip_members WHERE id = ? AND trip_id = ? AND deleted_at IS NULL`),
    venue: db.prepare(
      `SELECT v.id, coalesce(i.region_code, '') AS regionCode FROM venues v LEFT JOIN institutions i ON i.id = v.institution_id
       WHERE v.id = ? AND v.trip_id = ? AND v.deleted_at IS NULL`,
    ),
    insert: db.prepare(
      `INSERT INTO agenda_items (id, trip_id, kind, title, start_at, start_zone, end_at, end_zone, from_place, to_place,
         venue_id, venue_text, pic, attendance, notes, position, created_at, updated_at)
       VALUES (@id, @tripId, @kind, @title, @startAt, @startZone, @endAt, @endZone, @fromPlace, @toPlace,
         @venueId, @venueText, @pic, @attendance, @notes, @position, @now, @now)`,
    ),
    update: db.prepare(
      `UPDATE agenda_items SET kind = @kind, title = @title, start_at = @startAt, start_zone = @startZone, end_at = @endAt,
         end_zone = @endZone, from_place = @fromPlace, to_place = @toPlace, venue_id = @venueId, venue_text = @venueText,
         pic = @pic, attendance = @attendance, notes = @notes, position = @position, updated_at = @now
       WHERE id = @id`,
    ),
    setTimes: db.prepare(`UPDATE agenda_items SET start_at = @startAt, end_at = @endAt, position = @position, updated_at = @now WHERE id = @id`),
    setPosition: db.prepare(`UPDATE agenda_items SET position = @position, updated_at = @now WHERE id = @id`),
    remove: db.prepare(`UPDATE agenda_items SET deleted_at = @now, updated_at = @now WHERE id = @id`),
    revive: db.prepare(`UPDATE agenda_items SET deleted_at = NULL, updated_at = @now WHERE id = @id`),
    sameStart: db.prepare(
      `SELECT id, position FROM agenda_items WHERE trip_id = ? AND start_at = ? AND deleted_at IS NULL ORDER BY position, created_at, id`,
    ),
    maxPositionAt: db
      .prepare(`SELECT max(position) FROM agenda_items WHERE trip_id = ? AND start_at = ? AND deleted_at IS NULL AND id <> ?`)
      .pluck(),
  };
}
const stmts = preparedPer(prepare);

const toItem = (r: ItemRow, memberIds: string[]): AgendaItem => ({
  id: r.id,
  tripId: r.trip_id,
  kind: r.kind,
  title: r.title,
  startAt: r.start_at,
  startZone: r.start_zone,
  endAt: r.end_at,
  endZone: r.end_zone,
  startLocal: instantToLocal(r.start_at, r.start_zone),
  endLocal: instantToLocal(r.end_at, r.end_zone),
  fromPlace: r.from_place,
  toPlace: r.to_place,
  venueId: r.venue_id,
  venueName: r.venue_name ?? '',
  venueText: r.venue_text,
  pic: r.pic,
  attendance: r.attendance,
  memberIds: r.attendance === 'chosen' ? memberIds : [],
  notes: r.notes,
  position: r.position,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

// ——— Checks ———


function itemRow(store: Store, id: string, live = true): ItemRow {
  const row = stmts(store.db).item.get(id) as ItemRow | undefined;
  if (!row || (live && row.deleted_at !== null)) {
    throw new AppError('NOT_FOUND', `Agenda item ${id} does not exist or was removed`, { field: 'id', key: 'agenda.errors.notFound' });
  }
  return row;
}

function itemOut(store: Store, id: string): AgendaItem {
  const row = itemRow(store, id, false);
  const ids = (stmts(store.db).attendeesOfItem.all(id) as Array<{ memberId: string }>).map((r) => r.memberId);
  return toItem(row, ids);
}

// ——— Reads ———

export function listAgenda(store: Store, tripId: string): AgendaItem[] {
  liveTripRow(store, tripId, 'tripId');
  const s = stmts(store.db);
  const byItem = new Map<string, string[]>();
  for (const a of s.attendeesOfTrip.all(tripId) as Array<{ itemId: string; memberId: string }>) {
    const list = byItem.get(a.itemId);
    if (list) list.push(a.memberId);
    else byItem.set(a.itemId, [a.memberId]);
  }
  const items = (s.items.all(tripId) as ItemRow[]).map((r) => toItem(r, byItem.get(r.id) ?? []));
  return sortItems(items);
}

// ——— Writes ———

/** The complete values of an item, as the wall clock of the place. */
interface Values {
  kind: AgendaKind;
  title: string;
  startLocal: string;
  startZone?: string | undefined;
  endLocal: string;
  endZone?: string | undefined;
  fromPlace: string;
  toPlace: string;
  venueId: string | null;
  venueText: string;
  pic: string;
  attendance: Attendance;
  memberIds: string[];
  notes: string;
}

/** Checks references and times; returns the row values. Throws VALIDATION naming the field. */
function resolve(store: Store, tripId: string, v: Values) {
  const s = stmts(store.db);
  const trip = liveTripRow(store, tripId, 'tripId');
  let venueRegion: string | null = null;
  if (v.venueId !== null) {
    const venue = s.venue.get(v.venueId, tripId) as { id: string; regionCode: string } | undefined;
    if (!venue) throw new AppError('VALIDATION', `Venue ${v.venueId} is not a venue of this trip`, { field: 'venueId', key: 'agenda.errors.venueNotFound' });
    venueRegion = venue.regionCode || null;
  }
  // The default zone is applied here, in the service, so every client gets the same answer.
  const startZone = v.startZone ?? defaultAgendaZone(JSON.parse(trip.host_region_codes) as string[], venueRegion);
  const endZone = isTravelKind(v.kind) ? (v.endZone ?? startZone) : startZone;
  if (!isTravelKind(v.kind) && v.endZone !== undefined && v.endZone !== startZone) {
    throw new AppError('VALIDATION', 'Only a travel leg may end in another zone', { field: 'endZone', key: 'agenda.errors.zoneMismatch' });
  }
  const startAt = localToInstant(v.startLocal, startZone);
  const endAt = localToInstant(v.endLocal, endZone);
  if (endAt < startAt) {
    const key = isTravelKind(v.kind) ? 'agenda.errors.arrivalBeforeDeparture' : 'agenda.errors.endBeforeStart';
    throw new AppError('VALIDATION', 'The end is before the start', { field: 'endLocal', key });
  }
  const memberIds = v.attendance === 'chosen' ? [...new Set(v.memberIds)] : [];
  if (v.attendance === 'chosen' && memberIds.length === 0) {
    throw new AppError('VALIDATION', 'Choose at least one member', { field: 'memberIds', key: 'agenda.errors.noMembers' });
  }
  for (const m of memberIds) {
    if (!s.liveMember.get(m, tripId)) {
      throw new AppError('VALIDATION', `Member ${m} is not in this trip`, { field: 'memberIds', key: 'agenda.errors.memberNotFound' });
    }
  }
  return {
    kind: v.kind,
    title: v.title,
    startAt,
    startZone,
    endAt,
    endZone,
    fromPlace: isTravelKind(v.kind) ? v.fromPlace : '',
    toPlace: isTravelKind(v.kind) ? v.toPlace : '',
    venueId: v.venueId,
    venueText: v.venueId ? '' : v.venueText,
    pic: v.pic,
    attendance: v.attendance,
    notes: v.notes,
    memberIds,
  };
}

function setAttendees(store: Store, itemId: string, memberIds: readonly string[], now: number): void {
  const s = stmts(store.db);
  const want = new Set(memberIds);
  const rows = s.attendeeRows.all(itemId) as Array<{ id: string; memberId: string; deletedAt: number | null }>;
  const have = new Map(rows.map((r) => [r.memberId, r]));
  for (const r of rows) if (!want.has(r.memberId) && r.deletedAt === null) s.deleteAttendee.run({ id: r.id, now });
  for (const m of memberIds) {
    const r = have.get(m);
    if (!r) s.insertAttendee.run({ id: attendeeId(itemId, m), itemId, memberId: m, now });
    else if (r.deletedAt !== null) s.reviveAttendee.run({ id: r.id, now });
  }
}

function nextPosition(store: Store, tripId: string, startAt: number, exceptId: string): number {
  const max = stmts(store.db).maxPositionAt.get(tripId, startAt, exceptId) as number | null;
  return max === null ? 0 : Math.floor(max) + 1;
}

export function createAgendaItem(store: Store, input: AgendaCreate): AgendaItem {
  return store.write(() => {
    const r = resolve(store, input.tripId, input);
    const id = store.newId();
    const now = store.now();
    stmts(store.db).insert.run({ ...r, id, tripId: input.tripId, position: nextPosition(store, input.tripId, r.startAt, id), now });
    setAttendees(store, id, r.memberIds, now);
    return itemOut(store, id);
  });
}

export function updateAgendaItem(store: Store, input: In<typeof agendaUpdateSchema>): AgendaItem {
  return store.write(() => {
    checkVersion(store, 'agenda_items', input.id, input.expectedUpdatedAt);
    const row = itemRow(store, input.id);
    const p = input.patch;
    const current = itemOut(store, input.id);
    const kind = p.kind ?? row.kind;
    const startZone = p.startZone ?? row.start_zone;
    const v: Values = {
      kind,
      title: p.title ?? row.title,
      startLocal: p.startLocal ?? current.startLocal,
      startZone,
      endLocal: p.endLocal ?? current.endLocal,
      // A non-travel item ends where it starts; a travel leg keeps its arrival zone unless given.
      endZone: isTravelKind(kind) ? (p.endZone ?? row.end_zone) : (p.endZone ?? startZone),
      fromPlace: p.fromPlace ?? row.from_place,
      toPlace: p.toPlace ?? row.to_place,
      venueId: p.venueId !== undefined ? p.venueId : row.venue_id,
      venueText: p.venueText ?? row.venue_text,
      pic: p.pic ?? row.pic,
      attendance: p.attendance ?? row.attendance,
      memberIds: p.memberIds ?? current.memberIds,
      notes: p.notes ?? row.notes,
    };
    const r = resolve(store, row.trip_id, v);
    const now = store.now();
    const position = r.startAt === row.start_at ? row.position : nextPosition(store, row.trip_id, r.startAt, row.id);
    stmts(store.db).update.run({ ...r, id: row.id, position, now });
    setAttendees(store, row.id, r.memberIds, now);
    return itemOut(store, row.id);
  });
}

export function removeAgendaItem(store: Store, id: string): { id: string } {
  return removeRow(store, id, (s, i) => inLiveTrip(s, itemRow(s, i)), (now) => stmts(store.db).remove.run({ id, now }));
}

/** Marks several live items of one trip deleted, all in one transaction: one bad id and nothing changes. */
export function removeAgendaItems(store: Store, input: In<typeof agendaRemoveManySchema>): { ids: string[] } {
  return store.write(() => {
    liveTripRow(store, input.tripId, 'tripId');
    const ids = [...new Set(input.ids)];
    const s = stmts(store.db);
    for (const id of ids) {
      const row = s.item.get(id) as ItemRow | undefined;
      if (!row || row.deleted_at !== null || row.trip_id !== input.tripId) {
        throw new AppError('NOT_FOUND', `Agenda item ${id} is not a live item of this trip`, { field: 'ids', key: 'agenda.errors.notFound' });
      }
    }
    const now = store.now();
    for (const id of ids) s.remove.run({ id, now });
    return { ids };
  });
}

export function restoreAgendaItem(store: Store, id: string): AgendaItem {
  const revive = (now: number) => stmts(store.db).revive.run({ id, now });
  return restoreRow(store, () => inLiveTrip(store, itemRow(store, id, false)), revive, () => itemOut(store, id));
}

/** Items starting on that local date of their place. */
function itemsOfDay(store: Store, tripId: string, date: string): ItemRow[] {
  return (stmts(store.db).items.all(tripId) as ItemRow[]).filter((r) => localDateOf(r.start_at, r.start_zone) === date);
}

/** Same wall clock, `days` later, in the same zone (no fixed 24 h: derived from the zone). */
function moveLocal(instant: number, zone: string, days: number): number {
  const local = instantToLocal(instant, zone);
  return localToInstant(`${addDays(local.slice(0, 10), days)}${local.slice(10)}`, zone);
}

export function shiftAgendaDay(store: Store, input: In<typeof agendaShiftDaySchema>): AgendaItem[] {
  return store.write(() => {
    liveTripRow(store, input.tripId, 'tripId');
    const ofDay = itemsOfDay(store, input.tripId, input.date);
    let rows = ofDay;
    if (input.itemIds) {
      const byId = new Map(ofDay.map((r) => [r.id, r]));
      const missing = input.itemIds.find((id) => !byId.has(id));
      if (missing !== undefined) {
        throw new AppError('VALIDATION', `Agenda item ${missing} is not a live item of this trip on ${input.date}`, {
          field: 'itemIds',
          key: 'agenda.errors.notOnDay',
        });
      }
      rows = [...new Set(input.itemIds)].map((id) => byId.get(id) as ItemRow);
    }
    if (rows.length === 0) throw new AppError('VALIDATION', `No items on ${input.date}`, { field: 'date', key: 'agenda.errors.emptyDay' });
    const now = store.now();
    for (const r of rows) {
      stmts(store.db).setTimes.run({
        id: r.id,
        startAt: moveLocal(r.start_at, r.start_zone, input.days),
        endAt: moveLocal(r.end_at, r.end_zone, input.days),
        position: r.position,
        now,
      });
    }
    return listAgenda(store, input.tripId);
  });
}

export function duplicateAgendaDay(store: Store, input: In<typeof agendaDuplicateDaySchema>): AgendaItem[] {
  return store.write(() => {
    liveTripRow(store, input.tripId, 'tripId');
    if (input.toDate === input.date) throw new AppError('VALIDATION', 'Same day', { field: 'toDate', key: 'agenda.errors.sameDay' });
    const rows = itemsOfDay(store, input.tripId, input.date);
    if (rows.length === 0) throw new AppError('VALIDATION', `No items on ${input.date}`, { field: 'date', key: 'agenda.errors.emptyDay' });
    const s = stmts(store.db);
    const now = store.now();
    const days = Math.round((Date.parse(`${input.toDate}T00:00:00Z`) - Date.parse(`${input.date}T00:00:00Z`)) / 86_400_000);
    for (const r of rows) {
      const id = store.newId();
      const startAt = moveLocal(r.start_at, r.start_zone, days);
      s.insert.run({
        id,
        tripId: r.trip_id,
        kind: r.kind,
        title: r.title,
        startAt,
        startZone: r.start_zone,
        endAt: moveLocal(r.end_at, r.end_zone, days),
        endZone: r.end_zone,
        fromPlace: r.from_place,
        toPlace: r.to_place,
        venueId: r.venue_id,
        venueText: r.venue_text,
        pic: r.pic,
        attendance: r.attendance,
        notes: r.notes,
        position: nextPosition(store, r.trip_id, startAt, id),
        now,
      });
      const members = (s.attendeesOfItem.all(r.id) as Array<{ memberId: string }>).map((a) => a.memberId);
      if (r.attendance === 'chosen') setAttendees(store, id, members, now);
    }
    return listAgenda(store, input.tripId);
  });
}

export function reorderAgendaItem(store: Store, input: In<typeof agendaReorderSchema>): AgendaItem[] {
  return store.write(() => {
    const row = itemRow(store, input.id);
    liveTripRow(store, row.trip_id);
    const s = stmts(store.db);
    const siblings = (s.sameStart.all(row.trip_id, row.start_at) as Array<{ id: string }>).map((r) => r.id);
    if (input.position >= siblings.length) {
      throw new AppError('VALIDATION', `Position ${input.position} is out of range`, { field: 'position', key: 'agenda.errors.position' });
    }
    const order = siblings.filter((x) => x !== row.id);
    order.splice(input.position, 0, row.id);
    const now = store.now();
    order.forEach((id, i) => s.setPosition.run({ id, position: i, now }));
    return listAgenda(store, row.trip_id);
  });
}
