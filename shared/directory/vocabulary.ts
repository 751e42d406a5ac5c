/*
 * People and institutions of the directory. Codes are stored in the
 * database: never rename one without a migration. The tuple order is the
 * display order; the labels are the official Indonesian words the documents
 * print (the screens take theirs from i18n).
 */

/** official: our delegation's officials; journalist: awak media; host_official: people of host institutions. */
export const PERSON_KINDS = ['official', 'journalist', 'host_official'] as const;
export type PersonKind = (typeof PERSON_KINDS)[number];
export const PERSON_KIND_LABELS = {
  official: 'Pejabat/Pegawai',
  journalist: 'Jurnalis',
  host_official: 'Pejabat Tuan Rumah',
} as const satisfies Record<PersonKind, string>;

/** pns: NIP; pppk: NI PPPK; elected: Bupati/Wakil Bupati etc., no NIP; non_asn: others. */
export const EMPLOYMENT = ['pns', 'pppk', 'elected', 'non_asn'] as const;
export type Employment = (typeof EMPLOYMENT)[number];
export const EMPLOYMENT_LABELS = {
  pns: 'PNS',
  pppk: 'PPPK',
  elected: 'Pejabat Negara',
  non_asn: 'Non-ASN',
} as const satisfies Record<Employment, string>;

/** Employment that carries a registration number (NIP / NI PPPK). */
export const hasNip = (e: Employment): e is 'pns' | 'pppk' => e === 'pns' || e === 'pppk';

/** Kinds of outlet a journalist works for. */
export const MEDIA_TYPES = ['print', 'online', 'tv', 'radio'] as const;
export type MediaType = (typeof MEDIA_TYPES)[number];
export const MEDIA_TYPE_LABELS = {
  print: 'Cetak',
  online: 'Daring',
  tv: 'Televisi',
  radio: 'Radio',
} as const satisfies Record<MediaType, string>;
export const isMediaType = (s: string): s is MediaType => (MEDIA_TYPES as readonly string[]).includes(s);

/** own: our own office(s); host: receiving institutions; media: outlets. */
export const INSTITUTION_KINDS = ['own', 'host', 'media'] as const;
export type InstitutionKind = (typeof INSTITUTION_KINDS)[number];
export const INSTITUTION_KIND_LABELS = {
  own: 'Instansi Sendiri',
  host: 'Instansi Tuan Rumah',
  media: 'Media',
} as const satisfies Record<InstitutionKind, string>;

/** The institutions each kind of person belongs to. */
export const INSTITUTION_KIND_FOR = {
  official: 'own',
  journalist: 'media',
  host_official: 'host',
} as const satisfies Record<PersonKind, InstitutionKind>;

/** Travel cost levels (tingkat biaya perjalanan dinas). */
export const TRAVEL_LEVELS = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
export type TravelLevel = (typeof TRAVEL_LEVELS)[number];
export const TRAVEL_LEVEL_LABELS = {
  A: 'Tingkat A',
  B: 'Tingkat B',
  C: 'Tingkat C',
  D: 'Tingkat D',
  E: 'Tingkat E',
  F: 'Tingkat F',
} as const satisfies Record<TravelLevel, string>;
