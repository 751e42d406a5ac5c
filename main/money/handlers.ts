import type { Handlers } from '../dispatcher';
import type { Store } from '../db/store';
import type { moneyOps } from '../../shared/money/ops';
import type { receiptsOps } from '../../shared/money/receipts';
import { entityHandlers } from '../bind';
import * as s from '.';

/** Binds the money operations to their services. */
export function moneyHandlers(store: Store): Pick<Handlers, keyof typeof moneyOps | keyof typeof receiptsOps> {
  return {
    ...entityHandlers(store, 'rateSets', { get: s.getRateSet, create: s.createRateSet, update: s.updateRateSet, remove: s.removeRateSet, restore: s.restoreRateSet }),
    'rateSets.list': () => s.listRateSets(store),
    'rateSets.addSample': () => s.addSampleRateSet(store),
    'rateSets.importPreview': (input) => s.previewRateSetImport(input),
    'rateSets.importConfirm': (input) => s.confirmRateSetImport(store, input),
    'rateSets.exportCsv': ({ id }) => s.exportRateSetCsv(store, id),
    'tripMoney.get': ({ tripId }) => s.getTripMoney(store, tripId),
    'tripMoney.update': (input) => s.updateTripMoney(store, input),
    'memberMoney.list': ({ tripId }) => s.listMembersMoney(store, tripId),
    'memberMoney.update': (input) => s.updateMemberMoney(store, input),
    ...entityHandlers(store, 'advances', { list: s.listAdvances, create: s.createAdvance, update: s.updateAdvance, remove: s.removeAdvance, restore: s.restoreAdvance }),
    'costSheet.get': ({ tripId }) => s.costSheet(store, tripId),
    ...entityHandlers(store, 'receipts', { list: s.listReceipts, add: s.addReceipt, remove: s.removeReceipt, restore: s.restoreReceipt }),
    'receipts.file': ({ id }) => s.receiptFile(store, id),
  };
}
