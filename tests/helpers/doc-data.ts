import { REPORT_OPTION_DEFAULTS } from '../../main/documents/report-text';
/**
 * DocData for the seed trip (Buleleng → Kota Malang, 24–25 April 2025), built
 * by hand so document generators can be tested and benchmarked without a
 * database. Sizes scale for the large-trip cases (500 members, 200 agenda
 * items, 300 learnings, 100 photos). The database route (gather.ts) is tested
 * separately and must produce the same shape.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AgendaItem, AgendaKind } from '../../shared/agenda/schemas';
import type { Member, MemberRole } from '../../shared/delegation/schemas';
import type { Institution } from '../../shared/directory/institution';
import { SIGNED_KINDS, type DocChoice, type Issuer, type IssuerLevel, type SignedKind, type Signer, type SignerSeat } from '../../shared/documents/issuers';
import { emptyChoice, kopLines } from '../../shared/documents/signing';
import { assembleSigning } from '../../main/documents/doc-data';
import type { LoadedIssuer } from '../../main/documents/issuers';
import type { Learning } from '../../shared/learnings/schemas';
import type { Coverage } from '../../shared/media/schemas';
import type { Quote } from '../../shared/quotes/schemas';
import type { PersonRow } from '../../shared/directory/person';
import { instantToLocal, localToInstant } from '../../shared/zones';
import type { DocData, DocPhoto } from '../../main/docs/model';
import { issuerRow, memberRow, personRow, signerRow } from './rows';

/** tests/fixtures/media, from tests/helpers or from the bundled bench (dist/main). */
const FIXTURES =
  [join(__dirname, '..', 'fixtures', 'media'), join(__dirname, '..', '..', 'tests', 'fixtures', 'media')].find((d) => existsSync(join(d, 'photo-1600x1200.jpg'))) ??
  join(__dirname, '..', 'fixtures', 'media');
const TRIP_ID = '0199a000-0000-7000-8000-00000000d0c5';
const stamp = { createdAt: 1, updatedAt: 1 };
let counter = 0;
const uid = (): string => `0199a000-0000-7000-8000-${(++counter).toString(16).padStart(12, '0')}`;

export interface DocDataOptions {
  officials?: number;
  journalists?: number;
  agendaItems?: number;
  learnings?: number;
  photos?: number;
  /** Pad each photo to a realistic ~400 KB of distinct bytes (bench); default: the small fixture bytes. */
  realisticPhotos?: boolean;
  withEmblem?: boolean;
  /** Leave profile, numbers and signatories empty (readiness gaps). */
  bare?: boolean;
}

const OFFICIALS: Array<[string, string, string, string, string, MemberRole]> = [
  // name, nip, golongan, jabatan, unit, role
  ['Gede Supriatna, S.H.', '', '', 'Wakil Bupati Buleleng', 'Pemerintah Kabupaten Buleleng', 'lead'],
  ['Ketut Suwarmawan, S.STP., M.AP.', '197808171997031002', 'IV/b', 'Kepala Dinas Kominfosanti', 'Dinas Kominfosanti', 'deputy_lead'],
  ['Ni Made Dwi Pratiwi, S.Kom.', '198505122010012015', 'III/d', 'Kepala Bidang Informasi dan Komunikasi Publik', 'Dinas Kominfosanti', 'secretary'],
  ["I Putu \"Ari\" O'Neil & Rekan", '199002022015031003', 'III/b', 'Pranata Humas Ahli Pertama', 'Dinas Kominfosanti', 'member'],
];

function person(i: number, kind: PersonRow['kind'], name: string, extra: Partial<PersonRow> = {}): PersonRow {
  return personRow(uid(), { kind, name, employment: kind === 'journalist' ? 'non_asn' : 'pns', phone: `0812-3456-${String(1000 + i).slice(-4)}`, ...extra });
}

