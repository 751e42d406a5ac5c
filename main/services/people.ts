import type { PeoplePage, PersonCreate, PersonPatch, PersonRow, PersonSearch } from '../../shared/domain/person';
import { AppError } from '../../shared/result';
import type { Store } from '../db/store';

// TODO(helper: directory): implement. Stubs so the contract compiles.
const todo = (): never => {
  throw new AppError('INTERNAL', 'not implemented yet');
};
export function searchPeople(_store: Store, _q: PersonSearch): PeoplePage {
  return todo();
}
export function getPerson(_store: Store, _id: string): PersonRow {
  return todo();
}
/** Inserts a person; call inside `store.write` (used by members.addNew and import too). */
export function insertPerson(_store: Store, _input: PersonCreate): PersonRow {
  return todo();
}
export function createPerson(_store: Store, _input: PersonCreate): PersonRow {
  return todo();
}
export function updatePerson(_store: Store, _input: { id: string; patch: PersonPatch }): PersonRow {
  return todo();
}
export function deletePerson(_store: Store, _id: string): { id: string } {
  return todo();
}
export function restorePerson(_store: Store, _id: string): PersonRow {
  return todo();
}
