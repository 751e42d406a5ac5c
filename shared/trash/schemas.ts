import { z } from 'zod';
import { idSchema } from '../common';
import type { InstitutionKind, PersonKind } from '../directory/vocabulary';
import { TRASH_KINDS, type TrashKind, type TrashPart } from './vocabulary';

/** One thing in (or about to go to) the trash. */
export const trashRefSchema = z.strictObject({
  kind: z.enum(TRASH_KINDS, { error: 'validation.invalidChoice' }),
  id: idSchema,
});
export type TrashRef = z.infer<typeof trashRefSchema>;

/** How many of each part; parts with none are left out. */
export type PartCounts = Partial<Record<TrashPart, number>>;

/** Where a thing in the trash belongs: a learning's or photo's trip, a person's institution, a trip's origin. */
export interface TrashParent {
  kind: 'trip' | 'institution';
  id: string;
  name: string;
  /** The parent is in the trash too: a learning or photo comes back only after its trip. */
  inTrash: boolean;
}

/** Why "hapus permanen" would be refused now (the screen says so before anyone tries). */
export type PurgeBlock = 'numbered' | 'signer' | 'inUse';

/** A row of the Sampah screen. */
export interface TrashEntry {
  kind: TrashKind;
  id: string;
  /** Title, full name, institution name, learning topic or photo file name. */
  name: string;
  /** UTC ms. */
  deletedAt: number;
  parent: TrashParent | null;
  /** What a restore brings back with it (deleted with it, in the same transaction). */
  brings: PartCounts;
  /** Restoring must wait for the parent (a learning or photo whose trip is in the trash). */
  waitsFor: TrashParent | null;
  purgeBlock: PurgeBlock | null;
  /** A trip's dates (YYYY-MM-DD). */
  startDate?: string;
  endDate?: string;
  personKind?: PersonKind;
  institutionKind?: InstitutionKind;
  /** A photo's caption and thumbnail (data: URL). */
  caption?: string;
  thumbUrl?: string;
}

/**
 * What deleting a live thing would take along (`takes`, marked deleted with
 * it and restored with it) and what keeps referring to it (`refs`: an
 * institution's people and trips keep it): the screens ask first when either
 * is not empty.
 */
export interface TrashImpact {
  takes: PartCounts;
  refs: PartCounts;
}

export interface Purged {
  kind: TrashKind;
  id: string;
  /** A person's or institution's purge is their erasure: false when the file could not be rewritten afterwards. */
  compacted: boolean;
}
