import { byIdSchema, byTripSchema } from '../trips/schemas';
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
import { op, type Removed } from '../op';

/** The media operations of the contract: press coverage and photos of a trip. */
export const mediaOps = {
  'coverage.list': op<typeof byTripSchema, Coverage[]>(byTripSchema),
  'coverage.create': op<typeof coverageCreateSchema, Coverage>(coverageCreateSchema),
  'coverage.update': op<typeof coverageUpdateSchema, Coverage>(coverageUpdateSchema),
  'coverage.remove': op<typeof byIdSchema, Removed>(byIdSchema),
  'coverage.restore': op<typeof byIdSchema, Coverage>(byIdSchema),
  /** A saved copy (PDF or image, checked by its bytes); replaces any earlier one. */
  'coverage.attachCopy': op<typeof coverageAttachSchema, Coverage>(coverageAttachSchema),
  'coverage.getCopy': op<typeof byIdSchema, CopyFile>(byIdSchema),

  /** Metadata and thumbnails (data: URLs), in display order. */
  'photos.list': op<typeof byTripSchema, Photo[]>(byTripSchema),
  'photos.get': op<typeof byIdSchema, PhotoImage>(byIdSchema),
  /** A photo already shrunk to JPEG by the renderer; main checks its bytes. */
  'photos.add': op<typeof photoAddSchema, Photo>(photoAddSchema),
  /** Caption, date and agenda link; a new link must be a live agenda item of the photo's own trip. */
  'photos.update': op<typeof photoUpdateSchema, Photo>(photoUpdateSchema),
  'photos.remove': op<typeof byIdSchema, Removed>(byIdSchema),
  'photos.restore': op<typeof byIdSchema, Photo>(byIdSchema),
  /** Puts the trip's photos in the given order (every live photo once), in one transaction. */
  'photos.reorder': op<typeof photoReorderSchema, Photo[]>(photoReorderSchema),
  /** The trip's live agenda items, the ones a photo can be linked to. */
  'photos.agendaOptions': op<typeof byTripSchema, AgendaOption[]>(byTripSchema),
};
