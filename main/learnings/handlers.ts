import type { Handlers } from '../dispatcher';
import type { Store } from '../db/store';
import type { learningsOps } from '../../shared/learnings/ops';
import * as s from '.';

/** Binds the learnings operations to their services. */
export function learningsHandlers(store: Store): Pick<Handlers, keyof typeof learningsOps> {
  return {
    'learnings.list': ({ tripId }) => s.listLearnings(store, tripId),
    'learnings.create': (input) => s.createLearning(store, input),
    'learnings.update': (input) => s.updateLearning(store, input),
    'learnings.remove': ({ id }) => s.removeLearning(store, id),
    'learnings.restore': ({ id }) => s.restoreLearning(store, id),
    'learnings.reorder': (input) => s.reorderLearnings(store, input),
    'followups.create': (input) => s.createFollowup(store, input),
    'followups.update': (input) => s.updateFollowup(store, input),
    'followups.remove': ({ id }) => s.removeFollowup(store, id),
    'followups.restore': ({ id }) => s.restoreFollowup(store, id),
    'followups.setStatus': (input) => s.setFollowupStatus(store, input),
    'followups.history': ({ id }) => s.followupHistory(store, id),
    'followups.tracker': (input) => s.tracker(store, input),
  };
}
