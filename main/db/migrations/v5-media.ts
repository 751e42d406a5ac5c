import type { Migration } from '../migrations';

/** Schema of the media area (tables, indexes, change-log triggers via changeLogTriggers). */
export const v5media: Migration = {
  version: 5,
  name: 'media',
  up() {
    // Filled by the media work.
  },
};
