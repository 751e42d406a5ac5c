import type { Handlers } from '../dispatcher';
import type { Store } from '../db/store';
import type { learningsOps } from '../../shared/learnings/ops';
import { entityHandlers } from '../bind';
import * as s from '.';

/** Binds the learnings operations to their services. */
export function learningsHandlers(store: Store): Pick<Handlers, keyof typeof learningsOps> {
  return {
    ...entityHandlers(store, 'learnings', {
      list: s.listLearnings,
      create: s.createLearning,
      update: s.updateLearning,
      remove: s.removeLearning,
      restore: s.restoreLearning,
      reorder: s.reorderLearnings,
    }),
    ...entityHandlers(store, 'followups', { create: s.createFollowup, update: s.updateFollowup, remove: s.removeFollowup, restore: s.restoreFollowup }),
    'followups.setStatus': (input) => s.setFollowupStatus(store, input),
    'followups.history': ({ id }) => s.followupHistory(store, id),
    'followups.tracker': (input) => s.tracker(store, input),
  };
}