function member(i: number, role: MemberRole, p: PersonRow): Member {
  return memberRow(uid(), TRIP_ID, role, p, {
    position: i,
    transportMode: 'bus',
    hotel: 'Hotel Tugu Malang',
    warnings: p.nip || p.kind === 'journalist' || p.employment === 'elected' ? [] : [{ kind: 'missingNip' }],
  });
}

const OUTLETS = ['Radar Bali', 'Bali Post', 'Nusa Bali', 'Tribun Bali', 'Buleleng TV', 'RRI Singaraja', 'Balipuspanews'];
const MALANG = 'Asia/Jakarta';
const BALI = 'Asia/Makassar';

const SEED_AGENDA: Array<[AgendaKind, string, string, string, string, string, string, string]> = [
  // kind, title, startLocal, startZone, endLocal, endZone, place/venue, pic
  ['travel', 'Perjalanan Singaraja → Malang', '2025-04-24T05:00', BALI, '2025-04-24T10:15', MALANG, 'Singaraja → Malang', 'Dinas Perhubungan'],
  ['welcome', 'Penerimaan rombongan oleh Sekda Kota Malang', '2025-04-24T11:00', MALANG, '2025-04-24T11:45', MALANG, 'Ruang Sidang Balai Kota Malang', 'Bagian Protokol Kota Malang'],
  ['presentation', 'Paparan Ngalam Pinter dan SPBE', '2025-04-24T11:45', MALANG, '2025-04-24T12:30', MALANG, 'Ruang Sidang Balai Kota Malang', 'Diskominfo Kota Malang'],
  ['meal', 'Makan siang bersama', '2025-04-24T12:30', MALANG, '2025-04-24T13:30', MALANG, 'Balai Kota Malang', 'Bagian Umum'],
  ['site_visit', 'Kunjungan ke Ngalam Command Center', '2025-04-24T13:30', MALANG, '2025-04-24T15:00', MALANG, 'Ngalam Command Center', 'Diskominfo Kota Malang'],
  ['travel', 'Perjalanan Malang → Singaraja', '2025-04-25T08:00', MALANG, '2025-04-25T15:30', BALI, 'Malang → Singaraja', 'Dinas Perhubungan'],
];

function agendaItem(i: number, a: (typeof SEED_AGENDA)[number]): AgendaItem {
  const [kind, title, startLocal, startZone, endLocal, endZone, place, pic] = a;
  const travel = kind === 'travel';
  const [from, to] = travel ? place.split(' → ') : ['', ''];
  return {
    id: uid(),
    ...stamp,
    tripId: TRIP_ID,
    kind,
    title,
    startAt: localToInstant(startLocal, startZone),
    startZone,
    endAt: localToInstant(endLocal, endZone),
    endZone,
    startLocal,
    endLocal,
    fromPlace: from ?? '',
    toPlace: to ?? '',
    venueId: null,
    venueName: travel ? '' : place,
    venueText: '',
    pic,
    attendance: 'all',
    memberIds: [],
    notes: '',
    position: i,
  };
}

const SEED_LEARNINGS = [
  {
    topic: 'Ngalam Command Center sebagai pusat layanan informasi publik',
    hostPractice:
      'Kota Malang mengembangkan sistem komunikasi terpadu sejak 2016: integrasi data, akses CCTV publik, layanan darurat 112, dan informasi wifi gratis, dikelola dari Ngalam Command Center.',
    figures: [
      { label: 'Aplikasi layanan publik', value: '108 → 28' },
      { label: 'Beroperasi sejak', value: '2016' },
    ],
    applicability: 'Buleleng dapat memadukan kanal pengaduan dan CCTV milik OPD ke satu ruang kendali di Dinas Kominfosanti.',
    recommendation: 'Menyusun kajian pembentukan command center Kabupaten Buleleng pada tahun anggaran 2026.',
    unit: 'Dinas Kominfosanti',
    action: 'Menyusun kajian kebutuhan command center',
  },
  {
    topic: 'Penyederhanaan aplikasi layanan publik melalui SPBE',
    hostPractice:
      'Program Ngalam Pinter terintegrasi dengan konsep smart city melalui Sistem Pemerintahan Berbasis Elektronik (SPBE); aplikasi yang tumpang tindih dilebur.',
    figures: [{ label: 'Aplikasi terintegrasi', value: '28' }],
    applicability: 'Inventarisasi aplikasi OPD di Buleleng dan rencana integrasi bertahap.',
    recommendation: 'Melakukan inventarisasi aplikasi seluruh OPD dan menetapkan peta rencana integrasi.',
    unit: 'Bidang Aplikasi Informatika',
    action: 'Inventarisasi aplikasi seluruh OPD',
  },
];

