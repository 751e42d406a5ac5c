import type { z } from 'zod';
import { byIdSchema } from './common';

/** One operation of the contract: its input schema and (phantom) output type. */
export interface Op<I extends z.ZodType, O> {
  input: I;
  /** Phantom: carries the output type only. */
  output: O;
}

export const op = <I extends z.ZodType, O>(input: I): Op<I, O> => ({ input, output: undefined as O });

export type Removed = { id: string };

/** Phantom: names an entity's type for `entityOps` (TypeScript infers all of a call's type arguments or none). */
export interface Row<T> {
  readonly row?: T;
}
export const row = <T>(): Row<T> => ({});

/** The usual operations of an entity that take their own input schema: `list` and `reorder` answer its rows, the others the row. */
interface EntitySchemas {
  list?: z.ZodType;
  create?: z.ZodType;
  add?: z.ZodType;
  update?: z.ZodType;
  reorder?: z.ZodType;
}
type SchemaOutputs<T> = { list: T[]; create: T; add: T; update: T; reorder: T[] };

/** The usual operations of an entity by its id (`{ id }`): `remove`/`delete` mark it deleted, `get`/`restore` answer it. */
export type IdVerb = 'get' | 'remove' | 'delete' | 'restore';
type IdOutputs<T> = { get: T; restore: T; remove: Removed; delete: Removed };

export type EntityOps<P extends string, T, S, V extends IdVerb> = {
  [K in keyof S & keyof SchemaOutputs<T> as `${P}.${K}`]: Op<Extract<S[K], z.ZodType>, SchemaOutputs<T>[K]>;
} & {
  [K in V as `${P}.${K}`]: Op<typeof byIdSchema, IdOutputs<T>[K]>;
};

/**
 * The common operations of one entity, named `<prefix>.<verb>`: one for each schema given (e.g. `list: byTripSchema`,
 * `create`, `update` with `id` + `expectedUpdatedAt`), then one for each id verb, e.g.
 * `entityOps('quotes', row<Quote>(), { list: byTripSchema, create, update }, 'remove', 'restore')`.
 */
export function entityOps<P extends string, T, S extends EntitySchemas, V extends IdVerb = never>(
  prefix: P,
  _row: Row<T>,
  schemas: S & Record<Exclude<keyof S, keyof EntitySchemas>, never>,
  ...byId: V[]
): EntityOps<P, T, S, V> {
  const ops: Record<string, Op<z.ZodType, unknown>> = {};
  for (const [verb, input] of Object.entries<z.ZodType | undefined>(schemas)) if (input) ops[`${prefix}.${verb}`] = op(input);
  for (const verb of byId) ops[`${prefix}.${verb}`] = op(byIdSchema);
  return ops as EntityOps<P, T, S, V>;
}
