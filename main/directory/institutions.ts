import type { Institution, InstitutionCreate, InstitutionKind, InstitutionUpdate } from '../../shared/directory/institution';
import { regionByCode } from '../../shared/regions';
import type { Erased } from '../../shared/directory/person';
import { AppError } from '../../shared/result';
import { preparedPer, type Store } from '../db/store';
import { eraseAndCompact, ERASED_NAME } from './people';
import { removeRow, updateRow } from '../db/rows';

/*
 * Deleting an institution marks it (deleted_at) and leaves every reference in
 * place: people keep their outlet/office, past trips keep their hosts and
 * origin. History must keep its meaning (a 2020 report still names the office
 * that received us), undo must restore the exact previous state, and two
 * laptops syncing later must not see cascades one of them never made. What a
 * deleted institution can no longer do is be newly chosen: create/update of
 * people and trips only accept live institutions.
 */

interface InstitutionDbRow {
  id: string;
  kind: InstitutionKind;
  name: string;
  region_code: string;
  address: string;
  phone: string;
  email: string;
  website: string;
  created_at: number;
  updated_at: number;
  deleted_at: number | null;
}

export const toInstitution = (r: InstitutionDbRow): Institution => ({
  id: r.id,
  kind: r.kind,
  name: r.name,
  regionCode: r.region_code,
  address: r.address,
  phone: r.phone,
  email: r.email,
  website: r.website,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const COLS = `id, kind, name, region_code, address, phone, email, website, created_at, updated_at, deleted_at`;

function prepare(db: Store['db']) {
  return {
    insert: db.prepare(
      `INSERT INTO institutions (id, kind, name, region_code, address, phone, email, website, created_at, updated_at)
       VALUES (@id, @kind, @name, @regionCode, @address, @phone, @email, @website, @createdAt, @updatedAt)`,
    ),
    get: db.prepare(`SELECT ${COLS} FROM institutions WHERE id = ?`),
    listAll: db.prepare(
      `SELECT ${COLS} FROM institutions WHERE deleted_at IS NULL AND (@kind IS NULL OR kind = @kind)
       ORDER BY name COLLATE NOCASE, id`,
    ),
    update: db.prepare(
      `UPDATE institutions SET kind = @kind, name = @name, region_code = @regionCode, address = @address, phone = @phone,
         email = @email, website = @website, updated_at = @updatedAt
       WHERE id = @id`,
    ),
    softDelete: db.prepare(`UPDATE institutions SET deleted_at = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL`),
    restore: db.prepare(`UPDATE institutions SET deleted_at = NULL, updated_at = ? WHERE id = ?`),
  };
}
const stmts = preparedPer(prepare);

function notFound(id: string): AppError {
  return new AppError('NOT_FOUND', `Institution ${id} does not exist or was deleted`, {
    field: 'id',
    key: 'errors.institutionNotFound',
  });
}

function checkRegion(code: string, field: string): void {
  if (code !== '' && !regionByCode(code)) {
    throw new AppError('VALIDATION', `Unknown region code ${code}`, { field, key: 'validation.regionCode' });
  }
}

function liveRow(store: Store, id: string): InstitutionDbRow {
  const row = stmts(store.db).get.get(id) as InstitutionDbRow | undefined;
  if (!row || row.deleted_at !== null) throw notFound(id);
  return row;
}

const fold = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');

/**
 * Live institutions by name. `query` matches the name, or the name/code of
 * the region (so "malang" finds "Diskominfo" whose region is Kota Malang).
 * Institutions number in the hundreds: filtering in JS keeps the region
 * matching (which lives in shared/regions.ts, not in SQL) exact.
 */
export function listInstitutions(store: Store, q: { kind?: InstitutionKind; query?: string }): Institution[] {
  const rows = stmts(store.db).listAll.all({ kind: q.kind ?? null }) as InstitutionDbRow[];
  const words = fold(q.query ?? '')
    .split(/\s+/)
    .filter(Boolean);
  if (words.length === 0) return rows.map(toInstitution);
  const regionText = new Map<string, string>();
  const regionOf = (code: string): string => {
    if (code === '') return '';
    let text = regionText.get(code);
    if (text === undefined) {
      const r = regionByCode(code);
      text = r ? fold(`${r.name} ${r.code} ${r.provinceName}`) : code;
      regionText.set(code, text);
    }
    return text;
  };
  return rows
    .filter((r) => {
      const hay = `${fold(r.name)} ${regionOf(r.region_code)}`;
      return words.every((w) => hay.includes(w));
    })
    .map(toInstitution);
}

/** Returns the institution if it is live; used by people and trips to check references. */
export function getInstitution(store: Store, id: string): Institution {
  return toInstitution(liveRow(store, id));
}

/** Inserts an institution; call inside `store.write`. */
export function insertInstitution(store: Store, input: InstitutionCreate): Institution {
  checkRegion(input.regionCode, 'regionCode');
  const now = store.now();
  const inst: Institution = {
    kind: input.kind,
    name: input.name,
    regionCode: input.regionCode,
    address: input.address,
    phone: input.phone,
    email: input.email,
    website: input.website,
    id: store.newId(),
    createdAt: now,
    updatedAt: now,
  };
  stmts(store.db).insert.run(inst);
  return inst;
}

export function createInstitution(store: Store, input: InstitutionCreate): Institution {
  return store.write(() => insertInstitution(store, input));
}

export function updateInstitution(store: Store, input: InstitutionUpdate): Institution {
  return updateRow(store, 'institutions', input, (id) => toInstitution(liveRow(store, id)), (next) => {
    if (input.patch.regionCode !== undefined) checkRegion(input.patch.regionCode, 'patch.regionCode');
    stmts(store.db).update.run(next);
  });
}

/** Marks the institution deleted; references to it stay (see the note at the top). */
export function deleteInstitution(store: Store, id: string): { id: string } {
  return removeRow(store, id, liveRow, (now) => stmts(store.db).softDelete.run(now, now, id));
}

export function restoreInstitution(store: Store, id: string): Institution {
  return store.write(() => {
    const row = stmts(store.db).get.get(id) as InstitutionDbRow | undefined;
    if (!row) throw notFound(id);
    if (eraseStmts(store.db).erasedAt.get(id) !== null) {
      throw new AppError('CONFLICT', `Institution ${id} was erased permanently and cannot be restored`, {
        field: 'id',
        key: 'people.errors.institutionErased',
      });
    }
    if (row.deleted_at === null) return toInstitution(row);
    const now = store.now();
    stmts(store.db).restore.run(now, id);
    return toInstitution({ ...row, deleted_at: null, updated_at: now });
  });
}

/*
 * "Hapus permanen" of an institution. An institution is an office, not a
 * person; what may be personal in it is a contact (a liaison's mobile number
 * or e-mail, an address). It is erased only when nothing still uses it: no
 * live person works there, no live trip has it as origin, host or venue, no
 * issuer (kop, signers, register) belongs to it. Trips keep their hosts as
 * their history, and the letters and reports they print read the
 * institution's name and address, so wiping a used one would rewrite issued
 * documents; the refusal says what still uses it. People already deleted
 * (restorable) lose their link to it. The erased row keeps only its kind and
 * id, is marked deleted and erased, and its change log loses its old values;
 * the file is rewritten as for a person (people.ts eraseAndCompact).
 */

function prepareErase(db: Store['db']) {
  return {
    erasedAt: db.prepare(`SELECT erased_at FROM institutions WHERE id = ?`).pluck(),
    people: db.prepare(`SELECT count(*) FROM people WHERE institution_id = ? AND deleted_at IS NULL`).pluck(),
    trips: db
      .prepare(
        `SELECT count(*) FROM trips t WHERE t.deleted_at IS NULL AND (t.origin_institution_id = @id
           OR EXISTS (SELECT 1 FROM trip_hosts h WHERE h.trip_id = t.id AND h.institution_id = @id AND h.deleted_at IS NULL)
           OR EXISTS (SELECT 1 FROM venues v WHERE v.trip_id = t.id AND v.institution_id = @id AND v.deleted_at IS NULL))`,
      )
      .pluck(),
    issuers: db.prepare(`SELECT count(*) FROM doc_issuers WHERE institution_id = ?`).pluck(),
    unlinkDeletedPeople: db.prepare(
      `UPDATE people SET institution_id = NULL, updated_at = @now WHERE institution_id = @id AND deleted_at IS NOT NULL`,
    ),
    erase: db.prepare(
      `UPDATE institutions SET name = @name, region_code = '', address = '', phone = '', email = '', website = '',
         deleted_at = coalesce(deleted_at, @now), erased_at = coalesce(erased_at, @now), updated_at = @now
       WHERE id = @id`,
    ),
    forgetLogs: db.prepare(
      `UPDATE change_log SET previous_values = NULL WHERE table_name = 'institutions' AND row_id = @id AND previous_values IS NOT NULL`,
    ),
  };
}
const eraseStmts = preparedPer(prepareErase);

export function eraseInstitution(store: Store, id: string): Erased {
  const compacted = eraseAndCompact(store, () => {
    const s = eraseStmts(store.db);
    if (!stmts(store.db).get.get(id)) throw notFound(id);
    const uses = {
      people: s.people.get(id) as number,
      trips: s.trips.get({ id }) as number,
      issuers: s.issuers.get(id) as number,
    };
    if (uses.people + uses.trips + uses.issuers > 0) {
      throw new AppError(
        'CONFLICT',
        `Institution ${id} is still used by ${uses.people} people, ${uses.trips} trips and ${uses.issuers} issuers`,
        { field: 'id', key: 'people.errors.institutionEraseInUse', params: uses },
      );
    }
    const args = { id, now: store.now(), name: ERASED_NAME };
    s.unlinkDeletedPeople.run(args);
    s.erase.run(args);
    s.forgetLogs.run(args);
  });
  return { id, compacted };
}
