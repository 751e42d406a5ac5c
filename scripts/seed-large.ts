/**
 * `npm run seed:large -- --db PATH`: a decade of a busy office, for
 * benchmarks and for trying the app on a realistic volume. Kabupaten
 * Buleleng's offices make 2,000 study visits over 2016–2026 to regencies and
 * cities across Indonesia; 20,000 people (officials with valid NIPs and
 * ranks, journalists with outlets, host officials); 60,000 delegation
 * memberships with roles and pair ids; host institutions, host officials and
 * venues. Deterministic: the same seed gives the same file, ids included.
 *
 * Everything goes in through SQL in one transaction, so the change-log
 * triggers run as they do for the app's own writes.
 */
import { existsSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { v5 as uuidv5 } from 'uuid';
import { hostId, hostPersonId, memberId } from '../main/db/ids';
import { openDatabase } from '../main/db/open';
import { createStore, type Store } from '../main/db/store';
import { RANKS, suggestTravelLevel } from '../shared/directory/ranks';
import { REGIONS, type Region } from '../shared/regions';

export interface SeedOptions {
  seed?: number;
  trips?: number;
  people?: number;
  memberships?: number;
}

export interface SeedSummary {
  institutions: number;
  people: { official: number; journalist: number; host_official: number };
  trips: number;
  memberships: number;
  hosts: number;
  hostPeople: number;
  venues: number;
  ms: number;
}

/** Trips before this date are over (reported or done); later ones are being planned. */
const REFERENCE_DATE = '2026-01-01';
/** Fixed namespace for the generator's ids: the same seed makes the same ids. */
const SEED_NAMESPACE = '6f3a2b0e-4c1d-4e8f-9a7b-2d5c8e1f0a93';

/** mulberry32: small, fast, good enough for test data. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)] as T;
  const chance = (p: number) => next() < p;
  return { next, int, pick, chance };
}

const BALI_MALE = ['I Gede', 'I Putu', 'I Wayan', 'I Made', 'I Kadek', 'I Nengah', 'I Komang', 'I Nyoman', 'I Ketut', 'Gede', 'Putu', 'Made', 'Kadek', 'Komang', 'Ketut', 'Gusti Ngurah', 'Ida Bagus', 'Dewa Gede', 'Anak Agung Gde'];
const BALI_FEMALE = ['Ni Luh', 'Ni Putu', 'Ni Wayan', 'Ni Made', 'Ni Kadek', 'Ni Komang', 'Ni Nyoman', 'Ni Ketut', 'Luh', 'Putu', 'Kadek', 'Gusti Ayu', 'Dewa Ayu', 'Ida Ayu', 'Desak Made'];
const BALI_GIVEN_M = ['Suardana', 'Adnyana', 'Wiradana', 'Sukadana', 'Budiasa', 'Mardika', 'Sumertha', 'Sudiarta', 'Suarjana', 'Wirayasa', 'Arya Wibawa', 'Eka Juliantara', 'Angga Saputra', 'Dwi Antara', 'Yoga Pratama', 'Surya Dharma', 'Ari Wibawa', 'Agus Sastrawan', 'Hendra Wijaya', 'Wira Dharma', 'Suwarmawan', 'Supriatna', 'Sugiartha', 'Arthana', 'Sutrisna', 'Darma', 'Wisnu Adi Putra', 'Arya Wiguna', 'Budi Astawa', 'Parwata', 'Mahendra', 'Artawan', 'Sudarsana', 'Widiada', 'Juliarta', 'Sedana', 'Sukrawan', 'Mertayasa'];
const BALI_GIVEN_F = ['Sri Wahyuni', 'Ayu Lestari', 'Tri Utami', 'Sintya Dewi', 'Kartika Sari', 'Sri Ariani', 'Wulan Sari', 'Rai Astiti', 'Sukmawati', 'Eka Pratiwi', 'Santi Dewi', 'Ayu Sri Rahayu', 'Eka Yuliani', 'Gede Astiti', 'Ari Sutrisni', 'Yuniastuti', 'Purnamasari', 'Suciani', 'Widiastuti', 'Dian Paramita', 'Mas Ariani', 'Ratna Dewi'];
const JAVA_FIRST_M = ['Agus', 'Bambang', 'Budi', 'Dedi', 'Eko', 'Hendra', 'Joko', 'Rudi', 'Slamet', 'Wahyu', 'Yudi', 'Erik', 'Arif', 'Mohamad', 'Muhamad', 'Ahmad', 'Dwi', 'Teguh', 'Hari', 'Imam', 'Rizal', 'Fajar'];
const JAVA_FIRST_F = ['Sri', 'Siti', 'Dewi', 'Endang', 'Rina', 'Lestari', 'Nur', 'Wulan', 'Yuni', 'Indah', 'Ratna', 'Dyah', 'Ika', 'Fitri', 'Anis', 'Retno'];
const JAVA_MIDDLE = ['Setyo', 'Budi', 'Adi', 'Nur', 'Hadi', 'Tri', 'Eka', 'Yanuar', 'Dwi', 'Rahmat', 'Agung', 'Bayu', ''];
const JAVA_LAST_M = ['Santoso', 'Widyanto', 'Prasetyo', 'Wibowo', 'Hidayat', 'Susanto', 'Kurniawan', 'Saputra', 'Nugroho', 'Pratama', 'Setiawan', 'Bramuda', 'Firmansyah', 'Hakim', 'Suwandiasa', 'Purnomo', 'Sulistyo'];
const JAVA_LAST_F = ['Rahmawati', 'Lestari', 'Handayani', 'Wulandari', 'Kusumawati', 'Puspitasari', 'Susanti', 'Anggraini', 'Rahayu', 'Fitriani', 'Oktaviani'];
const PREFIX = ['Drs.', 'Dr.', 'Ir.', 'Dra.', 'dr.', 'H.', 'Hj.'];
const SUFFIX = ['S.H.', 'S.E.', 'S.Kom.', 'S.T.', 'S.Sos.', 'S.IP.', 'S.Pd.', 'A.Md.', 'S.Kom., M.T.', 'S.E., M.M.', 'S.H., M.H.', 'S.Sos., M.Si.', 'S.STP., M.AP.', 'S.T., M.T.', 'M.Si.', 'M.M.', 'S.Pt.'];

const OPDS = [
  'Dinas Komunikasi, Informatika, Persandian dan Statistik',
  'Sekretariat Daerah',
  'Badan Perencanaan Pembangunan Daerah',
  'Dinas Pariwisata',
  'Dinas Kesehatan',
  'Dinas Pendidikan, Pemuda dan Olahraga',
  'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu',
  'Badan Pengelolaan Keuangan dan Pendapatan Daerah',
  'Dinas Kependudukan dan Pencatatan Sipil',
  'Dinas Lingkungan Hidup',
  'Dinas Pekerjaan Umum dan Penataan Ruang',
  'Inspektorat Daerah',
  'Dinas Sosial',
  'Dinas Perhubungan',
  'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia',
  'Dinas Koperasi, Usaha Kecil dan Menengah dan Perdagangan',
  'Dinas Pertanian',
  'Dinas Perikanan',
  'Satuan Polisi Pamong Praja',
  'Dinas Pemberdayaan Masyarakat dan Desa',
];
const SECTIONS = ['Aplikasi Informatika', 'Informasi dan Komunikasi Publik', 'Statistik', 'Persandian', 'Perencanaan dan Evaluasi', 'Pelayanan', 'Umum dan Kepegawaian', 'Keuangan', 'Data dan Informasi', 'Pengembangan Destinasi'];
const FUNCTIONAL = ['Pranata Komputer Ahli Pertama', 'Pranata Komputer Ahli Muda', 'Analis Kebijakan Ahli Muda', 'Pranata Humas Ahli Muda', 'Pranata Humas Ahli Pertama', 'Arsiparis Terampil', 'Pengelola Layanan Operasional', 'Penata Kelola Sistem dan Teknologi Informasi', 'Statistisi Ahli Pertama', 'Perencana Ahli Muda', 'Analis Keuangan', 'Pengadministrasi Perkantoran'];
const OUTLETS: ReadonlyArray<readonly [string, 'print' | 'online' | 'tv' | 'radio']> = [
  ['Radar Bali', 'print'], ['Bali Post', 'print'], ['Nusa Bali', 'print'], ['Tribun Bali', 'online'], ['Balipuspanews', 'online'],
  ['Koran Buleleng', 'print'], ['Bali Express', 'print'], ['TVRI Bali', 'tv'], ['RRI Singaraja', 'radio'], ['Beritabali.com', 'online'],
  ['Bali Tribune', 'print'], ['Denpost', 'print'], ['Metro Bali', 'online'], ['Kabar Singaraja', 'online'], ['Singaraja TV', 'tv'],
  ['Antara Bali', 'online'], ['Detik Bali', 'online'], ['Kompas.com', 'online'], ['Bali TV', 'tv'], ['Radio Guntur Singaraja', 'radio'],
  ['Suara Dewata', 'online'], ['Jawa Pos Radar Banyuwangi', 'print'], ['Posbali', 'online'], ['Atnews', 'online'], ['Baliportalnews', 'online'],
  ['Radio Global FM', 'radio'], ['Fajar Bali', 'print'], ['Bali Puspa News TV', 'tv'], ['Kanal Bali', 'online'], ['Warta Bali', 'online'],
];
const JOURNALIST_JOBS = ['Wartawan', 'Wartawan', 'Reporter', 'Kontributor', 'Jurnalis Foto', 'Kamerawan', 'Redaktur'];
const TOPICS = [
  'Command Center', 'Mal Pelayanan Publik', 'Smart Kampung', 'Sistem Pemerintahan Berbasis Elektronik', 'Kelompok Informasi Masyarakat',
  'Pengelolaan Sampah Berbasis Desa', 'Satu Data Indonesia', 'Layanan Kedaruratan 112', 'Digitalisasi Pasar Rakyat', 'Penataan Kawasan Heritage',
  'Inovasi Pelayanan Kesehatan', 'E-Budgeting dan E-Planning', 'Desa Wisata', 'Pelayanan Adminduk Online', 'Wifi Publik Gratis',
  'Pengelolaan Pengaduan Masyarakat', 'Keamanan Informasi dan Persandian', 'Pengembangan Aplikasi Layanan Publik', 'Statistik Sektoral', 'Smart City',
];
const VISITS = ['Studi Komparasi', 'Studi Komparasi', 'Studi Banding', 'Kunjungan Kerja', 'Studi Tiru', 'Benchmarking'];
const HOST_JOBS = ['Sekretaris Daerah', 'Asisten Pemerintahan dan Kesejahteraan Rakyat', 'Kepala Dinas Komunikasi dan Informatika', 'Sekretaris Dinas Komunikasi dan Informatika', 'Kepala Bidang Aplikasi Informatika', 'Kepala Bidang Informasi dan Komunikasi Publik', 'Kepala Bagian Protokol dan Komunikasi Pimpinan', 'Kepala Seksi Layanan E-Government', 'Pranata Humas Ahli Muda', 'Kepala UPT Command Center'];
const HOST_PROVINCES = ['35', '33', '34', '32', '31', '52', '51', '36', '73', '64'];

const iso = (d: Date) => d.toISOString().slice(0, 10);
const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** Fills an empty, migrated database; returns what it made. */
export function generateLarge(store: Store, opts: SeedOptions = {}): SeedSummary {
  const t0 = performance.now();
  const r = prng(opts.seed ?? 20250424);
  const TRIPS = opts.trips ?? 2_000;
  const PEOPLE = opts.people ?? 20_000;
  const MEMBERSHIPS = opts.memberships ?? 60_000;
  const nJournalists = Math.round(PEOPLE * 0.15);
  const nHosts = Math.round(PEOPLE * 0.25);
  const nOfficials = PEOPLE - nJournalists - nHosts;
  let counter = 0;
  const id = () => uuidv5(`${opts.seed ?? 0}:${counter++}`, SEED_NAMESPACE);
  const db = store.db;

  const ins = {
    institution: db.prepare(
      `INSERT INTO institutions (id, kind, name, region_code, address, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ),
    person: db.prepare(
      `INSERT INTO people (id, kind, title_prefix, name, title_suffix, employment, nip, golongan, jabatan, unit, eselon,
         travel_level, phone, email, institution_id, media_type, press_card, notes, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', ?, ?)`,
    ),
    trip: db.prepare(
      `INSERT INTO trips (id, title, start_date, end_date, origin_institution_id, host_region_codes, purpose, status, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    member: db.prepare(
      `INSERT INTO trip_members (id, trip_id, person_id, role, transport_mode, hotel, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    host: db.prepare(`INSERT INTO trip_hosts (id, trip_id, institution_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?)`),
    hostPerson: db.prepare(
      `INSERT INTO trip_host_people (id, trip_id, person_id, host_role, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)`,
    ),
    venue: db.prepare(`INSERT INTO venues (id, trip_id, institution_id, name, address, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)`),
  };

  const base = Date.UTC(2015, 6, 1);
  const summary: SeedSummary = {
    institutions: 0,
    people: { official: 0, journalist: 0, host_official: 0 },
    trips: 0,
    memberships: 0,
    hosts: 0,
    hostPeople: 0,
    venues: 0,
    ms: 0,
  };

  const phone = () => `08${r.pick(['12', '13', '19', '21', '38', '57', '77', '78', '81', '87'])}${pad(r.int(0, 99_999_999), 8)}`;
  const title = (senior: boolean) => ({
    prefix: r.chance(senior ? 0.25 : 0.05) ? r.pick(PREFIX) : '',
    suffix: r.chance(0.75) ? r.pick(SUFFIX) : '',
  });
  const baliName = (female: boolean) =>
    female ? `${r.pick(BALI_FEMALE)} ${r.pick(BALI_GIVEN_F)}` : `${r.pick(BALI_MALE)} ${r.pick(BALI_GIVEN_M)}`;
  const javaName = (female: boolean) =>
    [r.pick(female ? JAVA_FIRST_F : JAVA_FIRST_M), r.pick(JAVA_MIDDLE), r.pick(female ? JAVA_LAST_F : JAVA_LAST_M)].filter(Boolean).join(' ');

  const nips = new Set<string>();
  /** A valid, unique NIP and the golongan that fits the years of service. */
  const civilServant = () => {
    for (;;) {
      const by = r.int(1966, 1999);
      const tmtYear = Math.min(2024, by + r.int(20, 30));
      const female = r.chance(0.45);
      const nip = `${by}${pad(r.int(1, 12))}${pad(r.int(1, 28))}${tmtYear}${pad(r.int(1, 12))}${female ? 2 : 1}${pad(r.int(1, 999), 3)}`;
      if (nips.has(nip)) continue;
      nips.add(nip);
      const entry = r.pick([4, 6, 8, 8, 8, 9]);
      const rank = Math.min(16, entry + Math.floor((2026 - tmtYear) / 4) + (r.chance(0.2) ? 1 : 0));
      return { nip, female, golongan: RANKS[rank]?.[0] ?? 'III/a', rank };
    }
  };

  // Random (UUID) keys touch pages all over the indexes: a bigger page cache
  // for the one transaction keeps them in memory (the default is 2 MB).
  const cacheSize = db.pragma('cache_size', { simple: true }) as number;
  db.pragma('cache_size = -262144');
  try {
  store.write(() => {
    // ——— Institutions ———
    const opdIds: string[] = [];
    for (const name of OPDS) {
      const iid = id();
      ins.institution.run(iid, 'own', `${name} Kabupaten Buleleng`, '51.08', 'Jl. Pahlawan No. 1, Singaraja', base, base);
      opdIds.push(iid);
    }
    const outletIds = OUTLETS.map(([name]) => {
      const iid = id();
      ins.institution.run(iid, 'media', name, '', '', base, base);
      return iid;
    });
    summary.institutions += OPDS.length + OUTLETS.length;

    // ——— Trips (host regions decide the host institutions) ———
    const regionsByProvince = new Map<string, Region[]>();
    const regencies = REGIONS.filter((x) => x.level !== 'provinsi' && x.code !== '51.08');
    for (const x of regencies) {
      const list = regionsByProvince.get(x.provinceCode) ?? [];
      list.push(x);
      regionsByProvince.set(x.provinceCode, list);
    }
    const tripRegion = (): Region =>
      r.chance(0.75) ? r.pick(regionsByProvince.get(r.pick(HOST_PROVINCES)) ?? regencies) : r.pick(regencies);
    const start = Date.UTC(2016, 0, 4);
    const span = Date.UTC(2026, 11, 20) - start;
    const trips = Array.from({ length: TRIPS }, () => {
      const region = tripRegion();
      const s = new Date(start + Math.floor(r.next() * span / 86_400_000) * 86_400_000);
      const days = r.pick([1, 2, 2, 3, 3, 3, 4]);
      const e = new Date(s.getTime() + (days - 1) * 86_400_000);
      return { id: id(), region, start: iso(s), end: iso(e), startMs: s.getTime(), topic: r.pick(TOPICS), visit: r.pick(VISITS) };
    });
    trips.sort((a, b) => a.startMs - b.startMs);

    const hostInstitutions = new Map<string, Array<{ id: string; name: string }>>();
    for (const tr of trips) {
      if (hostInstitutions.has(tr.region.code)) continue;
      const place = tr.region.name;
      const list = [
        { id: id(), name: `Pemerintah ${place}` },
        { id: id(), name: `Dinas Komunikasi dan Informatika ${place}` },
      ];
      for (const h of list) ins.institution.run(h.id, 'host', h.name, tr.region.code, '', base, base);
      summary.institutions += list.length;
      hostInstitutions.set(tr.region.code, list);
    }

    // ——— People ———
    const officials: Array<{ id: string; rank: number; elected: boolean }> = [];
    const elected = [
      ['Bupati Buleleng', 'Putu Agus Suradnyana', 'S.T.'],
      ['Wakil Bupati Buleleng', 'Nyoman Sutjidra', 'S.Pd.'],
      ['Bupati Buleleng', 'Nyoman Sutjidra', 'S.Pd.'],
      ['Wakil Bupati Buleleng', 'Gede Supriatna', 'S.H.'],
    ] as const;
    for (const [jabatan, name, suffix] of elected) {
      const pid = id();
      ins.person.run(pid, 'official', '', name, suffix, 'elected', '', '', jabatan, 'Pemerintah Kabupaten Buleleng', '', 'A', phone(), '', opdIds[1] ?? null, '', '', base, base);
      officials.push({ id: pid, rank: 20, elected: true });
    }
    for (let i = elected.length; i < nOfficials; i++) {
      const cs = civilServant();
      const opd = r.int(0, OPDS.length - 1);
      let eselon = '';
      let jabatan = r.pick(FUNCTIONAL);
      if (cs.rank >= 14 && r.chance(0.15)) {
        eselon = 'II';
        jabatan = `Kepala ${OPDS[opd] ?? ''}`;
      } else if (cs.rank >= 11 && r.chance(0.3)) {
        eselon = 'III';
        jabatan = `Kepala Bidang ${r.pick(SECTIONS)}`;
      } else if (cs.rank >= 9 && r.chance(0.35)) {
        eselon = 'IV';
        jabatan = `Kepala Seksi ${r.pick(SECTIONS)}`;
      }
      const t = title(eselon !== '');
      const pppk = r.chance(0.06);
      const level = suggestTravelLevel({ eselon, golongan: cs.golongan }) ?? '';
      const created = base + r.int(0, 3650) * 86_400_000;
      const pid = id();
      ins.person.run(
        pid, 'official', t.prefix, baliName(cs.female), t.suffix, pppk ? 'pppk' : 'pns', cs.nip, pppk ? '' : cs.golongan, jabatan,
        OPDS[opd] ?? '', eselon, level, r.chance(0.8) ? phone() : '', r.chance(0.3) ? `pegawai${i}@bulelengkab.go.id` : '',
        opdIds[opd] ?? null, '', '', created, created,
      );
      officials.push({ id: pid, rank: cs.rank, elected: false });
    }
    summary.people.official = nOfficials;

    const journalists: string[] = [];
    for (let i = 0; i < nJournalists; i++) {
      const outlet = r.int(0, OUTLETS.length - 1);
      const female = r.chance(0.35);
      const pid = id();
      const created = base + r.int(0, 3650) * 86_400_000;
      ins.person.run(
        pid, 'journalist', '', r.chance(0.85) ? baliName(female) : javaName(female), r.chance(0.3) ? r.pick(SUFFIX) : '', 'non_asn', '', '',
        r.pick(JOURNALIST_JOBS), '', '', '', phone(), r.chance(0.5) ? `redaksi${i}@example.id` : '', outletIds[outlet] ?? null,
        OUTLETS[outlet]?.[1] ?? '', r.chance(0.7) ? `${r.int(1000, 9999)}-PWI/WDy/DP/${r.pick(['III', 'V', 'IX', 'XI'])}/${r.int(2012, 2025)}` : '',
        created, created,
      );
      journalists.push(pid);
    }
    summary.people.journalist = nJournalists;

    const hostRegions = [...hostInstitutions.values()];
    const hostPeopleByInstitution = new Map<string, string[]>();
    for (let i = 0; i < nHosts; i++) {
      const inst = r.pick(r.pick(hostRegions));
      const withNip = r.chance(0.6);
      const cs = withNip ? civilServant() : null;
      const female = cs?.female ?? r.chance(0.4);
      const t = title(true);
      const pid = id();
      ins.person.run(
        pid, 'host_official', t.prefix, javaName(female), t.suffix, cs ? 'pns' : 'non_asn', cs?.nip ?? '', cs?.golongan ?? '',
        r.pick(HOST_JOBS), '', '', '', r.chance(0.5) ? phone() : '', '', inst.id, '', '', base, base,
      );
      const list = hostPeopleByInstitution.get(inst.id) ?? [];
      list.push(pid);
      hostPeopleByInstitution.set(inst.id, list);
    }
    summary.people.host_official = nHosts;

    // ——— Trips, delegations and hosts ———
    const sizes = trips.map(() => r.int(12, 48));
    let total = sizes.reduce((a, b) => a + b, 0);
    while (total !== MEMBERSHIPS) {
      const k = r.int(0, sizes.length - 1);
      const cur = sizes[k] as number;
      if (total < MEMBERSHIPS && cur < 60) {
        sizes[k] = cur + 1;
        total++;
      } else if (total > MEMBERSHIPS && cur > 6) {
        sizes[k] = cur - 1;
        total--;
      }
    }
    const transport = ['plane', 'plane', 'bus', 'ship', 'official_car'];
    trips.forEach((tr, k) => {
      const origin = r.int(0, OPDS.length - 1);
      const status = tr.end < REFERENCE_DATE ? (r.chance(0.85) ? 'reported' : 'done') : r.chance(0.6) ? 'planned' : 'preparing';
      const created = tr.startMs - r.int(20, 90) * 86_400_000;
      ins.trip.run(
        tr.id, `${tr.visit} ${tr.topic} ke ${tr.region.name}`, tr.start, tr.end, opdIds[origin] ?? null, JSON.stringify([tr.region.code]),
        `Mempelajari penerapan ${tr.topic.toLowerCase()} di ${tr.region.name} untuk diterapkan di Kabupaten Buleleng.`, status, created, created,
      );
      summary.trips++;

      // The delegation: officials (the most senior leads; sometimes the (vice) regent), then journalists.
      const size = sizes[k] as number;
      const nJ = r.chance(0.35) ? Math.min(size - 3, r.int(2, Math.max(2, Math.round(size * 0.4)))) : 0;
      const chosen = new Set<number>();
      while (chosen.size < size - nJ) chosen.add(r.chance(0.04) ? r.int(0, 3) : r.int(4, officials.length - 1));
      const people = [...chosen].map((i) => officials[i] as (typeof officials)[number]).sort((a, b) => b.rank - a.rank);
      const hotel = r.chance(0.6) ? `Hotel ${r.pick(['Santika', 'Aston', 'Harris', 'Ibis', 'Grand Mercure', 'Swiss-Belinn', 'Whiz'])} ${tr.region.name.replace(/^(Kota|Kabupaten) /, '')}` : '';
      const mode = r.pick(transport);
      people.forEach((p, i) => {
        const role = i === 0 ? 'lead' : i === 1 && size > 20 ? 'deputy_lead' : i === people.length - 1 ? 'secretary' : i >= people.length - 3 && r.chance(0.5) ? 'companion' : 'member';
        ins.member.run(memberId(tr.id, p.id), tr.id, p.id, role, mode, hotel, created, created);
      });
      const js = new Set<string>();
      while (js.size < nJ) js.add(r.pick(journalists));
      for (const j of js) ins.member.run(memberId(tr.id, j), tr.id, j, 'journalist', mode, hotel, created, created);
      summary.memberships += size;

      // Hosts: the regional government, often its Kominfo too, and who received the delegation.
      const insts = hostInstitutions.get(tr.region.code) ?? [];
      const receiving = r.chance(0.6) ? insts : insts.slice(0, 1);
      for (const h of receiving) {
        ins.host.run(hostId(tr.id, h.id), tr.id, h.id, created, created);
        summary.hosts++;
        const pool = hostPeopleByInstitution.get(h.id) ?? [];
        const n = Math.min(pool.length, r.int(1, 3));
        const picked = new Set<string>();
        while (picked.size < n) picked.add(r.pick(pool));
        [...picked].forEach((pid, i) => {
          ins.hostPerson.run(hostPersonId(tr.id, pid), tr.id, pid, i === 0 ? 'receiver' : r.pick(['speaker', 'companion', 'liaison']), created, created);
          summary.hostPeople++;
        });
      }
      if (r.chance(0.5) && insts[0]) {
        const place = tr.region.name.startsWith('Kota') ? 'Balai Kota' : 'Kantor Bupati';
        ins.venue.run(id(), tr.id, insts[0].id, `Ruang Sidang ${place} ${tr.region.name.replace(/^(Kota|Kabupaten) /, '')}`, '', created, created);
        summary.venues++;
      }
    });
  });
  } finally {
    db.pragma(`cache_size = ${cacheSize}`);
  }
  summary.ms = performance.now() - t0;
  return summary;
}

function describe(s: SeedSummary, path: string): string {
  const n = (x: number) => x.toLocaleString('en-US');
  return [
    `Seeded ${path} in ${(s.ms / 1000).toFixed(1)} s:`,
    `  ${n(s.trips)} trips (2016–2026), ${n(s.memberships)} memberships, ${n(s.hosts)} trip hosts, ${n(s.hostPeople)} host people, ${n(s.venues)} venues`,
    `  ${n(s.people.official + s.people.journalist + s.people.host_official)} people: ${n(s.people.official)} officials, ${n(s.people.journalist)} journalists, ${n(s.people.host_official)} host officials`,
    `  ${n(s.institutions)} institutions`,
  ].join('\n');
}

export const DEFAULT_SEED_PATH = '.tmp/large.sqlite';

async function main(argv: string[]): Promise<void> {
  const arg = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const path = resolve(arg('--db') ?? DEFAULT_SEED_PATH);
  const isDefault = path === resolve(DEFAULT_SEED_PATH);
  if (existsSync(path)) {
    if (!isDefault && !argv.includes('--force')) {
      console.error(`${path} exists. Pass --force to replace it (its data will be lost).`);
      process.exit(2);
    }
    for (const f of [path, `${path}-wal`, `${path}-shm`]) rmSync(f, { force: true });
  }
  const { db } = await openDatabase(path);
  try {
    const store = createStore(db);
    const seed = arg('--seed');
    const summary = generateLarge(store, seed ? { seed: Number(seed) } : {});
    console.log(describe(summary, path));
  } finally {
    db.close();
  }
}

// Runs only as `seed-large` itself, not when the bench bundles the generator.
if (/seed-large\.(c?js|ts)$/.test(process.argv[1] ?? '')) {
  main(process.argv.slice(2)).catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
