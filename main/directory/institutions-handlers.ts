import type { Handlers } from '../dispatcher';
import type { Store } from '../db/store';
import type { institutionsOps } from '../../shared/directory/institutions-ops';
import * as institutions from './institutions';

/** Binds the institution operations to their services. */
export function institutionsHandlers(store: Store): Pick<Handlers, keyof typeof institutionsOps> {
  return {
    'institutions.list': (q) => institutions.listInstitutions(store, q),
    'institutions.create': (input) => institutions.createInstitution(store, input),
    'institutions.update': (input) => institutions.updateInstitution(store, input),
    'institutions.delete': ({ id }) => institutions.deleteInstitution(store, id),
    'institutions.restore': ({ id }) => institutions.restoreInstitution(store, id),
    'institutions.erase': ({ id }) => institutions.eraseInstitution(store, id),
  };
}
