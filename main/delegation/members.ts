import type { z } from 'zod';
import type {
  memberAddNewSchema,
  memberAddSchema,
  memberReorderSchema,
  memberUpdateSchema,
  Member,
  MemberRole,
} from '../../shared/delegation/schemas';
import type { PersonKind, PersonRow } from '../../shared/directory/person';
import { AppError } from '../../shared/result';
import { memberId } from '../db/ids';
import type { Store } from '../db/store';
import { insertPerson } from '../directory';
import { inLiveTrip, liveTripRow } from '../trips';
import { checkFullOrder, removeRow, restoreRow, stripUndefined } from '../db/rows';
import { checkMemberRoom, checkPerson, checkRoleFits, liveMemberRef, memberRef, positionFor } from './checks';
import { loadMembers, memberById } from './read-model';
import type { MemberRef } from './rows';
import { stmts } from './statements';
import { checkVersion } from '../db/versions';

type In<S extends z.ZodType> = z.output<S>;

/** Adds (or revives) a person in a trip; call inside `store.write`. */
function insertMember(store: Store, tripId: string, personId: string, role: MemberRole): string {
  const s = stmts(store.db);
  const id = memberId(tripId, personId);
  const existing = s.memberRow.get(id) as MemberRef | undefined;
  if (existing && existing.deleted_at === null) {
    throw new AppError('VALIDATION', `Person ${personId} is already in this trip`, {
      field: 'personId',
      key: 'delegation.errors.alreadyMember',
    });
  }
  checkMemberRoom(store, tripId, 1, 'tripId');
  const now = store.now();
  const position = positionFor(store, tripId, null);
  if (existing) s.rejoinMember.run({ id, personId, role, position, now });
  else s.insertMember.run({ id, tripId, personId, role, position, now });
  return id;
}

export function addMember(store: Store, input: In<typeof memberAddSchema>): Member {
  return store.write(() => {
    liveTripRow(store, input.tripId, 'tripId');
    checkRoleFits(checkPerson(store, input.personId, 'personId'), input.role, 'personId');
    const id = insertMember(store, input.tripId, input.personId, input.role);
    return memberById(store, input.tripId, id);
  });
}

/** Creates the person in the directory and adds them, in one transaction. */
export function addNewMember(store: Store, input: In<typeof memberAddNewSchema>): Member {
  return store.write(() => {
    liveTripRow(store, input.tripId, 'tripId');
    checkRoleFits(input.person.kind, input.role, 'person.kind');
    let person: PersonRow;
    try {
      person = insertPerson(store, input.person);
    } catch (e) {
      // The person's fields sit under `person` in this input.
      if (e instanceof AppError && e.field) {
        throw new AppError(e.code, e.message, { field: `person.${e.field}`, key: e.key, params: e.params });
      }
      throw e;
    }
    const id = insertMember(store, input.tripId, person.id, input.role);
    return memberById(store, input.tripId, id);
  });
}

/** The member's own columns a patch may change (the `logistics` statement reads exactly these). */
type Logistics = Pick<Member, 'role' | 'transportMode' | 'carrier' | 'transportNumber' | 'seat' | 'hotel' | 'room' | 'roommatePersonId' | 'needs'>;

/** Role and logistics; a roommate must be another live member of the same trip. */
export function updateMember(store: Store, { id, patch, expectedUpdatedAt }: In<typeof memberUpdateSchema>): Member {
  return store.write(() => {
    checkVersion(store, 'trip_members', id, expectedUpdatedAt);
    const s = stmts(store.db);
    const ref = liveMemberRef(store, id);
    const cur = s.logistics.get(id) as Logistics;
    const next: Logistics = { ...cur, ...(stripUndefined(patch) as Partial<Logistics>) };
    if (next.role !== cur.role) checkRoleFits(s.personKind.get(ref.person_id) as PersonKind, next.role, 'patch.role');
    if (patch.roommatePersonId !== undefined && next.roommatePersonId !== null) {
      if (next.roommatePersonId === ref.person_id || !s.livePersonInTrip.get(ref.trip_id, next.roommatePersonId)) {
        throw new AppError('VALIDATION', 'The roommate must be another member of this trip', {
          field: 'patch.roommatePersonId',
          key: 'delegation.errors.roommateNotMember',
        });
      }
    }
    s.updateMember.run({ ...next, id, now: store.now() });
    return memberById(store, ref.trip_id, id);
  });
}

export function removeMember(store: Store, id: string): { id: string } {
  return removeRow(store, id, liveMemberRef, (now) => stmts(store.db).deleteMember.run({ id, now }));
}

/** Undoes a removal: the same row, back in its place. */
export function restoreMember(store: Store, id: string): Member {
  const revive = (now: number, ref: MemberRef) => {
    checkRoleFits(checkPerson(store, ref.person_id, 'id'), ref.role, 'id');
    checkMemberRoom(store, ref.trip_id, 1, 'id');
    const position = positionFor(store, ref.trip_id, ref.position);
    stmts(store.db).reviveMember.run({ id, role: ref.role, position, now });
  };
  return restoreRow(store, () => inLiveTrip(store, memberRef(store, id)), revive, (ref) => memberById(store, ref.trip_id, id));
}

/** The user's order: `memberIds` must be exactly the trip's live members; positions become 1…n. */
export function reorderMembers(store: Store, input: In<typeof memberReorderSchema>): Member[] {
  return store.write(() => {
    const s = stmts(store.db);
    const trip = liveTripRow(store, input.tripId, 'tripId');
    const live = new Map((s.liveMemberIds.all(trip.id) as Array<{ id: string; position: number | null }>).map((r) => [r.id, r.position]));
    checkFullOrder([...live.keys()], input.memberIds, { field: 'memberIds', key: 'delegation.errors.reorderMismatch', noun: 'member' });
    const now = store.now();
    input.memberIds.forEach((id, i) => {
      // Only rows whose place changed are written (and logged).
      if (live.get(id) !== i + 1) s.setPosition.run({ id, position: i + 1, now });
    });
    return loadMembers(store, trip).members;
  });
}

/** Back to protocol order. */
export function resetMemberOrder(store: Store, tripId: string): Member[] {
  return store.write(() => {
    const trip = liveTripRow(store, tripId, 'tripId');
    stmts(store.db).resetPositions.run(store.now(), tripId);
    return loadMembers(store, trip).members;
  });
}
