import Database from 'better-sqlite3';
import type { Erased } from '../../../shared/directory/person';
import { AppError } from '../../../shared/result';
import { UNDER_WAY_STATUSES, sqlList } from '../../../shared/vocabulary';
import { preparedPer, type Store } from '../../db/store';
import { notFound } from './rows';

/*
 * "Hapus permanen" (UU 27/2022). Deleting marks a row so undo can bring it
 * back; erasing wipes what the database holds about the person, for good:
 *
 * - the people row's own fields (name → ERASED_NAME, every other personal
 *   column emptied, the institution link cut), marked deleted and erased
 *   (erased_at): it never shows again and `people.restore` refuses it;
 * - the change log's old values of that row;
 * - copies other rows took, unless a trip keeps them as its history. A trip
 *   keeps what its documents printed when it has a live number in the
 *   register or has taken place (ongoing, done, reported: its SPT
 *   was used, even if numbered outside the app). There a live membership or
 *   host role stays as it is (the documents still print it from its
 *   snapshot, and migration 11 keeps that snapshot from being replaced by
 *   the wiped directory row); the log's older snapshots go. Anywhere else the
 *   membership, host role and quotes are marked deleted and emptied;
 * - a removed signer row that was this person (same link or NIP) loses its
 *   name, NIP and pangkat; a live signer makes the erasure refuse, since it
 *   would silently change who signs the next documents.
 *
 * Then the file is rewritten (VACUUM) and the WAL truncated, so no freed page
 * or old WAL frame keeps the bytes; `secure_delete` is on during the erasure
 * so its own freed space is zeroed even if that rewrite fails. Older backups
 * still hold the data until retention thins them out; the dialog says so.
 * The search index follows through the change log, like any other write.
 */

/** What an erased row is called in the few places that may still show it (a trip without a snapshot). */
export const ERASED_NAME = '(dihapus)';

/** SQL: the trip `t` keeps what its documents printed. */
const TRIP_KEEPS = `(t.status IN ${sqlList(UNDER_WAY_STATUSES)}
  OR EXISTS (SELECT 1 FROM doc_numbers n WHERE n.trip_id = t.id AND n.deleted_at IS NULL))`;
/** SQL: the membership / host role / quote row `x` is a copy its trip keeps. */
const KEPT = `(x.deleted_at IS NULL AND EXISTS (SELECT 1 FROM trips t WHERE t.id = x.trip_id AND ${TRIP_KEEPS}))`;

/**
 * The change log of a trip table's rows that name the person (in `personColumn`):
 * rows a trip keeps (KEPT) lose only their `copies` of the person's data, the
 * others every old value. Table and column names are this file's constants.
 */
function forgetLogs(db: Store['db'], table: string, personColumn: string, copies: string[]) {
  return db.prepare(
    `UPDATE change_log SET previous_values = CASE
       WHEN row_id IN (SELECT x.id FROM ${table} x WHERE x.${personColumn} = @id AND ${KEPT})
       THEN json_remove(previous_values, ${copies.map((c) => `'$.${c}'`).join(', ')}) END
     WHERE table_name = '${table}' AND previous_values IS NOT NULL
       AND row_id IN (SELECT id FROM ${table} WHERE ${personColumn} = @id)`,
  );
}

