/**
 * Protocol order of a delegation and the pure parts of the member warnings,
 * shared by main (trip detail), the renderer and the tests.
 */
import { MEMBER_ROLES, type MemberRole, type MemberWarning } from './schemas';
import type { Employment } from '../directory/person';
import { rankIndex } from '../directory/ranks';
import { hasNip, isJournalistRole } from '../vocabulary';

const ROLE_RANK = new Map<string, number>(MEMBER_ROLES.map((r, i) => [r, i]));
const ESELON_RANK: Record<string, number> = { I: 0, II: 1, III: 2, IV: 3 };

/** What protocol order looks at. */
export interface ProtocolKey {
  role: MemberRole;
  golongan: string;
  eselon: string;
  employment: Employment;
  name: string;
}

const collator = new Intl.Collator('id', { sensitivity: 'base', numeric: true });

function roleRank(role: string): number {
  return ROLE_RANK.get(role) ?? MEMBER_ROLES.length;
}

/**
 * Protocol order: by role (ketua, wakil ketua, anggota, sekretaris, pendamping,
 * jurnalis); within a role an elected official (Bupati, Wakil Bupati) first,
 * then higher golongan, then eselon (I before IV, none last), then name.
 */
export function compareProtocol(a: ProtocolKey, b: ProtocolKey): number {
  return (
    roleRank(a.role) - roleRank(b.role) ||
    Number(b.employment === 'elected') - Number(a.employment === 'elected') ||
    rankIndex(b.golongan) - rankIndex(a.golongan) ||
    (ESELON_RANK[a.eselon] ?? 9) - (ESELON_RANK[b.eselon] ?? 9) ||
    collator.compare(a.name, b.name)
  );
}

export interface Orderable extends ProtocolKey {
  /** The user's position; null when the user has not reordered. */
  position: number | null;
}

/** True when the user ordered the delegation by hand (any member has a position). */
export function hasCustomOrder(members: readonly { position: number | null }[]): boolean {
  return members.some((m) => m.position !== null);
}

/**
 * The delegation as it is listed: journalists always after the officials;
 * by the user's positions when there are any (members without one after them,
 * in protocol order), else in protocol order.
 */
export function orderMembers<T extends Orderable>(members: readonly T[]): T[] {
  const custom = hasCustomOrder(members);
  const journalist = (m: T) => Number(isJournalistRole(m.role));
  return [...members].sort((a, b) => {
    const j = journalist(a) - journalist(b);
    if (j !== 0) return j;
    if (custom) {
      const pa = a.position ?? Number.POSITIVE_INFINITY;
      const pb = b.position ?? Number.POSITIVE_INFINITY;
      if (pa !== pb) return pa < pb ? -1 : 1;
    }
    return compareProtocol(a, b);
  });
}

/** Moves the item at `from` by `delta` places (clamped); a new array. */
export function moveItem<T>(items: readonly T[], from: number, delta: number): T[] {
  const to = Math.max(0, Math.min(items.length - 1, from + delta));
  const out = [...items];
  if (from < 0 || from >= items.length || to === from) return out;
  const [item] = out.splice(from, 1);
  out.splice(to, 0, item as T);
  return out;
}

/** Two calendar ranges (YYYY-MM-DD, both ends included) share at least one day. */
export function datesOverlap(aStart: string, aEnd: string, bStart: string, bEnd: string): boolean {
  return aStart <= bEnd && bStart <= aEnd;
}

/** A PNS or PPPK without a NIP: the SPT and SPPD cannot be made for them yet. */
export function isMissingNip(p: { employment: Employment; nip: string }): boolean {
  return hasNip(p.employment) && p.nip.trim() === '';
}

export interface NipHolder {
  id: string;
  personId: string;
  nip: string;
}

/**
 * Members sharing a NIP with another member who is a different person row
 * (the same official entered twice): member id → the first other member.
 */
export function duplicateNips(members: readonly NipHolder[]): Map<string, string> {
  const byNip = new Map<string, NipHolder[]>();
  for (const m of members) {
    const nip = m.nip.trim();
    if (!nip) continue;
    const list = byNip.get(nip);
    if (list) list.push(m);
    else byNip.set(nip, [m]);
  }
  const out = new Map<string, string>();
  for (const list of byNip.values()) {
    if (list.length < 2) continue;
    for (const m of list) {
      const other = list.find((o) => o.id !== m.id && o.personId !== m.personId);
      if (other) out.set(m.id, other.id);
    }
  }
  return out;
}

export interface OtherTrip {
  tripId: string;
  tripTitle: string;
  startDate: string;
  endDate: string;
}

/** Every warning of one member, in a stable order: duplicate NIP, missing NIP, overlaps by date. */
export function memberWarnings(opts: {
  duplicateOf: string | undefined;
  person: { employment: Employment; nip: string };
  overlaps: readonly OtherTrip[];
}): MemberWarning[] {
  const out: MemberWarning[] = [];
  if (opts.duplicateOf) out.push({ kind: 'duplicateNip', otherMemberId: opts.duplicateOf });
  if (isMissingNip(opts.person)) out.push({ kind: 'missingNip' });
  const overlaps = [...opts.overlaps].sort((a, b) => a.startDate.localeCompare(b.startDate) || a.tripId.localeCompare(b.tripId));
  for (const o of overlaps) out.push({ kind: 'overlap', tripId: o.tripId, tripTitle: o.tripTitle, startDate: o.startDate, endDate: o.endDate });
  return out;
}
