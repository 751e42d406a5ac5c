import type { Handlers } from '../dispatcher';
import type { Store } from '../db/store';
import type { peopleOps } from '../../shared/directory/people-ops';
import * as people from './people';
import * as importer from '../import';

/** Binds the people and import operations to their services. */
export function peopleHandlers(store: Store): Pick<Handlers, keyof typeof peopleOps> {
  return {
    'people.search': (q) => people.searchPeople(store, q),
    'people.get': ({ id }) => people.getPerson(store, id),
    'people.create': (input) => people.createPerson(store, input),
    'people.update': (input) => people.updatePerson(store, input),
    'people.delete': ({ id }) => people.deletePerson(store, id),
    'people.restore': ({ id }) => people.restorePerson(store, id),
    'people.erase': ({ id }) => people.erasePerson(store, id),
    'people.importPreview': (input) => importer.previewImport(store, input),
    'people.importCommit': (input) => importer.commitImport(store, input),
  };
}
