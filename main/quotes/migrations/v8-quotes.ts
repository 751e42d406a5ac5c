import { changeLogTriggers, STAMPS } from '../../db/changelog';
import type { Migration } from '../../db/migrations';

const QUOTE_COLUMNS = [
  'trip_id', 'speaker_person_id', 'speaker_name', 'speaker_jabatan', 'words', 'said_on', 'place', 'learning_id', 'agenda_item_id', 'deleted_at',
] as const;

/**
 * Kutipan (issue 10): the words a person of the trip said, as the user
 * recorded them, with the speaker's name and jabatan as the trip kept them
 * then. The press release quotes only these.
 */
export const v8quotes: Migration = {
  version: 8,
  name: 'quotes',
  up(db) {
    db.exec(`
CREATE TABLE trip_quotes (
  id TEXT PRIMARY KEY NOT NULL,
  trip_id TEXT NOT NULL DEFAULT '' REFERENCES trips (id),
  speaker_person_id TEXT NOT NULL DEFAULT '' REFERENCES people (id),
  speaker_name TEXT NOT NULL DEFAULT '',
  speaker_jabatan TEXT NOT NULL DEFAULT '',
  words TEXT NOT NULL DEFAULT '',
  said_on TEXT NOT NULL DEFAULT '',
  place TEXT NOT NULL DEFAULT '',
  learning_id TEXT REFERENCES learnings (id),
  agenda_item_id TEXT REFERENCES agenda_items (id),
  ${STAMPS}
) STRICT;
CREATE INDEX trip_quotes_by_trip ON trip_quotes (trip_id, created_at) WHERE deleted_at IS NULL;
${changeLogTriggers('trip_quotes', QUOTE_COLUMNS)}
`);
  },
};