function learning(i: number): Learning {
  const s = SEED_LEARNINGS[i % SEED_LEARNINGS.length]!;
  const id = uid();
  return {
    id,
    ...stamp,
    tripId: TRIP_ID,
    topic: i < SEED_LEARNINGS.length ? s.topic : `${s.topic} (${i + 1})`,
    agendaItemIds: [],
    hostPractice: s.hostPractice,
    figures: s.figures,
    applicability: s.applicability,
    recommendation: s.recommendation,
    dimensions: ['governance'],
    spbeDomains: ['services'],
    responsibleUnit: s.unit,
    priority: 'high',
    position: i,
    followups: [
      {
        id: uid(),
        ...stamp,
        learningId: id,
        tripId: TRIP_ID,
        action: s.action,
        ownerUnit: s.unit,
        targetDate: '2025-12-31',
        status: 'planned',
        evidence: '',
        history: [],
      },
    ],
  };
}

/**
 * A photo as the renderer sends it after shrinking: a 1600 × 1200 JPEG of a
 * realistic ~400 KB (the fixture padded with comment segments of random
 * bytes, so every photo is distinct and nothing is deduplicated away).
 */
export function realisticPhoto(base: Buffer, i: number): Buffer {
  const pad: Buffer[] = [];
  for (let k = 0; k < 6; k++) {
    const payload = randomBytes(65_533);
    payload.writeUInt32BE(i, 0);
    const seg = Buffer.alloc(4);
    seg.writeUInt16BE(0xfffe, 0);
    seg.writeUInt16BE(payload.length + 2, 2);
    pad.push(seg, payload);
  }
  return Buffer.concat([base.subarray(0, 2), ...pad, base.subarray(2)]);
}

/** Distinct bytes per photo (a comment segment with its index), so nothing is deduplicated. */
function distinctPhoto(base: Buffer, i: number): Buffer {
  const payload = Buffer.alloc(8);
  payload.writeUInt32BE(i, 0);
  const seg = Buffer.from([0xff, 0xfe, 0x00, payload.length + 2]);
  return Buffer.concat([base.subarray(0, 2), seg, payload, base.subarray(2)]);
}

/** 1×1 PNG emblem placeholder (a real PNG: signature, IHDR, IDAT, IEND). */
export const TINY_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

