/**
 * Who may sign what (domain.md, "Issuers and signers"), as pure functions the
 * documents, the readiness check and the trip page share: the rank of a
 * person or a signer's seat, the kop lines an issuer prints before the user
 * configured anything, and the issuer and signer each document of a trip
 * gets by default, with the warnings when the hierarchy is broken.
 */
import type { Member, TripHost } from '../delegation/schemas';
import type { Employment } from '../directory/person';
import type {
  DocChoice,
  Issuer,
  IssuerLevel,
  KopLines,
  ResolvedSigning,
  SignedKind,
  Signer,
  SignerLike,
  SignerSeat,
  SignForm,
  SigningWarning,
} from './issuers';
import { regionByCode } from '../regions';
import { rankIndex } from '../directory/ranks';
import { LEAD_ROLE, isJournalistRole } from '../vocabulary';

/** Rank of a seat: elected officials above all ASN of their region. */
export const SEAT_RANK: Record<SignerSeat, number> = {
  regional_head: 100,
  deputy_regional_head: 95,
  regional_secretary: 80,
  assistant: 70,
  agency_head: 60,
  agency_secretary: 50,
  division_head: 45,
  field_head: 40,
  other: 30,
};

/** An elected official other than the head and deputy (DPRD members): above every ASN. */
const OTHER_ELECTED = 90;
const ESELON_RANK: Record<string, number> = { I: 85, II: 60, III: 45, IV: 30 };

export interface Rankable {
  employment: Employment;
  jabatan: string;
  eselon: string;
  golongan: string;
  kind?: string;
}

/**
 * A person's rank on the seat scale: the Bupati 100, his deputy 95, other
 * elected officials 90, the Sekda 80, an Asisten 70, heads of offices
 * (Eselon II) 60, Eselon III 45, Eselon IV 30, other ASN by golongan
 * (10–26), non-ASN 0. Reads the jabatan where the eselon is not recorded.
 */
export function personRank(p: Rankable): number {
  const j = p.jabatan.trim().toLowerCase();
  if (p.kind === 'journalist') return 0;
  if (p.employment === 'elected') {
    if (/^wakil\s+(bupati|wali\s*kota|gubernur)/.test(j)) return SEAT_RANK.deputy_regional_head;
    if (/^(bupati|wali\s*kota|gubernur)\b/.test(j)) return SEAT_RANK.regional_head;
    return OTHER_ELECTED;
  }
  if (p.employment === 'non_asn') return 0;
  if (/^(plt\.?|plh\.?)?\s*sekretaris\s+daerah/.test(j)) return SEAT_RANK.regional_secretary;
  if (/^(plt\.?|plh\.?)?\s*asisten\b/.test(j)) return SEAT_RANK.assistant;
  const byEselon = ESELON_RANK[p.eselon];
  if (byEselon !== undefined) return byEselon;
  if (/^(plt\.?|plh\.?)?\s*(kepala\s+(dinas|badan|satuan|kantor|pelaksana)|inspektur\b)/.test(j)) return SEAT_RANK.agency_head;
  if (/^(plt\.?|plh\.?)?\s*(sekretaris\s+(dinas|badan)|kepala\s+bagian|kabag\b)/.test(j)) return SEAT_RANK.division_head;
  if (/^(plt\.?|plh\.?)?\s*(kepala\s+bidang|kabid\b|camat\b)/.test(j)) return SEAT_RANK.field_head;
  const g = rankIndex(p.golongan);
  return g < 0 ? 10 : 10 + g;
}

/** A signer as documents print it; an empty jabatan prints its seat's ("Sekretaris Daerah", "Kepala Dinas …"). */
export const signerOf = (s: Signer, fallbackJabatan = ''): SignerLike => ({
  id: s.id,
  seat: s.seat,
  jabatan: s.jabatan.trim() || fallbackJabatan,
  name: s.name,
  pangkat: s.pangkat,
  nip: s.nip,
  acting: s.acting,
  rank: SEAT_RANK[s.seat],
});

/** The seat that heads an issuer: the one "a.n." refers to. */
export const HEAD_SEAT: Record<IssuerLevel, SignerSeat> = {
  regional_head: 'regional_head',
  secretariat: 'regional_head',
  agency: 'agency_head',
};

/** The seat that signs a.n. the head on each issuer. */
const AN_SEAT: Record<IssuerLevel, SignerSeat> = {
  regional_head: 'regional_secretary',
  secretariat: 'regional_secretary',
  agency: 'agency_secretary',
};

// ——— Kop lines from the region ———

