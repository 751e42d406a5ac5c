import type { PartCounts } from '../../shared/trash/schemas';
import type { TrashPart } from '../../shared/vocabulary';
import { preparedPer, type Store } from '../db/store';

/*
 * What a trip holds. Deleting a trip marks the trip and every live row of it
 * (below) with one stamp in one transaction; restoring brings back the trip
 * and exactly the rows carrying that stamp, so a row deleted on its own
 * earlier (a member removed, a learning in the trash) stays deleted. The
 * stamp is the deletion time, made later than any stamp already on the trip's
 * rows, so it is unique among them even when the clock stood still.
 *
 * Not a child: doc_numbers. A number once given belongs to the office's
 * register (never issued twice, and the erasure reads a live one as "the trip
 * printed its documents"); it stays as it is, and a trip holding numbers is
 * never purged (the register would lose them).
 *
 * Purging deletes the rows for good, children before parents so foreign keys
 * hold at every statement; the change log keeps that they were deleted but
 * forgets their old values.
 */

interface Child {
  table: string;
  /** SQL: the row belongs to the trip @tripId. */
  of: string;
  /** How a row is counted for the user (tables the user does not think of are not counted). */
  part?: TrashPart;
  /** The row references a person: it comes back only with a live person (see restore). */
  person?: true;
}

const ofTrip = `trip_id = @tripId`;

/** In purge order: a row goes before anything it references. */
export const TRIP_CHILDREN: readonly Child[] = [
  {
    table: 'agenda_attendees',
    of: `(item_id IN (SELECT id FROM agenda_items WHERE trip_id = @tripId) OR member_id IN (SELECT id FROM trip_members WHERE trip_id = @tripId))`,
  },
  { table: 'money_receipts', of: ofTrip },
  { table: 'trip_advances', of: ofTrip },
  { table: 'trip_member_money', of: ofTrip },
  { table: 'trip_money', of: `id = @tripId` },
  { table: 'photos', of: ofTrip, part: 'photos' },
  { table: 'trip_quotes', of: ofTrip, part: 'quotes' },
  { table: 'coverage', of: ofTrip, part: 'coverage' },
  { table: 'followup_history', of: `followup_id IN (SELECT id FROM followups WHERE trip_id = @tripId)` },
  { table: 'followups', of: ofTrip, part: 'followups' },
  { table: 'learnings', of: ofTrip, part: 'learnings' },
  { table: 'agenda_items', of: ofTrip, part: 'agendaItems' },
  { table: 'venues', of: ofTrip, part: 'venues' },
  { table: 'trip_host_people', of: ofTrip, part: 'hostPeople', person: true },
  { table: 'trip_hosts', of: ofTrip, part: 'hosts' },
  { table: 'trip_members', of: ofTrip, part: 'members', person: true },
  { table: 'trip_doc_choices', of: ofTrip },
  { table: 'trip_reports', of: `id = @tripId` },
];

/** Tables that reference trips and are deliberately not the trip's children (see the note above). */
export const NOT_TRIP_CHILDREN = ['doc_numbers'] as const;

const BLOB_REFS = `EXISTS (SELECT 1 FROM photos WHERE image_sha256 = b.sha256 OR thumb_sha256 = b.sha256)
  OR EXISTS (SELECT 1 FROM coverage WHERE copy_sha256 = b.sha256)
  OR EXISTS (SELECT 1 FROM money_receipts WHERE blob_sha256 = b.sha256 OR thumb_sha256 = b.sha256)
  OR EXISTS (SELECT 1 FROM doc_issuers WHERE emblem_sha256 = b.sha256)
  OR EXISTS (SELECT 1 FROM doc_profile WHERE emblem_sha256 = b.sha256)
  OR EXISTS (SELECT 1 FROM doc_numbers WHERE instr(issued_as, b.sha256) > 0)`;

