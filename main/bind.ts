/*
 * Binding an entity's usual operations to its service functions, named as the
 * contract names them (shared/op.ts `entityOps`): `<prefix>.<verb>`.
 */
import type { IdVerb } from '../shared/op';
import type { Store } from './db/store';

/** A service function: the store, then what the operation's input gives it. */
type Service = (store: Store, arg: never) => unknown;

/** By id: the input's `id`; `list`: the input's `tripId`; every other verb: the whole input. */
type Bound<K, F> = F extends (store: Store, arg: infer A) => infer R
  ? K extends IdVerb
    ? (input: { id: A }) => R
    : K extends 'list'
      ? (input: { tripId: A }) => R
      : (input: A) => R
  : never;

export type EntityHandlers<P extends string, F> = { [K in keyof F & string as `${P}.${K}`]: Bound<K, F[K]> };

const BY_ID = new Set<string>(['get', 'remove', 'delete', 'restore'] satisfies IdVerb[]);

/**
 * The handlers of an entity's operations, e.g. `entityHandlers(store, 'quotes', { list: listQuotes, create: createQuote })`
 * binds `quotes.list` to `listQuotes(store, input.tripId)` and `quotes.create` to `createQuote(store, input)`.
 */
export function entityHandlers<P extends string, F extends Record<string, Service>>(store: Store, prefix: P, services: F): EntityHandlers<P, F> {
  const bound: Record<string, (input: Record<string, unknown>) => unknown> = {};
  for (const [verb, service] of Object.entries(services) as Array<[string, (store: Store, arg: unknown) => unknown]>) {
    bound[`${prefix}.${verb}`] = BY_ID.has(verb)
      ? (input) => service(store, input.id)
      : verb === 'list'
        ? (input) => service(store, input.tripId)
        : (input) => service(store, input);
  }
  return bound as EntityHandlers<P, F>;
}