export function seedDocData(opts: DocDataOptions = {}): DocData {
  const nOfficials = opts.officials ?? 6;
  const nJournalists = opts.journalists ?? 33;
  const people: Member[] = [];
  for (let i = 0; i < nOfficials; i++) {
    const o = OFFICIALS[i];
    const p = o
      ? person(i, 'official', o[0], { nip: o[1], golongan: o[2], jabatan: o[3], unit: o[4], employment: i === 0 ? 'elected' : 'pns' })
      : person(i, 'official', `Pegawai Dinas ${i + 1}`, {
          nip: `1980${String((i % 12) + 1).padStart(2, '0')}1520100${String((i % 9) + 1)}1${String((i % 900) + 1).padStart(3, '0')}`,
          golongan: ['III/a', 'III/b', 'III/c', 'II/d'][i % 4] ?? 'III/a',
          jabatan: 'Pranata Komputer Ahli Pertama',
          unit: 'Dinas Kominfosanti',
        });
    people.push(member(people.length, o ? o[5] : 'member', p));
  }
  for (let i = 0; i < nJournalists; i++) {
    const outlet = OUTLETS[i % OUTLETS.length] ?? 'Radar Bali';
    const p = person(1000 + i, 'journalist', `Jurnalis ${outlet} ${i + 1}`, { institutionName: outlet, mediaType: 'online', pressCard: `PWI-${5100 + i}` });
    people.push(member(people.length, 'journalist', p));
  }

  const nAgenda = opts.agendaItems ?? SEED_AGENDA.length;
  const agenda: AgendaItem[] = [];
  for (let i = 0; i < nAgenda; i++) {
    const seed = SEED_AGENDA[i];
    if (seed) {
      agenda.push(agendaItem(i, seed));
    } else {
      // Extra items: 45-minute sessions, eight per day, across following days in WIB.
      const k = i - SEED_AGENDA.length;
      const day = 26 + Math.floor(k / 8);
      const start = Date.UTC(2025, 3, day, 1 + (k % 8), 0) - 0;
      const startLocal = instantToLocal(start, MALANG);
      const endLocal = instantToLocal(start + 45 * 60_000, MALANG);
      agenda.push(agendaItem(i, ['discussion', `Diskusi kelompok ${k + 1}`, startLocal, MALANG, endLocal, MALANG, 'Balai Kota Malang', 'Sekretariat']));
    }
  }

  const learnings = Array.from({ length: opts.learnings ?? 2 }, (_, i) => learning(i));
  const base = readFileSync(join(FIXTURES, 'photo-1600x1200.jpg'));
  const photos: DocPhoto[] = Array.from({ length: opts.photos ?? 20 }, (_, i) => {
    const bytes = opts.realisticPhotos ? realisticPhoto(base, i) : distinctPhoto(base, i);
    return {
      id: uid(),
      tripId: TRIP_ID,
      fileName: `foto-${i + 1}.jpg`,
      caption: i === 0 ? 'Wakil Bupati Buleleng bersama Sekda Kota Malang di Balai Kota' : `Dokumentasi kegiatan ${i + 1}`,
      takenAt: '2025-04-24',
      agendaItemId: null,
      width: 1600,
      height: 1200,
      size: bytes.length,
      sha256: String(i),
      position: i,
      createdAt: 1,
      updatedAt: 1,
      bytes,
    };
  });
  const coverage: Coverage[] = Array.from({ length: Math.min(nJournalists, 5) }, (_, i) => ({
    id: uid(),
    tripId: TRIP_ID,
    outlet: OUTLETS[i] ?? 'Radar Bali',
    journalistMemberId: null,
    journalistName: '',
    headline: i === 0 ? 'Pemkab Buleleng Belajar Komunikasi Publik ke Kota Malang' : `Studi komparasi Buleleng ke Malang (${i + 1})`,
    url: `https://example.org/berita/${i + 1}`,
    publishedOn: '2025-04-25',
    section: 'Pemerintahan',
    tone: 'positive',
    copy: null,
    createdAt: 1,
    updatedAt: 1,
  }));

  const bare = opts.bare ?? false;
  const origin: Institution | null = bare
    ? null
    : {
        id: uid(),
        ...stamp,
        kind: 'own',
        name: 'Dinas Komunikasi, Informatika, Persandian dan Statistik',
        regionCode: '51.08',
        address: 'Jl. Pahlawan No. 1, Singaraja, Bali 81113',
        phone: '(0362) 21985',
        email: 'kominfosanti@bulelengkab.go.id',
        website: 'kominfosanti.bulelengkab.go.id',
      };
  const image = opts.withEmblem ? { bytes: new Uint8Array(TINY_PNG), type: 'png' as const, width: 1, height: 1 } : null;
  const signer = (seat: SignerSeat, jabatan: string, name: string, pangkat: string, nip: string): Signer => signerRow(uid(), seat, jabatan, name, pangkat, nip);
  const issuer = (level: IssuerLevel, lines: Partial<Pick<Issuer, 'govLine' | 'officeName' | 'address' | 'phone' | 'email' | 'website'>>, signers: Signer[]): LoadedIssuer => {
    const all = { govLine: '', officeName: '', address: '', phone: '', email: '', website: '', placeOfIssue: bare ? '' : 'Singaraja', ...(bare ? {} : lines) };
    return {
      issuer: issuerRow({ id: uid(), institutionId: origin?.id ?? null, level, saved: !bare, ...all, kop: kopLines(level, all, origin), signers: bare ? [] : signers }),
      image: image ? { ...image, info: { type: 'png', mime: 'image/png', width: 1, height: 1 }, fileName: 'lambang.png', sha256: 'x' } : null,
    };
  };
  const loaded = [
    issuer('regional_head', {}, [signer('regional_head', 'Bupati Buleleng', 'dr. I Nyoman Sutjidra, Sp.OG.', '', '')]),
    issuer('secretariat', { address: 'Jl. Pahlawan No. 1, Singaraja' }, [signer('regional_secretary', 'Sekretaris Daerah', 'Gede Suyasa, S.T., M.T.', 'Pembina Utama Madya', '196903191996031001')]),
    issuer(
      'agency',
      { phone: '(0362) 21985', email: 'kominfosanti@bulelengkab.go.id', website: 'kominfosanti.bulelengkab.go.id' },
      [signer('agency_head', 'Kepala Dinas Komunikasi, Informatika, Persandian dan Statistik', 'Ketut Suwarmawan, S.STP., M.AP.', 'Pembina Tingkat I', '197808171997031002')],
    ),
  ];
  const house = { paper: 'F4' as const, font: 'Arial' as const, marginTop: 20, marginRight: 20, marginBottom: 25, marginLeft: 30, pageNumbers: 'bottom_right' as const, letterDate: 'above' as const, updatedAt: 1 };
  const hostInstitution = {
    id: uid(),
    ...stamp,
    kind: 'host' as const,
    name: 'Pemerintah Kota Malang',
    regionCode: '35.73',
    address: 'Jl. Tugu No. 1, Kiduldalem, Klojen, Kota Malang',
    phone: '(0341) 362001',
    email: 'humas@malangkota.go.id',
    website: 'malangkota.go.id',
  };
  const sekda = person(2000, 'host_official', 'Erik Setyo Santoso', { jabatan: 'Sekretaris Daerah Kota Malang', titlePrefix: 'Drs.', titleSuffix: 'M.T.', institutionName: hostInstitution.name });
  const kadis = person(2001, 'host_official', 'Mohamad Nur Widyanto', { jabatan: 'Kepala Dinas Kominfo Kota Malang', institutionName: hostInstitution.name });

  const data: Omit<DocData, 'issuers' | 'signing' | 'office'> = {
    profile: house,
    detail: {
      trip: {
        id: TRIP_ID,
        ...stamp,
        title: 'Studi Komparasi Komunikasi Publik ke Kota Malang',
        startDate: '2025-04-24',
        endDate: '2025-04-25',
        originInstitutionId: origin?.id ?? null,
        hostRegionCodes: ['35.73'],
        background:
          'Pemerintah Kabupaten Buleleng berupaya memperkuat strategi komunikasi publik yang efektif serta mempercepat digitalisasi pemerintahan.',
        purpose: 'Mempelajari pengelolaan komunikasi publik dan pemanfaatan command center di Kota Malang.',
        objectives: 'Memperoleh praktik baik yang dapat diterapkan di Kabupaten Buleleng.',
        scope: 'Komunikasi publik, keterbukaan informasi, dan SPBE.',
        legalBasis: bare ? [] : ['DPA-SKPD Dinas Kominfosanti Kabupaten Buleleng Tahun Anggaran 2025 Nomor 2.16.0.00.0.00.01.0000'],
        status: 'done',
      },
      originInstitution: origin,
      members: people,
      hosts: [{ id: uid(), ...stamp, tripId: TRIP_ID, institutionId: hostInstitution.id, institution: hostInstitution }],
      hostPeople: [
        { id: uid(), ...stamp, tripId: TRIP_ID, personId: sekda.id, hostRole: 'receiver', person: sekda, directoryChanges: [], canUndoRefresh: false },
        { id: uid(), ...stamp, tripId: TRIP_ID, personId: kadis.id, hostRole: 'speaker', person: kadis, directoryChanges: [], canUndoRefresh: false },
      ],
      venues: [],
      counts: { officials: nOfficials, journalists: nJournalists, hosts: 1, hostPeople: 2 },
      customOrder: false,
    },
    agenda,
    learnings,
    coverage,
    quotes: [],
    photos,
    text: {
      tripId: TRIP_ID,
      conclusion: '',
      suggestions: '',
      closing: '',
      sptTasks: '',
      acknowledge: true,
      pressHeadline: '',
      pressContact: '',
      ...REPORT_OPTION_DEFAULTS,
      updatedAt: 0,
    },
    numbers: bare
      ? {}
      : {
          spt: { id: uid(), tripId: TRIP_ID, kind: 'spt', issuerId: '', number: '800.1.11.1/412/Kominfosanti/2025', seq: 412, year: 2025, issuedOn: '2025-04-21', clash: false },
        },
    hostRegionNames: ['Kota Malang'],
    today: '2025-04-28',
  };
  const choices = Object.fromEntries(SIGNED_KINDS.map((k) => [k, emptyChoice(TRIP_ID, k)])) as Record<SignedKind, DocChoice>;
  // The report is dated by the date set on it (it has no number in the seed); never by the day of export.
  if (!bare) choices.report.signDate = '2025-04-28';
  const out: DocData = { ...data, ...assembleSigning({ detail: data.detail, loaded, house, choices, numbers: data.numbers, printed: {}, imageOf: () => null }) };
  sources.set(out, { loaded, choices });
  return out;
}

