import type { Handlers } from '../dispatcher';
import type { Store } from '../db/store';
import type { delegationOps } from '../../shared/delegation/ops';
import { entityHandlers } from '../bind';
import * as d from '.';

/** Binds the delegation operations to their services. */
export function delegationHandlers(store: Store): Pick<Handlers, keyof typeof delegationOps> {
  return {
    ...entityHandlers(store, 'members', {
      add: d.addMember,
      addNew: d.addNewMember,
      update: d.updateMember,
      remove: d.removeMember,
      restore: d.restoreMember,
      reorder: d.reorderMembers,
    }),
    'members.resetOrder': ({ tripId }) => d.resetMemberOrder(store, tripId),
    ...entityHandlers(store, 'hosts', { add: d.addHost, remove: d.removeHost }),
    ...entityHandlers(store, 'hostPeople', { add: d.addHostPerson, update: d.updateHostPerson, remove: d.removeHostPerson }),
    ...entityHandlers(store, 'venues', { create: d.createVenue, update: d.updateVenue, remove: d.removeVenue }),
  };
}
