import type { z } from 'zod';
import {
  HOST_ROLES,
  kindForRole,
  MAX_MEMBERS_PER_TRIP,
  type hostAddSchema,
  type hostPersonAddSchema,
  type hostPersonUpdateSchema,
  type memberAddNewSchema,
  type memberAddSchema,
  type memberReorderSchema,
  type memberUpdateSchema,
  type venueCreateSchema,
  type venueUpdateSchema,
  type HostRole,
  type Member,
  type MemberRole,
  type TripDetail,
  type TripHost,
  type TripHostPerson,
  type Venue,
  type DirectoryChange,
  type refreshSchema,
} from '../../shared/domain/delegation';
import type { Institution, InstitutionKind } from '../../shared/domain/institution';
import type { Employment, PersonKind, PersonRow } from '../../shared/domain/person';
import type { Trip } from '../../shared/domain/trip';
import { duplicateNips, memberWarnings, orderMembers, type OtherTrip } from '../../shared/protocol';
import { AppError } from '../../shared/result';
import { hostId, hostPersonId, memberId } from '../db/ids';
import { preparedPer, type Store } from '../db/store';
import { insertPerson } from './people';
import { SNAPSHOT_SQL } from '../db/migrations/v7-issuers';
import { insertTrip, liveTripRow, stripUndefined, toTrip } from './trips';

/*
 * The delegation, the hosts and the venues of a trip.
 *
 * A person in a trip and an institution hosting it are rows whose id comes
 * from the pair (main/db/ids.ts): removing marks the row deleted, adding the
 * same pair again revives that same row. Venues are plain rows.
 * Removing a host marks, with the host's own timestamp, its people on the
 * trip and its venues; adding the host again revives exactly those.
 * Every write is one `store.write`: a failure anywhere writes nothing.
 */

type In<S extends z.ZodType> = z.output<S>;

// ——— Rows and mappers ———

const PERSON_COLS = `p.kind AS p_kind, p.title_prefix AS p_title_prefix, p.name AS p_name, p.title_suffix AS p_title_suffix,
  p.employment AS p_employment, p.nip AS p_nip, p.golongan AS p_golongan, p.jabatan AS p_jabatan, p.unit AS p_unit,
  p.eselon AS p_eselon, p.travel_level AS p_travel_level, p.phone AS p_phone, p.email AS p_email,
  p.institution_id AS p_institution_id, p.media_type AS p_media_type, p.press_card AS p_press_card, p.notes AS p_notes,
  p.created_at AS p_created_at, p.updated_at AS p_updated_at, p.erased_at AS p_erased_at, coalesce(pi.name, '') AS p_institution_name`;
const PERSON_JOIN = `JOIN people p ON p.id = x.person_id LEFT JOIN institutions pi ON pi.id = p.institution_id`;

interface PersonCols {
  person_id: string;
  p_kind: PersonRow['kind'];
  p_title_prefix: string;
  p_name: string;
  p_title_suffix: string;
  p_employment: Employment;
  p_nip: string;
  p_golongan: string;
  p_jabatan: string;
  p_unit: string;
  p_eselon: string;
  p_travel_level: string;
  p_phone: string;
  p_email: string;
  p_institution_id: string | null;
  p_media_type: string;
  p_press_card: string;
  p_notes: string;
  p_created_at: number;
  p_updated_at: number;
  /** Erased for good ("Hapus permanen"): the trip's snapshot is all there is; nothing to refresh from. */
  p_erased_at: number | null;
  p_institution_name: string;
}

const toPerson = (r: PersonCols): PersonRow => ({
  id: r.person_id,
  kind: r.p_kind,
  titlePrefix: r.p_title_prefix,
  name: r.p_name,
  titleSuffix: r.p_title_suffix,
  employment: r.p_employment,
  nip: r.p_nip,
  golongan: r.p_golongan,
  jabatan: r.p_jabatan,
  unit: r.p_unit,
  eselon: r.p_eselon,
  travelLevel: r.p_travel_level,
  phone: r.p_phone,
  email: r.p_email,
  institutionId: r.p_institution_id,
  mediaType: r.p_media_type,
  pressCard: r.p_press_card,
  notes: r.p_notes,
  institutionName: r.p_institution_name,
  createdAt: r.p_created_at,
  updatedAt: r.p_updated_at,
});

interface MemberDbRow extends PersonCols {
  snapshot: string;
  snapshot_prev: string;
  id: string;
  trip_id: string;
  role: MemberRole;
  position: number | null;
  transport_mode: string;
  carrier: string;
  transport_number: string;
  seat: string;
  hotel: string;
  room: string;
  roommate_person_id: string | null;
  needs: string;
  created_at: number;
  updated_at: number;
  deleted_at: number | null;
}

const MEMBER_COLS = `x.id, x.trip_id, x.person_id, x.role, x.position, x.transport_mode, x.carrier, x.transport_number,
  x.seat, x.hotel, x.room, x.roommate_person_id, x.needs, x.snapshot, x.snapshot_prev, x.created_at, x.updated_at, x.deleted_at`;

/** The printed fields of a person a trip keeps (migration 7's SNAPSHOT_SQL writes the same keys). */
const SNAPSHOT_FIELDS = [
  'titlePrefix', 'name', 'titleSuffix', 'employment', 'nip', 'golongan', 'jabatan', 'unit', 'eselon', 'institutionName', 'mediaType', 'pressCard',
] as const satisfies ReadonlyArray<keyof PersonRow>;

/**
 * The person as the trip keeps them: the directory row with the printed
 * fields from the trip's snapshot, and the fields where the directory now
 * says something else.
 */
