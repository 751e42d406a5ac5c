import { importCommitSchema, importInputSchema, type ImportOutcome, type ImportPreview } from '../import/schemas';
import { personCreateSchema, personSearchSchema, personUpdateSchema, type Erased, type PeoplePage, type PersonRow } from './person';
import { byIdSchema } from '../trips/schemas';
import { op, type Removed } from '../op';

/** The people operations of the contract: the directory and its spreadsheet import. */
export const peopleOps = {
  'people.search': op<typeof personSearchSchema, PeoplePage>(personSearchSchema),
  'people.get': op<typeof byIdSchema, PersonRow>(byIdSchema),
  'people.create': op<typeof personCreateSchema, PersonRow>(personCreateSchema),
  'people.update': op<typeof personUpdateSchema, PersonRow>(personUpdateSchema),
  'people.delete': op<typeof byIdSchema, Removed>(byIdSchema),
  'people.restore': op<typeof byIdSchema, PersonRow>(byIdSchema),
  /** "Hapus permanen": wipes the person and their change log, for good; trips that issued documents keep what they printed. */
  'people.erase': op<typeof byIdSchema, Erased>(byIdSchema),
  /** Validates spreadsheet rows and matches NIPs; writes nothing. */
  'people.importPreview': op<typeof importInputSchema, ImportPreview>(importInputSchema),
  /** Writes the valid rows the user kept, all in one transaction. */
  'people.importCommit': op<typeof importCommitSchema, ImportOutcome>(importCommitSchema),
};
