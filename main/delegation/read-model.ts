import {
  HOST_ROLES,
  type DirectoryChange,
  type Member,
  type TripDetail,
  type TripHostPerson,
} from '../../shared/delegation/schemas';
import type { Institution } from '../../shared/directory/institution';
import { isJournalistRole } from '../../shared/vocabulary';
import type { PersonRow } from '../../shared/directory/person';
import { duplicateNips, memberWarnings, orderMembers, type OtherTrip } from '../../shared/delegation/protocol';
import type { Store } from '../db/store';
import { liveTripRow, toTrip } from '../trips';
import { notFound, type TripRow } from './checks';
import {
  asKept,
  toHost,
  toHostPerson,
  toInstitution,
  toPerson,
  toVenue,
  type HostDbRow,
  type HostPersonDbRow,
  type InstitutionCols,
  type MemberDbRow,
  type VenueDbRow,
} from './rows';
import { stmts } from './statements';

/*
 * The trip page's read model: the trip with its origin institution, members
 * (in protocol or the user's order, with their warnings and what the
 * directory says differently now), hosts, host people and venues.
 */

export function loadMembers(store: Store, trip: TripRow): { members: Member[]; customOrder: boolean } {
  const s = stmts(store.db);
  const rows = s.members.all(trip.id) as MemberDbRow[];
  if (rows.length === 0) return { members: [], customOrder: false };
  const overlapRows = s.overlaps.all({ tripId: trip.id, startDate: trip.start_date, endDate: trip.end_date }) as Array<
    OtherTrip & { personId: string }
  >;
  const overlaps = new Map<string, OtherTrip[]>();
  for (const o of overlapRows) {
    const list = overlaps.get(o.personId);
    const item = { tripId: o.tripId, tripTitle: o.tripTitle, startDate: o.startDate, endDate: o.endDate };
    if (list) list.push(item);
    else overlaps.set(o.personId, [item]);
  }
  const kept = new Map(rows.map((r) => [r.id, asKept(toPerson(r), r.snapshot, r.p_erased_at !== null)]));
  const personOf = (r: MemberDbRow) => kept.get(r.id) as { person: PersonRow; changes: DirectoryChange[] };
  const dupes = duplicateNips(rows.map((r) => ({ id: r.id, personId: r.person_id, nip: personOf(r).person.nip })));
  const ordered = orderMembers(
    rows.map((r) => ({
      r,
      role: r.role,
      position: r.position,
      golongan: personOf(r).person.golongan,
      eselon: personOf(r).person.eselon,
      employment: personOf(r).person.employment,
      name: personOf(r).person.name,
    })),
  );
  const customOrder = rows.some((r) => r.position !== null);
  const members = ordered.map(({ r }, i): Member => {
    const { person, changes } = personOf(r);
    return {
      directoryChanges: changes,
      canUndoRefresh: r.snapshot_prev !== '',
      id: r.id,
      tripId: r.trip_id,
      personId: r.person_id,
      role: r.role,
      position: i + 1,
      transportMode: r.transport_mode,
      carrier: r.carrier,
      transportNumber: r.transport_number,
      seat: r.seat,
      hotel: r.hotel,
      room: r.room,
      roommatePersonId: r.roommate_person_id,
      needs: r.needs,
      person,
      warnings: memberWarnings({ duplicateOf: dupes.get(r.id), person, overlaps: overlaps.get(r.person_id) ?? [] }),
      createdAt: r.created_at,
      updatedAt: r.updated_at,
    };
  });
  return { members, customOrder };
}

export function memberById(store: Store, tripId: string, id: string): Member {
  const { members } = loadMembers(store, liveTripRow(store, tripId, 'tripId'));
  const m = members.find((x) => x.id === id);
  if (!m) throw notFound('Member', id, 'errors.memberNotFound');
  return m;
}

const HOST_ROLE_RANK = new Map<string, number>(HOST_ROLES.map((r, i) => [r, i]));

function loadHostPeople(store: Store, tripId: string): TripHostPerson[] {
  const rows = stmts(store.db).hostPeople.all(tripId) as HostPersonDbRow[];
  return rows
    .map(toHostPerson)
    .sort(
      (a, b) =>
        (HOST_ROLE_RANK.get(a.hostRole) ?? 9) - (HOST_ROLE_RANK.get(b.hostRole) ?? 9) ||
        a.createdAt - b.createdAt ||
        a.id.localeCompare(b.id),
    );
}

/** Everything the trip page shows, with a handful of set-based queries. */
export function tripDetail(store: Store, id: string): TripDetail {
  const s = stmts(store.db);
  const row = liveTripRow(store, id);
  const trip = toTrip(row);
  let originInstitution: Institution | null = null;
  if (trip.originInstitutionId) {
    const r = s.institution.get(trip.originInstitutionId) as InstitutionCols | undefined;
    originInstitution = r ? toInstitution(r) : null;
  }
  const { members, customOrder } = loadMembers(store, row);
  const hosts = (s.hosts.all(id) as HostDbRow[]).map(toHost);
  const hostPeople = loadHostPeople(store, id);
  const venues = (s.venues.all(id) as VenueDbRow[]).map(toVenue);
  const journalists = members.reduce((n, m) => n + Number(isJournalistRole(m.role)), 0);
  return {
    trip,
    originInstitution,
    members,
    hosts,
    hostPeople,
    venues,
    counts: { officials: members.length - journalists, journalists, hosts: hosts.length, hostPeople: hostPeople.length },
    customOrder,
  };
}
