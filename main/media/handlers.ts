import type { Handlers } from '../dispatcher';
import type { Store } from '../db/store';
import type { mediaOps } from '../../shared/media/ops';
import { entityHandlers } from '../bind';
import * as media from './service';

/** Binds the media operations to their services. */
export function mediaHandlers(store: Store): Pick<Handlers, keyof typeof mediaOps> {
  return {
    ...entityHandlers(store, 'coverage', {
      list: media.listCoverage,
      create: media.createCoverage,
      update: media.updateCoverage,
      remove: media.removeCoverage,
      restore: media.restoreCoverage,
    }),
    'coverage.attachCopy': (input) => media.attachCopy(store, input),
    'coverage.getCopy': ({ id }) => media.getCopy(store, id),
    ...entityHandlers(store, 'photos', {
      list: media.listPhotos,
      get: media.getPhoto,
      add: media.addPhoto,
      update: media.updatePhoto,
      remove: media.removePhoto,
      restore: media.restorePhoto,
      reorder: media.reorderPhotos,
    }),
    'photos.agendaOptions': ({ tripId }) => media.agendaOptions(store, tripId),
  };
}
