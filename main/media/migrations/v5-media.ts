import { changeLogTriggers, STAMPS } from '../../db/changelog';
import type { Migration } from '../../db/migrations';

const COVERAGE_COLUMNS = [
  'trip_id',
  'outlet',
  'journalist_member_id',
  'headline',
  'url',
  'published_on',
  'section',
  'tone',
  'copy_sha256',
  'copy_file_name',
  'deleted_at',
] as const;
const PHOTO_COLUMNS = [
  'trip_id',
  'file_name',
  'image_sha256',
  'thumb_sha256',
  'caption',
  'taken_at',
  'agenda_item_id',
  'width',
  'height',
  'position',
  'deleted_at',
] as const;

/**
 * Press coverage and photos. Bytes go to `blobs`, keyed by their sha256 and
 * never updated, so two laptops holding the same picture hold the same row
 * and bytes never conflict in a merge; `blobs` has no change-log triggers
 * (a sync engine ships blobs by hash). Rows point at blobs by hash.
 * `agenda_item_id` holds an agenda row's id without a foreign key: the agenda
 * is another area's table and its rows are merged on their own.
 */
export const v5media: Migration = {
  version: 5,
  name: 'media',
  up(db) {
    db.exec(`
CREATE TABLE blobs (
  sha256 TEXT PRIMARY KEY NOT NULL CHECK (length(sha256) = 64),
  bytes BLOB NOT NULL DEFAULT x'',
  mime TEXT NOT NULL DEFAULT 'application/octet-stream',
  size INTEGER NOT NULL DEFAULT 0,
  created_at INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE TRIGGER blobs_immutable BEFORE UPDATE ON blobs BEGIN
  SELECT RAISE(ABORT, 'blobs are immutable');
END;

CREATE TABLE coverage (
  id TEXT PRIMARY KEY NOT NULL,
  trip_id TEXT NOT NULL DEFAULT '' REFERENCES trips (id),
  outlet TEXT NOT NULL DEFAULT '',
  journalist_member_id TEXT REFERENCES trip_members (id),
  headline TEXT NOT NULL DEFAULT '',
  url TEXT NOT NULL DEFAULT '',
  published_on TEXT NOT NULL DEFAULT '',
  section TEXT NOT NULL DEFAULT '',
  tone TEXT NOT NULL DEFAULT 'netral' CHECK (tone IN ('positif', 'netral', 'negatif')),
  copy_sha256 TEXT REFERENCES blobs (sha256),
  copy_file_name TEXT NOT NULL DEFAULT '',
  ${STAMPS}
) STRICT;
CREATE INDEX coverage_by_trip ON coverage (trip_id, published_on) WHERE deleted_at IS NULL;
${changeLogTriggers('coverage', COVERAGE_COLUMNS)}

CREATE TABLE photos (
  id TEXT PRIMARY KEY NOT NULL,
  trip_id TEXT NOT NULL DEFAULT '' REFERENCES trips (id),
  file_name TEXT NOT NULL DEFAULT '',
  image_sha256 TEXT NOT NULL DEFAULT '' REFERENCES blobs (sha256),
  thumb_sha256 TEXT NOT NULL DEFAULT '' REFERENCES blobs (sha256),
  caption TEXT NOT NULL DEFAULT '',
  taken_at TEXT NOT NULL DEFAULT '',
  agenda_item_id TEXT,
  width INTEGER NOT NULL DEFAULT 0,
  height INTEGER NOT NULL DEFAULT 0,
  position INTEGER NOT NULL DEFAULT 0,
  ${STAMPS}
) STRICT;
CREATE INDEX photos_by_trip ON photos (trip_id, position) WHERE deleted_at IS NULL;
${changeLogTriggers('photos', PHOTO_COLUMNS)}
`);
  },
};
