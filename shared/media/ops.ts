import { byIdSchema, byTripSchema } from '../common';
import {
  coverageAttachSchema,
  coverageCreateSchema,
  coverageUpdateSchema,
  photoAddSchema,
  photoReorderSchema,
  photoUpdateSchema,
  type AgendaOption,
  type CopyFile,
  type Coverage,
  type Photo,
  type PhotoImage,
} from './schemas';
import { entityOps, op, row } from '../op';

/** The media operations of the contract: press coverage and photos of a trip. */
export const mediaOps = {
  ...entityOps('coverage', row<Coverage>(), { list: byTripSchema, create: coverageCreateSchema, update: coverageUpdateSchema }, 'remove', 'restore'),
  /** A saved copy (PDF or image, checked by its bytes); replaces any earlier one. */
  'coverage.attachCopy': op<typeof coverageAttachSchema, Coverage>(coverageAttachSchema),
  'coverage.getCopy': op<typeof byIdSchema, CopyFile>(byIdSchema),

  /**
   * `photos.list`: metadata and thumbnails (data: URLs), in display order; `photos.add`: a photo already shrunk to
   * JPEG by the renderer (main checks its bytes); `photos.update`: caption, date and agenda link (a new link must be
   * a live agenda item of the photo's own trip); `photos.reorder`: the trip's photos in the given order (every live
   * photo once), in one transaction.
   */
  ...entityOps(
    'photos',
    row<Photo>(),
    { list: byTripSchema, add: photoAddSchema, update: photoUpdateSchema, reorder: photoReorderSchema },
    'remove',
    'restore',
  ),
  'photos.get': op<typeof byIdSchema, PhotoImage>(byIdSchema),
  /** The trip's live agenda items, the ones a photo can be linked to. */
  'photos.agendaOptions': op<typeof byTripSchema, AgendaOption[]>(byTripSchema),
};
