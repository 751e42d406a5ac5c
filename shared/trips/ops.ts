import { byIdSchema, emptySchema, tripCreateSchema, tripDuplicateSchema, tripSearchSchema, tripUpdateSchema, type Trip, type TripSearchResult, type TripSummary } from './schemas';
import type { TripDetail } from '../delegation/schemas';
import { entityOps, op, row } from '../op';

/** The trip operations of the contract: the trip itself, its page's read model and duplication. */
export const tripsOps = {
  'trips.list': op<typeof emptySchema, TripSummary[]>(emptySchema),
  /** The trips list screen: search and filters in main, slim rows, the filters' choices. */
  'trips.search': op<typeof tripSearchSchema, TripSearchResult>(tripSearchSchema),
  /** `trips.delete` marks the trip deleted; `trips.restore` undoes it. */
  ...entityOps('trips', row<Trip>(), { create: tripCreateSchema, update: tripUpdateSchema }, 'get', 'delete', 'restore'),
  'trips.detail': op<typeof byIdSchema, TripDetail>(byIdSchema),
  /** A past trip as a template: details, delegation (roles, no logistics) and hosts, new dates. */
  'trips.duplicate': op<typeof tripDuplicateSchema, Trip>(tripDuplicateSchema),
};
