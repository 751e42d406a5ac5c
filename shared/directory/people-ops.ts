import { importCommitSchema, importInputSchema, type ImportOutcome, type ImportPreview } from '../import/schemas';
import { personCreateSchema, personSearchSchema, personUpdateSchema, type Erased, type PeoplePage, type PersonRow } from './person';
import { byIdSchema } from '../common';
import { entityOps, op, row } from '../op';

/** The people operations of the contract: the directory and its spreadsheet import. */
export const peopleOps = {
  'people.search': op<typeof personSearchSchema, PeoplePage>(personSearchSchema),
  ...entityOps('people', row<PersonRow>(), { create: personCreateSchema, update: personUpdateSchema }, 'get', 'delete', 'restore'),
  /** "Hapus permanen": wipes the person and their change log, for good; trips that issued documents keep what they printed. */
  'people.erase': op<typeof byIdSchema, Erased>(byIdSchema),
  /** Validates spreadsheet rows and matches NIPs; writes nothing. */
  'people.importPreview': op<typeof importInputSchema, ImportPreview>(importInputSchema),
  /** Writes the valid rows the user kept, all in one transaction. */
  'people.importCommit': op<typeof importCommitSchema, ImportOutcome>(importCommitSchema),
};
