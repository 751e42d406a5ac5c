import { z } from 'zod';

export const idSchema = z.uuid({ error: 'validation.invalidId' });
/** The inputs most operations take: a row by its id, a trip's rows, nothing. */
export const byIdSchema = z.strictObject({ id: idSchema });
export const byTripSchema = z.strictObject({ tripId: idSchema });
export const emptySchema = z.strictObject({});
/**
 * The version of the row the user's form started from (its `updatedAt`): main
 * refuses the write with CONFLICT (`errors.stale`) when the row was written
 * since; left out, the write goes ahead (an overwrite the user chose).
 */
export const expectedUpdatedAt = z.number().int().nonnegative().optional();

/** Optional free text: trimmed, '' when absent. */
export const text = (max: number) =>
  z
    .string({ error: 'validation.invalidType' })
    .trim()
    .max(max, { error: 'validation.tooLong' })
    .default('');

/** Required text. */
export const requiredText = (max: number) =>
  z
    .string({ error: 'validation.required' })
    .trim()
    .min(1, { error: 'validation.required' })
    .max(max, { error: 'validation.tooLong' });

const emailFormat = z.email();

export const optionalEmail = z
  .string({ error: 'validation.invalidType' })
  .trim()
  .max(200, { error: 'validation.tooLong' })
  .refine((s) => s === '' || emailFormat.safeParse(s).success, { error: 'validation.email' })
  .default('');

export const enumOrEmpty = <T extends readonly [string, ...string[]]>(values: T) =>
  z.union([z.enum(values, { error: 'validation.invalidChoice' }), z.literal('')]).default('');

export const nullableId = idSchema.nullable().default(null);

export interface Stamped {
  id: string;
  createdAt: number;
  updatedAt: number;
}

type Unwrapped<T> = T extends z.ZodDefault<infer I> ? I : T;

/**
 * The shape of a patch: every field optional and without its default, so an
 * absent key means "leave as it is" rather than "reset to the default".
 */
export function patchShape<S extends Record<string, z.ZodType>>(shape: S): { [K in keyof S]: z.ZodOptional<Unwrapped<S[K]> & z.ZodType> } {
  const out: Record<string, z.ZodType> = {};
  for (const [k, v] of Object.entries(shape)) out[k] = (v instanceof z.ZodDefault ? (v.unwrap() as z.ZodType) : v).optional();
  return out as { [K in keyof S]: z.ZodOptional<Unwrapped<S[K]> & z.ZodType> };
}

export const nonEmptyPatch = { error: 'validation.emptyPatch' } as const;

/** A patch of these fields (see `patchShape`) that changes at least one of them. */
export const patchOf = <S extends Record<string, z.ZodType>>(fields: S) =>
  z.strictObject(patchShape(fields)).refine((p) => Object.keys(p).length > 0, nonEmptyPatch);

/**
 * The update of a row a form edits: its id, the version the form started from
 * (`expectedUpdatedAt`) and the patch (`patchOf(fields)`, or one with more checks).
 */
export const updateSchemaOf = <P extends z.ZodType>(patch: P) => z.strictObject({ id: idSchema, expectedUpdatedAt, patch });
