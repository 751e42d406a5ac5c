import { emptySchema } from '../trips/schemas';
import { op } from '../op';
import { trashRefSchema, type Purged, type TrashEntry, type TrashImpact, type TrashRef } from './schemas';

/** Sampah: everything deleted, to restore or to remove for good. */
export const trashOps = {
  /** Deleted trips, people, institutions, learnings and photos, newest deletion first. */
  'trash.list': op<typeof emptySchema, TrashEntry[]>(emptySchema),
  /** What deleting this live thing would take along and what still refers to it (the screens ask first when anything). */
  'trash.impact': op<typeof trashRefSchema, TrashImpact>(trashRefSchema),
  /** Brings it back with exactly what was deleted with it; refused while its trip is in the trash. */
  'trash.restore': op<typeof trashRefSchema, TrashRef>(trashRefSchema),
  /**
   * "Hapus permanen": removes a trip, learning or photo and everything of it for good (blobs nothing uses any more
   * go too); a person or institution is erased (people.erase, institutions.erase). Only what is in the trash.
   */
  'trash.purge': op<typeof trashRefSchema, Purged>(trashRefSchema),
};
