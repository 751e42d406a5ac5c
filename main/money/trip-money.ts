import type { z } from 'zod';
import type {
  AdvanceRecord,
  MemberMoney,
  TripMoney,
  advanceCreateSchema,
  advanceUpdateSchema,
  memberMoneyUpdateSchema,
  tripMoneyUpdateSchema,
} from '../../shared/money/schemas';
import { AppError } from '../../shared/result';
import { foundOr, removeMarked, restoreMarked, stripUndefined } from '../db/rows';
import { preparedPer, type Store } from '../db/store';
import { refuseStale } from '../db/versions';
import type { PersonRow } from '../../shared/directory/person';
import { getPerson } from '../directory';
import { inLiveTrip, liveTripRow, ofLiveTrip, writeTripRecord } from '../trips';
import { liveRateSet } from './rate-sets';
import {
  invalid,
  memberMoneyParams,
  toAdvance,
  toMemberMoney,
  toTripMoney,
  tripMoneyParams,
  type AdvanceDbRow,
  type MemberMoneyDbRow,
  type TripMoneyDbRow,
} from './rows';

/*
 * A trip's money: its settings (the rate set, kind of travel, DPA line,
 * non-ASN policy, PPK), each member's level override, expenses and own
 * journeys, and the advances paid. Settings and a member's money exist before
 * their rows (version 0); each write is one `store.write`.
 */

type In<S extends z.ZodType> = z.output<S>;

const MEMBER_MONEY_SQL = `SELECT m.id AS member_id, m.trip_id, mm.level_override, mm.planned_expenses, mm.real_expenses, mm.legs, mm.updated_at
  FROM trip_members m LEFT JOIN trip_member_money mm ON mm.id = m.id AND mm.deleted_at IS NULL
  WHERE m.deleted_at IS NULL`;

function prepare(db: Store['db']) {
  return {
    settings: db.prepare(`SELECT * FROM trip_money WHERE id = ? AND deleted_at IS NULL`),
    upsertSettings: db.prepare(
      `INSERT INTO trip_money (id, rate_set_id, travel_kind, destination_region_code, budget_code, budget_name, budget_ceiling, non_asn, ppk_person_id, created_at, updated_at)
       VALUES (@tripId, @rateSetId, @travelKind, @destinationRegionCode, @budgetCode, @budgetName, @budgetCeiling, @nonAsn, @ppkPersonId, @now, @now)
       ON CONFLICT (id) DO UPDATE SET rate_set_id = excluded.rate_set_id, travel_kind = excluded.travel_kind,
         destination_region_code = excluded.destination_region_code, budget_code = excluded.budget_code, budget_name = excluded.budget_name,
         budget_ceiling = excluded.budget_ceiling, non_asn = excluded.non_asn, ppk_person_id = excluded.ppk_person_id,
         deleted_at = NULL, updated_at = excluded.updated_at`,
    ),
    livePerson: db.prepare(`SELECT 1 FROM people WHERE id = ? AND deleted_at IS NULL`).pluck(),
    membersMoney: db.prepare(`${MEMBER_MONEY_SQL} AND m.trip_id = ? ORDER BY m.created_at, m.id`),
    memberMoney: db.prepare(`${MEMBER_MONEY_SQL} AND m.id = ?`),
    memberTrip: db.prepare(`SELECT trip_id FROM trip_members WHERE id = ? AND deleted_at IS NULL`).pluck(),
    upsertMember: db.prepare(
      `INSERT INTO trip_member_money (id, trip_id, level_override, planned_expenses, real_expenses, legs, created_at, updated_at)
       VALUES (@memberId, @tripId, @levelOverride, @planned, @real, @legs, @now, @now)
       ON CONFLICT (id) DO UPDATE SET level_override = excluded.level_override, planned_expenses = excluded.planned_expenses,
         real_expenses = excluded.real_expenses, legs = excluded.legs, deleted_at = NULL, updated_at = excluded.updated_at`,
    ),
    advances: db.prepare(`SELECT * FROM trip_advances WHERE trip_id = ? AND deleted_at IS NULL ORDER BY created_at, id`),
    advance: db.prepare(`SELECT * FROM trip_advances WHERE id = ?`),
    insertAdvance: db.prepare(
      `INSERT INTO trip_advances (id, trip_id, member_id, amount, paid_on, note, created_at, updated_at)
       VALUES (@id, @tripId, @memberId, @amount, @paidOn, @note, @now, @now)`,
    ),
    updateAdvance: db.prepare(`UPDATE trip_advances SET member_id = @memberId, amount = @amount, paid_on = @paidOn, note = @note, updated_at = @now WHERE id = @id`),
    markAdvance: db.prepare(`UPDATE trip_advances SET deleted_at = @deletedAt, updated_at = @now WHERE id = @id`),
  };
}
const stmts = preparedPer(prepare);

/** The PPK as the directory has them, while they are in it. */
export function livePpk(store: Store, personId: string): PersonRow | null {
  return stmts(store.db).livePerson.get(personId) ? getPerson(store, personId) : null;
}

// ---- Settings ------------------------------------------------------------------

/** The trip's settings as stored, or the defaults; no trip check. */
export function readTripMoney(store: Store, tripId: string): TripMoney {
  return toTripMoney(tripId, stmts(store.db).settings.get(tripId) as TripMoneyDbRow | undefined);
}

export function getTripMoney(store: Store, tripId: string): TripMoney {
  return ofLiveTrip(store, tripId, readTripMoney);
}

