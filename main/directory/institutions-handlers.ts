import type { Handlers } from '../dispatcher';
import type { Store } from '../db/store';
import type { institutionsOps } from '../../shared/directory/institutions-ops';
import { entityHandlers } from '../bind';
import * as institutions from './institutions';

/** Binds the institution operations to their services. */
export function institutionsHandlers(store: Store): Pick<Handlers, keyof typeof institutionsOps> {
  return {
    'institutions.list': (q) => institutions.listInstitutions(store, q),
    ...entityHandlers(store, 'institutions', {
      create: institutions.createInstitution,
      update: institutions.updateInstitution,
      delete: institutions.deleteInstitution,
      restore: institutions.restoreInstitution,
    }),
    'institutions.erase': ({ id }) => institutions.eraseInstitution(store, id),
  };
}
