import type { Handlers } from '../dispatcher';
import type { Store } from '../db/store';
import type { tripsOps } from '../../shared/trips/ops';
import * as trips from './service';
import { searchTrips } from './search';
import * as delegation from '../delegation';

/** Binds the trip operations to their services. */
export function tripsHandlers(store: Store): Pick<Handlers, keyof typeof tripsOps> {
  return {
    'trips.list': () => trips.listTrips(store),
    'trips.search': (q) => searchTrips(store, q),
    'trips.get': ({ id }) => trips.getTrip(store, id),
    'trips.detail': ({ id }) => delegation.tripDetail(store, id),
    'trips.create': (input) => trips.createTrip(store, input),
    'trips.update': (input) => trips.updateTrip(store, input),
    'trips.duplicate': (input) => delegation.duplicateTrip(store, input),
    'trips.delete': ({ id }) => trips.deleteTrip(store, id),
    'trips.restore': ({ id }) => trips.restoreTrip(store, id),
  };
}
