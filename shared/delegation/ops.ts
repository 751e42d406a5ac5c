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
import { byIdSchema, byTripSchema } from '../trips/schemas';
import { op, type Removed } from '../op';

/** The delegation operations of the contract: members, hosts, host officials and venues of a trip. */
export const delegationOps = {
  'members.add': op<typeof memberAddSchema, Member>(memberAddSchema),
  'members.addNew': op<typeof memberAddNewSchema, Member>(memberAddNewSchema),
  'members.update': op<typeof memberUpdateSchema, Member>(memberUpdateSchema),
  'members.remove': op<typeof byIdSchema, Removed>(byIdSchema),
  'members.restore': op<typeof byIdSchema, Member>(byIdSchema),
  'members.reorder': op<typeof memberReorderSchema, Member[]>(memberReorderSchema),
  /** Back to protocol order (role, then rank). */
  'members.resetOrder': op<typeof byTripSchema, Member[]>(byTripSchema),

  'hosts.add': op<typeof hostAddSchema, TripHost>(hostAddSchema),
  'hosts.remove': op<typeof byIdSchema, Removed>(byIdSchema),
  'hostPeople.add': op<typeof hostPersonAddSchema, TripHostPerson>(hostPersonAddSchema),
  'hostPeople.update': op<typeof hostPersonUpdateSchema, TripHostPerson>(hostPersonUpdateSchema),
  'hostPeople.remove': op<typeof byIdSchema, Removed>(byIdSchema),
  'venues.create': op<typeof venueCreateSchema, Venue>(venueCreateSchema),
  'venues.update': op<typeof venueUpdateSchema, Venue>(venueUpdateSchema),
  'venues.remove': op<typeof byIdSchema, Removed>(byIdSchema),
};
