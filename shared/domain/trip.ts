import { z } from 'zod';
import { isRealIsoDate } from '../dates';

export const TITLE_MAX = 300;

export const idSchema = z.uuid({ error: 'validation.invalidId' });

const isoDate = z
  .string({ error: 'validation.required' })
  .refine(isRealIsoDate, { error: 'validation.invalidDate' });

const title = z
  .string({ error: 'validation.required' })
  .trim()
  .min(1, { error: 'validation.required' })
  .max(TITLE_MAX, { error: 'validation.tooLong' });

/** Dates are calendar dates of the trip (no zone): the agenda carries zones. */
export const tripCreateSchema = z
  .strictObject({
    title,
    startDate: isoDate,
    endDate: isoDate,
  })
  .refine((t) => t.endDate >= t.startDate, {
    error: 'validation.endBeforeStart',
    path: ['endDate'],
  });

export const tripUpdateSchema = z.strictObject({
  id: idSchema,
  patch: z
    .strictObject({
      title: title.optional(),
      startDate: isoDate.optional(),
      endDate: isoDate.optional(),
    })
    .refine((p) => Object.keys(p).length > 0, { error: 'validation.emptyPatch' }),
});

export const byIdSchema = z.strictObject({ id: idSchema });
export const emptySchema = z.strictObject({});

export type TripCreate = z.infer<typeof tripCreateSchema>;
export type TripUpdate = z.infer<typeof tripUpdateSchema>;

export interface Trip {
  id: string;
  title: string;
  startDate: string;
  endDate: string;
  /** UTC milliseconds. */
  createdAt: number;
  updatedAt: number;
}
