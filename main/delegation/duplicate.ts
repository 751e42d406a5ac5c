import { kindForRole, MAX_MEMBERS_PER_TRIP, type HostRole, type MemberRole } from '../../shared/delegation/schemas';
import type { PersonKind } from '../../shared/directory/person';
import type { Trip } from '../../shared/trips/schemas';
import { AppError } from '../../shared/result';
import { INITIAL_TRIP_STATUS } from '../../shared/vocabulary';
import { hostId, hostPersonId, memberId } from '../db/ids';
import type { Store } from '../db/store';
import { insertTrip, liveTripRow, toTrip } from '../trips';
import { stmts } from './statements';

/** A new trip from a past one: details, delegation (roles and custom order, no logistics), hosts and venues. */
export function duplicateTrip(store: Store, input: { id: string; title: string; startDate: string; endDate: string }): Trip {
  return store.write(() => {
    const s = stmts(store.db);
    const src = toTrip(liveTripRow(store, input.id));
    if (input.endDate < input.startDate) {
      throw new AppError('VALIDATION', 'End date is before start date', { field: 'endDate', key: 'validation.endBeforeStart' });
    }
    // A deleted institution or person is not carried into a new trip (it can no longer be chosen),
    // nor a person whose kind no longer fits their role (the directory changed them since).
    const members = (s.copyMembers.all(src.id) as Array<{ personId: string; role: MemberRole; position: number | null; kind: PersonKind }>).filter(
      (m) => m.kind === kindForRole(m.role),
    );
    if (members.length > MAX_MEMBERS_PER_TRIP) {
      throw new AppError('VALIDATION', `A trip holds at most ${MAX_MEMBERS_PER_TRIP} members; this one has ${members.length}`, {
        field: 'id',
        key: 'delegation.errors.tooManyMembers',
        params: { max: MAX_MEMBERS_PER_TRIP, members: members.length },
      });
    }
    const origin = src.originInstitutionId !== null && s.institutionLive.get(src.originInstitutionId) ? src.originInstitutionId : null;
    const trip = insertTrip(store, {
      title: input.title,
      startDate: input.startDate,
      endDate: input.endDate,
      originInstitutionId: origin,
      hostRegionCodes: src.hostRegionCodes,
      background: src.background,
      purpose: src.purpose,
      objectives: src.objectives,
      scope: src.scope,
      legalBasis: src.legalBasis,
      status: INITIAL_TRIP_STATUS,
    });
    const now = trip.createdAt;
    for (const m of members) {
      s.insertMember.run({ id: memberId(trip.id, m.personId), tripId: trip.id, personId: m.personId, role: m.role, position: m.position, now });
    }
    for (const h of s.copyHosts.all(src.id) as Array<{ institutionId: string }>) {
      s.insertHost.run({ id: hostId(trip.id, h.institutionId), tripId: trip.id, institutionId: h.institutionId, now });
    }
    for (const p of s.copyHostPeople.all(src.id) as Array<{ personId: string; hostRole: HostRole }>) {
      s.insertHostPerson.run({ id: hostPersonId(trip.id, p.personId), tripId: trip.id, personId: p.personId, hostRole: p.hostRole, now });
    }
    for (const v of s.copyVenues.all(src.id) as Array<{ institutionId: string | null; name: string; address: string }>) {
      s.insertVenue.run({ id: store.newId(), tripId: trip.id, institutionId: v.institutionId, name: v.name, address: v.address, now });
    }
    return trip;
  });
}
