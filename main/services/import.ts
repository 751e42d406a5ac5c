import type { ImportCommit, ImportInput, ImportOutcome, ImportPreview } from '../../shared/domain/import';
import { AppError } from '../../shared/result';
import type { Store } from '../db/store';

// TODO(helper: import): implement. Stubs so the contract compiles.
const todo = (): never => {
  throw new AppError('INTERNAL', 'not implemented yet');
};
export function previewImport(_store: Store, _input: ImportInput): ImportPreview {
  return todo();
}
export function commitImport(_store: Store, _input: ImportCommit): ImportOutcome {
  return todo();
}
