import type { AppInfo } from '../shared/contract';
import type { Handlers } from './dispatcher';
import type { Store } from './db/store';
import * as trips from './services/trips';
import * as institutions from './services/institutions';
import * as people from './services/people';
import * as delegation from './services/delegation';
import * as importer from './services/import';
import { agendaHandlers } from './handlers/agenda';
import { learningsHandlers } from './handlers/learnings';
import { mediaHandlers } from './handlers/media';
import { documentsHandlers } from './handlers/documents';
import { issuersHandlers } from './handlers/issuers';
import { quotesHandlers } from './handlers/quotes';
import { exportHandlers, type Desktop } from './handlers/export';
import type { DocBuilder } from './docs/builder';
import type { SYSTEM_OPERATIONS } from '../shared/ops/backups';

export interface HandlerContext {
  store: Store;
  info: Omit<AppInfo, 'schemaVersion'>;
  /** The desktop's save dialog and file manager; absent in browser mode and tests without one. */
  desktop?: Desktop;
  /** Where documents are built (the app's worker thread); absent: in this thread. */
  docBuilder?: DocBuilder;
}

/** The operations of an open database; the file's health, backups and log are bound by main/app.ts. */
export type DatabaseHandlers = Omit<Handlers, (typeof SYSTEM_OPERATIONS)[number]>;

/** Binds every database operation to its service. */
export function createHandlers({ store, info, desktop, docBuilder }: HandlerContext): DatabaseHandlers {
  return {
    'app.info': () => ({
      ...info,
      schemaVersion: store.db.pragma('user_version', { simple: true }) as number,
    }),

    'trips.list': () => trips.listTrips(store),
    'trips.get': ({ id }) => trips.getTrip(store, id),
    'trips.detail': ({ id }) => delegation.tripDetail(store, id),
    'trips.create': (input) => trips.createTrip(store, input),
    'trips.update': (input) => trips.updateTrip(store, input),
    'trips.duplicate': (input) => delegation.duplicateTrip(store, input),
    'trips.delete': ({ id }) => trips.deleteTrip(store, id),
    'trips.restore': ({ id }) => trips.restoreTrip(store, id),

    'institutions.list': (q) => institutions.listInstitutions(store, q),
    'institutions.create': (input) => institutions.createInstitution(store, input),
    'institutions.update': (input) => institutions.updateInstitution(store, input),
    'institutions.delete': ({ id }) => institutions.deleteInstitution(store, id),
    'institutions.restore': ({ id }) => institutions.restoreInstitution(store, id),
    'institutions.erase': ({ id }) => institutions.eraseInstitution(store, id),

    'people.search': (q) => people.searchPeople(store, q),
    'people.get': ({ id }) => people.getPerson(store, id),
    'people.create': (input) => people.createPerson(store, input),
    'people.update': (input) => people.updatePerson(store, input),
    'people.delete': ({ id }) => people.deletePerson(store, id),
    'people.restore': ({ id }) => people.restorePerson(store, id),
    'people.erase': ({ id }) => people.erasePerson(store, id),
    'people.importPreview': (input) => importer.previewImport(store, input),
    'people.importCommit': (input) => importer.commitImport(store, input),

    'members.add': (input) => delegation.addMember(store, input),
    'members.addNew': (input) => delegation.addNewMember(store, input),
    'members.update': (input) => delegation.updateMember(store, input),
    'members.remove': ({ id }) => delegation.removeMember(store, id),
    'members.restore': ({ id }) => delegation.restoreMember(store, id),
    'members.reorder': (input) => delegation.reorderMembers(store, input),
    'members.resetOrder': ({ tripId }) => delegation.resetMemberOrder(store, tripId),

    'hosts.add': (input) => delegation.addHost(store, input),
    'hosts.remove': ({ id }) => delegation.removeHost(store, id),
    'hostPeople.add': (input) => delegation.addHostPerson(store, input),
    'hostPeople.update': (input) => delegation.updateHostPerson(store, input),
    'hostPeople.remove': ({ id }) => delegation.removeHostPerson(store, id),
    'venues.create': (input) => delegation.createVenue(store, input),
    'venues.update': (input) => delegation.updateVenue(store, input),
    'venues.remove': ({ id }) => delegation.removeVenue(store, id),

    ...agendaHandlers(store),
    ...learningsHandlers(store),
    ...mediaHandlers(store),
    ...documentsHandlers(store),
    ...issuersHandlers(store),
    ...quotesHandlers(store),
    ...exportHandlers(store, desktop, { ...(docBuilder && { builder: docBuilder }) }),
  };
}
