import type { z } from 'zod';
import type { Venue, venueCreateSchema, venueUpdateSchema } from '../../shared/delegation/schemas';
import type { Store } from '../db/store';
import { inLiveTrip, liveTripRow } from '../trips';
import { liveOr, removeRow, updateRow } from '../db/rows';
import { checkInstitution, notFound } from './checks';
import { toVenue, type VenueDbRow } from './rows';
import { stmts } from './statements';

type In<S extends z.ZodType> = z.output<S>;

/** A trip's venues: plain rows, removed by a mark. */

function liveVenue(store: Store, id: string): VenueDbRow {
  const row = stmts(store.db).venue.get(id) as VenueDbRow | undefined;
  return inLiveTrip(store, liveOr(row, () => notFound('Venue', id, 'delegation.errors.venueNotFound')));
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

export function updateVenue(store: Store, input: In<typeof venueUpdateSchema>): Venue {
  return updateRow(store, 'venues', input, (id) => toVenue(liveVenue(store, id)), (next, cur) => {
    if (input.patch.institutionId !== undefined && next.institutionId !== cur.institutionId) {
      checkInstitution(store, next.institutionId, 'patch.institutionId');
    }
    stmts(store.db).updateVenue.run({ ...next, now: next.updatedAt });
  });
}

export function removeVenue(store: Store, id: string): { id: string } {
  return removeRow(store, id, liveVenue, (now) => stmts(store.db).deleteVenue.run({ id, now }));
}
