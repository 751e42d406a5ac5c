/*
 * The delegation and its hosts. Codes are stored in the database: never
 * rename one without a migration. Tuple order is the display (protocol)
 * order; labels are what the documents print.
 */
import { defineVocabulary } from '../codes';
import type { PersonKind } from '../directory/vocabulary';

/** Roles in the delegation, in protocol order. */
export const [MEMBER_ROLES, MEMBER_ROLE_LABELS] = defineVocabulary(
  ['lead', 'deputy_lead', 'member', 'secretary', 'companion', 'journalist'],
  { lead: 'Ketua Rombongan', deputy_lead: 'Wakil Ketua Rombongan', member: 'Anggota', secretary: 'Sekretaris Rombongan', companion: 'Pendamping', journalist: 'Jurnalis' },
);
export type MemberRole = (typeof MEMBER_ROLES)[number];

/** The role journalists join in; every other role is for the delegation's own officials. */
export const JOURNALIST_ROLE = 'journalist' satisfies MemberRole;
/** The role that leads the delegation. */
export const LEAD_ROLE = 'lead' satisfies MemberRole;
/** The role of the delegation's secretary (its liaison, who keeps the attendance list). */
export const SECRETARY_ROLE = 'secretary' satisfies MemberRole;
/** The role an official takes when nothing else is said. */
export const DEFAULT_OFFICIAL_ROLE = 'member' satisfies MemberRole;

export const isJournalistRole = (role: MemberRole): role is typeof JOURNALIST_ROLE => role === JOURNALIST_ROLE;
export type OfficialRole = Exclude<MemberRole, typeof JOURNALIST_ROLE>;
/** The officials' roles, in protocol order. */
export const OFFICIAL_ROLES: readonly OfficialRole[] = MEMBER_ROLES.filter((r): r is OfficialRole => !isJournalistRole(r));

/**
 * The kind of person a delegation role takes: journalists join only as
 * 'journalist', every other role (the ketua first) is for the delegation's own
 * officials. Host officials are never in the delegation: they are the trip's
 * hosts, which take only host officials.
 */
export const kindForRole = (role: MemberRole): Exclude<PersonKind, 'host_official'> => (isJournalistRole(role) ? 'journalist' : 'official');

/** What host people do for the visit. */
export const [HOST_ROLES, HOST_ROLE_LABELS] = defineVocabulary(
  ['receiver', 'speaker', 'companion', 'liaison'],
  { receiver: 'Penerima', speaker: 'Narasumber', companion: 'Pendamping', liaison: 'Narahubung' },
);
export type HostRole = (typeof HOST_ROLES)[number];
/** The host who receives the delegation (the letter is addressed to them). */
export const RECEIVER_ROLE = 'receiver' satisfies HostRole;
/** The host who speaks (presents) at the visit. */
export const SPEAKER_ROLE = 'speaker' satisfies HostRole;
/** The host's contact person. */
export const LIAISON_ROLE = 'liaison' satisfies HostRole;

export const [TRANSPORT_MODES, TRANSPORT_MODE_LABELS] = defineVocabulary(
  ['plane', 'train', 'bus', 'ship', 'official_car', 'other'],
  { plane: 'Pesawat', train: 'Kereta Api', bus: 'Bus', ship: 'Kapal', official_car: 'Mobil Dinas', other: 'Lainnya' },
);
export type TransportMode = (typeof TRANSPORT_MODES)[number];
