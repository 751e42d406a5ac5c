/*
 * The delegation, the hosts and the venues of a trip.
 *
 * A person in a trip and an institution hosting it are rows whose id comes
 * from the pair (main/db/ids.ts): removing marks the row deleted, adding the
 * same pair again revives that same row. Venues are plain rows.
 * Removing a host marks, with the host's own timestamp, its people on the
 * trip and its venues; adding the host again revives exactly those.
 * Every write is one `store.write`: a failure anywhere writes nothing.
 */

export { checkMemberRoom, checkRoleFits } from './checks';
export { tripDetail } from './read-model';
export { addMember, addNewMember, removeMember, reorderMembers, resetMemberOrder, restoreMember, updateMember } from './members';
export { addHost, addHostPerson, removeHost, removeHostPerson, updateHostPerson } from './hosts';
export { createVenue, removeVenue, updateVenue } from './venues';
export { refreshFromDirectory, undoRefresh } from './refresh';
export { duplicateTrip } from './duplicate';
export { delegationHandlers } from './handlers';
