import type { Migration } from '../../db/migrations';
import { changeLogTriggers, STAMPS } from '../../db/changelog';

export const AGENDA_ITEM_COLUMNS = [
  'trip_id', 'kind', 'title', 'start_at', 'start_zone', 'end_at', 'end_zone', 'from_place', 'to_place', 'venue_id',
  'venue_text', 'pic', 'attendance', 'notes', 'position', 'deleted_at',
] as const;

/**
 * The agenda (rundown) of a trip. Times are UTC instants (ms) plus the IANA
 * zone of the place where each end happens; the wall clock is derived.
 * An attendee row is an (item, member) pair with a UUIDv5 id.
 */
export const v3agenda: Migration = {
  version: 3,
  name: 'agenda',
  up(db) {
    db.exec(`
CREATE TABLE agenda_items (
  id TEXT PRIMARY KEY NOT NULL,
  trip_id TEXT NOT NULL DEFAULT '' REFERENCES trips (id),
  kind TEXT NOT NULL DEFAULT 'lainnya' CHECK (kind IN
    ('perjalanan', 'penyambutan', 'paparan', 'diskusi', 'kunjungan_lapangan', 'jamuan', 'istirahat', 'lainnya')),
  title TEXT NOT NULL DEFAULT '',
  start_at INTEGER NOT NULL DEFAULT 0,
  start_zone TEXT NOT NULL DEFAULT 'Asia/Jakarta',
  end_at INTEGER NOT NULL DEFAULT 0,
  end_zone TEXT NOT NULL DEFAULT 'Asia/Jakarta',
  from_place TEXT NOT NULL DEFAULT '',
  to_place TEXT NOT NULL DEFAULT '',
  venue_id TEXT REFERENCES venues (id),
  venue_text TEXT NOT NULL DEFAULT '',
  pic TEXT NOT NULL DEFAULT '',
  attendance TEXT NOT NULL DEFAULT 'all' CHECK (attendance IN ('all', 'chosen')),
  notes TEXT NOT NULL DEFAULT '',
  position REAL NOT NULL DEFAULT 0,
  ${STAMPS}
) STRICT;
CREATE INDEX agenda_items_by_trip ON agenda_items (trip_id, start_at) WHERE deleted_at IS NULL;

CREATE TABLE agenda_attendees (
  id TEXT PRIMARY KEY NOT NULL,
  item_id TEXT NOT NULL DEFAULT '' REFERENCES agenda_items (id),
  member_id TEXT NOT NULL DEFAULT '' REFERENCES trip_members (id),
  ${STAMPS}
) STRICT;
CREATE INDEX agenda_attendees_by_item ON agenda_attendees (item_id) WHERE deleted_at IS NULL;
CREATE INDEX agenda_attendees_by_member ON agenda_attendees (member_id) WHERE deleted_at IS NULL;

${changeLogTriggers('agenda_items', AGENDA_ITEM_COLUMNS)}
${changeLogTriggers('agenda_attendees', ['item_id', 'member_id', 'deleted_at'])}
`);
  },
};
