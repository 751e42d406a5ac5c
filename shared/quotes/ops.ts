import { z } from 'zod';
import { idSchema } from '../common';
import { quoteCreateSchema, quoteUpdateSchema, type Quote } from './schemas';
import { op, type Removed } from '../op';

const byId = z.strictObject({ id: idSchema });
const byTrip = z.strictObject({ tripId: idSchema });

/** Kutipan: the words people of the trip said, as recorded; the only quotations a press release prints. */
export const quotesOps = {
  'quotes.list': op<typeof byTrip, Quote[]>(byTrip),
  'quotes.create': op<typeof quoteCreateSchema, Quote>(quoteCreateSchema),
  'quotes.update': op<typeof quoteUpdateSchema, Quote>(quoteUpdateSchema),
  /** Marks the quote deleted; `quotes.restore` undoes it. */
  'quotes.remove': op<typeof byId, Removed>(byId),
  'quotes.restore': op<typeof byId, Quote>(byId),
};
