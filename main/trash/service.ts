import { fullName } from '../../shared/directory/person';
import { AppError } from '../../shared/result';
import type { PartCounts, Purged, PurgeBlock, TrashEntry, TrashImpact, TrashParent, TrashRef } from '../../shared/trash/schemas';
import type { InstitutionKind, PersonKind, TrashKind } from '../../shared/vocabulary';
import { preparedPer, type Store } from '../db/store';
import { eraseInstitution, erasePerson, restoreInstitution, restorePerson } from '../directory';
import { restoreLearning } from '../learnings';
import { restorePhoto } from '../media';
import { countTripChildren, dropUnusedBlobs, forgetLoggedValues, liveTripRow, purgeTripRows, restoreTrip } from '../trips';

/*
 * Sampah: everything deleted (deleted_at set) that can come back. A trip's
 * rows deleted with it (same stamp, main/trips/children.ts) are part of the
 * trip's entry ("12 anggota, 30 acara"), as a learning's follow-ups and a
 * person's trip memberships and host roles are of theirs; a learning or photo
 * deleted on its own is an entry of its own, even when its trip followed it
 * into the trash. Such an entry comes back only after its trip (restoring it
 * into a deleted trip would leave it invisible): the row says so and restore
 * refuses with the trip's name, rather than restoring the trip with
 * everything in it unasked.
 *
 * "Hapus permanen" removes a trip, learning or photo and all of theirs for
 * good in one transaction; for a person or an institution it is their erasure
 * (people.erase / institutions.erase: the row stays, emptied, because trips
 * that printed documents keep pointing at it). Erased rows are not listed.
 */

interface ParentCols {
  parent_id: string | null;
  parent_name: string | null;
  parent_deleted: number | null;
}

const parentOf = (kind: TrashParent['kind'], r: ParentCols): TrashParent | null =>
  r.parent_id === null ? null : { kind, id: r.parent_id, name: r.parent_name ?? '', inTrash: r.parent_deleted !== null };

const nonZero = (counts: Record<string, number>): PartCounts =>
  Object.fromEntries(Object.entries(counts).filter(([, n]) => n > 0));

/** SQL: live trips that use the institution `i` (origin, host or venue). */
const TRIPS_USING = `(SELECT count(*) FROM trips t WHERE t.deleted_at IS NULL AND (t.origin_institution_id = i.id
  OR EXISTS (SELECT 1 FROM trip_hosts h WHERE h.trip_id = t.id AND h.institution_id = i.id AND h.deleted_at IS NULL)
  OR EXISTS (SELECT 1 FROM venues v WHERE v.trip_id = t.id AND v.institution_id = i.id AND v.deleted_at IS NULL)))`;
const PEOPLE_USING = `(SELECT count(*) FROM people p WHERE p.institution_id = i.id AND p.deleted_at IS NULL)`;

