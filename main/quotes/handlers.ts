import type { Handlers } from '../dispatcher';
import type { Store } from '../db/store';
import type { quotesOps } from '../../shared/quotes/ops';
import { entityHandlers } from '../bind';
import { createQuote, listQuotes, removeQuote, restoreQuote, updateQuote } from './service';

/** Binds the Kutipan operations to their service. */
export function quotesHandlers(store: Store): Pick<Handlers, keyof typeof quotesOps> {
  return entityHandlers(store, 'quotes', { list: listQuotes, create: createQuote, update: updateQuote, remove: removeQuote, restore: restoreQuote });
}