function prepare(db: Store['db']) {
  const each = <T>(f: (c: Child) => T) => TRIP_CHILDREN.map(f);
  return {
    maxStamp: db
      .prepare(`SELECT max(m) FROM (${each((c) => `SELECT max(deleted_at) AS m FROM ${c.table} WHERE ${c.of}`).join(' UNION ALL ')})`)
      .pluck(),
    mark: each((c) => db.prepare(`UPDATE ${c.table} SET deleted_at = @stamp, updated_at = @now WHERE ${c.of} AND deleted_at IS NULL`)),
    /**
     * A membership or host role whose person went to the trash after the trip
     * takes the person's stamp instead of coming back: restoring the person
     * brings it back, as it would have had the trip been live.
     */
    followPerson: each((c) =>
      c.person
        ? db.prepare(
            `UPDATE ${c.table} AS x SET deleted_at = (SELECT p.deleted_at FROM people p WHERE p.id = x.person_id), updated_at = @now
             WHERE ${c.of} AND deleted_at = @stamp
               AND EXISTS (SELECT 1 FROM people p WHERE p.id = x.person_id AND p.deleted_at IS NOT NULL AND p.erased_at IS NULL)`,
          )
        : null,
    ),
    // Rows of an erased person keep the stamp: they never come back.
    restore: each((c) =>
      db.prepare(
        `UPDATE ${c.table} AS x SET deleted_at = NULL, updated_at = @now WHERE ${c.of} AND deleted_at = @stamp${
          c.person ? ` AND EXISTS (SELECT 1 FROM people p WHERE p.id = x.person_id AND p.deleted_at IS NULL)` : ''
        }`,
      ),
    ),
    count: db.prepare(
      `SELECT ${each((c) => (c.part ? `(SELECT count(*) FROM ${c.table} WHERE ${c.of} AND deleted_at IS @stamp) AS ${c.part}` : null))
        .filter(Boolean)
        .join(', ')}`,
    ),
    ids: each((c) => db.prepare(`SELECT id FROM ${c.table} WHERE ${c.of}`).pluck()),
    blobsOf: db.prepare(
      `SELECT image_sha256 FROM photos WHERE trip_id = @tripId UNION SELECT thumb_sha256 FROM photos WHERE trip_id = @tripId
       UNION SELECT copy_sha256 FROM coverage WHERE trip_id = @tripId AND copy_sha256 IS NOT NULL
       UNION SELECT blob_sha256 FROM money_receipts WHERE trip_id = @tripId
       UNION SELECT thumb_sha256 FROM money_receipts WHERE trip_id = @tripId AND thumb_sha256 IS NOT NULL`,
    ).pluck(),
    purge: each((c) => db.prepare(`DELETE FROM ${c.table} WHERE ${c.of}`)),
    purgeTrip: db.prepare(`DELETE FROM trips WHERE id = @tripId`),
    forgetLog: db.prepare(
      `UPDATE change_log SET previous_values = NULL
       WHERE table_name = @table AND previous_values IS NOT NULL AND row_id IN (SELECT value FROM json_each(@ids))`,
    ),
    dropBlobs: db.prepare(`DELETE FROM blobs AS b WHERE b.sha256 IN (SELECT value FROM json_each(@shas)) AND NOT (${BLOB_REFS})`),
  };
}
const stmts = preparedPer(prepare);

/** A stamp for deleting the trip now: the time, or later than any stamp already on its rows. */
export function tripDeletionStamp(store: Store, tripId: string): number {
  const max = stmts(store.db).maxStamp.get({ tripId }) as number | null;
  const now = store.now();
  return max !== null && max >= now ? max + 1 : now;
}

/** Marks the trip's live rows deleted with `stamp`; call inside `store.write`, with the trip's own mark. */
export function markTripChildren(store: Store, tripId: string, stamp: number): void {
  const now = store.now();
  for (const s of stmts(store.db).mark) s.run({ tripId, stamp, now });
}

/** Brings back the trip's rows marked with `stamp`; call inside `store.write`. */
export function restoreTripChildren(store: Store, tripId: string, stamp: number): void {
  const s = stmts(store.db);
  const now = store.now();
  for (const f of s.followPerson) f?.run({ tripId, stamp, now });
  for (const r of s.restore) r.run({ tripId, stamp, now });
}

/** How many of the trip's rows carry `stamp` (null: the live ones), by what the user calls them. */
export function countTripChildren(store: Store, tripId: string, stamp: number | null): PartCounts {
  const row = stmts(store.db).count.get({ tripId, stamp }) as Record<TrashPart, number>;
  return Object.fromEntries(Object.entries(row).filter(([, n]) => n > 0));
}

/** Removes the blobs of `shas` nothing refers to any more; call inside `store.write`. */
export function dropUnusedBlobs(store: Store, shas: readonly string[]): void {
  if (shas.length > 0) stmts(store.db).dropBlobs.run({ shas: JSON.stringify([...new Set(shas)]) });
}

/** Forgets the change log's old values of rows that are gone for good; call inside `store.write`. */
export function forgetLoggedValues(store: Store, table: string, ids: readonly string[]): void {
  if (ids.length > 0) stmts(store.db).forgetLog.run({ table, ids: JSON.stringify(ids) });
}

/**
 * Deletes the trip and every row of it for good, then the blobs only it used;
 * call inside `store.write` (the caller checks the trip may go: in the trash,
 * no register numbers).
 */
export function purgeTripRows(store: Store, tripId: string): void {
  const s = stmts(store.db);
  const shas = s.blobsOf.all({ tripId }) as string[];
  TRIP_CHILDREN.forEach((c, i) => {
    const ids = s.ids[i]!.all({ tripId }) as string[];
    s.purge[i]!.run({ tripId });
    forgetLoggedValues(store, c.table, ids);
  });
  s.purgeTrip.run({ tripId });
  forgetLoggedValues(store, 'trips', [tripId]);
  dropUnusedBlobs(store, shas);
}