export interface RegionNames {
  /** "Kabupaten", "Kota", "Provinsi" or '' when the region is unknown. */
  kind: 'Kabupaten' | 'Kota' | 'Provinsi' | '';
  /** "Buleleng", "Malang", "Bali". */
  place: string;
  /** "Bupati Buleleng", "Wali Kota Malang", "Gubernur Bali"; '' when unknown. */
  head: string;
  /** "Pemerintah Kabupaten Buleleng". */
  government: string;
}

/** Names a region's government goes by, from its Kemendagri code ("51.08" → Bupati Buleleng). */
export function regionNames(regionCode: string): RegionNames {
  const r = regionCode ? regionByCode(regionCode) : undefined;
  if (!r) return { kind: '', place: '', head: '', government: '' };
  if (r.level === 'provinsi') return { kind: 'Provinsi', place: r.name, head: `Gubernur ${r.name}`, government: `Pemerintah Provinsi ${r.name}` };
  const kota = r.level === 'kota';
  const place = r.name.replace(/^(Kabupaten|Kota)\s+/, '');
  return {
    kind: kota ? 'Kota' : 'Kabupaten',
    place,
    head: `${kota ? 'Wali Kota' : 'Bupati'} ${place}`,
    government: `Pemerintah ${kota ? 'Kota' : 'Kabupaten'} ${place}`,
  };
}

/** Jabatan a seat prints when the user has not typed one ("Bupati Buleleng", "Sekretaris Daerah"). */
export function seatJabatan(seat: SignerSeat, region: RegionNames, officeName = ''): string {
  const wakil = region.head ? `Wakil ${region.head}` : 'Wakil Kepala Daerah';
  switch (seat) {
    case 'regional_head':
      return region.head || 'Kepala Daerah';
    case 'deputy_regional_head':
      return wakil;
    case 'regional_secretary':
      return 'Sekretaris Daerah';
    case 'assistant':
      return 'Asisten';
    case 'agency_head':
      return officeName ? `Kepala ${titleWords(officeName)}` : 'Kepala Perangkat Daerah';
    case 'agency_secretary':
      return officeName ? `Sekretaris ${titleWords(officeName)}` : 'Sekretaris';
    case 'division_head':
      return 'Kepala Bagian';
    case 'field_head':
      return 'Kepala Bidang';
    case 'other':
      return '';
  }
}

const SMALL_WORDS = new Set(['dan', 'atau', 'serta', 'di', 'ke', 'dari', 'untuk']);

/** "DINAS KOMUNIKASI, INFORMATIKA DAN STATISTIK" → "Dinas Komunikasi, Informatika dan Statistik"; mixed case stays. */
export function titleWords(s: string): string {
  const t = s.trim();
  if (t !== t.toUpperCase()) return t;
  return t
    .toLowerCase()
    .split(/(\s+)/)
    .map((w, i) => (i > 0 && SMALL_WORDS.has(w) ? w : w.charAt(0).toUpperCase() + w.slice(1)))
    .join('');
}

/**
 * The kop an issuer prints: the user's lines where given, else lines made
 * from the institution's region: "BUPATI BULELENG" (no address) for the
 * Kepala Daerah, "PEMERINTAH KABUPATEN BULELENG / SEKRETARIAT DAERAH" for the
 * Setda, "PEMERINTAH KABUPATEN BULELENG / <institution>" for the Perangkat Daerah.
 */
export function kopLines(
  level: IssuerLevel,
  lines: Pick<Issuer, 'govLine' | 'officeName' | 'address' | 'phone' | 'email' | 'website' | 'placeOfIssue'>,
  origin: { name: string; regionCode: string; address?: string } | null,
): KopLines {
  const region = regionNames(origin?.regionCode ?? '');
  const contacts = (address: string) =>
    [
      address,
      [lines.phone && `Telepon ${lines.phone}`, lines.email && `Surel ${lines.email}`].filter(Boolean).join(', '),
      lines.website && `Laman ${lines.website}`,
    ].filter((c): c is string => Boolean(c));
  const upper = (s: string) => s.trim().toUpperCase();
  if (level === 'regional_head') {
    return {
      govLine: '',
      officeName: upper(lines.officeName) || upper(region.head),
      contacts: [],
      placeOfIssue: lines.placeOfIssue.trim(),
      headTitle: titleWords(lines.officeName) || region.head,
    };
  }
  const gov = upper(lines.govLine) || upper(region.government);
  if (level === 'secretariat') {
    return {
      govLine: gov,
      officeName: upper(lines.officeName) || 'SEKRETARIAT DAERAH',
      contacts: contacts(lines.address.trim()),
      placeOfIssue: lines.placeOfIssue.trim(),
      headTitle: region.head,
    };
  }
  const office = upper(lines.officeName) || upper(origin?.name ?? '');
  return {
    govLine: gov,
    officeName: office,
    contacts: contacts(lines.address.trim() || (origin?.address ?? '').trim()),
    placeOfIssue: lines.placeOfIssue.trim(),
    headTitle: office ? `Kepala ${titleWords(office)}` : '',
  };
}

