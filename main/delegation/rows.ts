import type { DirectoryChange, HostRole, MemberRole, TransportMode, TripHost, TripHostPerson, Venue } from '../../shared/delegation/schemas';
import type { Institution, InstitutionKind } from '../../shared/directory/institution';
import type { Employment, PersonRow } from '../../shared/directory/person';

/*
 * The delegation's SQL rows and their mapping to the domain: the column
 * lists the reads select (a person or institution joined under a prefix),
 * the row shapes SQL returns, and the mappers to the contract's types.
 */

export const PERSON_COLS = `p.kind AS p_kind, p.title_prefix AS p_title_prefix, p.name AS p_name, p.title_suffix AS p_title_suffix,
  p.employment AS p_employment, p.nip AS p_nip, p.golongan AS p_golongan, p.jabatan AS p_jabatan, p.unit AS p_unit,
  p.eselon AS p_eselon, p.travel_level AS p_travel_level, p.phone AS p_phone, p.email AS p_email,
  p.institution_id AS p_institution_id, p.media_type AS p_media_type, p.press_card AS p_press_card, p.notes AS p_notes,
  p.created_at AS p_created_at, p.updated_at AS p_updated_at, p.erased_at AS p_erased_at, coalesce(pi.name, '') AS p_institution_name`;
export const PERSON_JOIN = `JOIN people p ON p.id = x.person_id LEFT JOIN institutions pi ON pi.id = p.institution_id`;

export interface PersonCols {
  person_id: string;
  p_kind: PersonRow['kind'];
  p_title_prefix: string;
  p_name: string;
  p_title_suffix: string;
  p_employment: Employment;
  p_nip: string;
  p_golongan: string;
  p_jabatan: string;
  p_unit: string;
  p_eselon: string;
  p_travel_level: string;
  p_phone: string;
  p_email: string;
  p_institution_id: string | null;
  p_media_type: string;
  p_press_card: string;
  p_notes: string;
  p_created_at: number;
  p_updated_at: number;
  /** Erased for good ("Hapus permanen"): the trip's snapshot is all there is; nothing to refresh from. */
  p_erased_at: number | null;
  p_institution_name: string;
}

export const toPerson = (r: PersonCols): PersonRow => ({
  id: r.person_id,
  kind: r.p_kind,
  titlePrefix: r.p_title_prefix,
  name: r.p_name,
  titleSuffix: r.p_title_suffix,
  employment: r.p_employment,
  nip: r.p_nip,
  golongan: r.p_golongan,
  jabatan: r.p_jabatan,
  unit: r.p_unit,
  eselon: r.p_eselon,
  travelLevel: r.p_travel_level,
  phone: r.p_phone,
  email: r.p_email,
  institutionId: r.p_institution_id,
  mediaType: r.p_media_type,
  pressCard: r.p_press_card,
  notes: r.p_notes,
  institutionName: r.p_institution_name,
  createdAt: r.p_created_at,
  updatedAt: r.p_updated_at,
});

export interface MemberDbRow extends PersonCols {
  snapshot: string;
  snapshot_prev: string;
  id: string;
  trip_id: string;
  role: MemberRole;
  position: number | null;
  transport_mode: TransportMode | '';
  carrier: string;
  transport_number: string;
  seat: string;
  hotel: string;
  room: string;
  roommate_person_id: string | null;
  needs: string;
  created_at: number;
  updated_at: number;
  deleted_at: number | null;
}

export const MEMBER_COLS = `x.id, x.trip_id, x.person_id, x.role, x.position, x.transport_mode, x.carrier, x.transport_number,
  x.seat, x.hotel, x.room, x.roommate_person_id, x.needs, x.snapshot, x.snapshot_prev, x.created_at, x.updated_at, x.deleted_at`;

