import type { Database } from 'better-sqlite3';
import { changeLogTriggers, dropChangeLogTriggers, STAMPS } from './changelog';
import { v3agenda } from '../agenda/migrations/v3-agenda';
import { v4learnings } from '../learnings/migrations/v4-learnings';
import { v5media } from '../media/migrations/v5-media';
import { v6documents } from '../documents/migrations/v6-documents';
import { v7issuers } from '../documents/migrations/v7-issuers';
import { v8quotes } from '../quotes/migrations/v8-quotes';
import { v9completeDocuments } from '../documents/migrations/v9-complete-documents';
import { v10modelChecks } from './migrations/v10-model-checks';
import { v11erasure } from './migrations/v11-erasure';
import { v12englishCodes } from './migrations/v12-english-codes';
import { v13money } from '../money/migrations/v13-money';
import { v14sppdNumbers } from '../documents/migrations/v14-sppd-numbers';
import { v15receipts } from '../money/migrations/v15-receipts';
import { v16receiptThumbs } from '../money/migrations/v16-receipt-thumbs';

export interface Migration {
  version: number;
  name: string;
  up(db: Database): void;
  /**
   * The migration rebuilds tables others point at (SQLite's twelve steps), so
   * the runner turns foreign keys off around the whole transaction; the
   * migration checks them itself before it returns.
   */
  foreignKeysOff?: true;
}

const TRIP_COLUMNS = ['title', 'start_date', 'end_date', 'deleted_at'] as const;
const TRIP_COLUMNS_V2 = [
  ...TRIP_COLUMNS,
  'origin_institution_id',
  'host_region_codes',
  'background',
  'purpose',
  'objectives',
  'scope',
  'legal_basis',
  'status',
] as const;
/**
 * Ordered, append-only. Never edit a migration that has shipped: add one.
 * Conventions (ready to share between laptops): app-made UUID ids, no
 * AUTOINCREMENT, created_at/updated_at in UTC ms, deleted_at as the deletion
 * marker, a default on every NOT NULL column, and change-log triggers.
 */