// ——— Defaults and warnings ———

const nameOf = (m: Member): string => [m.person.titlePrefix, m.person.name].filter(Boolean).join(' ') + (m.person.titleSuffix ? `, ${m.person.titleSuffix}` : '');

export const isNonAsn = (m: Member): boolean =>
  isJournalistRole(m.role) || m.person.kind === 'journalist' || m.person.employment === 'non_asn';

export const memberRank = (m: Member): number => personRank({ ...m.person, kind: m.person.kind });

/** The members an SPT orders (ASN and elected officials) and those a non-ASN letter assigns. */
export function orderedBy(kind: SignedKind, members: readonly Member[]): Member[] {
  if (kind === 'spt') return members.filter((m) => !isNonAsn(m));
  if (kind === 'spt_non_asn') return members.filter(isNonAsn);
  return [];
}

/** A host institution whose head is a Kepala Daerah ("Pemerintah Kota Malang", "Sekretariat Daerah …"). */
export function addressesHeadOfRegion(hosts: readonly TripHost[]): boolean {
  return hosts.some((h) => /^\s*(pemerintah\s+(kabupaten|kota|provinsi)|sekretariat\s+daerah|bupati|wali\s*kota|gubernur)\b/i.test(h.institution.name));
}

/** A signer held by no one yet: its seat's jabatan, no name (the document marks the gap). */
function virtualSigner(issuer: Issuer, seat: SignerSeat, region: RegionNames): SignerLike {
  return {
    id: null,
    seat,
    jabatan: seatJabatan(seat, region, issuer.kop.officeName),
    name: '',
    pangkat: '',
    nip: '',
    acting: '',
    rank: SEAT_RANK[seat],
  };
}

/** The issuer's signer in `seat` (the first in its list), else a virtual one. */
function signerInSeat(issuer: Issuer, seat: SignerSeat, region: RegionNames): SignerLike {
  const s = issuer.signers.find((x) => x.seat === seat);
  return s ? likeOf(issuer, s, region) : virtualSigner(issuer, seat, region);
}

/** An issuer's signer, its jabatan from its seat when it has none of its own. */
function likeOf(issuer: Issuer, s: Signer, region: RegionNames): SignerLike {
  return signerOf(s, seatJabatan(s.seat, region, issuer.kop.officeName));
}

/** A signer of any of the issuers, by id. */
function findSigner(issuers: readonly Issuer[], id: string, region: RegionNames): SignerLike | null {
  for (const i of issuers) {
    const s = i.signers.find((x) => x.id === id);
    if (s) return likeOf(i, s, region);
  }
  return null;
}

export interface SigningInput {
  kind: SignedKind;
  /** The origin institution's three issuers. */
  issuers: readonly Issuer[];
  members: readonly Member[];
  hosts: readonly TripHost[];
  regionCode: string;
  choice: DocChoice;
}

/** The default level of each document, from the delegation and the addressee. */
export function defaultLevel(kind: SignedKind, members: readonly Member[], hosts: readonly TripHost[]): IssuerLevel {
  if (kind === 'spt') {
    const top = Math.max(0, ...orderedBy('spt', members).map(memberRank));
    if (top >= SEAT_RANK.deputy_regional_head || top > SEAT_RANK.regional_secretary) return 'regional_head';
    if (top >= SEAT_RANK.agency_head) return 'secretariat';
    return 'agency';
  }
  if (kind === 'letter') return addressesHeadOfRegion(hosts) ? 'secretariat' : 'agency';
  // The report is the delegation's, written by the office that planned the trip; the non-ASN letter is that office's too.
  return 'agency';
}

/** Default signer seat and form on an issuer: the head in own name, or a.n. the Bupati by the Sekda on the Setda. */
function defaultSeat(kind: SignedKind, level: IssuerLevel, members: readonly Member[]): { seat: SignerSeat; form: SignForm } {
  if (level === 'regional_head') return { seat: 'regional_head', form: 'own' };
  if (level === 'secretariat') {
    // The Sekda signs a.n. the Bupati; an order for the Sekda himself (or higher) needs the Bupati.
    return { seat: 'regional_secretary', form: 'an' };
  }
  void kind;
  void members;
  return { seat: 'agency_head', form: 'own' };
}

/** Lines above the signer's jabatan for a form: "a.n. BUPATI BULELENG", and "Sekretaris Daerah" / "u.b." for u.b. */
export function formLines(form: SignForm, issuer: Issuer, via: SignerLike | null): string[] {
  const head = issuer.kop.headTitle.trim();
  if (form === 'own' || !head) return [];
  const an = `a.n. ${head.toUpperCase()}`;
  if (form === 'an') return [an];
  return [an, `${via?.jabatan.trim() || 'Sekretaris Daerah'},`.replace(/,,$/, ','), 'u.b.'];
}

