import { kindForRole, MAX_MEMBERS_PER_TRIP, type MemberRole } from '../../shared/delegation/schemas';
import type { PersonKind } from '../../shared/directory/person';
import { AppError } from '../../shared/result';
import type { Store } from '../db/store';
import { liveTripRow } from '../trips';
import type { MemberRef } from './rows';
import { stmts } from './statements';

/* The checks the delegation's writes run before they write. */

export type TripRow = ReturnType<typeof liveTripRow>;

/** The live person's kind, or VALIDATION naming `field`. */
export function checkPerson(store: Store, id: string, field: string): PersonKind {
  const kind = stmts(store.db).personLiveKind.get(id) as PersonKind | undefined;
  if (!kind) {
    throw new AppError('VALIDATION', `Person ${id} does not exist or was deleted`, { field, key: 'errors.personNotFound' });
  }
  return kind;
}

/**
 * A person's kind must fit the role: the ketua and every other official role
 * only for the delegation's own officials, 'journalist' only for journalists
 * (also used by the import into a trip).
 */
export function checkRoleFits(kind: PersonKind, role: MemberRole, field: string): void {
  const wanted = kindForRole(role);
  if (kind === wanted) return;
  if (wanted === 'journalist') {
    throw new AppError('VALIDATION', `A person of kind ${kind} cannot join the journalists: only a journalist can`, {
      field,
      key: 'delegation.errors.roleNeedsJournalist',
    });
  }
  throw new AppError('VALIDATION', `A person of kind ${kind} cannot be ${role} of the delegation: the role is for its own officials`, {
    field,
    key: 'delegation.errors.roleNeedsOfficial',
  });
}

/**
 * Room for `adding` more live members in the trip (MAX_MEMBERS_PER_TRIP);
 * call inside the write transaction that adds them, so the count is the one
 * the write sees. Also used by the import into a trip.
 */
export function checkMemberRoom(store: Store, tripId: string, adding: number, field: string): void {
  const live = stmts(store.db).liveMemberCount.get(tripId) as number;
  if (adding > 0 && live + adding > MAX_MEMBERS_PER_TRIP) {
    throw new AppError('VALIDATION', `A trip holds at most ${MAX_MEMBERS_PER_TRIP} members (it has ${live}, ${adding} more asked)`, {
      field,
      key: 'delegation.errors.tooManyMembers',
      params: { max: MAX_MEMBERS_PER_TRIP, members: live },
    });
  }
}

export function checkInstitution(store: Store, id: string | null, field: string): void {
  if (id !== null && !stmts(store.db).institutionLive.get(id)) {
    throw new AppError('VALIDATION', `Institution ${id} does not exist or was deleted`, {
      field,
      key: 'errors.institutionNotFound',
    });
  }
}

export const notFound = (what: string, id: string, key: string) =>
  new AppError('NOT_FOUND', `${what} ${id} does not exist or was removed`, { field: 'id', key });


export function memberRef(store: Store, id: string): MemberRef {
  const row = stmts(store.db).memberRow.get(id) as MemberRef | undefined;
  if (!row) throw notFound('Member', id, 'errors.memberNotFound');
  return row;
}

export function liveMemberRef(store: Store, id: string): MemberRef {
  const row = memberRef(store, id);
  if (row.deleted_at !== null) throw notFound('Member', id, 'errors.memberNotFound');
  liveTripRow(store, row.trip_id);
  return row;
}

/**
 * Where a member (re)joining the list goes: nowhere in particular while the
 * trip is in protocol order; while the user keeps a custom order, at `keep`
 * (the place an undone removal came from) or after everyone else.
 */
export function positionFor(store: Store, tripId: string, keep: number | null): number | null {
  const max = stmts(store.db).maxPosition.get(tripId) as number | null;
  if (max === null) return null;
  return keep ?? max + 1;
}
