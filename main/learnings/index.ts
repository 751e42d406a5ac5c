/*
 * Learnings (hasil kunjungan) of a trip and their follow-ups (tindak lanjut).
 * Every write is one `store.write`: a failure anywhere writes nothing.
 * Removing a learning marks it and its live follow-ups with one timestamp;
 * restoring brings back exactly those. A status change appends a
 * followup_history row in the same transaction as the change.
 *
 * ./learnings.ts and ./followups.ts write, ./tracker.ts reads across trips;
 * other files import from here.
 */

export { createLearning, listLearnings, removeLearning, reorderLearnings, restoreLearning, updateLearning } from './learnings';
export { createFollowup, followupHistory, removeFollowup, restoreFollowup, setFollowupStatus, updateFollowup } from './followups';
export { tracker, trackerQueries, type TrackerQueries, type TrackerQuery } from './tracker';
export { learningsHandlers } from './handlers';