export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: 'trips and change log',
    up(db) {
      db.exec(`
CREATE TABLE sync_clock (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  device_id TEXT NOT NULL DEFAULT '',
  hlc TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE TABLE change_log (
  seq INTEGER PRIMARY KEY,
  hlc TEXT NOT NULL DEFAULT '',
  device_id TEXT NOT NULL DEFAULT '',
  table_name TEXT NOT NULL DEFAULT '',
  row_id TEXT NOT NULL DEFAULT '',
  op TEXT NOT NULL DEFAULT 'PUT' CHECK (op IN ('PUT', 'PATCH', 'DELETE')),
  changed_columns TEXT NOT NULL DEFAULT '[]',
  previous_values TEXT
) STRICT;
CREATE INDEX change_log_row ON change_log (table_name, row_id);
CREATE TABLE trips (
  id TEXT PRIMARY KEY NOT NULL,
  title TEXT NOT NULL DEFAULT '',
  start_date TEXT NOT NULL DEFAULT '',
  end_date TEXT NOT NULL DEFAULT '',
  ${STAMPS}
) STRICT;
CREATE INDEX trips_live_by_date ON trips (start_date DESC) WHERE deleted_at IS NULL;
${changeLogTriggers('trips', TRIP_COLUMNS)}
`);
    },
  },
  {
    version: 2,
    name: 'directory, delegation and hosts',
    up(db) {
      db.exec(`
CREATE TABLE institutions (
  id TEXT PRIMARY KEY NOT NULL,
  kind TEXT NOT NULL DEFAULT 'host' CHECK (kind IN ('own', 'host', 'media')),
  name TEXT NOT NULL DEFAULT '',
  region_code TEXT NOT NULL DEFAULT '',
  address TEXT NOT NULL DEFAULT '',
  phone TEXT NOT NULL DEFAULT '',
  email TEXT NOT NULL DEFAULT '',
  website TEXT NOT NULL DEFAULT '',
  ${STAMPS}
) STRICT;
CREATE INDEX institutions_live ON institutions (kind, name COLLATE NOCASE) WHERE deleted_at IS NULL;

CREATE TABLE people (
  id TEXT PRIMARY KEY NOT NULL,
  kind TEXT NOT NULL DEFAULT 'official' CHECK (kind IN ('official', 'journalist', 'host_official')),
  title_prefix TEXT NOT NULL DEFAULT '',
  name TEXT NOT NULL DEFAULT '',
  title_suffix TEXT NOT NULL DEFAULT '',
  employment TEXT NOT NULL DEFAULT 'non_asn' CHECK (employment IN ('pns', 'pppk', 'elected', 'non_asn')),
  nip TEXT NOT NULL DEFAULT '',
  golongan TEXT NOT NULL DEFAULT '',
  jabatan TEXT NOT NULL DEFAULT '',
  unit TEXT NOT NULL DEFAULT '',
  eselon TEXT NOT NULL DEFAULT '',
  travel_level TEXT NOT NULL DEFAULT '',
  phone TEXT NOT NULL DEFAULT '',
  email TEXT NOT NULL DEFAULT '',
  institution_id TEXT REFERENCES institutions (id),
  media_type TEXT NOT NULL DEFAULT '',
  press_card TEXT NOT NULL DEFAULT '',
  notes TEXT NOT NULL DEFAULT '',
  ${STAMPS}
) STRICT;
CREATE INDEX people_by_name ON people (name COLLATE NOCASE) WHERE deleted_at IS NULL;
CREATE INDEX people_by_nip ON people (nip) WHERE nip <> '' AND deleted_at IS NULL;
CREATE INDEX people_by_institution ON people (institution_id) WHERE deleted_at IS NULL;

ALTER TABLE trips ADD COLUMN origin_institution_id TEXT REFERENCES institutions (id);
ALTER TABLE trips ADD COLUMN host_region_codes TEXT NOT NULL DEFAULT '[]';
ALTER TABLE trips ADD COLUMN background TEXT NOT NULL DEFAULT '';
ALTER TABLE trips ADD COLUMN purpose TEXT NOT NULL DEFAULT '';
ALTER TABLE trips ADD COLUMN objectives TEXT NOT NULL DEFAULT '';
ALTER TABLE trips ADD COLUMN scope TEXT NOT NULL DEFAULT '';
ALTER TABLE trips ADD COLUMN legal_basis TEXT NOT NULL DEFAULT '[]';
ALTER TABLE trips ADD COLUMN status TEXT NOT NULL DEFAULT 'rencana'
  CHECK (status IN ('rencana', 'persiapan', 'berlangsung', 'selesai', 'dilaporkan'));
${dropChangeLogTriggers('trips')}
${changeLogTriggers('trips', TRIP_COLUMNS_V2)}

-- A person in a trip: the id is derived from the pair (UUIDv5), so two laptops
-- adding the same person make one row.
CREATE TABLE trip_members (
  id TEXT PRIMARY KEY NOT NULL,
  trip_id TEXT NOT NULL DEFAULT '' REFERENCES trips (id),
  person_id TEXT NOT NULL DEFAULT '' REFERENCES people (id),
  role TEXT NOT NULL DEFAULT 'anggota'
    CHECK (role IN ('ketua', 'wakil_ketua', 'anggota', 'sekretaris', 'pendamping', 'jurnalis')),
  -- NULL: protocol order; a number once the user reorders.
  position REAL,
  transport_mode TEXT NOT NULL DEFAULT '',
  carrier TEXT NOT NULL DEFAULT '',
  transport_number TEXT NOT NULL DEFAULT '',
  seat TEXT NOT NULL DEFAULT '',
  hotel TEXT NOT NULL DEFAULT '',
  room TEXT NOT NULL DEFAULT '',
  roommate_person_id TEXT REFERENCES people (id),
  needs TEXT NOT NULL DEFAULT '',
  ${STAMPS}
) STRICT;
CREATE INDEX trip_members_by_trip ON trip_members (trip_id) WHERE deleted_at IS NULL;
CREATE INDEX trip_members_by_person ON trip_members (person_id) WHERE deleted_at IS NULL;

CREATE TABLE trip_hosts (
  id TEXT PRIMARY KEY NOT NULL,
  trip_id TEXT NOT NULL DEFAULT '' REFERENCES trips (id),
  institution_id TEXT NOT NULL DEFAULT '' REFERENCES institutions (id),
  ${STAMPS}
) STRICT;
CREATE INDEX trip_hosts_by_trip ON trip_hosts (trip_id) WHERE deleted_at IS NULL;

CREATE TABLE trip_host_people (
  id TEXT PRIMARY KEY NOT NULL,
  trip_id TEXT NOT NULL DEFAULT '' REFERENCES trips (id),
  person_id TEXT NOT NULL DEFAULT '' REFERENCES people (id),
  host_role TEXT NOT NULL DEFAULT 'penerima' CHECK (host_role IN ('penerima', 'narasumber', 'pendamping', 'kontak')),
  ${STAMPS}
) STRICT;
CREATE INDEX trip_host_people_by_trip ON trip_host_people (trip_id) WHERE deleted_at IS NULL;

CREATE TABLE venues (
  id TEXT PRIMARY KEY NOT NULL,
  trip_id TEXT NOT NULL DEFAULT '' REFERENCES trips (id),
  institution_id TEXT REFERENCES institutions (id),
  name TEXT NOT NULL DEFAULT '',
  address TEXT NOT NULL DEFAULT '',
  ${STAMPS}
) STRICT;
CREATE INDEX venues_by_trip ON venues (trip_id) WHERE deleted_at IS NULL;

${changeLogTriggers('institutions', ['kind', 'name', 'region_code', 'address', 'phone', 'email', 'website', 'deleted_at'])}
${changeLogTriggers('people', [
  'kind', 'title_prefix', 'name', 'title_suffix', 'employment', 'nip', 'golongan', 'jabatan', 'unit', 'eselon',
  'travel_level', 'phone', 'email', 'institution_id', 'media_type', 'press_card', 'notes', 'deleted_at',
])}
${changeLogTriggers('trip_members', [
  'trip_id', 'person_id', 'role', 'position', 'transport_mode', 'carrier', 'transport_number', 'seat', 'hotel', 'room',
  'roommate_person_id', 'needs', 'deleted_at',
])}
${changeLogTriggers('trip_hosts', ['trip_id', 'institution_id', 'deleted_at'])}
${changeLogTriggers('trip_host_people', ['trip_id', 'person_id', 'host_role', 'deleted_at'])}
${changeLogTriggers('venues', ['trip_id', 'institution_id', 'name', 'address', 'deleted_at'])}
`);
    },
  },
  v3agenda,
  v4learnings,
  v5media,
  v6documents,
  v7issuers,
  v8quotes,
  v9completeDocuments,
  v10modelChecks,
  v11erasure,
  v12englishCodes,
  v13money,
  v14sppdNumbers,
  v15receipts,
  v16receiptThumbs,
];

export const LATEST_VERSION = migrations.reduce((m, x) => Math.max(m, x.version), 0);