function prepare(db: Store['db']) {
  return {
    trips: db.prepare(
      `SELECT t.id, t.title, t.start_date, t.end_date, t.deleted_at, i.id AS parent_id, i.name AS parent_name, i.deleted_at AS parent_deleted,
         EXISTS (SELECT 1 FROM doc_numbers n WHERE n.trip_id = t.id) AS numbered
       FROM trips t LEFT JOIN institutions i ON i.id = t.origin_institution_id
       WHERE t.deleted_at IS NOT NULL`,
    ),
    people: db.prepare(
      `SELECT p.id, p.title_prefix AS titlePrefix, p.name, p.title_suffix AS titleSuffix, p.kind, p.deleted_at,
         i.id AS parent_id, i.name AS parent_name, i.deleted_at AS parent_deleted,
         (SELECT count(*) FROM trip_members m WHERE m.person_id = p.id AND m.deleted_at = p.deleted_at) AS memberships,
         (SELECT count(*) FROM trip_host_people h WHERE h.person_id = p.id AND h.deleted_at = p.deleted_at) AS hostRoles,
         EXISTS (SELECT 1 FROM doc_signers s WHERE s.deleted_at IS NULL AND (s.person_id = p.id OR (p.nip <> '' AND s.nip = p.nip))) AS signer
       FROM people p LEFT JOIN institutions i ON i.id = p.institution_id
       WHERE p.deleted_at IS NOT NULL AND p.erased_at IS NULL`,
    ),
    institutions: db.prepare(
      `SELECT i.id, i.name, i.kind, i.deleted_at, ${PEOPLE_USING} AS people, ${TRIPS_USING} AS trips,
         EXISTS (SELECT 1 FROM doc_issuers d WHERE d.institution_id = i.id) AS issuers
       FROM institutions i WHERE i.deleted_at IS NOT NULL AND i.erased_at IS NULL`,
    ),
    learnings: db.prepare(
      `SELECT l.id, l.topic, l.deleted_at, t.id AS parent_id, t.title AS parent_name, t.deleted_at AS parent_deleted,
         (SELECT count(*) FROM followups f WHERE f.learning_id = l.id AND f.deleted_at = l.deleted_at) AS followups
       FROM learnings l JOIN trips t ON t.id = l.trip_id
       WHERE l.deleted_at IS NOT NULL AND (t.deleted_at IS NULL OR t.deleted_at <> l.deleted_at)`,
    ),
    photos: db.prepare(
      `SELECT x.id, x.file_name, x.caption, x.deleted_at, t.id AS parent_id, t.title AS parent_name, t.deleted_at AS parent_deleted, b.bytes AS thumb
       FROM photos x JOIN trips t ON t.id = x.trip_id LEFT JOIN blobs b ON b.sha256 = x.thumb_sha256
       WHERE x.deleted_at IS NOT NULL AND (t.deleted_at IS NULL OR t.deleted_at <> x.deleted_at)`,
    ),

    trip: db.prepare(`SELECT deleted_at, EXISTS (SELECT 1 FROM doc_numbers n WHERE n.trip_id = trips.id) AS numbered FROM trips WHERE id = ?`),
    person: db.prepare(`SELECT deleted_at, erased_at FROM people WHERE id = ?`),
    institution: db.prepare(`SELECT deleted_at, erased_at FROM institutions WHERE id = ?`),
    learning: db.prepare(
      `SELECT l.deleted_at, t.id AS trip_id, t.title AS trip_title, t.deleted_at AS trip_deleted FROM learnings l JOIN trips t ON t.id = l.trip_id WHERE l.id = ?`,
    ),
    photo: db.prepare(
      `SELECT x.deleted_at, x.image_sha256, x.thumb_sha256, t.id AS trip_id, t.title AS trip_title, t.deleted_at AS trip_deleted
       FROM photos x JOIN trips t ON t.id = x.trip_id WHERE x.id = ?`,
    ),

    personTakes: db.prepare(
      `SELECT
         (SELECT count(*) FROM trip_members m JOIN trips t ON t.id = m.trip_id WHERE m.person_id = @id AND m.deleted_at IS NULL AND t.deleted_at IS NULL) AS memberships,
         (SELECT count(*) FROM trip_host_people h JOIN trips t ON t.id = h.trip_id WHERE h.person_id = @id AND h.deleted_at IS NULL AND t.deleted_at IS NULL) AS hostRoles`,
    ),
    institutionRefs: db.prepare(`SELECT ${PEOPLE_USING} AS people, ${TRIPS_USING} AS trips FROM institutions i WHERE i.id = ? AND i.deleted_at IS NULL`),
    learningTakes: db.prepare(
      `SELECT (SELECT count(*) FROM followups f WHERE f.learning_id = l.id AND f.deleted_at IS NULL) AS followups
       FROM learnings l JOIN trips t ON t.id = l.trip_id WHERE l.id = ? AND l.deleted_at IS NULL AND t.deleted_at IS NULL`,
    ),
    livePhoto: db.prepare(`SELECT 1 FROM photos x JOIN trips t ON t.id = x.trip_id WHERE x.id = ? AND x.deleted_at IS NULL AND t.deleted_at IS NULL`),

    historyIds: db.prepare(`SELECT h.id FROM followup_history h JOIN followups f ON f.id = h.followup_id WHERE f.learning_id = ?`).pluck(),
    followupIds: db.prepare(`SELECT id FROM followups WHERE learning_id = ?`).pluck(),
    purgeHistory: db.prepare(`DELETE FROM followup_history WHERE followup_id IN (SELECT id FROM followups WHERE learning_id = ?)`),
    purgeFollowups: db.prepare(`DELETE FROM followups WHERE learning_id = ?`),
    unlinkQuotes: db.prepare(`UPDATE trip_quotes SET learning_id = NULL, updated_at = ? WHERE learning_id = ?`),
    purgeLearning: db.prepare(`DELETE FROM learnings WHERE id = ?`),
    purgePhoto: db.prepare(`DELETE FROM photos WHERE id = ?`),
  };
}
const stmts = preparedPer(prepare);

const notFound = (ref: TrashRef) =>
  new AppError('NOT_FOUND', `No ${ref.kind} ${ref.id}`, { field: 'id', key: 'trash.errors.notFound' });
const notInTrash = (ref: TrashRef) =>
  new AppError('CONFLICT', `The ${ref.kind} ${ref.id} is not in the trash`, { field: 'id', key: 'trash.errors.notInTrash' });
