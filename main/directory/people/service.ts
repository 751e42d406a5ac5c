import type { Employment, PersonCreate, PersonPatch, PersonRow } from '../../../shared/directory/person';
import { fullName } from '../../../shared/directory/person';
import { kindForRole, type MemberRole } from '../../../shared/delegation/schemas';
import { nipDigits, parseNip } from '../../../shared/directory/nip';
import { AppError } from '../../../shared/result';
import { hasNip } from '../../../shared/vocabulary';
import { preparedPer, type Store } from '../../db/store';
import { removeRow, stripUndefined } from '../../db/rows';
import { isErased } from './erasure';
import { COLS, notFound, toPersonRow, type PersonDbRow } from './rows';
import { checkVersion } from '../../db/versions';

/*
 * The people directory. Deleting a person marks the row and, in the same
 * transaction and with the same timestamp, their live trip_members and
 * trip_host_people rows (children are marked, never cascaded or removed);
 * restoring brings back the person and exactly the children carrying that
 * timestamp, so undo leaves the trips as they were and a child removed on its
 * own earlier stays removed.
 */

function prepare(db: Store['db']) {
  return {
    insert: db.prepare(
      `INSERT INTO people (id, kind, title_prefix, name, title_suffix, employment, nip, golongan, jabatan, unit, eselon,
         travel_level, phone, email, institution_id, media_type, press_card, notes, created_at, updated_at)
       VALUES (@id, @kind, @titlePrefix, @name, @titleSuffix, @employment, @nip, @golongan, @jabatan, @unit, @eselon,
         @travelLevel, @phone, @email, @institutionId, @mediaType, @pressCard, @notes, @createdAt, @updatedAt)`,
    ),
    get: db.prepare(`SELECT ${COLS} FROM people p LEFT JOIN institutions i ON i.id = p.institution_id WHERE p.id = ?`),
    update: db.prepare(
      `UPDATE people SET kind = @kind, title_prefix = @titlePrefix, name = @name, title_suffix = @titleSuffix,
         employment = @employment, nip = @nip, golongan = @golongan, jabatan = @jabatan, unit = @unit, eselon = @eselon,
         travel_level = @travelLevel, phone = @phone, email = @email, institution_id = @institutionId,
         media_type = @mediaType, press_card = @pressCard, notes = @notes, updated_at = @updatedAt
       WHERE id = @id`,
    ),
    nipOwner: db.prepare(
      `SELECT id, title_prefix AS titlePrefix, name, title_suffix AS titleSuffix FROM people
       WHERE nip = ? AND nip <> '' AND deleted_at IS NULL AND id <> ? LIMIT 1`,
    ),
    institutionLive: db.prepare(`SELECT 1 FROM institutions WHERE id = ? AND deleted_at IS NULL`),
    softDelete: db.prepare(`UPDATE people SET deleted_at = @now, updated_at = @now WHERE id = @id AND deleted_at IS NULL`),
    markMembers: db.prepare(
      `UPDATE trip_members SET deleted_at = @now, updated_at = @now WHERE person_id = @id AND deleted_at IS NULL`,
    ),
    markHostPeople: db.prepare(
      `UPDATE trip_host_people SET deleted_at = @now, updated_at = @now WHERE person_id = @id AND deleted_at IS NULL`,
    ),
    restore: db.prepare(`UPDATE people SET deleted_at = NULL, updated_at = @now WHERE id = @id`),
    restoreMembers: db.prepare(
      `UPDATE trip_members SET deleted_at = NULL, updated_at = @now WHERE person_id = @id AND deleted_at = @at`,
    ),
    restoreHostPeople: db.prepare(
      `UPDATE trip_host_people SET deleted_at = NULL, updated_at = @now WHERE person_id = @id AND deleted_at = @at`,
    ),
  };
}
const stmts = preparedPer(prepare);

function liveRow(store: Store, id: string): PersonDbRow {
  const row = stmts(store.db).get.get(id) as PersonDbRow | undefined;
  if (!row || row.deleted_at !== null) throw notFound(id);
  return row;
}

export function getPerson(store: Store, id: string): PersonRow {
  return toPersonRow(liveRow(store, id));
}

/** NIP rules by employment (the schema checks a create; a patch is checked here against the merged person). */
function checkNip(p: { employment: Employment; nip: string }, field: string): void {
  if (p.nip === '') return;
  if (!hasNip(p.employment)) {
    throw new AppError('VALIDATION', 'Elected officials and non-ASN carry no NIP', { field, key: 'validation.nip.notExpected' });
  }
  const r = parseNip(p.nip, p.employment === 'pppk' ? 'pppk' : 'pns');
  if (!r.ok) throw new AppError('VALIDATION', `Invalid NIP: ${r.problem}`, { field, key: `validation.nip.${r.problem}` });
}

function checkNipFree(store: Store, nip: string, selfId: string, field: string): void {
  if (nip === '') return;
  const other = stmts(store.db).nipOwner.get(nip, selfId) as
    | { id: string; titlePrefix: string; name: string; titleSuffix: string }
    | undefined;
  if (other) {
    throw new AppError('VALIDATION', `NIP ${nip} already belongs to ${other.name}`, {
      field,
      key: 'people.errors.nipTaken',
      params: { name: fullName(other) },
    });
  }
}

function checkInstitution(store: Store, id: string | null, field: string): void {
  if (id !== null && !stmts(store.db).institutionLive.get(id)) {
    throw new AppError('VALIDATION', `Institution ${id} does not exist`, { field, key: 'errors.institutionNotFound' });
  }
}

