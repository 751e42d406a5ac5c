import { SNAPSHOT_SQL } from '../documents/migrations/v7-issuers';
import { preparedPer, type Store } from '../db/store';
import { INSTITUTION_COLS, MEMBER_COLS, PERSON_COLS, PERSON_JOIN } from './rows';

/** Every statement of the delegation, prepared once per database on first use. */
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
export const stmts = preparedPer(prepare);
