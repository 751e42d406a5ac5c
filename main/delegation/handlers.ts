import type { Handlers } from '../dispatcher';
import type { Store } from '../db/store';
import type { delegationOps } from '../../shared/delegation/ops';
import * as delegation from '.';

/** Binds the delegation operations to their services. */
export function delegationHandlers(store: Store): Pick<Handlers, keyof typeof delegationOps> {
  return {
    'members.add': (input) => delegation.addMember(store, input),
    'members.addNew': (input) => delegation.addNewMember(store, input),
    'members.update': (input) => delegation.updateMember(store, input),
    'members.remove': ({ id }) => delegation.removeMember(store, id),
    'members.restore': ({ id }) => delegation.restoreMember(store, id),
    'members.reorder': (input) => delegation.reorderMembers(store, input),
    'members.resetOrder': ({ tripId }) => delegation.resetMemberOrder(store, tripId),

    'hosts.add': (input) => delegation.addHost(store, input),
    'hosts.remove': ({ id }) => delegation.removeHost(store, id),
    'hostPeople.add': (input) => delegation.addHostPerson(store, input),
    'hostPeople.update': (input) => delegation.updateHostPerson(store, input),
    'hostPeople.remove': ({ id }) => delegation.removeHostPerson(store, id),
    'venues.create': (input) => delegation.createVenue(store, input),
    'venues.update': (input) => delegation.updateVenue(store, input),
    'venues.remove': ({ id }) => delegation.removeVenue(store, id),
  };
}
