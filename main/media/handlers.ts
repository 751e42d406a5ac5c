import type { Handlers } from '../dispatcher';
import type { Store } from '../db/store';
import type { mediaOps } from '../../shared/media/ops';
import * as media from './service';

/** Binds the media operations to their services. */
export function mediaHandlers(store: Store): Pick<Handlers, keyof typeof mediaOps> {
  return {
    'coverage.list': ({ tripId }) => media.listCoverage(store, tripId),
    'coverage.create': (input) => media.createCoverage(store, input),
    'coverage.update': (input) => media.updateCoverage(store, input),
    'coverage.remove': ({ id }) => media.removeCoverage(store, id),
    'coverage.restore': ({ id }) => media.restoreCoverage(store, id),
    'coverage.attachCopy': (input) => media.attachCopy(store, input),
    'coverage.getCopy': ({ id }) => media.getCopy(store, id),
    'photos.list': ({ tripId }) => media.listPhotos(store, tripId),
    'photos.get': ({ id }) => media.getPhoto(store, id),
    'photos.add': (input) => media.addPhoto(store, input),
    'photos.update': (input) => media.updatePhoto(store, input),
    'photos.remove': ({ id }) => media.removePhoto(store, id),
    'photos.restore': ({ id }) => media.restorePhoto(store, id),
    'photos.reorder': (input) => media.reorderPhotos(store, input),
    'photos.agendaOptions': ({ tripId }) => media.agendaOptions(store, tripId),
  };
}