function prepareErase(db: Store['db']) {
  return {
    row: db.prepare(`SELECT id, nip, deleted_at AS deletedAt, erased_at AS erasedAt FROM people WHERE id = ?`),
    liveSigner: db.prepare(
      `SELECT jabatan, name FROM doc_signers WHERE deleted_at IS NULL AND (person_id = @id OR (@nip <> '' AND nip = @nip)) LIMIT 1`,
    ),
    /** The log of the person's memberships: kept ones lose only the copies, the others every old value. */
    forgetMemberLogs: forgetLogs(db, 'trip_members', 'person_id', ['snapshot', 'snapshot_prev', 'needs']),
    forgetHostLogs: forgetLogs(db, 'trip_host_people', 'person_id', ['snapshot', 'snapshot_prev']),
    forgetQuoteLogs: forgetLogs(db, 'trip_quotes', 'speaker_person_id', ['speaker_name', 'speaker_jabatan', 'words']),
    removedSigners: db
      .prepare(`SELECT id FROM doc_signers WHERE deleted_at IS NOT NULL AND (person_id = @id OR (@nip <> '' AND nip = @nip))`)
      .pluck(),
    forgetSignerLogs: db.prepare(
      `UPDATE change_log SET previous_values = NULL
       WHERE table_name = 'doc_signers' AND previous_values IS NOT NULL AND row_id IN (SELECT value FROM json_each(@ids))`,
    ),
    forgetPersonLogs: db.prepare(
      `UPDATE change_log SET previous_values = NULL WHERE table_name = 'people' AND row_id = @id AND previous_values IS NOT NULL`,
    ),
    eraseMembers: db.prepare(
      `UPDATE trip_members AS x SET snapshot = '', snapshot_prev = '', transport_mode = '', carrier = '', transport_number = '',
         seat = '', hotel = '', room = '', roommate_person_id = NULL, needs = '', deleted_at = coalesce(x.deleted_at, @now), updated_at = @now
       WHERE x.person_id = @id AND NOT ${KEPT}
         AND (x.deleted_at IS NULL OR x.snapshot <> '' OR x.snapshot_prev <> '' OR x.needs <> '' OR x.seat <> '' OR x.room <> ''
           OR x.hotel <> '' OR x.carrier <> '' OR x.transport_mode <> '' OR x.transport_number <> '' OR x.roommate_person_id IS NOT NULL)`,
    ),
    /** Who shared a room with them in a trip that keeps nothing of them. */
    unlinkRoommates: db.prepare(
      `UPDATE trip_members AS x SET roommate_person_id = NULL, updated_at = @now
       WHERE x.roommate_person_id = @id AND NOT EXISTS (SELECT 1 FROM trips t WHERE t.id = x.trip_id AND ${TRIP_KEEPS})`,
    ),
    eraseHostPeople: db.prepare(
      `UPDATE trip_host_people AS x SET snapshot = '', snapshot_prev = '', deleted_at = coalesce(x.deleted_at, @now), updated_at = @now
       WHERE x.person_id = @id AND NOT ${KEPT} AND (x.deleted_at IS NULL OR x.snapshot <> '' OR x.snapshot_prev <> '')`,
    ),
    eraseQuotes: db.prepare(
      `UPDATE trip_quotes AS x SET speaker_name = '', speaker_jabatan = '', words = '', deleted_at = coalesce(x.deleted_at, @now), updated_at = @now
       WHERE x.speaker_person_id = @id AND NOT ${KEPT}
         AND (x.deleted_at IS NULL OR x.speaker_name <> '' OR x.speaker_jabatan <> '' OR x.words <> '')`,
    ),
    eraseSigners: db.prepare(
      `UPDATE doc_signers SET name = '', nip = '', pangkat = '', person_id = NULL, updated_at = @now
       WHERE id IN (SELECT value FROM json_each(@ids))`,
    ),
    erase: db.prepare(
      `UPDATE people SET title_prefix = '', name = @name, title_suffix = '', nip = '', golongan = '', jabatan = '', unit = '',
         eselon = '', travel_level = '', phone = '', email = '', institution_id = NULL, media_type = '', press_card = '', notes = '',
         deleted_at = coalesce(deleted_at, @now), erased_at = coalesce(erased_at, @now), updated_at = @now
       WHERE id = @id`,
    ),
  };
}
const eraseStmts = preparedPer(prepareErase);

/** Whether the person row was erased (undefined: no such row). */
export function isErased(store: Store, id: string): boolean | undefined {
  const row = eraseStmts(store.db).row.get(id) as { erasedAt: number | null } | undefined;
  return row ? row.erasedAt !== null : undefined;
}

/**
 * Runs an erasure's transaction with `secure_delete` on (what it frees is
 * zeroed), then rewrites the file and truncates the WAL so nothing freed
 * earlier (an old version of an edited row, an old WAL frame) keeps the
 * bytes. The erasure stands when the rewrite fails (a full disk): the answer
 * says so.
 */
export function eraseAndCompact(store: Store, write: () => void): boolean {
  const db = store.db;
  const before = db.pragma('secure_delete', { simple: true }) as number;
  db.pragma('secure_delete = ON');
  try {
    store.write(write);
  } finally {
    db.pragma(`secure_delete = ${before === 1 ? 'ON' : 'OFF'}`);
  }
  try {
    db.exec('VACUUM');
    // Busy (a reader still on an old snapshot): the WAL keeps its frames until a later checkpoint.
    const [checkpoint] = db.pragma('wal_checkpoint(TRUNCATE)') as Array<{ busy: number }>;
    return (checkpoint?.busy ?? 0) === 0;
  } catch (e) {
    if (e instanceof Database.SqliteError) return false;
    throw e;
  }
}

/** "Hapus permanen": see the note above. Erasing an erased person again only runs the wipes again. */
export function erasePerson(store: Store, id: string): Erased {
  const compacted = eraseAndCompact(store, () => {
    const s = eraseStmts(store.db);
    const row = s.row.get(id) as { id: string; nip: string; deletedAt: number | null; erasedAt: number | null } | undefined;
    if (!row) throw notFound(id);
    const signer = s.liveSigner.get({ id, nip: row.nip }) as { jabatan: string; name: string } | undefined;
    if (signer) {
      throw new AppError('CONFLICT', `The person signs documents as ${signer.jabatan}; remove them as a signer first`, {
        field: 'id',
        key: 'people.errors.eraseSigner',
        params: { jabatan: signer.jabatan || signer.name },
      });
    }
    const args = { id, nip: row.nip, now: store.now(), name: ERASED_NAME };
    const signers = { ids: JSON.stringify(s.removedSigners.all(args)), now: args.now };
    // The rows first: each update logs the old values, which the passes below then forget.
    s.eraseMembers.run(args);
    s.unlinkRoommates.run(args);
    s.eraseHostPeople.run(args);
    s.eraseQuotes.run(args);
    s.eraseSigners.run(signers);
    s.erase.run(args);
    s.forgetMemberLogs.run(args);
    s.forgetHostLogs.run(args);
    s.forgetQuoteLogs.run(args);
    s.forgetSignerLogs.run(signers);
    s.forgetPersonLogs.run(args);
  });
  return { id, compacted };
}