const sources = new WeakMap<DocData, { loaded: LoadedIssuer[]; choices: Record<SignedKind, DocChoice> }>();

/** Resolves who issues and signs again after a test changed the delegation, hosts or numbers (as gather would on the next read). */
export function reassemble(data: DocData, choices: Partial<Record<SignedKind, Partial<DocChoice>>> = {}): DocData {
  const src = sources.get(data);
  if (!src) throw new Error('reassemble: not a seedDocData() value');
  const merged = Object.fromEntries(SIGNED_KINDS.map((k) => [k, { ...src.choices[k], ...(choices[k] ?? {}) }])) as Record<SignedKind, DocChoice>;
  const out: DocData = {
    ...data,
    ...assembleSigning({ detail: data.detail, loaded: src.loaded, house: data.profile, choices: merged, numbers: data.numbers, printed: {}, imageOf: () => null }),
  };
  sources.set(out, { loaded: src.loaded, choices: merged });
  return out;
}

/** Sets the house style and every issuer's page style (issuers inherit the house style in these fixtures). */
export function setHouseStyle(data: DocData, style: Partial<DocData['profile']>): void {
  Object.assign(data.profile, style);
  for (const i of Object.values(data.issuers)) Object.assign(i.style, style);
  for (const s of Object.values(data.signing)) Object.assign(s.issuer.style, style);
}

/** A recorded Kutipan of `who` (a member or host official of the trip) in the seed trip, said at the Balai Kota on its first day. */
export function seedQuote(data: DocData, id: string, who: { personId: string; person: { name: string; jabatan: string } }, words: string, learningId: string | null): Quote {
  return {
    id,
    tripId: data.detail.trip.id,
    speakerPersonId: who.personId,
    speakerName: who.person.name,
    speakerJabatan: who.person.jabatan,
    words,
    saidOn: '2025-04-24',
    place: 'Ruang Sidang Balai Kota Malang',
    learningId,
    agendaItemId: null,
    createdAt: 1,
    updatedAt: 1,
  };
}