export function updateTripMoney(store: Store, { tripId, expectedUpdatedAt, patch }: In<typeof tripMoneyUpdateSchema>): TripMoney {
  return writeTripRecord(store, tripId, readTripMoney, (current) => {
    refuseStale('trip_money', tripId, current.updatedAt, expectedUpdatedAt);
    if (patch.rateSetId) liveRateSet(store, patch.rateSetId, 'patch.rateSetId');
    if (patch.ppkPersonId && !livePpk(store, patch.ppkPersonId)) {
      throw invalid('patch.ppkPersonId', 'money.errors.ppkNotFound', `Person ${patch.ppkPersonId} not found`);
    }
    stmts(store.db).upsertSettings.run({ ...tripMoneyParams({ ...current, ...stripUndefined(patch) }), now: store.now() });
  });
}

// ---- A member's money --------------------------------------------------------------

/** The live members' money, stored or default; no trip check. */
export function readMembersMoney(store: Store, tripId: string): MemberMoney[] {
  return (stmts(store.db).membersMoney.all(tripId) as MemberMoneyDbRow[]).map(toMemberMoney);
}

export function listMembersMoney(store: Store, tripId: string): MemberMoney[] {
  return ofLiveTrip(store, tripId, readMembersMoney);
}

const memberNotFound = (id: string, field: string) => new AppError('NOT_FOUND', `Member ${id} not found`, { field, key: 'errors.memberNotFound' });

/** The live member's trip (itself live), or NOT_FOUND naming `field`. */
function memberTrip(store: Store, memberId: string, field: string): string {
  const tripId = stmts(store.db).memberTrip.get(memberId) as string | undefined;
  if (tripId === undefined) throw memberNotFound(memberId, field);
  return inLiveTrip(store, { trip_id: tripId }).trip_id;
}

export function updateMemberMoney(store: Store, { memberId, expectedUpdatedAt, patch }: In<typeof memberMoneyUpdateSchema>): MemberMoney {
  return store.write(() => {
    memberTrip(store, memberId, 'memberId');
    const s = stmts(store.db);
    const current = toMemberMoney(s.memberMoney.get(memberId) as MemberMoneyDbRow);
    refuseStale('trip_member_money', memberId, current.updatedAt, expectedUpdatedAt);
    s.upsertMember.run({ ...memberMoneyParams({ ...current, ...stripUndefined(patch) }), now: store.now() });
    return toMemberMoney(s.memberMoney.get(memberId) as MemberMoneyDbRow);
  });
}

// ---- Advances (uang muka) ----------------------------------------------------------

/** The trip's live advances in the order they were recorded; no trip check. */
export function readAdvances(store: Store, tripId: string): AdvanceRecord[] {
  return (stmts(store.db).advances.all(tripId) as AdvanceDbRow[]).map(toAdvance);
}

export function listAdvances(store: Store, tripId: string): AdvanceRecord[] {
  return ofLiveTrip(store, tripId, readAdvances);
}

/** An advance's member must be a live member of its trip. */
function checkAdvanceMember(store: Store, tripId: string, memberId: string | null, field: string): void {
  if (memberId === null) return;
  const of = stmts(store.db).memberTrip.get(memberId) as string | undefined;
  if (of !== tripId) throw invalid(field, 'money.errors.memberNotOfTrip', `Member ${memberId} is not on trip ${tripId}`);
}

const advanceNotFound = (id: string) => new AppError('NOT_FOUND', `Advance ${id} not found`, { field: 'id', key: 'money.errors.advanceNotFound' });

const advanceRow = (store: Store, id: string) => stmts(store.db).advance.get(id) as AdvanceDbRow | undefined;

function liveAdvance(store: Store, id: string): AdvanceDbRow {
  const r = advanceRow(store, id);
  if (!r || r.deleted_at !== null) throw advanceNotFound(id);
  return inLiveTrip(store, r);
}

export function createAdvance(store: Store, input: In<typeof advanceCreateSchema>): AdvanceRecord {
  return store.write(() => {
    liveTripRow(store, input.tripId, 'tripId');
    checkAdvanceMember(store, input.tripId, input.memberId, 'memberId');
    const id = store.newId();
    stmts(store.db).insertAdvance.run({ ...input, id, now: store.now() });
    return toAdvance(advanceRow(store, id) as AdvanceDbRow);
  });
}

export function updateAdvance(store: Store, { id, expectedUpdatedAt, patch }: In<typeof advanceUpdateSchema>): AdvanceRecord {
  return store.write(() => {
    const current = toAdvance(liveAdvance(store, id));
    refuseStale('trip_advances', id, current.updatedAt, expectedUpdatedAt);
    if (patch.memberId !== undefined) checkAdvanceMember(store, current.tripId, patch.memberId, 'patch.memberId');
    stmts(store.db).updateAdvance.run({ ...current, ...stripUndefined(patch), id, now: store.now() });
    return toAdvance(advanceRow(store, id) as AdvanceDbRow);
  });
}

export function removeAdvance(store: Store, id: string): { id: string } {
  return removeMarked(store, id, liveAdvance, stmts(store.db).markAdvance);
}

export function restoreAdvance(store: Store, id: string): AdvanceRecord {
  const load = () => inLiveTrip(store, foundOr(advanceRow(store, id), () => advanceNotFound(id)));
  return restoreMarked(store, id, load, stmts(store.db).markAdvance, () => toAdvance(advanceRow(store, id) as AdvanceDbRow));
}
