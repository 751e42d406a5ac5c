import { byTripSchema } from '../common';
import { quoteCreateSchema, quoteUpdateSchema, type Quote } from './schemas';
import { entityOps, row } from '../op';

/**
 * Kutipan: the words people of the trip said, as recorded; the only quotations a press release prints.
 * `quotes.remove` marks the quote deleted; `quotes.restore` undoes it.
 */
export const quotesOps = entityOps('quotes', row<Quote>(), { list: byTripSchema, create: quoteCreateSchema, update: quoteUpdateSchema }, 'remove', 'restore');
