import type { Institution, InstitutionCreate, InstitutionUpdate } from '../../shared/domain/institution';
import { AppError } from '../../shared/result';
import type { Store } from '../db/store';

// TODO(helper: directory): implement. Stubs so the contract compiles.
const todo = (): never => {
  throw new AppError('INTERNAL', 'not implemented yet');
};
export function listInstitutions(_store: Store, _q: { kind?: Institution['kind']; query?: string }): Institution[] {
  return todo();
}
export function createInstitution(_store: Store, _input: InstitutionCreate): Institution {
  return todo();
}
export function updateInstitution(_store: Store, _input: InstitutionUpdate): Institution {
  return todo();
}
export function deleteInstitution(_store: Store, _id: string): { id: string } {
  return todo();
}
export function restoreInstitution(_store: Store, _id: string): Institution {
  return todo();
}
