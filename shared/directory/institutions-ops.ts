import { institutionCreateSchema, institutionListSchema, institutionUpdateSchema, type Institution } from './institution';
import type { Erased } from './person';
import { byIdSchema } from '../common';
import { entityOps, op, row } from '../op';

/** The institution operations of the contract (the directory's instansi). */
export const institutionsOps = {
  ...entityOps(
    'institutions',
    row<Institution>(),
    { list: institutionListSchema, create: institutionCreateSchema, update: institutionUpdateSchema },
    'delete',
    'restore',
  ),
  /** "Hapus permanen": wipes an institution nothing uses any more, for good (no restore). */
  'institutions.erase': op<typeof byIdSchema, Erased>(byIdSchema),
};
