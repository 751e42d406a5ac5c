/** The trips area: the trip itself, its list and its page's basics. Other areas and main import it from here only. */
export * from './service';
export {
  countTripChildren,
  dropUnusedBlobs,
  forgetLoggedValues,
  NOT_TRIP_CHILDREN,
  purgeTripRows,
  TRIP_CHILDREN,
} from './children';
export { searchTrips, TRIP_CONTENT_TABLES } from './search';
export { tripsHandlers } from './handlers';
