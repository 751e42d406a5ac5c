import type { Handlers } from '../dispatcher';
import type { Store } from '../db/store';
import type { tripsOps } from '../../shared/trips/ops';
import { entityHandlers } from '../bind';
import * as trips from './service';
import { searchTrips } from './search';
import * as delegation from '../delegation';

/** Binds the trip operations to their services. */
export function tripsHandlers(store: Store): Pick<Handlers, keyof typeof tripsOps> {
  return {
    'trips.list': () => trips.listTrips(store),
    'trips.search': (q) => searchTrips(store, q),
    ...entityHandlers(store, 'trips', { get: trips.getTrip, create: trips.createTrip, update: trips.updateTrip, delete: trips.deleteTrip, restore: trips.restoreTrip }),
    'trips.detail': ({ id }) => delegation.tripDetail(store, id),
    'trips.duplicate': (input) => delegation.duplicateTrip(store, input),
  };
}
