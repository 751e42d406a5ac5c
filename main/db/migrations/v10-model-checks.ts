import { changeLogTriggers, dropChangeLogTriggers, STAMPS } from '../changelog';
import type { Migration } from '../migrations';

/** The photos columns the change log records, as migration 5 made them. */
const PHOTO_COLUMNS = [
  'trip_id', 'file_name', 'image_sha256', 'thumb_sha256', 'caption', 'taken_at', 'agenda_item_id', 'width', 'height', 'position', 'deleted_at',
] as const;

/**
 * The model's own checks (issue 11): a photo's agenda link becomes a foreign
 * key to `agenda_items`. SQLite cannot add a foreign key to a column in place,
 * so `photos` is rebuilt the way SQLite's ALTER TABLE notes describe (new
 * table, copy, drop, rename), keeping every column, its index and its
 * change-log triggers. Nothing references `photos`, so dropping it with
 * foreign keys on deletes no one's rows.
 *
 * A link that points at no agenda item of the photo's own trip (one the old
 * `photos.update` let in) is set to NULL in the copy. That repair is not
 * written to the change log: it is not a user's change, and every laptop
 * makes the same repair when it migrates. A link to an item that was removed
 * (a mark, the row is still there) is kept, so restoring the item restores it.
 */
export const v10modelChecks: Migration = {
  version: 10,
  name: 'model checks',
  up(db) {
    db.exec(`
${dropChangeLogTriggers('photos')}
DROP INDEX photos_by_trip;
CREATE TABLE photos_v10 (
  id TEXT PRIMARY KEY NOT NULL,
  trip_id TEXT NOT NULL DEFAULT '' REFERENCES trips (id),
  file_name TEXT NOT NULL DEFAULT '',
  image_sha256 TEXT NOT NULL DEFAULT '' REFERENCES blobs (sha256),
  thumb_sha256 TEXT NOT NULL DEFAULT '' REFERENCES blobs (sha256),
  caption TEXT NOT NULL DEFAULT '',
  taken_at TEXT NOT NULL DEFAULT '',
  agenda_item_id TEXT REFERENCES agenda_items (id),
  width INTEGER NOT NULL DEFAULT 0,
  height INTEGER NOT NULL DEFAULT 0,
  position INTEGER NOT NULL DEFAULT 0,
  ${STAMPS}
) STRICT;
INSERT INTO photos_v10 (id, trip_id, file_name, image_sha256, thumb_sha256, caption, taken_at, agenda_item_id, width, height, position,
  created_at, updated_at, deleted_at)
SELECT p.id, p.trip_id, p.file_name, p.image_sha256, p.thumb_sha256, p.caption, p.taken_at,
  CASE WHEN EXISTS (SELECT 1 FROM agenda_items a WHERE a.id = p.agenda_item_id AND a.trip_id = p.trip_id) THEN p.agenda_item_id END,
  p.width, p.height, p.position, p.created_at, p.updated_at, p.deleted_at
FROM photos p;
DROP TABLE photos;
ALTER TABLE photos_v10 RENAME TO photos;
CREATE INDEX photos_by_trip ON photos (trip_id, position) WHERE deleted_at IS NULL;
-- The child side of the new key: a change to an agenda row's key looks photos up here, not by a scan.
CREATE INDEX photos_by_agenda_item ON photos (agenda_item_id) WHERE agenda_item_id IS NOT NULL;
${changeLogTriggers('photos', PHOTO_COLUMNS)}
`);
  },
};