const waitsForTrip = (title: string) =>
  new AppError('CONFLICT', `Its trip "${title}" is in the trash: restore the trip first`, {
    field: 'id',
    key: 'trash.errors.tripInTrash',
    params: { title },
  });

/** Everything in the trash, newest deletion first. */
export function listTrash(store: Store): TrashEntry[] {
  const s = stmts(store.db);
  const out: TrashEntry[] = [];
  type TripRow = ParentCols & { id: string; title: string; start_date: string; end_date: string; deleted_at: number; numbered: number };
  for (const r of s.trips.all() as TripRow[]) {
    out.push({
      kind: 'trip',
      id: r.id,
      name: r.title,
      deletedAt: r.deleted_at,
      parent: parentOf('institution', r),
      brings: countTripChildren(store, r.id, r.deleted_at),
      waitsFor: null,
      purgeBlock: r.numbered ? 'numbered' : null,
      startDate: r.start_date,
      endDate: r.end_date,
    });
  }
  type PersonRow = ParentCols & {
    id: string;
    titlePrefix: string;
    name: string;
    titleSuffix: string;
    kind: PersonKind;
    deleted_at: number;
    memberships: number;
    hostRoles: number;
    signer: number;
  };
  for (const r of s.people.all() as PersonRow[]) {
    out.push({
      kind: 'person',
      id: r.id,
      name: fullName(r),
      deletedAt: r.deleted_at,
      parent: parentOf('institution', r),
      brings: nonZero({ memberships: r.memberships, hostRoles: r.hostRoles }),
      waitsFor: null,
      purgeBlock: r.signer ? 'signer' : null,
      personKind: r.kind,
    });
  }
  type InstitutionRow = { id: string; name: string; kind: InstitutionKind; deleted_at: number; people: number; trips: number; issuers: number };
  for (const r of s.institutions.all() as InstitutionRow[]) {
    out.push({
      kind: 'institution',
      id: r.id,
      name: r.name,
      deletedAt: r.deleted_at,
      parent: null,
      brings: {},
      waitsFor: null,
      purgeBlock: r.people + r.trips + r.issuers > 0 ? 'inUse' : null,
      institutionKind: r.kind,
    });
  }
  type LearningRow = ParentCols & { id: string; topic: string; deleted_at: number; followups: number };
  for (const r of s.learnings.all() as LearningRow[]) {
    const parent = parentOf('trip', r);
    out.push({
      kind: 'learning',
      id: r.id,
      name: r.topic,
      deletedAt: r.deleted_at,
      parent,
      brings: nonZero({ followups: r.followups }),
      waitsFor: parent?.inTrash ? parent : null,
      purgeBlock: null,
    });
  }
  type PhotoRow = ParentCols & { id: string; file_name: string; caption: string; deleted_at: number; thumb: Buffer | null };
  for (const r of s.photos.all() as PhotoRow[]) {
    const parent = parentOf('trip', r);
    out.push({
      kind: 'photo',
      id: r.id,
      name: r.file_name,
      deletedAt: r.deleted_at,
      parent,
      brings: {},
      waitsFor: parent?.inTrash ? parent : null,
      purgeBlock: null,
      caption: r.caption,
      ...(r.thumb && { thumbUrl: `data:image/jpeg;base64,${r.thumb.toString('base64')}` }),
    });
  }
  const order: readonly TrashKind[] = ['trip', 'person', 'institution', 'learning', 'photo'];
  return out.sort(
    (a, b) => b.deletedAt - a.deletedAt || order.indexOf(a.kind) - order.indexOf(b.kind) || a.name.localeCompare(b.name, 'id') || a.id.localeCompare(b.id),
  );
}

/** What deleting the live thing would take along, and what keeps referring to it. */
export function trashImpact(store: Store, ref: TrashRef): TrashImpact {
  const s = stmts(store.db);
  switch (ref.kind) {
    case 'trip':
      liveTripRow(store, ref.id);
      return { takes: countTripChildren(store, ref.id, null), refs: {} };
    case 'person': {
      const row = s.person.get(ref.id) as { deleted_at: number | null } | undefined;
      if (!row || row.deleted_at !== null) throw notFound(ref);
      return { takes: nonZero(s.personTakes.get({ id: ref.id }) as Record<string, number>), refs: {} };
    }
    case 'institution': {
      const refs = s.institutionRefs.get(ref.id) as Record<string, number> | undefined;
      if (!refs) throw notFound(ref);
      return { takes: {}, refs: nonZero(refs) };
    }
    case 'learning': {
      const takes = s.learningTakes.get(ref.id) as Record<string, number> | undefined;
      if (!takes) throw notFound(ref);
      return { takes: nonZero(takes), refs: {} };
    }
    case 'photo':
      if (!s.livePhoto.get(ref.id)) throw notFound(ref);
      return { takes: {}, refs: {} };
  }
}