const fullNameOf = (s: SignerLike) => s.name.trim();

/**
 * The issuer, signer, form and warnings of one document of a trip: the
 * trip's choice where it made one, else the default for its delegation.
 */
export function resolveSigning(input: SigningInput): ResolvedSigning {
  const { kind, issuers, members, hosts, choice } = input;
  const region = regionNames(input.regionCode);
  const level = choice.level ?? defaultLevel(kind, members, hosts);
  const issuer = issuers.find((i) => i.level === level) ?? issuers[0];
  if (!issuer) throw new Error('resolveSigning: no issuers');
  const warnings: SigningWarning[] = [];
  const def = defaultSeat(kind, level, members);
  const form = choice.form ?? def.form;
  const chosen = choice.signerId ? findSigner(issuers, choice.signerId, region) : null;

  let signer: SignerLike | null;
  let acknowledge: SignerLike | null = null;
  if (kind === 'report') {
    const lead = members.find((m) => m.role === LEAD_ROLE);
    signer = lead
      ? {
          id: null,
          seat: null,
          jabatan: lead.person.jabatan,
          name: nameOf(lead),
          pangkat: '',
          nip: lead.person.nip,
          acting: '',
          rank: memberRank(lead),
        }
      : null;
    acknowledge = reportAcknowledge(issuers, choice, signer, region);
    if (acknowledge && signer && acknowledge.rank <= signer.rank) {
      warnings.push({ code: 'acknowledgeSubordinate', name: fullNameOf(acknowledge) || acknowledge.jabatan });
    }
  } else {
    signer = chosen ?? signerInSeat(issuer, def.seat, region);
    if (!signer.name.trim()) warnings.push({ code: 'noSignerName' });
  }

  // a.n. / u.b. need a head to sign for, and a.n. needs someone below the head.
  const via = form === 'ub' ? signerInSeat(issuer, AN_SEAT[level], region) : null;
  const above = kind === 'report' ? [] : formLines(form, issuer, via);
  if (form !== 'own' && kind !== 'report' && !issuer.kop.headTitle.trim()) warnings.push({ code: 'anWithoutHead' });

  // The signer must be at least as senior as everyone the document orders.
  if (signer && (kind === 'spt' || kind === 'spt_non_asn')) {
    const above = orderedBy(kind, members).filter((m) => memberRank(m) > (signer?.rank ?? 0));
    if (above.length > 0) {
      const top = Math.max(...above.map(memberRank));
      const fix = suggestSigner(issuers, top);
      warnings.push({
        code: 'signerOutranked',
        names: above.slice(0, 5).map(nameOf).join(', '),
        count: above.length,
        suggestedSignerId: fix?.signer.id ?? null,
        suggestedLevel: fix?.level ?? null,
      });
    }
  }

  return {
    kind,
    issuer,
    level,
    signer,
    form: kind === 'report' ? 'own' : form,
    above,
    acknowledge,
    defaults: { level: choice.level === null, signer: choice.signerId === null, form: choice.form === null },
    warnings,
    choice,
  };
}

/** The lowest signer who still outranks `rank`, preferring the lower issuers. */
function suggestSigner(issuers: readonly Issuer[], rank: number): { signer: Signer; level: IssuerLevel } | null {
  let best: { signer: Signer; level: IssuerLevel } | null = null;
  for (const i of issuers) {
    for (const s of i.signers) {
      const r = SEAT_RANK[s.seat];
      if (r < rank) continue;
      if (!best || r < SEAT_RANK[best.signer.seat]) best = { signer: s, level: i.level };
    }
  }
  return best;
}

/**
 * "Mengetahui" under the report: the signer the trip chose, nobody for
 * 'none', and by default the head of the Perangkat Daerah when he outranks
 * the lead (never a subordinate), else nobody.
 */
function reportAcknowledge(issuers: readonly Issuer[], choice: DocChoice, lead: SignerLike | null, region: RegionNames): SignerLike | null {
  if (choice.acknowledge === 'none') return null;
  if (choice.acknowledge) return findSigner(issuers, choice.acknowledge, region);
  const pd = issuers.find((i) => i.level === 'agency');
  if (!pd) return null;
  const head = signerInSeat(pd, 'agency_head', region);
  if (lead && head.rank <= lead.rank) return null;
  return head;
}

export const emptyChoice = (tripId: string, kind: SignedKind): DocChoice => ({
  tripId,
  kind,
  level: null,
  signerId: null,
  form: null,
  acknowledge: '',
  signDate: '',
  attention: '',
});
