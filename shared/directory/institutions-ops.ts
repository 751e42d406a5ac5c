import { institutionCreateSchema, institutionListSchema, institutionUpdateSchema, type Institution } from './institution';
import type { Erased } from './person';
import { byIdSchema } from '../trips/schemas';
import { op, type Removed } from '../op';

/** The institution operations of the contract (the directory's instansi). */
export const institutionsOps = {
  'institutions.list': op<typeof institutionListSchema, Institution[]>(institutionListSchema),
  'institutions.create': op<typeof institutionCreateSchema, Institution>(institutionCreateSchema),
  'institutions.update': op<typeof institutionUpdateSchema, Institution>(institutionUpdateSchema),
  'institutions.delete': op<typeof byIdSchema, Removed>(byIdSchema),
  'institutions.restore': op<typeof byIdSchema, Institution>(byIdSchema),
  /** "Hapus permanen": wipes an institution nothing uses any more, for good (no restore). */
  'institutions.erase': op<typeof byIdSchema, Erased>(byIdSchema),
};
