import type { AppInfo } from '../shared/contract';
import type { Handlers } from './dispatcher';
import type { Store } from './db/store';
import * as trips from './services/trips';

export interface HandlerContext {
  store: Store;
  info: Omit<AppInfo, 'schemaVersion'>;
}

/** Binds every contract operation to its service. */
export function createHandlers({ store, info }: HandlerContext): Handlers {
  return {
    'app.info': () => ({
      ...info,
      schemaVersion: store.db.pragma('user_version', { simple: true }) as number,
    }),
    'trips.list': () => trips.listTrips(store),
    'trips.get': ({ id }) => trips.getTrip(store, id),
    'trips.create': (input) => trips.createTrip(store, input),
    'trips.update': (input) => trips.updateTrip(store, input),
    'trips.delete': ({ id }) => trips.deleteTrip(store, id),
    'trips.restore': ({ id }) => trips.restoreTrip(store, id),
  };
}
