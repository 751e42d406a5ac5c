import type { Handlers } from '../dispatcher';
import type { Store } from '../db/store';
import type { peopleOps } from '../../shared/directory/people-ops';
import { entityHandlers } from '../bind';
import * as people from './people';
import * as importer from '../import';

/** Binds the people and import operations to their services. */
export function peopleHandlers(store: Store): Pick<Handlers, keyof typeof peopleOps> {
  return {
    'people.search': (q) => people.searchPeople(store, q),
    ...entityHandlers(store, 'people', {
      get: people.getPerson,
      create: people.createPerson,
      update: people.updatePerson,
      delete: people.deletePerson,
      restore: people.restorePerson,
    }),
    'people.erase': ({ id }) => people.erasePerson(store, id),
    'people.importPreview': (input) => importer.previewImport(store, input),
    'people.importCommit': (input) => importer.commitImport(store, input),
  };
}
