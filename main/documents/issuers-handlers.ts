import type { Handlers } from '../dispatcher';
import type { Store } from '../db/store';
import { entityHandlers } from '../bind';
import { refreshFromDirectory, undoRefresh } from '../delegation';
import * as issuers from './issuers';
import { resetDocChoice, tripSigning, updateDocChoice } from './signing';

type IssuersHandlers = Pick<
  Handlers,
  | 'issuers.list'
  | 'issuers.update'
  | 'issuers.setEmblem'
  | 'issuers.clearEmblem'
  | 'signers.create'
  | 'signers.update'
  | 'signers.remove'
  | 'signers.restore'
  | 'signing.get'
  | 'signing.update'
  | 'signing.reset'
  | 'trips.refreshFromDirectory'
  | 'trips.undoRefresh'
>;

/** Binds issuers, signers, the trip's signing choices and its history to their services. */
export function issuersHandlers(store: Store): IssuersHandlers {
  return {
    'issuers.list': ({ institutionId }) => issuers.listIssuers(store, institutionId),
    'issuers.update': (input) => issuers.updateIssuer(store, input),
    'issuers.setEmblem': (input) => issuers.setIssuerEmblem(store, input),
    'issuers.clearEmblem': (input) => issuers.clearIssuerEmblem(store, input),
    ...entityHandlers(store, 'signers', { create: issuers.createSigner, update: issuers.updateSigner, remove: issuers.removeSigner, restore: issuers.restoreSigner }),
    'signing.get': ({ tripId }) => tripSigning(store, tripId),
    'signing.update': (input) => updateDocChoice(store, input),
    'signing.reset': (input) => resetDocChoice(store, input),
    'trips.refreshFromDirectory': (input) => refreshFromDirectory(store, input),
    'trips.undoRefresh': (input) => undoRefresh(store, input),
  };
}
