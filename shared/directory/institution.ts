import { z } from 'zod';
import { INSTITUTION_KINDS, type InstitutionKind } from '../vocabulary';
import { optionalEmail, patchOf, requiredText, text, updateSchemaOf, type Stamped } from '../common';

export { INSTITUTION_KINDS, type InstitutionKind };

const fields = {
  kind: z.enum(INSTITUTION_KINDS, { error: 'validation.invalidChoice' }),
  name: requiredText(300),
  /** Kemendagri code of its region ("35.73"), '' when unknown. */
  regionCode: z.union([z.string().regex(/^\d{2}(\.\d{2})?$/, { error: 'validation.regionCode' }), z.literal('')]).default(''),
  address: text(1000),
  phone: text(60),
  email: optionalEmail,
  website: text(300),
};

export const institutionCreateSchema = z.strictObject(fields);
export const institutionUpdateSchema = updateSchemaOf(patchOf(fields));
export const institutionListSchema = z.strictObject({
  kind: z.enum(INSTITUTION_KINDS).optional(),
  query: z.string().max(200).optional(),
});

export type InstitutionCreate = z.infer<typeof institutionCreateSchema>;
export type InstitutionCreateInput = z.input<typeof institutionCreateSchema>;
export type InstitutionUpdate = z.infer<typeof institutionUpdateSchema>;

/** What the user types of an institution: the record without its stamps. */
export interface InstitutionFields {
  kind: InstitutionKind;
  name: string;
  regionCode: string;
  address: string;
  phone: string;
  email: string;
  website: string;
}
/** The typed fields in form order. */
export const INSTITUTION_FIELDS = Object.keys(fields) as readonly (keyof InstitutionFields)[];

/** A new institution's fields: all empty but its kind. */
export const blankInstitution = (kind: InstitutionKind): InstitutionFields => ({ kind, name: '', regionCode: '', address: '', phone: '', email: '', website: '' });

/** An institution's typed fields, without its stamps (a form's starting values). */
export const institutionFieldsOf = (i: InstitutionFields): InstitutionFields =>
  Object.fromEntries(INSTITUTION_FIELDS.map((f) => [f, i[f]])) as unknown as InstitutionFields;

export interface Institution extends Stamped, InstitutionFields {}
