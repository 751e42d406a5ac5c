import { changeLogTriggers, dropChangeLogTriggers } from '../changelog';
import type { Migration } from '../migrations';

/** The people columns the change log records: migration 2's, plus the erasure mark. */
const PEOPLE_COLUMNS = [
  'kind', 'title_prefix', 'name', 'title_suffix', 'employment', 'nip', 'golongan', 'jabatan', 'unit', 'eselon',
  'travel_level', 'phone', 'email', 'institution_id', 'media_type', 'press_card', 'notes', 'deleted_at', 'erased_at',
] as const;
const INSTITUTION_COLUMNS = ['kind', 'name', 'region_code', 'address', 'phone', 'email', 'website', 'deleted_at', 'erased_at'] as const;

/** A snapshot on a row of `table` stays as it is when its person is erased (see below). */
const keepErased = (table: string) => `CREATE TRIGGER ${table}_keep_erased BEFORE UPDATE OF snapshot, snapshot_prev ON ${table}
WHEN NEW.snapshot <> '' AND NEW.snapshot IS NOT OLD.snapshot
  AND EXISTS (SELECT 1 FROM people WHERE id = NEW.person_id AND erased_at IS NOT NULL)
BEGIN
  SELECT RAISE(IGNORE);
END;`;

/*
 * Erasure (issue 11, UU 27/2022): "Hapus permanen" wipes a person's or an
 * institution's own fields and marks the row `erased_at`. A deleted row can
 * be restored; an erased one never (its fields are gone), and the mark is
 * what tells the two apart. It is logged like every column, so another
 * laptop syncing later erases the row too.
 *
 * A trip whose documents were issued keeps what they printed about an erased
 * person (the member's or host official's snapshot). The keep_erased triggers
 * make that hold whoever writes: an update that would put a different,
 * non-empty snapshot on an erased person's row ("Perbarui dari direktori",
 * which would copy the wiped directory fields) leaves the row as it is.
 * Emptying a snapshot stays possible: that is how the erasure itself clears
 * copies a trip has no reason to keep.
 */
export const v11erasure: Migration = {
  version: 11,
  name: 'erasure',
  up(db) {
    db.exec(`
ALTER TABLE people ADD COLUMN erased_at INTEGER;
ALTER TABLE institutions ADD COLUMN erased_at INTEGER;
${dropChangeLogTriggers('people')}
${changeLogTriggers('people', PEOPLE_COLUMNS)}
${dropChangeLogTriggers('institutions')}
${changeLogTriggers('institutions', INSTITUTION_COLUMNS)}
${keepErased('trip_members')}
${keepErased('trip_host_people')}
`);
  },
};