function asKept(dir: PersonRow, snapshot: string, erased = false): { person: PersonRow; changes: DirectoryChange[] } {
  let kept: Record<string, unknown> | null = null;
  try {
    const v = snapshot ? (JSON.parse(snapshot) as unknown) : null;
    kept = v && typeof v === 'object' ? (v as Record<string, unknown>) : null;
  } catch {
    kept = null;
  }
  if (!kept) return { person: dir, changes: [] };
  const person: PersonRow = { ...dir };
  const changes: DirectoryChange[] = [];
  for (const f of SNAPSHOT_FIELDS) {
    const v = kept[f];
    if (typeof v !== 'string') continue;
    (person as unknown as Record<string, string>)[f] = v;
    if (v !== dir[f] && !erased) changes.push({ field: f, trip: v, directory: dir[f] });
  }
  return { person, changes };
}

const INSTITUTION_COLS = `i.kind AS i_kind, i.name AS i_name, i.region_code AS i_region_code, i.address AS i_address,
  i.phone AS i_phone, i.email AS i_email, i.website AS i_website, i.created_at AS i_created_at, i.updated_at AS i_updated_at`;

interface InstitutionCols {
  institution_id: string;
  i_kind: InstitutionKind;
  i_name: string;
  i_region_code: string;
  i_address: string;
  i_phone: string;
  i_email: string;
  i_website: string;
  i_created_at: number;
  i_updated_at: number;
}

const toInstitution = (r: InstitutionCols): Institution => ({
  id: r.institution_id,
  kind: r.i_kind,
  name: r.i_name,
  regionCode: r.i_region_code,
  address: r.i_address,
  phone: r.i_phone,
  email: r.i_email,
  website: r.i_website,
  createdAt: r.i_created_at,
  updatedAt: r.i_updated_at,
});

interface HostDbRow extends InstitutionCols {
  id: string;
  trip_id: string;
  created_at: number;
  updated_at: number;
  deleted_at: number | null;
}

