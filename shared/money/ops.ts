import { byIdSchema, byTripSchema, emptySchema } from '../common';
import { entityOps, op, row } from '../op';
import type { RateSetCsv, RateSetRowsResult } from './csv';
import type { TripCostSheet } from './readiness';
import {
  advanceCreateSchema,
  advanceUpdateSchema,
  memberMoneyUpdateSchema,
  rateSetImportSchema,
  rateSetInputSchema,
  rateSetUpdateSchema,
  tripMoneyUpdateSchema,
  type AdvanceRecord,
  type MemberMoney,
  type RateSetRecord,
  type TripMoney,
} from './schemas';

/** The money of a trip (issue 15): rate sets, the trip's and its members' money, advances and the cost sheet. */
export const moneyOps = {
  /**
   * Rate sets, the latest first. `rateSets.remove` marks a set deleted (trips that chose it fall back to the sets
   * by date, and say so); `rateSets.restore` brings it back.
   */
  ...entityOps('rateSets', row<RateSetRecord>(), { create: rateSetInputSchema, update: rateSetUpdateSchema }, 'get', 'remove', 'restore'),
  'rateSets.list': op<typeof emptySchema, RateSetRecord[]>(emptySchema),
  /** "Tambah contoh": the sample set (example figures, marked as a sample); never added by itself. */
  'rateSets.addSample': op<typeof emptySchema, RateSetRecord>(emptySchema),
  /** A spreadsheet's rows read as a rate set, each row with its reasons; writes nothing. */
  'rateSets.importPreview': op<typeof rateSetImportSchema, RateSetRowsResult>(rateSetImportSchema),
  /** The same rows written as a new set in one transaction; refused while any row is wrong. */
  'rateSets.importConfirm': op<typeof rateSetImportSchema, RateSetRecord>(rateSetImportSchema),
  /** The set as CSV in the layout the import reads. */
  'rateSets.exportCsv': op<typeof byIdSchema, RateSetCsv>(byIdSchema),

  'tripMoney.get': op<typeof byTripSchema, TripMoney>(byTripSchema),
  'tripMoney.update': op<typeof tripMoneyUpdateSchema, TripMoney>(tripMoneyUpdateSchema),
  /** Every live member's money (their level override, expenses, own journeys), version 0 until first saved. */
  'memberMoney.list': op<typeof byTripSchema, MemberMoney[]>(byTripSchema),
  'memberMoney.update': op<typeof memberMoneyUpdateSchema, MemberMoney>(memberMoneyUpdateSchema),
  /** Uang muka. */
  ...entityOps('advances', row<AdvanceRecord>(), { list: byTripSchema, create: advanceCreateSchema, update: advanceUpdateSchema }, 'remove', 'restore'),
  /** The trip's cost sheet by member and component, planned and real, with advances, the DPA line and what is not ready. */
  'costSheet.get': op<typeof byTripSchema, TripCostSheet>(byTripSchema),
};