/**
 * Inserts a person; call inside `store.write` (members.addNew and the import
 * use it inside their own transactions). Checks the NIP, its uniqueness among
 * live people and the institution.
 */
export function insertPerson(store: Store, input: PersonCreate): PersonRow {
  const nip = nipDigits(input.nip);
  checkNip({ employment: input.employment, nip }, 'nip');
  checkNipFree(store, nip, '', 'nip');
  checkInstitution(store, input.institutionId, 'institutionId');
  const now = store.now();
  const person = {
    kind: input.kind,
    titlePrefix: input.titlePrefix,
    name: input.name,
    titleSuffix: input.titleSuffix,
    employment: input.employment,
    nip,
    golongan: input.golongan,
    jabatan: input.jabatan,
    unit: input.unit,
    eselon: input.eselon,
    travelLevel: input.travelLevel,
    phone: input.phone,
    email: input.email,
    institutionId: input.institutionId,
    mediaType: input.mediaType,
    pressCard: input.pressCard,
    notes: input.notes,
    id: store.newId(),
    createdAt: now,
    updatedAt: now,
  };
  const s = stmts(store.db);
  s.insert.run(person);
  return toPersonRow(s.get.get(person.id) as PersonDbRow);
}

export function createPerson(store: Store, input: PersonCreate): PersonRow {
  return store.write(() => insertPerson(store, input));
}

export function updatePerson(store: Store, { id, patch, expectedUpdatedAt }: { id: string; patch: PersonPatch; expectedUpdatedAt?: number | undefined }): PersonRow {
  return store.write(() => {
    checkVersion(store, 'people', id, expectedUpdatedAt);
    const s = stmts(store.db);
    const cur = toPersonRow(liveRow(store, id));
    const changes = stripUndefined(patch) as Partial<PersonRow>;
    if (changes.nip !== undefined) changes.nip = nipDigits(changes.nip);
    const next: PersonRow = { ...cur, ...changes, updatedAt: store.now() };
    if (patch.nip !== undefined || patch.employment !== undefined) {
      checkNip(next, 'patch.nip');
      if (next.nip !== cur.nip) checkNipFree(store, next.nip, id, 'patch.nip');
    }
    if (patch.institutionId !== undefined && next.institutionId !== cur.institutionId) {
      checkInstitution(store, next.institutionId, 'patch.institutionId');
    }
    if (next.kind !== cur.kind) checkKindFitsTrips(store, id, next.kind);
    s.update.run(next);
    return toPersonRow(s.get.get(id) as PersonDbRow);
  });
}

/**
 * A person's kind may change only while no live trip holds them in a role of
 * the old kind (a ketua cannot silently become a journalist, nor a host official).
 */
function checkKindFitsTrips(store: Store, id: string, kind: PersonRow['kind']): void {
  const memberships = store.db
    .prepare(`SELECT m.role FROM trip_members m JOIN trips t ON t.id = m.trip_id WHERE m.person_id = ? AND m.deleted_at IS NULL AND t.deleted_at IS NULL`)
    .pluck()
    .all(id) as MemberRole[];
  const hosting = store.db
    .prepare(`SELECT count(*) FROM trip_host_people h JOIN trips t ON t.id = h.trip_id WHERE h.person_id = ? AND h.deleted_at IS NULL AND t.deleted_at IS NULL`)
    .pluck()
    .get(id) as number;
  const misfit = memberships.some((role) => kindForRole(role) !== kind) || (hosting > 0 && kind !== 'host_official');
  if (misfit) {
    throw new AppError('VALIDATION', `The person is in a trip in a role that needs their current kind; remove them from it first`, {
      field: 'patch.kind',
      key: 'people.errors.kindInUse',
    });
  }
}

/** Marks the person and their live trip memberships and host roles deleted, all with one timestamp. */
export function deletePerson(store: Store, id: string): { id: string } {
  const s = stmts(store.db);
  return removeRow(store, id, liveRow, (now) => {
    s.softDelete.run({ id, now });
    s.markMembers.run({ id, now });
    s.markHostPeople.run({ id, now });
  });
}

/** Undoes deletePerson: the person and exactly the children marked with the person's deletion time. */
export function restorePerson(store: Store, id: string): PersonRow {
  return store.write(() => {
    const s = stmts(store.db);
    const row = s.get.get(id) as PersonDbRow | undefined;
    if (!row) throw notFound(id);
    if (isErased(store, id)) {
      throw new AppError('CONFLICT', `Person ${id} was erased permanently and cannot be restored`, { field: 'id', key: 'people.errors.erased' });
    }
    if (row.deleted_at === null) return toPersonRow(row);
    // Someone else may have been given this NIP meanwhile: two live holders are never allowed.
    if (row.nip !== '') {
      const other = s.nipOwner.get(row.nip, id) as { titlePrefix: string; name: string; titleSuffix: string } | undefined;
      if (other) {
        throw new AppError('CONFLICT', `NIP ${row.nip} now belongs to ${other.name}`, {
          field: 'nip',
          key: 'people.errors.nipTaken',
          params: { name: fullName(other) },
        });
      }
    }
    const now = store.now();
    const at = row.deleted_at;
    s.restore.run({ id, now });
    s.restoreMembers.run({ id, now, at });
    s.restoreHostPeople.run({ id, now, at });
    return toPersonRow({ ...row, deleted_at: null, updated_at: now });
  });
}
