import type { Handlers } from '../dispatcher';
import type { Store } from '../db/store';
import { createQuote, listQuotes, removeQuote, restoreQuote, updateQuote } from './service';

type QuotesHandlers = Pick<Handlers, 'quotes.list' | 'quotes.create' | 'quotes.update' | 'quotes.remove' | 'quotes.restore'>;

/** Binds the Kutipan operations to their service. */
export function quotesHandlers(store: Store): QuotesHandlers {
  return {
    'quotes.list': ({ tripId }) => listQuotes(store, tripId),
    'quotes.create': (input) => createQuote(store, input),
    'quotes.update': (input) => updateQuote(store, input),
    'quotes.remove': ({ id }) => removeQuote(store, id),
    'quotes.restore': ({ id }) => restoreQuote(store, id),
  };
}