const toHost = (r: HostDbRow): TripHost => ({
  id: r.id,
  tripId: r.trip_id,
  institutionId: r.institution_id,
  institution: toInstitution(r),
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

interface HostPersonDbRow extends PersonCols {
  snapshot: string;
  snapshot_prev: string;
  id: string;
  trip_id: string;
  host_role: HostRole;
  created_at: number;
  updated_at: number;
  deleted_at: number | null;
}

const toHostPerson = (r: HostPersonDbRow): TripHostPerson => {
  const { person, changes } = asKept(toPerson(r), r.snapshot, r.p_erased_at !== null);
  return {
    id: r.id,
    tripId: r.trip_id,
    personId: r.person_id,
    hostRole: r.host_role,
    person,
    directoryChanges: changes,
    canUndoRefresh: r.snapshot_prev !== '',
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
};

interface VenueDbRow {
  id: string;
  trip_id: string;
  institution_id: string | null;
  name: string;
  address: string;
  created_at: number;
  updated_at: number;
  deleted_at: number | null;
}

const toVenue = (r: VenueDbRow): Venue => ({
  id: r.id,
  tripId: r.trip_id,
  institutionId: r.institution_id,
  name: r.name,
  address: r.address,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

// ——— Statements, prepared once per database ———

function prepare(db: Store['db']) {
  return {
    institution: db.prepare(
      `SELECT i.id AS institution_id, ${INSTITUTION_COLS}, i.deleted_at AS i_deleted_at FROM institutions i WHERE i.id = ?`,
    ),
    personLiveKind: db.prepare(`SELECT kind FROM people WHERE id = ? AND deleted_at IS NULL`).pluck(),
    personKind: db.prepare(`SELECT kind FROM people WHERE id = ?`).pluck(),
    liveMemberCount: db.prepare(`SELECT count(*) FROM trip_members WHERE trip_id = ? AND deleted_at IS NULL`).pluck(),
    institutionLive: db.prepare(`SELECT 1 FROM institutions WHERE id = ? AND deleted_at IS NULL`),

    // Members
    members: db.prepare(
      `SELECT ${MEMBER_COLS}, ${PERSON_COLS} FROM trip_members x ${PERSON_JOIN}
       WHERE x.trip_id = ? AND x.deleted_at IS NULL`,
    ),
    /** Other live trips, overlapping these dates, that this trip's members also travel on. */
    overlaps: db.prepare(
      `SELECT m.person_id AS personId, t.id AS tripId, t.title AS tripTitle, t.start_date AS startDate, t.end_date AS endDate
       FROM trip_members m
       JOIN trip_members o ON o.person_id = m.person_id AND o.deleted_at IS NULL
       JOIN trips t ON t.id = o.trip_id AND t.deleted_at IS NULL
       WHERE m.trip_id = @tripId AND m.deleted_at IS NULL AND o.trip_id <> @tripId
         AND t.start_date <= @endDate AND t.end_date >= @startDate`,
    ),
    memberRow: db.prepare(`SELECT id, trip_id, person_id, role, position, deleted_at FROM trip_members WHERE id = ?`),
    liveMemberIds: db.prepare(`SELECT id, position FROM trip_members WHERE trip_id = ? AND deleted_at IS NULL`),
    livePersonInTrip: db.prepare(`SELECT 1 FROM trip_members WHERE trip_id = ? AND person_id = ? AND deleted_at IS NULL`),
    maxPosition: db
      .prepare(
        `SELECT max(position) FROM trip_members WHERE trip_id = ? AND deleted_at IS NULL AND position IS NOT NULL`,
      )
      .pluck(),
    /** Joining takes what the trip prints about the person from the directory as it is now. */
    insertMember: db.prepare(
      `INSERT INTO trip_members (id, trip_id, person_id, role, position, snapshot, created_at, updated_at)
       VALUES (@id, @tripId, @personId, @role, @position, coalesce((SELECT ${SNAPSHOT_SQL} FROM people p LEFT JOIN institutions pi ON pi.id = p.institution_id WHERE p.id = @personId), ''), @now, @now)`,
    ),
    rejoinMember: db.prepare(
      `UPDATE trip_members SET deleted_at = NULL, role = @role, position = @position, snapshot = coalesce((SELECT ${SNAPSHOT_SQL} FROM people p LEFT JOIN institutions pi ON pi.id = p.institution_id WHERE p.id = @personId), ''), snapshot_prev = '',
         updated_at = @now WHERE id = @id`,
    ),
    reviveMember: db.prepare(
      `UPDATE trip_members SET deleted_at = NULL, role = @role, position = @position, updated_at = @now WHERE id = @id`,
    ),
    updateMember: db.prepare(
      `UPDATE trip_members SET role = @role, transport_mode = @transportMode, carrier = @carrier,
         transport_number = @transportNumber, seat = @seat, hotel = @hotel, room = @room,
         roommate_person_id = @roommatePersonId, needs = @needs, updated_at = @now
       WHERE id = @id`,
    ),
    logistics: db.prepare(
      `SELECT role, transport_mode AS transportMode, carrier, transport_number AS transportNumber, seat, hotel, room,
         roommate_person_id AS roommatePersonId, needs FROM trip_members WHERE id = ?`,
    ),
    deleteMember: db.prepare(`UPDATE trip_members SET deleted_at = @now, updated_at = @now WHERE id = @id`),
    /** What the trip prints about the member, taken from the directory now (on joining, or "Perbarui dari direktori"). */
    snapMember: db.prepare(
      `UPDATE trip_members SET snapshot_prev = CASE WHEN @keepPrev THEN snapshot ELSE '' END,
         snapshot = coalesce((SELECT ${SNAPSHOT_SQL} FROM people p LEFT JOIN institutions pi ON pi.id = p.institution_id WHERE p.id = trip_members.person_id), ''),
         updated_at = @now
       WHERE id = @id`,
    ),
    undoSnapMember: db.prepare(`UPDATE trip_members SET snapshot = snapshot_prev, snapshot_prev = '', updated_at = @now WHERE id = @id AND snapshot_prev <> ''`),
    snapHostPerson: db.prepare(
      `UPDATE trip_host_people SET snapshot_prev = CASE WHEN @keepPrev THEN snapshot ELSE '' END,
         snapshot = coalesce((SELECT ${SNAPSHOT_SQL} FROM people p LEFT JOIN institutions pi ON pi.id = p.institution_id WHERE p.id = trip_host_people.person_id), ''),
         updated_at = @now
       WHERE id = @id`,
    ),
    undoSnapHostPerson: db.prepare(
      `UPDATE trip_host_people SET snapshot = snapshot_prev, snapshot_prev = '', updated_at = @now WHERE id = @id AND snapshot_prev <> ''`,
    ),
    setPosition: db.prepare(`UPDATE trip_members SET position = @position, updated_at = @now WHERE id = @id`),
    resetPositions: db.prepare(
      `UPDATE trip_members SET position = NULL, updated_at = ? WHERE trip_id = ? AND deleted_at IS NULL AND position IS NOT NULL`,
    ),

    // Hosts
    hosts: db.prepare(
      `SELECT x.id, x.trip_id, x.institution_id, x.created_at, x.updated_at, x.deleted_at, ${INSTITUTION_COLS}
       FROM trip_hosts x JOIN institutions i ON i.id = x.institution_id
       WHERE x.trip_id = ? AND x.deleted_at IS NULL ORDER BY x.created_at, x.id`,
    ),
    host: db.prepare(
      `SELECT x.id, x.trip_id, x.institution_id, x.created_at, x.updated_at, x.deleted_at, ${INSTITUTION_COLS}
       FROM trip_hosts x JOIN institutions i ON i.id = x.institution_id WHERE x.id = ?`,
    ),
    insertHost: db.prepare(
      `INSERT INTO trip_hosts (id, trip_id, institution_id, created_at, updated_at) VALUES (@id, @tripId, @institutionId, @now, @now)`,
    ),
    reviveHost: db.prepare(`UPDATE trip_hosts SET deleted_at = NULL, updated_at = @now WHERE id = @id`),
    deleteHost: db.prepare(`UPDATE trip_hosts SET deleted_at = @now, updated_at = @now WHERE id = @id`),
    markHostPeopleOf: db.prepare(
      `UPDATE trip_host_people SET deleted_at = @now, updated_at = @now
       WHERE trip_id = @tripId AND deleted_at IS NULL
         AND person_id IN (SELECT id FROM people WHERE institution_id = @institutionId)`,
    ),
    markVenuesOf: db.prepare(
      `UPDATE venues SET deleted_at = @now, updated_at = @now
       WHERE trip_id = @tripId AND institution_id = @institutionId AND deleted_at IS NULL`,
    ),
    reviveHostPeopleOf: db.prepare(
      `UPDATE trip_host_people SET deleted_at = NULL, updated_at = @now
       WHERE trip_id = @tripId AND deleted_at = @at
         AND person_id IN (SELECT id FROM people WHERE institution_id = @institutionId AND deleted_at IS NULL)`,
    ),
    reviveVenuesOf: db.prepare(
      `UPDATE venues SET deleted_at = NULL, updated_at = @now
       WHERE trip_id = @tripId AND institution_id = @institutionId AND deleted_at = @at`,
    ),

    // Host people
    hostPeople: db.prepare(
      `SELECT x.id, x.trip_id, x.person_id, x.host_role, x.snapshot, x.snapshot_prev, x.created_at, x.updated_at, x.deleted_at, ${PERSON_COLS}
       FROM trip_host_people x ${PERSON_JOIN} WHERE x.trip_id = ? AND x.deleted_at IS NULL`,
    ),
    hostPerson: db.prepare(
      `SELECT x.id, x.trip_id, x.person_id, x.host_role, x.snapshot, x.snapshot_prev, x.created_at, x.updated_at, x.deleted_at, ${PERSON_COLS}
       FROM trip_host_people x ${PERSON_JOIN} WHERE x.id = ?`,
    ),
    insertHostPerson: db.prepare(
      `INSERT INTO trip_host_people (id, trip_id, person_id, host_role, snapshot, created_at, updated_at)
       VALUES (@id, @tripId, @personId, @hostRole, coalesce((SELECT ${SNAPSHOT_SQL} FROM people p LEFT JOIN institutions pi ON pi.id = p.institution_id WHERE p.id = @personId), ''), @now, @now)`,
    ),
    reviveHostPerson: db.prepare(
      `UPDATE trip_host_people SET deleted_at = NULL, host_role = @hostRole, snapshot = coalesce((SELECT ${SNAPSHOT_SQL} FROM people p LEFT JOIN institutions pi ON pi.id = p.institution_id WHERE p.id = @personId), ''), snapshot_prev = '',
         updated_at = @now WHERE id = @id`,
    ),
    setHostRole: db.prepare(`UPDATE trip_host_people SET host_role = @hostRole, updated_at = @now WHERE id = @id`),
    deleteHostPerson: db.prepare(`UPDATE trip_host_people SET deleted_at = @now, updated_at = @now WHERE id = @id`),

    // Venues
    venues: db.prepare(`SELECT * FROM venues WHERE trip_id = ? AND deleted_at IS NULL ORDER BY created_at, id`),
    venue: db.prepare(`SELECT * FROM venues WHERE id = ?`),
    insertVenue: db.prepare(
      `INSERT INTO venues (id, trip_id, institution_id, name, address, created_at, updated_at)
       VALUES (@id, @tripId, @institutionId, @name, @address, @now, @now)`,
    ),
    updateVenue: db.prepare(
      `UPDATE venues SET institution_id = @institutionId, name = @name, address = @address, updated_at = @now WHERE id = @id`,
    ),
    deleteVenue: db.prepare(`UPDATE venues SET deleted_at = @now, updated_at = @now WHERE id = @id`),

    // Duplicating a trip
    copyMembers: db.prepare(
      `SELECT x.person_id AS personId, x.role, x.position, p.kind FROM trip_members x JOIN people p ON p.id = x.person_id
       WHERE x.trip_id = ? AND x.deleted_at IS NULL AND p.deleted_at IS NULL`,
    ),
    copyHosts: db.prepare(
      `SELECT x.institution_id AS institutionId FROM trip_hosts x JOIN institutions i ON i.id = x.institution_id
       WHERE x.trip_id = ? AND x.deleted_at IS NULL AND i.deleted_at IS NULL ORDER BY x.created_at, x.id`,
    ),
    copyHostPeople: db.prepare(
      `SELECT x.person_id AS personId, x.host_role AS hostRole FROM trip_host_people x JOIN people p ON p.id = x.person_id
       WHERE x.trip_id = ? AND x.deleted_at IS NULL AND p.deleted_at IS NULL AND p.kind = 'host_official' ORDER BY x.created_at, x.id`,
    ),
    copyVenues: db.prepare(
      `SELECT CASE WHEN i.deleted_at IS NULL THEN v.institution_id END AS institutionId, v.name, v.address
       FROM venues v LEFT JOIN institutions i ON i.id = v.institution_id
       WHERE v.trip_id = ? AND v.deleted_at IS NULL ORDER BY v.created_at, v.id`,
    ),
  };
}
const stmts = preparedPer(prepare);

// ——— Checks ———

type TripRow = ReturnType<typeof liveTripRow>;

/** The live trip, or NOT_FOUND naming the input field that pointed at it. */

/** The live person's kind, or VALIDATION naming `field`. */
function checkPerson(store: Store, id: string, field: string): PersonKind {
  const kind = stmts(store.db).personLiveKind.get(id) as PersonKind | undefined;
  if (!kind) {
    throw new AppError('VALIDATION', `Person ${id} does not exist or was deleted`, { field, key: 'errors.personNotFound' });
  }
  return kind;
}

/**
 * A person's kind must fit the role: the ketua and every other official role
 * only for the delegation's own officials, 'jurnalis' only for journalists
 * (also used by the import into a trip).
 */
export function checkRoleFits(kind: PersonKind, role: MemberRole, field: string): void {
  const wanted = kindForRole(role);
  if (kind === wanted) return;
  if (wanted === 'journalist') {
    throw new AppError('VALIDATION', `A person of kind ${kind} cannot join the journalists: only a journalist can`, {
      field,
      key: 'delegation.errors.roleNeedsJournalist',
    });
  }
  throw new AppError('VALIDATION', `A person of kind ${kind} cannot be ${role} of the delegation: the role is for its own officials`, {
    field,
    key: 'delegation.errors.roleNeedsOfficial',
  });
}

/**
 * Room for `adding` more live members in the trip (MAX_MEMBERS_PER_TRIP);
 * call inside the write transaction that adds them, so the count is the one
 * the write sees. Also used by the import into a trip.
 */
export function checkMemberRoom(store: Store, tripId: string, adding: number, field: string): void {
  const live = stmts(store.db).liveMemberCount.get(tripId) as number;
  if (adding > 0 && live + adding > MAX_MEMBERS_PER_TRIP) {
    throw new AppError('VALIDATION', `A trip holds at most ${MAX_MEMBERS_PER_TRIP} members (it has ${live}, ${adding} more asked)`, {
      field,
      key: 'delegation.errors.tooManyMembers',
      params: { max: MAX_MEMBERS_PER_TRIP, members: live },
    });
  }
}

function checkInstitution(store: Store, id: string | null, field: string): void {
  if (id !== null && !stmts(store.db).institutionLive.get(id)) {
    throw new AppError('VALIDATION', `Institution ${id} does not exist or was deleted`, {
      field,
      key: 'errors.institutionNotFound',
    });
  }
}

const notFound = (what: string, id: string, key: string) =>
  new AppError('NOT_FOUND', `${what} ${id} does not exist or was removed`, { field: 'id', key });

interface MemberRef {
  id: string;
  trip_id: string;
  person_id: string;
  role: MemberRole;
  position: number | null;
  deleted_at: number | null;
}

function memberRef(store: Store, id: string): MemberRef {
  const row = stmts(store.db).memberRow.get(id) as MemberRef | undefined;
  if (!row) throw notFound('Member', id, 'errors.memberNotFound');
  return row;
}

function liveMemberRef(store: Store, id: string): MemberRef {
  const row = memberRef(store, id);
  if (row.deleted_at !== null) throw notFound('Member', id, 'errors.memberNotFound');
  liveTripRow(store, row.trip_id);
  return row;
}

/**
 * Where a member (re)joining the list goes: nowhere in particular while the
 * trip is in protocol order; while the user keeps a custom order, at `keep`
 * (the place an undone removal came from) or after everyone else.
 */
function positionFor(store: Store, tripId: string, keep: number | null): number | null {
  const max = stmts(store.db).maxPosition.get(tripId) as number | null;
  if (max === null) return null;
  return keep ?? max + 1;
}

// ——— Reading ———

function loadMembers(store: Store, trip: TripRow): { members: Member[]; customOrder: boolean } {
  const s = stmts(store.db);
  const rows = s.members.all(trip.id) as MemberDbRow[];
  if (rows.length === 0) return { members: [], customOrder: false };
  const overlapRows = s.overlaps.all({ tripId: trip.id, startDate: trip.start_date, endDate: trip.end_date }) as Array<
    OtherTrip & { personId: string }
  >;
  const overlaps = new Map<string, OtherTrip[]>();
  for (const o of overlapRows) {
    const list = overlaps.get(o.personId);
    const item = { tripId: o.tripId, tripTitle: o.tripTitle, startDate: o.startDate, endDate: o.endDate };
    if (list) list.push(item);
    else overlaps.set(o.personId, [item]);
  }
  const kept = new Map(rows.map((r) => [r.id, asKept(toPerson(r), r.snapshot, r.p_erased_at !== null)]));
  const personOf = (r: MemberDbRow) => kept.get(r.id) as { person: PersonRow; changes: DirectoryChange[] };
  const dupes = duplicateNips(rows.map((r) => ({ id: r.id, personId: r.person_id, nip: personOf(r).person.nip })));
  const ordered = orderMembers(
    rows.map((r) => ({
      r,
      role: r.role,
      position: r.position,
      golongan: personOf(r).person.golongan,
      eselon: personOf(r).person.eselon,
      employment: personOf(r).person.employment,
      name: personOf(r).person.name,
    })),
  );
  const customOrder = rows.some((r) => r.position !== null);
  const members = ordered.map(({ r }, i): Member => {
    const { person, changes } = personOf(r);
    return {
      directoryChanges: changes,
      canUndoRefresh: r.snapshot_prev !== '',
      id: r.id,
      tripId: r.trip_id,
      personId: r.person_id,
      role: r.role,
      position: i + 1,
      transportMode: r.transport_mode,
      carrier: r.carrier,
      transportNumber: r.transport_number,
      seat: r.seat,
      hotel: r.hotel,
      room: r.room,
      roommatePersonId: r.roommate_person_id,
      needs: r.needs,
      person,
      warnings: memberWarnings({ duplicateOf: dupes.get(r.id), person, overlaps: overlaps.get(r.person_id) ?? [] }),
      createdAt: r.created_at,
      updatedAt: r.updated_at,
    };
  });
  return { members, customOrder };
}

function memberById(store: Store, tripId: string, id: string): Member {
  const { members } = loadMembers(store, liveTripRow(store, tripId, 'tripId'));
  const m = members.find((x) => x.id === id);
  if (!m) throw notFound('Member', id, 'errors.memberNotFound');
  return m;
}

const HOST_ROLE_RANK = new Map<string, number>(HOST_ROLES.map((r, i) => [r, i]));

function loadHostPeople(store: Store, tripId: string): TripHostPerson[] {
  const rows = stmts(store.db).hostPeople.all(tripId) as HostPersonDbRow[];
  return rows
    .map(toHostPerson)
    .sort(
      (a, b) =>
        (HOST_ROLE_RANK.get(a.hostRole) ?? 9) - (HOST_ROLE_RANK.get(b.hostRole) ?? 9) ||
        a.createdAt - b.createdAt ||
        a.id.localeCompare(b.id),
    );
}

/** Everything the trip page shows, with a handful of set-based queries. */
export function tripDetail(store: Store, id: string): TripDetail {
  const s = stmts(store.db);
  const row = liveTripRow(store, id);
  const trip = toTrip(row);
  let originInstitution: Institution | null = null;
  if (trip.originInstitutionId) {
    const r = s.institution.get(trip.originInstitutionId) as InstitutionCols | undefined;
    originInstitution = r ? toInstitution(r) : null;
  }
  const { members, customOrder } = loadMembers(store, row);
  const hosts = (s.hosts.all(id) as HostDbRow[]).map(toHost);
  const hostPeople = loadHostPeople(store, id);
  const venues = (s.venues.all(id) as VenueDbRow[]).map(toVenue);
  const journalists = members.reduce((n, m) => n + Number(m.role === 'jurnalis'), 0);
  return {
    trip,
    originInstitution,
    members,
    hosts,
    hostPeople,
    venues,
    counts: { officials: members.length - journalists, journalists, hosts: hosts.length, hostPeople: hostPeople.length },
    customOrder,
  };
}

// ——— Duplicating ———

/** A new trip from a past one: details, delegation (roles and custom order, no logistics), hosts and venues. */
export function duplicateTrip(store: Store, input: { id: string; title: string; startDate: string; endDate: string }): Trip {
  return store.write(() => {
    const s = stmts(store.db);
    const src = toTrip(liveTripRow(store, input.id));
    if (input.endDate < input.startDate) {
      throw new AppError('VALIDATION', 'End date is before start date', { field: 'endDate', key: 'validation.endBeforeStart' });
    }
    // A deleted institution or person is not carried into a new trip (it can no longer be chosen),
    // nor a person whose kind no longer fits their role (the directory changed them since).
    const members = (s.copyMembers.all(src.id) as Array<{ personId: string; role: MemberRole; position: number | null; kind: PersonKind }>).filter(
      (m) => m.kind === kindForRole(m.role),
    );
    if (members.length > MAX_MEMBERS_PER_TRIP) {
      throw new AppError('VALIDATION', `A trip holds at most ${MAX_MEMBERS_PER_TRIP} members; this one has ${members.length}`, {
        field: 'id',
        key: 'delegation.errors.tooManyMembers',
        params: { max: MAX_MEMBERS_PER_TRIP, members: members.length },
      });
    }
    const origin = src.originInstitutionId !== null && s.institutionLive.get(src.originInstitutionId) ? src.originInstitutionId : null;
    const trip = insertTrip(store, {
      title: input.title,
      startDate: input.startDate,
      endDate: input.endDate,
      originInstitutionId: origin,
      hostRegionCodes: src.hostRegionCodes,
      background: src.background,
      purpose: src.purpose,
      objectives: src.objectives,
      scope: src.scope,
      legalBasis: src.legalBasis,
      status: 'rencana',
    });
    const now = trip.createdAt;
    for (const m of members) {
      s.insertMember.run({ id: memberId(trip.id, m.personId), tripId: trip.id, personId: m.personId, role: m.role, position: m.position, now });
    }
    for (const h of s.copyHosts.all(src.id) as Array<{ institutionId: string }>) {
      s.insertHost.run({ id: hostId(trip.id, h.institutionId), tripId: trip.id, institutionId: h.institutionId, now });
    }
    for (const p of s.copyHostPeople.all(src.id) as Array<{ personId: string; hostRole: HostRole }>) {
      s.insertHostPerson.run({ id: hostPersonId(trip.id, p.personId), tripId: trip.id, personId: p.personId, hostRole: p.hostRole, now });
    }
    for (const v of s.copyVenues.all(src.id) as Array<{ institutionId: string | null; name: string; address: string }>) {
      s.insertVenue.run({ id: store.newId(), tripId: trip.id, institutionId: v.institutionId, name: v.name, address: v.address, now });
    }
    return trip;
  });
}

// ——— Members ———

/** Adds (or revives) a person in a trip; call inside `store.write`. */
function insertMember(store: Store, tripId: string, personId: string, role: MemberRole): string {
  const s = stmts(store.db);
  const id = memberId(tripId, personId);
  const existing = s.memberRow.get(id) as MemberRef | undefined;
  if (existing && existing.deleted_at === null) {
    throw new AppError('VALIDATION', `Person ${personId} is already in this trip`, {
      field: 'personId',
      key: 'delegation.errors.alreadyMember',
    });
  }
  checkMemberRoom(store, tripId, 1, 'tripId');
  const now = store.now();
  const position = positionFor(store, tripId, null);
  if (existing) s.rejoinMember.run({ id, personId, role, position, now });
  else s.insertMember.run({ id, tripId, personId, role, position, now });
  return id;
}

export function addMember(store: Store, input: In<typeof memberAddSchema>): Member {
  return store.write(() => {
    liveTripRow(store, input.tripId, 'tripId');
    checkRoleFits(checkPerson(store, input.personId, 'personId'), input.role, 'personId');
    const id = insertMember(store, input.tripId, input.personId, input.role);
    return memberById(store, input.tripId, id);
  });
}

/** Creates the person in the directory and adds them, in one transaction. */
export function addNewMember(store: Store, input: In<typeof memberAddNewSchema>): Member {
  return store.write(() => {
    liveTripRow(store, input.tripId, 'tripId');
    checkRoleFits(input.person.kind, input.role, 'person.kind');
    let person: PersonRow;
    try {
      person = insertPerson(store, input.person);
    } catch (e) {
      // The person's fields sit under `person` in this input.
      if (e instanceof AppError && e.field) {
        throw new AppError(e.code, e.message, { field: `person.${e.field}`, key: e.key, params: e.params });
      }
      throw e;
    }
    const id = insertMember(store, input.tripId, person.id, input.role);
    return memberById(store, input.tripId, id);
  });
}

/** The member's own columns a patch may change (the `logistics` statement reads exactly these). */
type Logistics = Pick<Member, 'role' | 'transportMode' | 'carrier' | 'transportNumber' | 'seat' | 'hotel' | 'room' | 'roommatePersonId' | 'needs'>;

/** Role and logistics; a roommate must be another live member of the same trip. */
export function updateMember(store: Store, { id, patch }: In<typeof memberUpdateSchema>): Member {
  return store.write(() => {
    const s = stmts(store.db);
    const ref = liveMemberRef(store, id);
    const cur = s.logistics.get(id) as Logistics;
    const next: Logistics = { ...cur, ...(stripUndefined(patch) as Partial<Logistics>) };
    if (next.role !== cur.role) checkRoleFits(s.personKind.get(ref.person_id) as PersonKind, next.role, 'patch.role');
    if (patch.roommatePersonId !== undefined && next.roommatePersonId !== null) {
      if (next.roommatePersonId === ref.person_id || !s.livePersonInTrip.get(ref.trip_id, next.roommatePersonId)) {
        throw new AppError('VALIDATION', 'The roommate must be another member of this trip', {
          field: 'patch.roommatePersonId',
          key: 'delegation.errors.roommateNotMember',
        });
      }
    }
    s.updateMember.run({ ...next, id, now: store.now() });
    return memberById(store, ref.trip_id, id);
  });
}

export function removeMember(store: Store, id: string): { id: string } {
  return store.write(() => {
    liveMemberRef(store, id);
    stmts(store.db).deleteMember.run({ id, now: store.now() });
    return { id };
  });
}

/** Undoes a removal: the same row, back in its place. */
export function restoreMember(store: Store, id: string): Member {
  return store.write(() => {
    const ref = memberRef(store, id);
    liveTripRow(store, ref.trip_id);
    if (ref.deleted_at !== null) {
      checkRoleFits(checkPerson(store, ref.person_id, 'id'), ref.role, 'id');
      checkMemberRoom(store, ref.trip_id, 1, 'id');
      const position = positionFor(store, ref.trip_id, ref.position);
      stmts(store.db).reviveMember.run({ id, role: ref.role, position, now: store.now() });
    }
    return memberById(store, ref.trip_id, id);
  });
}

/** The user's order: `memberIds` must be exactly the trip's live members; positions become 1…n. */
export function reorderMembers(store: Store, input: In<typeof memberReorderSchema>): Member[] {
  return store.write(() => {
    const s = stmts(store.db);
    const trip = liveTripRow(store, input.tripId, 'tripId');
    const live = new Map((s.liveMemberIds.all(trip.id) as Array<{ id: string; position: number | null }>).map((r) => [r.id, r.position]));
    const given = new Set(input.memberIds);
    if (given.size !== input.memberIds.length || given.size !== live.size || input.memberIds.some((m) => !live.has(m))) {
      throw new AppError('VALIDATION', 'memberIds must list every live member of the trip exactly once', {
        field: 'memberIds',
        key: 'delegation.errors.reorderMismatch',
      });
    }
    const now = store.now();
    input.memberIds.forEach((id, i) => {
      // Only rows whose place changed are written (and logged).
      if (live.get(id) !== i + 1) s.setPosition.run({ id, position: i + 1, now });
    });
    return loadMembers(store, trip).members;
  });
}

/** Back to protocol order. */
export function resetMemberOrder(store: Store, tripId: string): Member[] {
  return store.write(() => {
    const trip = liveTripRow(store, tripId, 'tripId');
    stmts(store.db).resetPositions.run(store.now(), tripId);
    return loadMembers(store, trip).members;
  });
}

// ——— Hosts ———

export function addHost(store: Store, input: In<typeof hostAddSchema>): TripHost {
  return store.write(() => {
    const s = stmts(store.db);
    liveTripRow(store, input.tripId, 'tripId');
    checkInstitution(store, input.institutionId, 'institutionId');
    const id = hostId(input.tripId, input.institutionId);
    const existing = s.host.get(id) as HostDbRow | undefined;
    const now = store.now();
    if (existing && existing.deleted_at === null) {
      throw new AppError('VALIDATION', `Institution ${input.institutionId} already hosts this trip`, {
        field: 'institutionId',
        key: 'delegation.errors.alreadyHost',
      });
    }
    if (existing) {
      const at = existing.deleted_at;
      s.reviveHost.run({ id, now });
      // What was removed together with the host comes back with it.
      s.reviveHostPeopleOf.run({ tripId: input.tripId, institutionId: input.institutionId, at, now });
      s.reviveVenuesOf.run({ tripId: input.tripId, institutionId: input.institutionId, at, now });
    } else {
      s.insertHost.run({ id, tripId: input.tripId, institutionId: input.institutionId, now });
    }
    return toHost(s.host.get(id) as HostDbRow);
  });
}

/** Removes the host with its people on this trip and its venues, all with one timestamp. */
export function removeHost(store: Store, id: string): { id: string } {
  return store.write(() => {
    const s = stmts(store.db);
    const row = s.host.get(id) as HostDbRow | undefined;
    if (!row || row.deleted_at !== null) throw notFound('Host', id, 'delegation.errors.hostNotFound');
    liveTripRow(store, row.trip_id);
    const now = store.now();
    s.deleteHost.run({ id, now });
    s.markHostPeopleOf.run({ tripId: row.trip_id, institutionId: row.institution_id, now });
    s.markVenuesOf.run({ tripId: row.trip_id, institutionId: row.institution_id, now });
    return { id };
  });
}

// ——— Host people ———

function liveHostPerson(store: Store, id: string): HostPersonDbRow {
  const row = stmts(store.db).hostPerson.get(id) as HostPersonDbRow | undefined;
  if (!row || row.deleted_at !== null) throw notFound('Host person', id, 'delegation.errors.hostPersonNotFound');
  liveTripRow(store, row.trip_id);
  return row;
}

export function addHostPerson(store: Store, input: In<typeof hostPersonAddSchema>): TripHostPerson {
  return store.write(() => {
    const s = stmts(store.db);
    liveTripRow(store, input.tripId, 'tripId');
    if (checkPerson(store, input.personId, 'personId') !== 'host_official') {
      throw new AppError('VALIDATION', `Person ${input.personId} is not a host official`, {
        field: 'personId',
        key: 'delegation.errors.notHostOfficial',
      });
    }
    const id = hostPersonId(input.tripId, input.personId);
    const existing = s.hostPerson.get(id) as HostPersonDbRow | undefined;
    const now = store.now();
    if (existing && existing.deleted_at === null) {
      throw new AppError('VALIDATION', `Person ${input.personId} is already a host of this trip`, {
        field: 'personId',
        key: 'delegation.errors.alreadyHostPerson',
      });
    }
    if (existing) s.reviveHostPerson.run({ id, personId: input.personId, hostRole: input.hostRole, now });
    else s.insertHostPerson.run({ id, tripId: input.tripId, personId: input.personId, hostRole: input.hostRole, now });
    return toHostPerson(s.hostPerson.get(id) as HostPersonDbRow);
  });
}

export function updateHostPerson(store: Store, input: In<typeof hostPersonUpdateSchema>): TripHostPerson {
  return store.write(() => {
    const s = stmts(store.db);
    const row = liveHostPerson(store, input.id);
    if (row.host_role !== input.hostRole) s.setHostRole.run({ id: input.id, hostRole: input.hostRole, now: store.now() });
    return toHostPerson(s.hostPerson.get(input.id) as HostPersonDbRow);
  });
}

export function removeHostPerson(store: Store, id: string): { id: string } {
  return store.write(() => {
    liveHostPerson(store, id);
    stmts(store.db).deleteHostPerson.run({ id, now: store.now() });
    return { id };
  });
}

// ——— Venues ———

function liveVenue(store: Store, id: string): VenueDbRow {
  const row = stmts(store.db).venue.get(id) as VenueDbRow | undefined;
  if (!row || row.deleted_at !== null) throw notFound('Venue', id, 'delegation.errors.venueNotFound');
  liveTripRow(store, row.trip_id);
  return row;
}

export function createVenue(store: Store, input: In<typeof venueCreateSchema>): Venue {
  return store.write(() => {
    liveTripRow(store, input.tripId, 'tripId');
    checkInstitution(store, input.institutionId, 'institutionId');
    const now = store.now();
    const venue: Venue = {
      id: store.newId(),
      tripId: input.tripId,
      institutionId: input.institutionId,
      name: input.name,
      address: input.address,
      createdAt: now,
      updatedAt: now,
    };
    stmts(store.db).insertVenue.run({ ...venue, now });
    return venue;
  });
}

export function updateVenue(store: Store, { id, patch }: In<typeof venueUpdateSchema>): Venue {
  return store.write(() => {
    const cur = toVenue(liveVenue(store, id));
    const next: Venue = { ...cur, ...(stripUndefined(patch) as Partial<Venue>), updatedAt: store.now() };
    if (patch.institutionId !== undefined && next.institutionId !== cur.institutionId) {
      checkInstitution(store, next.institutionId, 'patch.institutionId');
    }
    stmts(store.db).updateVenue.run({ ...next, now: next.updatedAt });
    return next;
  });
}

export function removeVenue(store: Store, id: string): { id: string } {
  return store.write(() => {
    liveVenue(store, id);
    stmts(store.db).deleteVenue.run({ id, now: store.now() });
    return { id };
  });
}

// ——— The trip's own history ———

/**
 * "Perbarui dari direktori": the chosen members and host people (all when
 * none are named) print what the directory says now; the previous snapshot
 * is kept for one undo. A reported trip keeps what it printed.
 */
export function refreshFromDirectory(store: Store, input: In<typeof refreshSchema>): TripDetail {
  return store.write(() => {
    const trip = liveTripRow(store, input.tripId, 'tripId');
    if (trip.status === 'dilaporkan') {
      throw new AppError('VALIDATION', 'A reported trip keeps what its documents printed', { field: 'tripId', key: 'delegation.errors.reportedKeepsHistory' });
    }
    const s = stmts(store.db);
    const detail = tripDetail(store, input.tripId);
    const memberIds = input.memberIds ?? detail.members.filter((m) => m.directoryChanges.length > 0).map((m) => m.id);
    const hostIds = input.hostPersonIds ?? detail.hostPeople.filter((h) => h.directoryChanges.length > 0).map((h) => h.id);
    const live = new Set(detail.members.map((m) => m.id));
    const liveHosts = new Set(detail.hostPeople.map((h) => h.id));
    const bad = memberIds.find((id) => !live.has(id));
    if (bad) throw notFound('Member', bad, 'errors.memberNotFound');
    const badHost = hostIds.find((id) => !liveHosts.has(id));
    if (badHost) throw notFound('Host person', badHost, 'delegation.errors.hostPersonNotFound');
    const now = store.now();
    for (const id of memberIds) s.snapMember.run({ id, keepPrev: 1, now });
    for (const id of hostIds) s.snapHostPerson.run({ id, keepPrev: 1, now });
    return tripDetail(store, input.tripId);
  });
}

/** Undoes the last "Perbarui dari direktori" of the named members and host people. */
export function undoRefresh(store: Store, input: In<typeof refreshSchema>): TripDetail {
  return store.write(() => {
    if (liveTripRow(store, input.tripId, 'tripId').status === 'dilaporkan') throw new AppError('VALIDATION', 'A reported trip keeps what its documents printed', { field: 'tripId', key: 'delegation.errors.reportedKeepsHistory' });
    const s = stmts(store.db);
    const detail = tripDetail(store, input.tripId);
    const now = store.now();
    const members = new Set(detail.members.map((m) => m.id));
    const hosts = new Set(detail.hostPeople.map((h) => h.id));
    for (const id of input.memberIds ?? [...members]) if (members.has(id)) s.undoSnapMember.run({ id, now });
    for (const id of input.hostPersonIds ?? [...hosts]) if (hosts.has(id)) s.undoSnapHostPerson.run({ id, now });
    return tripDetail(store, input.tripId);
  });
}
