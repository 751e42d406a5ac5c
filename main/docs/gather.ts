import { regionByCode } from '../../shared/regions';
import type { Store } from '../db/store';
import { listAgenda } from '../services/agenda';
import { tripDetail } from '../services/delegation';
import { listLearnings } from '../services/learnings';
import { listCoverage, listPhotoImages } from '../services/media';
import { issuedNumbers } from '../services/numbers';
import { profileForDocs } from '../services/profile';
import { readReportText } from '../services/report-text';
import { liveTripRow } from '../services/trips';
import type { DocData, DocPhoto } from './model';

/**
 * Everything the documents need about one trip, read in one transaction so
 * the parts agree with each other. `photoBytes: false` leaves the photos'
 * bytes empty (the readiness check only counts them).
 */
export function gatherDocData(store: Store, tripId: string, today: string, opts: { photoBytes?: boolean } = {}): DocData {
  const withBytes = opts.photoBytes ?? true;
  return store.db
    .transaction((): DocData => {
      liveTripRow(store, tripId, 'tripId');
      const detail = tripDetail(store, tripId);
      const photos: DocPhoto[] = listPhotoImages(store, tripId, withBytes);
      return {
        profile: profileForDocs(store),
        detail,
        agenda: listAgenda(store, tripId),
        learnings: listLearnings(store, tripId),
        coverage: listCoverage(store, tripId),
        photos,
        text: readReportText(store, tripId),
        numbers: issuedNumbers(store, tripId),
        hostRegionNames: detail.trip.hostRegionCodes.map((c) => regionByCode(c)?.name ?? '').filter((n) => n !== ''),
        today,
      };
    })
    .deferred();
}
