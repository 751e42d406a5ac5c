import { v5 as uuidv5 } from 'uuid';
import type { IssuerLevel } from '../../shared/documents/issuers';

/**
 * Ids of rows defined by a pair (a person in a trip, an institution hosting a
 * trip) are derived from the pair with UUIDv5, so two laptops adding the same
 * person to the same trip make one row that merges, not two that clash.
 * The namespaces are fixed forever: changing one would split every pair.
 */
export const MEMBER_NAMESPACE = '212c7d14-a8fc-4131-bd95-f88d0a45a438';
export const HOST_NAMESPACE = '964237ea-a376-4cdc-b214-3cc2549a854a';
export const HOST_PERSON_NAMESPACE = 'e0ec2dc7-3729-466c-9e36-a85732320d3b';

const pair = (a: string, b: string) => `${a.toLowerCase()}:${b.toLowerCase()}`;

/** trip_members.id of a person in a trip. */
export function memberId(tripId: string, personId: string): string {
  return uuidv5(pair(tripId, personId), MEMBER_NAMESPACE);
}

/** trip_hosts.id of an institution hosting a trip. */
export function hostId(tripId: string, institutionId: string): string {
  return uuidv5(pair(tripId, institutionId), HOST_NAMESPACE);
}

/** trip_host_people.id of a host's person on a trip. */
export function hostPersonId(tripId: string, personId: string): string {
  return uuidv5(pair(tripId, personId), HOST_PERSON_NAMESPACE);
}

export const ISSUER_NAMESPACE = '5d0c1f52-7a43-4d0e-9c1b-2f1f6e0b7a11';
export const DOC_CHOICE_NAMESPACE = 'b7a4f0e2-3c51-4f6b-8e2a-9d0c4b1e6f37';

/**
 * doc_issuers.id of an institution's issuer of one level. Derived, so an
 * issuer has its id before it is first saved (the documents use it as it is
 * made from the region) and two laptops saving it make one row.
 */
export function issuerId(institutionId: string | null, level: IssuerLevel): string {
  return issuerIdOfSeed(institutionId, ISSUER_ID_SEEDS[level]);
}

/**
 * What an issuer's id is made from: the level's code as it was when the id
 * was first made (before migration 12 renamed the codes to English). Fixed
 * forever, like the namespace: a new seed would give every issuer a new id.
 */
const ISSUER_ID_SEEDS = {
  regional_head: 'kepala_daerah',
  secretariat: 'setda',
  agency: 'perangkat_daerah',
} as const satisfies Record<IssuerLevel, string>;

/** doc_issuers.id from the seed itself (migration 7 made ids from the codes of its time). */
export function issuerIdOfSeed(institutionId: string | null, seed: string): string {
  return uuidv5(pair(institutionId ?? 'none', seed), ISSUER_NAMESPACE);
}

/** trip_doc_choices.id of a trip's choice for one document. */
export function docChoiceId(tripId: string, kind: string): string {
  return uuidv5(pair(tripId, kind), DOC_CHOICE_NAMESPACE);
}
