import type { Employment, PersonCreate, PersonRow } from '../../../shared/directory/person';
import { AppError } from '../../../shared/result';

/* A people row as SQL returns it, its mapping to the domain, and its not-found error. */

/** A people row as SQL returns it (joined with its institution's name). */
export interface PersonDbRow {
  id: string;
  kind: PersonRow['kind'];
  title_prefix: string;
  name: string;
  title_suffix: string;
  employment: Employment;
  nip: string;
  golongan: string;
  jabatan: string;
  unit: string;
  eselon: string;
  travel_level: string;
  phone: string;
  email: string;
  institution_id: string | null;
  media_type: string;
  press_card: string;
  notes: string;
  created_at: number;
  updated_at: number;
  deleted_at: number | null;
  institution_name: string;
}

/** The person's own fields of a row, as a create input carries them. */
export const personFieldsOf = (r: Pick<PersonDbRow, Exclude<keyof PersonDbRow, 'id' | 'created_at' | 'updated_at' | 'deleted_at' | 'institution_name'>>): PersonCreate => ({
  kind: r.kind,
  titlePrefix: r.title_prefix,
  name: r.name,
  titleSuffix: r.title_suffix,
  employment: r.employment,
  nip: r.nip,
  golongan: r.golongan,
  jabatan: r.jabatan,
  unit: r.unit,
  eselon: r.eselon as PersonCreate['eselon'],
  travelLevel: r.travel_level as PersonCreate['travelLevel'],
  phone: r.phone,
  email: r.email,
  institutionId: r.institution_id,
  mediaType: r.media_type as PersonCreate['mediaType'],
  pressCard: r.press_card,
  notes: r.notes,
});

export const toPersonRow = (r: PersonDbRow): PersonRow => ({
  id: r.id,
  ...personFieldsOf(r),
  institutionName: r.institution_name,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

/** The columns of a person row `p` joined with its institution `i`. */
export const COLS = `p.id, p.kind, p.title_prefix, p.name, p.title_suffix, p.employment, p.nip, p.golongan, p.jabatan, p.unit,
  p.eselon, p.travel_level, p.phone, p.email, p.institution_id, p.media_type, p.press_card, p.notes, p.created_at,
  p.updated_at, p.deleted_at, coalesce(i.name, '') AS institution_name`;

export function notFound(id: string): AppError {
  return new AppError('NOT_FOUND', `Person ${id} does not exist or was deleted`, {
    field: 'id',
    key: 'errors.personNotFound',
  });
}
