/* The trash (Sampah). These codes are not stored: they name what the trash lists and counts. */

/** What can be deleted on its own and found in the trash, in the order the screen's filter offers them. */
export const TRASH_KINDS = ['trip', 'person', 'institution', 'learning', 'photo'] as const;
export type TrashKind = (typeof TRASH_KINDS)[number];

/**
 * What a deletion takes along (or, for an institution, what still refers to
 * it), in the order a row lists them: "12 anggota, 30 acara".
 */
export const TRASH_PARTS = [
  'members',
  'hosts',
  'hostPeople',
  'venues',
  'agendaItems',
  'learnings',
  'followups',
  'photos',
  'coverage',
  'quotes',
  'memberships',
  'hostRoles',
  'people',
  'trips',
] as const;
export type TrashPart = (typeof TRASH_PARTS)[number];
