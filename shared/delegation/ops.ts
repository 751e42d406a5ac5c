import {
  hostAddSchema,
  hostPersonAddSchema,
  hostPersonUpdateSchema,
  memberAddNewSchema,
  memberAddSchema,
  memberReorderSchema,
  memberUpdateSchema,
  venueCreateSchema,
  venueUpdateSchema,
  type Member,
  type TripHost,
  type TripHostPerson,
  type Venue,
} from './schemas';
import { byTripSchema } from '../common';
import { entityOps, op, row } from '../op';

/** The delegation operations of the contract: members, hosts, host officials and venues of a trip. */
export const delegationOps = {
  ...entityOps('members', row<Member>(), { add: memberAddSchema, update: memberUpdateSchema, reorder: memberReorderSchema }, 'remove', 'restore'),
  'members.addNew': op<typeof memberAddNewSchema, Member>(memberAddNewSchema),
  /** Back to protocol order (role, then rank). */
  'members.resetOrder': op<typeof byTripSchema, Member[]>(byTripSchema),

  ...entityOps('hosts', row<TripHost>(), { add: hostAddSchema }, 'remove'),
  ...entityOps('hostPeople', row<TripHostPerson>(), { add: hostPersonAddSchema, update: hostPersonUpdateSchema }, 'remove'),
  ...entityOps('venues', row<Venue>(), { create: venueCreateSchema, update: venueUpdateSchema }, 'remove'),
};
