import type { z } from 'zod';
import { SAMPLE_RATE_SET } from '../../shared/money/sample-rates';
import { rateSetSchema, type RateSet, type RateSetRecord, type rateSetInputSchema, type rateSetUpdateSchema } from '../../shared/money/schemas';
import { AppError } from '../../shared/result';
import { foundOr, removeMarked, restoreMarked, stripUndefined } from '../db/rows';
import { preparedPer, type Store } from '../db/store';
import { refuseStale } from '../db/versions';
import { invalidIssue, rateSetParams, toRateSet, type RateSetDbRow } from './rows';

/*
 * Rate sets (standar biaya perjalanan dinas): the region's rates, each with
 * its legal basis and validity; an amendment is a set of its own. The sample
 * (the domain notes' example figures) is added only when the user asks for it
 * ("Tambah contoh"), clearly marked as a sample, never by itself.
 */

type In<S extends z.ZodType> = z.output<S>;

const COLUMNS = `name = @name, legal_basis = @legalBasis, valid_from = @validFrom, valid_to = @validTo, sample = @sample, notes = @notes,
  levels = @levels, rules = @rules, destinations = @destinations`;

function prepare(db: Store['db']) {
  return {
    list: db.prepare(`SELECT * FROM rate_sets WHERE deleted_at IS NULL ORDER BY valid_from DESC, name, id`),
    get: db.prepare(`SELECT * FROM rate_sets WHERE id = ?`),
    insert: db.prepare(
      `INSERT INTO rate_sets (id, name, legal_basis, valid_from, valid_to, sample, notes, levels, rules, destinations, created_at, updated_at)
       VALUES (@id, @name, @legalBasis, @validFrom, @validTo, @sample, @notes, @levels, @rules, @destinations, @now, @now)`,
    ),
    update: db.prepare(`UPDATE rate_sets SET ${COLUMNS}, deleted_at = NULL, updated_at = @now WHERE id = @id`),
    mark: db.prepare(`UPDATE rate_sets SET deleted_at = @deletedAt, updated_at = @now WHERE id = @id`),
  };
}
const stmts = preparedPer(prepare);

const notFound = (id: string, field = 'id') => new AppError('NOT_FOUND', `Rate set ${id} not found`, { field, key: 'money.errors.rateSetNotFound' });

const rowOf = (store: Store, id: string) => stmts(store.db).get.get(id) as RateSetDbRow | undefined;

const setOf = ({ createdAt: _created, updatedAt: _updated, ...set }: RateSetRecord): RateSet => set;

/** The live rate set, or NOT_FOUND naming `field`. */
export function liveRateSet(store: Store, id: string, field = 'id'): RateSetRecord {
  const r = rowOf(store, id);
  if (!r || r.deleted_at !== null) throw notFound(id, field);
  return toRateSet(r);
}

/** Every live rate set, the latest first (no checks; the cost sheet reads them too). */
export function readRateSets(store: Store): RateSetRecord[] {
  return (stmts(store.db).list.all() as RateSetDbRow[]).map(toRateSet);
}

export const listRateSets = (store: Store): RateSetRecord[] => readRateSets(store);
export const getRateSet = (store: Store, id: string): RateSetRecord => liveRateSet(store, id);

/** Inserts a checked set under a new id; call inside `store.write` (the import's confirm does too). */
export function insertRateSet(store: Store, input: In<typeof rateSetInputSchema>, id = store.newId()): RateSetRecord {
  stmts(store.db).insert.run({ ...rateSetParams({ id, ...input }), now: store.now() });
  return liveRateSet(store, id);
}

export function createRateSet(store: Store, input: In<typeof rateSetInputSchema>): RateSetRecord {
  return store.write(() => insertRateSet(store, input));
}

/** A patch of a set; the whole set is checked again (a level renamed must not leave a table naming the old code). */
export function updateRateSet(store: Store, { id, expectedUpdatedAt, patch }: In<typeof rateSetUpdateSchema>): RateSetRecord {
  return store.write(() => {
    const current = liveRateSet(store, id);
    refuseStale('rate_sets', id, current.updatedAt, expectedUpdatedAt);
    // The stamps are the row's, not the set's (the schema is strict).
    const checked = rateSetSchema.safeParse({ ...setOf(current), ...stripUndefined(patch) });
    if (!checked.success) throw invalidIssue(checked.error, 'patch');
    stmts(store.db).update.run({ ...rateSetParams(checked.data), now: store.now() });
    return liveRateSet(store, id);
  });
}

export function removeRateSet(store: Store, id: string): { id: string } {
  return removeMarked(store, id, liveRateSet, stmts(store.db).mark);
}

export function restoreRateSet(store: Store, id: string): RateSetRecord {
  const load = () => foundOr(rowOf(store, id), () => notFound(id));
  return restoreMarked(store, id, load, stmts(store.db).mark, () => liveRateSet(store, id));
}

/**
 * "Tambah contoh": the sample set under its fixed id. A live sample is left
 * as the user may have edited it; a deleted one comes back with the sample's
 * own figures.
 */
export function addSampleRateSet(store: Store): RateSetRecord {
  return store.write(() => {
    const r = rowOf(store, SAMPLE_RATE_SET.id);
    if (r && r.deleted_at === null) return toRateSet(r);
    const sample: RateSet = SAMPLE_RATE_SET;
    if (!r) return insertRateSet(store, sample, sample.id);
    stmts(store.db).update.run({ ...rateSetParams(sample), now: store.now() });
    return liveRateSet(store, sample.id);
  });
}
