import { z } from 'zod';
import { isRealIsoDate } from '../dates';
import { idSchema, nullableId, patchOf, text, updateSchemaOf, type Stamped } from '../common';

/*
 * Kutipan: words a person of the trip actually said, as the user recorded
 * them (who, the words, where and when; on a learning or an agenda item).
 * A press release quotes nobody else: a government release must be true.
 */

const dateOrEmpty = z
  .string({ error: 'validation.invalidType' })
  .refine((s) => s === '' || isRealIsoDate(s), { error: 'validation.invalidDate' })
  .default('');

const words = z
  .string({ error: 'validation.required' })
  .trim()
  .min(1, { error: 'validation.required' })
  .max(2000, { error: 'validation.tooLong' })
  // The release puts the words between quotation marks itself.
  .transform((s) => s.replace(/^["“”']+|["“”']+$/g, '').trim())
  .refine((s) => s.length > 0, { error: 'validation.required' });

const fields = {
  /** A member or host official of the trip. */
  speakerPersonId: idSchema,
  words,
  /** The day it was said, YYYY-MM-DD ('' when not known). */
  saidOn: dateOrEmpty,
  /** Where: "di Ruang Sidang Balai Kota Malang" ('' when not known). */
  place: text(300),
  learningId: nullableId,
  agendaItemId: nullableId,
};

export const quoteCreateSchema = z.strictObject({ tripId: idSchema, ...fields });
export const quoteUpdateSchema = updateSchemaOf(patchOf(fields));

export interface Quote extends Stamped {
  tripId: string;
  speakerPersonId: string;
  /** The speaker as the trip keeps them when the quote was recorded: "Gede Supriatna", "Wakil Bupati Buleleng". */
  speakerName: string;
  speakerJabatan: string;
  words: string;
  saidOn: string;
  place: string;
  learningId: string | null;
  agendaItemId: string | null;
}
