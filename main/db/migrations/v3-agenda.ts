import type { Migration } from '../migrations';

/** Schema of the agenda area (tables, indexes, change-log triggers via changeLogTriggers). */
export const v3agenda: Migration = {
  version: 3,
  name: 'agenda',
  up() {
    // Filled by the agenda work.
  },
};