/** The printed fields of a person a trip keeps (migration 7's SNAPSHOT_SQL writes the same keys). */
export const SNAPSHOT_FIELDS = [
  'titlePrefix', 'name', 'titleSuffix', 'employment', 'nip', 'golongan', 'jabatan', 'unit', 'eselon', 'institutionName', 'mediaType', 'pressCard',
] as const satisfies ReadonlyArray<keyof PersonRow>;

/**
 * The person as the trip keeps them: the directory row with the printed
 * fields from the trip's snapshot, and the fields where the directory now
 * says something else.
 */
export function asKept(dir: PersonRow, snapshot: string, erased = false): { person: PersonRow; changes: DirectoryChange[] } {
  let kept: Record<string, unknown> | null = null;
  try {
    const v = snapshot ? (JSON.parse(snapshot) as unknown) : null;
    kept = v && typeof v === 'object' ? (v as Record<string, unknown>) : null;
  } catch {
    kept = null;
  }
  if (!kept) return { person: dir, changes: [] };
  const person: PersonRow = { ...dir };
  const changes: DirectoryChange[] = [];
  for (const f of SNAPSHOT_FIELDS) {
    const v = kept[f];
    if (typeof v !== 'string') continue;
    (person as unknown as Record<string, string>)[f] = v;
    if (v !== dir[f] && !erased) changes.push({ field: f, trip: v, directory: dir[f] });
  }
  return { person, changes };
}

export const INSTITUTION_COLS = `i.kind AS i_kind, i.name AS i_name, i.region_code AS i_region_code, i.address AS i_address,
  i.phone AS i_phone, i.email AS i_email, i.website AS i_website, i.created_at AS i_created_at, i.updated_at AS i_updated_at`;

export interface InstitutionCols {
  institution_id: string;
  i_kind: InstitutionKind;
  i_name: string;
  i_region_code: string;
  i_address: string;
  i_phone: string;
  i_email: string;
  i_website: string;
  i_created_at: number;
  i_updated_at: number;
}

export const toInstitution = (r: InstitutionCols): Institution => ({
  id: r.institution_id,
  kind: r.i_kind,
  name: r.i_name,
  regionCode: r.i_region_code,
  address: r.i_address,
  phone: r.i_phone,
  email: r.i_email,
  website: r.i_website,
  createdAt: r.i_created_at,
  updatedAt: r.i_updated_at,
});

export interface HostDbRow extends InstitutionCols {
  id: string;
  trip_id: string;
  created_at: number;
  updated_at: number;
  deleted_at: number | null;
}

export const toHost = (r: HostDbRow): TripHost => ({
  id: r.id,
  tripId: r.trip_id,
  institutionId: r.institution_id,
  institution: toInstitution(r),
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export interface HostPersonDbRow extends PersonCols {
  snapshot: string;
  snapshot_prev: string;
  id: string;
  trip_id: string;
  host_role: HostRole;
  created_at: number;
  updated_at: number;
  deleted_at: number | null;
}

export const toHostPerson = (r: HostPersonDbRow): TripHostPerson => {
  const { person, changes } = asKept(toPerson(r), r.snapshot, r.p_erased_at !== null);
  return {
    id: r.id,
    tripId: r.trip_id,
    personId: r.person_id,
    hostRole: r.host_role,
    person,
    directoryChanges: changes,
    canUndoRefresh: r.snapshot_prev !== '',
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
};

export interface VenueDbRow {
  id: string;
  trip_id: string;
  institution_id: string | null;
  name: string;
  address: string;
  created_at: number;
  updated_at: number;
  deleted_at: number | null;
}

export const toVenue = (r: VenueDbRow): Venue => ({
  id: r.id,
  tripId: r.trip_id,
  institutionId: r.institution_id,
  name: r.name,
  address: r.address,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

/** A trip_members row's own keys, as the checks read them. */
export interface MemberRef {
  id: string;
  trip_id: string;
  person_id: string;
  role: MemberRole;
  position: number | null;
  deleted_at: number | null;
}
