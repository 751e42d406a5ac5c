/*
 * The delegation and its hosts. Codes are stored in the database: never
 * rename one without a migration. Tuple order is the display (protocol)
 * order; labels are what the documents print.
 */
import type { PersonKind } from '../directory/vocabulary';

/** Roles in the delegation, in protocol order. */
export const MEMBER_ROLES = ['ketua', 'wakil_ketua', 'anggota', 'sekretaris', 'pendamping', 'jurnalis'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];
export const MEMBER_ROLE_LABELS = {
  ketua: 'Ketua Rombongan',
  wakil_ketua: 'Wakil Ketua Rombongan',
  anggota: 'Anggota',
  sekretaris: 'Sekretaris Rombongan',
  pendamping: 'Pendamping',
  jurnalis: 'Jurnalis',
} as const satisfies Record<MemberRole, string>;

/** The role journalists join in; every other role is for the delegation's own officials. */
export const JOURNALIST_ROLE = 'jurnalis' satisfies MemberRole;
/** The role that leads the delegation. */
export const LEAD_ROLE = 'ketua' satisfies MemberRole;
/** The role of the delegation's secretary (its liaison, who keeps the attendance list). */
export const SECRETARY_ROLE = 'sekretaris' satisfies MemberRole;
/** The role an official takes when nothing else is said. */
export const DEFAULT_OFFICIAL_ROLE = 'anggota' satisfies MemberRole;

export const isJournalistRole = (role: MemberRole): role is typeof JOURNALIST_ROLE => role === JOURNALIST_ROLE;
export type OfficialRole = Exclude<MemberRole, typeof JOURNALIST_ROLE>;
/** The officials' roles, in protocol order. */
export const OFFICIAL_ROLES: readonly OfficialRole[] = MEMBER_ROLES.filter((r): r is OfficialRole => !isJournalistRole(r));

/**
 * The kind of person a delegation role takes: journalists join only as
 * 'jurnalis', every other role (the ketua first) is for the delegation's own
 * officials. Host officials are never in the delegation: they are the trip's
 * hosts, which take only host officials.
 */
export const kindForRole = (role: MemberRole): Exclude<PersonKind, 'host_official'> => (isJournalistRole(role) ? 'journalist' : 'official');

/** What host people do for the visit. */
export const HOST_ROLES = ['penerima', 'narasumber', 'pendamping', 'kontak'] as const;
export type HostRole = (typeof HOST_ROLES)[number];
export const HOST_ROLE_LABELS = {
  penerima: 'Penerima',
  narasumber: 'Narasumber',
  pendamping: 'Pendamping',
  kontak: 'Narahubung',
} as const satisfies Record<HostRole, string>;
/** The host who receives the delegation (the letter is addressed to them). */
export const RECEIVER_ROLE = 'penerima' satisfies HostRole;
/** The host who speaks (presents) at the visit. */
export const SPEAKER_ROLE = 'narasumber' satisfies HostRole;
/** The host's contact person. */
export const LIAISON_ROLE = 'kontak' satisfies HostRole;

export const TRANSPORT_MODES = ['pesawat', 'kereta', 'bus', 'kapal', 'mobil_dinas', 'lainnya'] as const;
export type TransportMode = (typeof TRANSPORT_MODES)[number];
export const TRANSPORT_MODE_LABELS = {
  pesawat: 'Pesawat',
  kereta: 'Kereta Api',
  bus: 'Bus',
  kapal: 'Kapal',
  mobil_dinas: 'Mobil Dinas',
  lainnya: 'Lainnya',
} as const satisfies Record<TransportMode, string>;
