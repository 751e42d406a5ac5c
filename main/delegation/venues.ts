import type { z } from 'zod';
import type { Venue, venueCreateSchema, venueUpdateSchema } from '../../shared/delegation/schemas';
import type { Store } from '../db/store';
import { liveTripRow, stripUndefined } from '../trips';
import { checkInstitution, notFound } from './checks';
import { toVenue, type VenueDbRow } from './rows';
import { stmts } from './statements';
import { checkVersion } from '../db/versions';

type In<S extends z.ZodType> = z.output<S>;

/** A trip's venues: plain rows, removed by a mark. */

function liveVenue(store: Store, id: string): VenueDbRow {
  const row = stmts(store.db).venue.get(id) as VenueDbRow | undefined;
  if (!row || row.deleted_at !== null) throw notFound('Venue', id, 'delegation.errors.venueNotFound');
  liveTripRow(store, row.trip_id);
  return row;
}

export function createVenue(store: Store, input: In<typeof venueCreateSchema>): Venue {
  return store.write(() => {
    liveTripRow(store, input.tripId, 'tripId');
    checkInstitution(store, input.institutionId, 'institutionId');
    const now = store.now();
    const venue: Venue = {
      id: store.newId(),
      tripId: input.tripId,
      institutionId: input.institutionId,
      name: input.name,
      address: input.address,
      createdAt: now,
      updatedAt: now,
    };
    stmts(store.db).insertVenue.run({ ...venue, now });
    return venue;
  });
}

export function updateVenue(store: Store, { id, patch, expectedUpdatedAt }: In<typeof venueUpdateSchema>): Venue {
  return store.write(() => {
    checkVersion(store, 'venues', id, expectedUpdatedAt);
    const cur = toVenue(liveVenue(store, id));
    const next: Venue = { ...cur, ...(stripUndefined(patch) as Partial<Venue>), updatedAt: store.now() };
    if (patch.institutionId !== undefined && next.institutionId !== cur.institutionId) {
      checkInstitution(store, next.institutionId, 'patch.institutionId');
    }
    stmts(store.db).updateVenue.run({ ...next, now: next.updatedAt });
    return next;
  });
}

export function removeVenue(store: Store, id: string): { id: string } {
  return store.write(() => {
    liveVenue(store, id);
    stmts(store.db).deleteVenue.run({ id, now: store.now() });
    return { id };
  });
}
