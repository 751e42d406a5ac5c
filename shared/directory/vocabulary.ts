/*
 * People and institutions of the directory. Codes are stored in the
 * database: never rename one without a migration. The tuple order is the
 * display order; the labels are the official Indonesian words the documents
 * print (the screens take theirs from i18n).
 */
import { defineVocabulary, isCodeOf } from '../codes';

/** official: our delegation's officials; journalist: awak media; host_official: people of host institutions. */
export const [PERSON_KINDS, PERSON_KIND_LABELS] = defineVocabulary(
  ['official', 'journalist', 'host_official'],
  { official: 'Pejabat/Pegawai', journalist: 'Jurnalis', host_official: 'Pejabat Tuan Rumah' },
);
export type PersonKind = (typeof PERSON_KINDS)[number];

/** pns: NIP; pppk: NI PPPK; elected: Bupati/Wakil Bupati etc., no NIP; non_asn: others. */
export const [EMPLOYMENT, EMPLOYMENT_LABELS] = defineVocabulary(
  ['pns', 'pppk', 'elected', 'non_asn'],
  { pns: 'PNS', pppk: 'PPPK', elected: 'Pejabat Negara', non_asn: 'Non-ASN' },
);
export type Employment = (typeof EMPLOYMENT)[number];

/** Employment that carries a registration number (NIP / NI PPPK). */
export const hasNip = (e: Employment): e is 'pns' | 'pppk' => e === 'pns' || e === 'pppk';

/** Kinds of outlet a journalist works for. */
export const [MEDIA_TYPES, MEDIA_TYPE_LABELS] = defineVocabulary(
  ['print', 'online', 'tv', 'radio'],
  { print: 'Cetak', online: 'Daring', tv: 'Televisi', radio: 'Radio' },
);
export type MediaType = (typeof MEDIA_TYPES)[number];
export const isMediaType = isCodeOf<MediaType>(MEDIA_TYPES);

/** own: our own office(s); host: receiving institutions; media: outlets. */
export const [INSTITUTION_KINDS, INSTITUTION_KIND_LABELS] = defineVocabulary(
  ['own', 'host', 'media'],
  { own: 'Instansi Sendiri', host: 'Instansi Tuan Rumah', media: 'Media' },
);
export type InstitutionKind = (typeof INSTITUTION_KINDS)[number];

/** The institutions each kind of person belongs to. */
export const INSTITUTION_KIND_FOR = {
  official: 'own',
  journalist: 'media',
  host_official: 'host',
} as const satisfies Record<PersonKind, InstitutionKind>;

/** Travel cost levels (tingkat biaya perjalanan dinas). */
export const [TRAVEL_LEVELS, TRAVEL_LEVEL_LABELS] = defineVocabulary(
  ['A', 'B', 'C', 'D', 'E', 'F'],
  { A: 'Tingkat A', B: 'Tingkat B', C: 'Tingkat C', D: 'Tingkat D', E: 'Tingkat E', F: 'Tingkat F' },
);
export type TravelLevel = (typeof TRAVEL_LEVELS)[number];
