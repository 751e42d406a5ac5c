import type { z } from 'zod';
import type { hostAddSchema, hostPersonAddSchema, hostPersonUpdateSchema, TripHost, TripHostPerson } from '../../shared/delegation/schemas';
import { AppError } from '../../shared/result';
import { hostId, hostPersonId } from '../db/ids';
import type { Store } from '../db/store';
import { inLiveTrip, liveTripRow } from '../trips';
import { checkInstitution, checkPerson, notFound } from './checks';
import { toHost, toHostPerson, type HostDbRow, type HostPersonDbRow } from './rows';
import { stmts } from './statements';
import { checkVersion } from '../db/versions';
import { liveOr, removeRow } from '../db/rows';

type In<S extends z.ZodType> = z.output<S>;

export function addHost(store: Store, input: In<typeof hostAddSchema>): TripHost {
  return store.write(() => {
    const s = stmts(store.db);
    liveTripRow(store, input.tripId, 'tripId');
    checkInstitution(store, input.institutionId, 'institutionId');
    const id = hostId(input.tripId, input.institutionId);
    const existing = s.host.get(id) as HostDbRow | undefined;
    const now = store.now();
    if (existing && existing.deleted_at === null) {
      throw new AppError('VALIDATION', `Institution ${input.institutionId} already hosts this trip`, {
        field: 'institutionId',
        key: 'delegation.errors.alreadyHost',
      });
    }
    if (existing) {
      const at = existing.deleted_at;
      s.reviveHost.run({ id, now });
      // What was removed together with the host comes back with it.
      s.reviveHostPeopleOf.run({ tripId: input.tripId, institutionId: input.institutionId, at, now });
      s.reviveVenuesOf.run({ tripId: input.tripId, institutionId: input.institutionId, at, now });
    } else {
      s.insertHost.run({ id, tripId: input.tripId, institutionId: input.institutionId, now });
    }
    return toHost(s.host.get(id) as HostDbRow);
  });
}

/** Removes the host with its people on this trip and its venues, all with one timestamp. */
export function removeHost(store: Store, id: string): { id: string } {
  return store.write(() => {
    const s = stmts(store.db);
    const row = s.host.get(id) as HostDbRow | undefined;
    if (!row || row.deleted_at !== null) throw notFound('Host', id, 'delegation.errors.hostNotFound');
    liveTripRow(store, row.trip_id);
    const now = store.now();
    s.deleteHost.run({ id, now });
    s.markHostPeopleOf.run({ tripId: row.trip_id, institutionId: row.institution_id, now });
    s.markVenuesOf.run({ tripId: row.trip_id, institutionId: row.institution_id, now });
    return { id };
  });
}

// ——— Host people ———

function liveHostPerson(store: Store, id: string): HostPersonDbRow {
  const row = stmts(store.db).hostPerson.get(id) as HostPersonDbRow | undefined;
  return inLiveTrip(store, liveOr(row, () => notFound('Host person', id, 'delegation.errors.hostPersonNotFound')));
}

export function addHostPerson(store: Store, input: In<typeof hostPersonAddSchema>): TripHostPerson {
  return store.write(() => {
    const s = stmts(store.db);
    liveTripRow(store, input.tripId, 'tripId');
    if (checkPerson(store, input.personId, 'personId') !== 'host_official') {
      throw new AppError('VALIDATION', `Person ${input.personId} is not a host official`, {
        field: 'personId',
        key: 'delegation.errors.notHostOfficial',
      });
    }
    const id = hostPersonId(input.tripId, input.personId);
    const existing = s.hostPerson.get(id) as HostPersonDbRow | undefined;
    const now = store.now();
    if (existing && existing.deleted_at === null) {
      throw new AppError('VALIDATION', `Person ${input.personId} is already a host of this trip`, {
        field: 'personId',
        key: 'delegation.errors.alreadyHostPerson',
      });
    }
    if (existing) s.reviveHostPerson.run({ id, personId: input.personId, hostRole: input.hostRole, now });
    else s.insertHostPerson.run({ id, tripId: input.tripId, personId: input.personId, hostRole: input.hostRole, now });
    return toHostPerson(s.hostPerson.get(id) as HostPersonDbRow);
  });
}

export function updateHostPerson(store: Store, input: In<typeof hostPersonUpdateSchema>): TripHostPerson {
  return store.write(() => {
    checkVersion(store, 'trip_host_people', input.id, input.expectedUpdatedAt);
    const s = stmts(store.db);
    const row = liveHostPerson(store, input.id);
    if (row.host_role !== input.hostRole) s.setHostRole.run({ id: input.id, hostRole: input.hostRole, now: store.now() });
    return toHostPerson(s.hostPerson.get(input.id) as HostPersonDbRow);
  });
}

export function removeHostPerson(store: Store, id: string): { id: string } {
  return removeRow(store, id, liveHostPerson, (now) => stmts(store.db).deleteHostPerson.run({ id, now }));
}
