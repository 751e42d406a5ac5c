import type { Migration } from '../migrations';

/** Schema of the learnings area (tables, indexes, change-log triggers via changeLogTriggers). */
export const v4learnings: Migration = {
  version: 4,
  name: 'learnings',
  up() {
    // Filled by the learnings work.
  },
};
