import { z } from 'zod';
import { GOLONGAN, ESELON } from './ranks';
import { EMPLOYMENT, MEDIA_TYPES, PERSON_KINDS, TRAVEL_LEVELS, hasNip, type Employment, type MediaType, type PersonKind } from '../vocabulary';
import { parseNip, nipDigits } from './nip';
import { enumOrEmpty, idSchema, nullableId, optionalEmail, patchOf, requiredText, text, updateSchemaOf, type Stamped } from '../common';

export { EMPLOYMENT, MEDIA_TYPES, PERSON_KINDS, type Employment, type MediaType, type PersonKind };

const fields = {
  kind: z.enum(PERSON_KINDS, { error: 'validation.invalidChoice' }),
  /** Academic or other titles before the name: "Drs.", "Dr. Ir.". */
  titlePrefix: text(60),
  name: requiredText(200),
  /** Titles after the name: "S.H., M.M.". */
  titleSuffix: text(120),
  employment: z.enum(EMPLOYMENT, { error: 'validation.invalidChoice' }).default('non_asn'),
  /** Digits only once stored; accepts grouped input. Validated by employment. */
  nip: z.string({ error: 'validation.invalidType' }).trim().max(40, { error: 'validation.tooLong' }).default(''),
  golongan: enumOrEmpty(GOLONGAN as unknown as readonly [string, ...string[]]),
  jabatan: text(300),
  /** Unit / OPD, e.g. "Dinas Komunikasi, Informatika, Persandian dan Statistik". */
  unit: text(300),
  eselon: enumOrEmpty(ESELON),
  travelLevel: enumOrEmpty(TRAVEL_LEVELS),
  phone: text(60),
  email: optionalEmail,
  /** Outlet (journalist), host institution (host official) or own institution (official). */
  institutionId: nullableId,
  mediaType: enumOrEmpty(MEDIA_TYPES),
  /** Press card or competence certificate (UKW) number. */
  pressCard: text(120),
  notes: text(2000),
};

type NipFields = { employment?: Employment; nip?: string };

/** NIP rules: checked when given for PNS/PPPK; elected officials and non-ASN carry none. */
function checkNip(p: NipFields, ctx: z.RefinementCtx): void {
  const nip = p.nip ?? '';
  if (nip === '') return;
  if (p.employment !== undefined && !hasNip(p.employment)) {
    ctx.addIssue({ code: 'custom', message: 'validation.nip.notExpected', path: ['nip'] });
    return;
  }
  const r = parseNip(nip, p.employment === 'pppk' ? 'pppk' : 'pns');
  if (!r.ok) ctx.addIssue({ code: 'custom', message: `validation.nip.${r.problem}`, path: ['nip'] });
}

const normaliseNip = <T extends NipFields>(p: T): T => (p.nip === undefined ? p : { ...p, nip: nipDigits(p.nip) });

export const personCreateSchema = z.strictObject(fields).superRefine(checkNip).transform(normaliseNip);

export const personPatchSchema = patchOf(fields).transform(normaliseNip);

export const personUpdateSchema = updateSchemaOf(personPatchSchema);

export const PEOPLE_SORTS = ['name', 'rank', 'updated'] as const;
export const personSearchSchema = z.strictObject({
  query: z.string().max(200, { error: 'validation.tooLong' }).default(''),
  kind: z.enum(PERSON_KINDS).optional(),
  unit: z.string().max(300).optional(),
  institutionId: idSchema.optional(),
  sort: z.enum(PEOPLE_SORTS).default('name'),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(100),
});

export type PersonCreate = z.infer<typeof personCreateSchema>;
export type PersonCreateInput = z.input<typeof personCreateSchema>;
export type PersonPatch = z.infer<typeof personPatchSchema>;
export type PersonSearch = z.infer<typeof personSearchSchema>;

export interface Person extends Stamped {
  kind: PersonKind;
  titlePrefix: string;
  name: string;
  titleSuffix: string;
  employment: Employment;
  nip: string;
  golongan: string;
  jabatan: string;
  unit: string;
  eselon: string;
  /** A TravelLevel or '' (string: the forms edit it as text). */
  travelLevel: string;
  phone: string;
  email: string;
  institutionId: string | null;
  /** A MediaType or '' (string: the forms edit it as text); isMediaType() narrows it. */
  mediaType: string;
  pressCard: string;
  notes: string;
}

/** A directory row: the person plus the name of their institution/outlet. */
export interface PersonRow extends Person {
  institutionName: string;
}

export interface PeoplePage {
  total: number;
  items: PersonRow[];
}

/**
 * What "Hapus permanen" answers (people.erase, institutions.erase). `compacted`
 * is false when the file could not be rewritten afterwards (a full disk) or its
 * WAL not emptied: the fields are wiped, but the bytes they left in the file's
 * free space remain until the next erasure succeeds.
 */
export interface Erased {
  id: string;
  compacted: boolean;
}

/** A new person with every field empty: an official is a PNS until told otherwise, anyone else non-ASN. */
export function blankPerson(kind: PersonKind): PersonCreate {
  return {
    kind,
    titlePrefix: '',
    name: '',
    titleSuffix: '',
    employment: kind === 'official' ? 'pns' : 'non_asn',
    nip: '',
    golongan: '',
    jabatan: '',
    unit: '',
    eselon: '',
    travelLevel: '',
    phone: '',
    email: '',
    institutionId: null,
    mediaType: '',
    pressCard: '',
    notes: '',
  };
}

/** "Drs. I Nyoman Suwandiasa, S.H., M.M." */
export function fullName(p: Pick<Person, 'titlePrefix' | 'name' | 'titleSuffix'>): string {
  const core = [p.titlePrefix, p.name].filter(Boolean).join(' ');
  return p.titleSuffix ? `${core}, ${p.titleSuffix}` : core;
}