/** A row of something deleted on its own: a trip, a person or an institution (the last two may be erased). */
interface TrashedRow {
  deleted_at: number | null;
  erased_at?: number | null;
}

/** The row of a thing in the trash: NOT_FOUND when it is missing or erased, refused when it is not deleted. */
function inTrash<R extends TrashedRow>(row: R | undefined, ref: TrashRef): R {
  if (!row || (row.erased_at !== undefined && row.erased_at !== null)) throw notFound(ref);
  if (row.deleted_at === null) throw notInTrash(ref);
  return row;
}

interface ChildRow {
  deleted_at: number | null;
  trip_title: string;
  trip_deleted: number | null;
}

/** A learning or photo in the trash, whose trip must be live for it to come back. */
function childInTrash(row: ChildRow | undefined, ref: TrashRef, forRestore: boolean): ChildRow {
  if (!row) throw notFound(ref);
  if (row.deleted_at === null) throw notInTrash(ref);
  if (forRestore && row.trip_deleted !== null) throw waitsForTrip(row.trip_title);
  return row;
}

/** Brings the thing back with exactly what was deleted with it. */
export function restoreFromTrash(store: Store, ref: TrashRef): TrashRef {
  const s = stmts(store.db);
  store.write(() => {
    switch (ref.kind) {
      case 'trip':
        inTrash(s.trip.get(ref.id) as TrashedRow | undefined, ref);
        restoreTrip(store, ref.id);
        return;
      case 'person':
        inTrash(s.person.get(ref.id) as TrashedRow | undefined, ref);
        restorePerson(store, ref.id);
        return;
      case 'institution':
        inTrash(s.institution.get(ref.id) as TrashedRow | undefined, ref);
        restoreInstitution(store, ref.id);
        return;
      case 'learning':
        childInTrash(s.learning.get(ref.id) as ChildRow | undefined, ref, true);
        restoreLearning(store, ref.id);
        return;
      case 'photo':
        childInTrash(s.photo.get(ref.id) as ChildRow | undefined, ref, true);
        restorePhoto(store, ref.id);
        return;
    }
  });
  return { kind: ref.kind, id: ref.id };
}

const blocked = (block: PurgeBlock, message: string) =>
  new AppError('CONFLICT', message, { field: 'id', key: `trash.errors.purge.${block}` });

/** "Hapus permanen" of something in the trash (see the note at the top). */
export function purgeFromTrash(store: Store, ref: TrashRef): Purged {
  const s = stmts(store.db);
  if (ref.kind === 'person' || ref.kind === 'institution') {
    // The erasure is its own transaction (then the file is rewritten); checked here, the row cannot change in between.
    inTrash((ref.kind === 'person' ? s.person : s.institution).get(ref.id) as TrashedRow | undefined, ref);
    const { compacted } = ref.kind === 'person' ? erasePerson(store, ref.id) : eraseInstitution(store, ref.id);
    return { kind: ref.kind, id: ref.id, compacted };
  }
  store.write(() => {
    const now = store.now();
    switch (ref.kind) {
      case 'trip': {
        const row = inTrash(s.trip.get(ref.id) as (TrashedRow & { numbered: number }) | undefined, ref);
        if (row.numbered) throw blocked('numbered', 'The trip holds numbers of the register, which must stay');
        purgeTripRows(store, ref.id);
        return;
      }
      case 'learning': {
        childInTrash(s.learning.get(ref.id) as ChildRow | undefined, ref, false);
        const history = s.historyIds.all(ref.id) as string[];
        const followups = s.followupIds.all(ref.id) as string[];
        s.purgeHistory.run(ref.id);
        s.purgeFollowups.run(ref.id);
        s.unlinkQuotes.run(now, ref.id);
        s.purgeLearning.run(ref.id);
        forgetLoggedValues(store, 'followup_history', history);
        forgetLoggedValues(store, 'followups', followups);
        forgetLoggedValues(store, 'learnings', [ref.id]);
        return;
      }
      case 'photo': {
        const row = s.photo.get(ref.id) as (ChildRow & { image_sha256: string; thumb_sha256: string }) | undefined;
        childInTrash(row, ref, false);
        s.purgePhoto.run(ref.id);
        forgetLoggedValues(store, 'photos', [ref.id]);
        dropUnusedBlobs(store, [row!.image_sha256, row!.thumb_sha256]);
        return;
      }
    }
  });
  return { kind: ref.kind, id: ref.id, compacted: true };
}
