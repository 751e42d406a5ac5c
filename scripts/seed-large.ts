/**
 * `npm run seed:large -- --db PATH`: a decade of a busy office, for
 * benchmarks and for trying the app on a realistic volume. Kabupaten
 * Buleleng's offices make 2,000 study visits over 2016–2026 to regencies and
 * cities across Indonesia; 20,000 people (officials with valid NIPs and
 * ranks, journalists with outlets, host officials); 60,000 delegation
 * memberships with roles and pair ids; host institutions, host officials and
 * venues; each trip's agenda, and for the trips that are over their learnings
 * with follow-up actions (statuses and target dates, some overdue on
 * 1 December 2026) and the follow-ups' status history. `--large-trip` adds
 * one very large visit (500 members, 200 agenda items, 300 learnings) for
 * `npm run bench:ui`. Deterministic: the same seed gives the same file, ids
 * included; the agenda, learnings and the large trip are made after
 * everything else, so the rows before them are the same as before they
 * existed.
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
  /** Adds "Studi Komparasi Besar ke Kota Malang": 500 members, 200 agenda items, 300 learnings with 1–2 follow-ups each. */
  largeTrip?: boolean;
}

export interface LargeTripSummary {
  id: string;
  title: string;
  members: number;
  agendaItems: number;
  learnings: number;
  followups: number;
}

export interface SeedSummary {
  institutions: number;
  people: { official: number; journalist: number; host_official: number };
  trips: number;
  memberships: number;
  hosts: number;
  hostPeople: number;
  venues: number;
  agendaItems: number;
  agendaAttendees: number;
  learnings: number;
  followups: number;
  followupHistory: number;
  /** Open follow-ups whose target date is before OVERDUE_DATE. */
  overdueFollowups: number;
  largeTrip: LargeTripSummary | null;
  ms: number;
}

/** Trips before this date are over (reported or done); later ones are being planned. */
const REFERENCE_DATE = '2026-01-01';
/** The follow-ups' "today": open ones with a target date before it are overdue. */
export const OVERDUE_DATE = '2026-12-01';
export const LARGE_TRIP_TITLE = 'Studi Komparasi Besar ke Kota Malang';
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

// ——— Agenda, learnings and follow-ups ———
/** What a delegation learns, by theme: the learning's topic, the host's practice and the figures it quoted. */
const LEARNING_THEMES: ReadonlyArray<{
  topic: string;
  practice: string;
  figures: ReadonlyArray<readonly [string, string]>;
  dimensions: readonly string[];
  spbe: readonly string[];
}> = [
  { topic: 'Command center terpadu', practice: 'Satu ruang kendali memantau CCTV, pengaduan warga dan layanan darurat 112; operator bekerja tiga sif dan meneruskan laporan ke perangkat daerah lewat dasbor.', figures: [['Titik CCTV', '412 titik'], ['Laporan per bulan', '3.800 laporan'], ['Waktu tanggap rata-rata', '11 menit']], dimensions: ['governance', 'society'], spbe: ['services', 'management'] },
  { topic: 'Mal Pelayanan Publik', practice: 'Layanan perizinan, kependudukan, pajak dan BPJS dalam satu gedung dengan antrean daring dan loket prioritas bagi lansia dan penyandang disabilitas.', figures: [['Jenis layanan', '212 layanan'], ['Pengunjung per hari', '1.150 orang'], ['Indeks kepuasan', '88,4']], dimensions: ['governance', 'economy'], spbe: ['services'] },
  { topic: 'Arsitektur SPBE daerah', practice: 'Peraturan kepala daerah tentang arsitektur dan peta rencana SPBE; setiap aplikasi baru dikaji tim koordinasi SPBE sebelum dianggarkan.', figures: [['Indeks SPBE', '3,82 (Sangat Baik)'], ['Aplikasi yang dirasionalisasi', '146 menjadi 38']], dimensions: ['governance'], spbe: ['policy', 'governance'] },
  { topic: 'Satu Data daerah', practice: 'Forum Satu Data dengan walidata di Diskominfo; portal data terbuka memuat dataset sektoral yang dimutakhirkan tiap triwulan dengan metadata baku.', figures: [['Dataset terbit', '1.274 dataset'], ['Perangkat daerah produsen data', '41 PD']], dimensions: ['governance', 'society'], spbe: ['governance', 'management'] },
  { topic: 'Layanan kedaruratan 112', practice: 'Panggilan 112 bebas pulsa diterima call center terpadu yang terhubung ke pemadam kebakaran, ambulans, BPBD dan kepolisian.', figures: [['Panggilan per bulan', '9.600 panggilan'], ['Panggilan iseng', 'turun 37%']], dimensions: ['society', 'living'], spbe: ['services'] },
  { topic: 'Pengelolaan pengaduan masyarakat', practice: 'Semua kanal pengaduan (SP4N-LAPOR!, media sosial, WhatsApp) masuk ke satu aplikasi dengan tenggat tindak lanjut per perangkat daerah.', figures: [['Pengaduan per tahun', '14.300 aduan'], ['Tuntas tepat waktu', '91%']], dimensions: ['governance'], spbe: ['services'] },
  { topic: 'Smart kampung', practice: 'Desa mengelola profil, surat-menyurat dan BUMDes lewat aplikasi bersama; kader digital desa didampingi Diskominfo.', figures: [['Desa terhubung', '266 desa'], ['Surat terbit daring', '48.000 surat']], dimensions: ['society', 'economy'], spbe: ['services'] },
  { topic: 'Kelompok Informasi Masyarakat', practice: 'KIM di tiap kelurahan menyebarkan informasi pembangunan dan menangkal hoaks, dengan lomba KIM tahunan.', figures: [['KIM aktif', '57 kelompok']], dimensions: ['society', 'branding'], spbe: ['services'] },
  { topic: 'Keamanan informasi dan persandian', practice: 'CSIRT daerah terdaftar di BSSN, penilaian indeks KAMI tiap tahun dan tanda tangan elektronik untuk seluruh naskah dinas.', figures: [['Insiden ditangani', '63 insiden'], ['Pengguna TTE', '4.100 ASN']], dimensions: ['governance'], spbe: ['management'] },
  { topic: 'E-budgeting dan e-planning', practice: 'Perencanaan dan penganggaran terhubung dari musrenbang hingga DPA dalam satu sistem, dengan kode rekening yang dikunci.', figures: [['Usulan musrenbang daring', '6.200 usulan']], dimensions: ['governance', 'economy'], spbe: ['management'] },
  { topic: 'Digitalisasi pasar rakyat', practice: 'Retribusi pasar nontunai dengan QRIS dan kartu pedagang; harga bahan pokok diumumkan harian di papan digital.', figures: [['Pedagang nontunai', '2.870 pedagang'], ['Kenaikan retribusi', '23%']], dimensions: ['economy'], spbe: ['services'] },
  { topic: 'Desa wisata berbasis digital', practice: 'Pemesanan paket desa wisata dan homestay lewat satu portal, dengan pelatihan pemandu dan promosi bersama.', figures: [['Desa wisata', '38 desa'], ['Kunjungan wisatawan', '210.000 per tahun']], dimensions: ['branding', 'economy'], spbe: ['services'] },
  { topic: 'Pengelolaan sampah berbasis desa', practice: 'TPS3R di tiap desa dan bank sampah dengan aplikasi tabungan; pengangkutan terjadwal yang dipantau GPS.', figures: [['Sampah terolah', '41%'], ['Bank sampah', '312 unit']], dimensions: ['environment', 'living'], spbe: ['services'] },
  { topic: 'Pelayanan adminduk daring', practice: 'Permohonan KTP-el, KK dan akta lewat aplikasi, dokumen dicetak mandiri di kertas HVS atau dikirim ke rumah.', figures: [['Permohonan daring', '72%'], ['Waktu layanan', '1 hari kerja']], dimensions: ['governance', 'society'], spbe: ['services'] },
  { topic: 'Wifi publik dan jaringan intra pemerintah', practice: 'Jaringan serat optik milik daerah menghubungkan kantor, puskesmas dan sekolah; wifi publik di taman dan balai desa.', figures: [['Titik wifi publik', '540 titik'], ['Kantor terhubung', '188 kantor']], dimensions: ['living', 'society'], spbe: ['management'] },
  { topic: 'Inovasi layanan kesehatan', practice: 'Antrean puskesmas daring, rekam medis elektronik terhubung antar-faskes dan layanan ambulans gratis lewat 112.', figures: [['Puskesmas dengan RME', '24 dari 24'], ['Antrean daring', '65%']], dimensions: ['living'], spbe: ['services'] },
  { topic: 'Statistik sektoral', practice: 'Diskominfo membina statistik sektoral perangkat daerah bersama BPS; buku data daerah terbit setiap Juni.', figures: [['Indikator dipantau', '1.020 indikator']], dimensions: ['governance'], spbe: ['management'] },
  { topic: 'Penataan kawasan heritage', practice: 'Kawasan kota lama ditata dengan pedestrian, papan informasi berkode QR dan pengaturan reklame.', figures: [['Bangunan cagar budaya', '96 bangunan']], dimensions: ['branding', 'environment'], spbe: [] },
];
const APPLICABILITY = [
  'Dapat diterapkan bertahap; Kabupaten Buleleng sudah memiliki sebagian infrastrukturnya.',
  'Perlu penyesuaian dengan jumlah SDM dan anggaran Kabupaten Buleleng.',
  'Sangat relevan, terutama untuk kecamatan di wilayah barat dan timur yang jauh dari pusat kota.',
  'Memerlukan payung hukum berupa Peraturan Bupati lebih dulu.',
  'Dapat direplikasi dengan memanfaatkan aplikasi umum dari pemerintah pusat.',
];
const RECOMMENDATION = [
  'Menyusun kajian kelayakan dan memasukkannya dalam Renja tahun berikutnya.',
  'Membentuk tim kecil lintas perangkat daerah untuk menyiapkan rancangan penerapan.',
  'Mengusulkan anggaran pada APBD Perubahan dan menjajaki kerja sama dengan pihak ketiga.',
  'Melakukan uji coba di satu kecamatan sebelum diterapkan di seluruh kabupaten.',
  'Meminta pendampingan teknis dari pemerintah daerah tuan rumah.',
];
const FOLLOWUP_ACTIONS: ReadonlyArray<(topic: string, district: string) => string> = [
  (t) => `Menyusun kajian penerapan ${t} di Kabupaten Buleleng`,
  (t) => `Menyusun rancangan Peraturan Bupati tentang ${t}`,
  (t) => `Mengusulkan anggaran ${t} dalam RKA tahun berikutnya`,
  (t, d) => `Uji coba ${t} di Kecamatan ${d}`,
  (t) => `Bimbingan teknis operator ${t} bagi perangkat daerah`,
  (t) => `Koordinasi dengan Pemerintah Provinsi Bali tentang ${t}`,
  (t) => `Menyiapkan SOP layanan ${t}`,
  (t) => `Menyampaikan laporan hasil studi ${t} kepada Bupati`,
];
const DISTRICTS = ['Buleleng', 'Sukasada', 'Sawan', 'Seririt', 'Gerokgak', 'Kubutambahan', 'Tejakula', 'Banjar', 'Busungbiu'];
const EVIDENCE = ['Laporan kajian telah disampaikan kepada Sekretaris Daerah.', 'Perbup telah diundangkan dalam Berita Daerah.', 'Tercantum dalam DPA perangkat daerah.', 'Notulen rapat koordinasi terlampir.', 'Daftar hadir bimtek dan foto kegiatan.'];
const STATUS_NOTES = ['', '', '', 'Sesuai hasil rapat koordinasi.', 'Menunggu persetujuan anggaran.', 'Dialihkan ke tahun anggaran berikutnya.', 'Atas arahan Bupati.'];
const SITES = ['command center', 'Mal Pelayanan Publik', 'kantor kelurahan percontohan', 'puskesmas percontohan', 'pasar rakyat', 'desa wisata', 'TPS3R', 'ruang data dan statistik', 'kantor Dinas Komunikasi dan Informatika'];
/** UTC offset of each zone in Indonesia, in minutes (no summer time). */
const ZONE_OFFSET: Record<string, number> = { 'Asia/Jakarta': 420, 'Asia/Pontianak': 420, 'Asia/Makassar': 480, 'Asia/Jayapura': 540 };
const HOME_ZONE = 'Asia/Makassar';

const iso = (d: Date) => d.toISOString().slice(0, 10);
const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** The generator's insert statements (columns as the migrations have them). */
function prepareInserts(db: Store['db']) {
  return {
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
  agenda: db.prepare(
    `INSERT INTO agenda_items (id, trip_id, kind, title, start_at, start_zone, end_at, end_zone, from_place, to_place, venue_id,
       venue_text, pic, attendance, notes, position, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ),
  attendee: db.prepare(`INSERT INTO agenda_attendees (id, item_id, member_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?)`),
  learning: db.prepare(
    `INSERT INTO learnings (id, trip_id, topic, agenda_item_ids, host_practice, figures, applicability, recommendation, dimensions,
       spbe_domains, responsible_unit, priority, position, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ),
  followup: db.prepare(
    `INSERT INTO followups (id, learning_id, trip_id, action, owner_unit, target_date, status, evidence, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ),
  history: db.prepare(
    `INSERT INTO followup_history (id, followup_id, from_status, to_status, note, at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ),
  };
}

type Rng = ReturnType<typeof prng>;
type Inserts = ReturnType<typeof prepareInserts>;
interface SeedTrip {
  id: string;
  region: Region;
  start: string;
  end: string;
  topic: string;
}
interface Shared {
  r: Rng;
  id: () => string;
  ins: Inserts;
  summary: SeedSummary;
}
interface MadeItem {
  id: string;
  kind: string;
  startAt: number;
}

const ymd = (date: string): [number, number, number] => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return [y, m - 1, d];
};
const addDays = (date: string, days: number) => iso(new Date(Date.UTC(...ymd(date)) + days * 86_400_000));
/** "08:30" on `date` in an Indonesian zone → the UTC instant. */
const at = (date: string, hhmm: string, zone: string) => {
  const [h, mi] = hhmm.split(':').map(Number) as [number, number];
  const [y, m, d] = ymd(date);
  return Date.UTC(y, m, d, h, mi) - (ZONE_OFFSET[zone] ?? 420) * 60_000;
};
const clock = (minutes: number) => `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
const OVERDUE_AT = Date.UTC(...ymd(OVERDUE_DATE));

/** Agenda items and learnings with follow-ups (and their status history) for one trip. */
function tripContents({ r, id, ins, summary }: Shared) {
  const item = (
    tr: SeedTrip,
    out: MadeItem[],
    x: { kind: string; title: string; start: number; startZone: string; minutes: number; endZone?: string; from?: string; to?: string; venueId?: string | null; venueText?: string; pic?: string; notes?: string; position?: number; created: number; attendees?: string[] },
  ) => {
    const iid = id();
    const chosen = x.attendees !== undefined && x.attendees.length > 0;
    ins.agenda.run(
      iid, tr.id, x.kind, x.title, x.start, x.startZone, x.start + x.minutes * 60_000, x.endZone ?? x.startZone, x.from ?? '', x.to ?? '',
      x.venueId ?? null, x.venueId ? '' : (x.venueText ?? ''), x.pic ?? '', chosen ? 'chosen' : 'all', x.notes ?? '', x.position ?? 0, x.created, x.created,
    );
    summary.agendaItems++;
    if (chosen) {
      for (const mid of x.attendees ?? []) {
        ins.attendee.run(id(), iid, mid, x.created, x.created);
        summary.agendaAttendees++;
      }
    }
    out.push({ id: iid, kind: x.kind, startAt: x.start });
  };

  /** A visit's rundown: travel there, welcome, presentation and discussion; site visits on the days between; travel home. */
  const agenda = (tr: SeedTrip, venueId: string | null, hostName: string, place: string, created: number): MadeItem[] => {
    const out: MadeItem[] = [];
    const zone = tr.region.zone;
    const days = Math.round((Date.UTC(...ymd(tr.end)) - Date.UTC(...ymd(tr.start))) / 86_400_000) + 1;
    const travel = r.int(3, 7) * 60;
    const room = { venueId, venueText: `Kantor ${hostName}` };
    item(tr, out, { kind: 'travel', title: `Perjalanan Singaraja – ${place}`, start: at(tr.start, '05:30', HOME_ZONE), startZone: HOME_ZONE, minutes: travel, endZone: zone, from: 'Singaraja', to: place, created });
    item(tr, out, { kind: 'welcome', title: `Penyambutan oleh ${hostName}`, start: at(tr.start, '13:00', zone), startZone: zone, minutes: 60, ...room, pic: 'Bagian Protokol dan Komunikasi Pimpinan', created });
    item(tr, out, { kind: 'presentation', title: `Paparan ${tr.topic}`, start: at(tr.start, '14:00', zone), startZone: zone, minutes: 90, ...room, pic: r.pick(HOST_JOBS), created });
    item(tr, out, { kind: 'discussion', title: 'Diskusi dan tanya jawab', start: at(tr.start, '15:30', zone), startZone: zone, minutes: 60, ...room, created });
    for (let d = 1; d < days - 1; d++) {
      const date = addDays(tr.start, d);
      item(tr, out, { kind: 'site_visit', title: `Kunjungan lapangan ke ${r.pick(SITES)}`, start: at(date, '09:00', zone), startZone: zone, minutes: 150, venueText: place, created });
      item(tr, out, { kind: 'meal', title: 'Makan siang bersama', start: at(date, '12:00', zone), startZone: zone, minutes: 60, created });
      if (r.chance(0.5)) item(tr, out, { kind: 'discussion', title: `Pendalaman ${r.pick(LEARNING_THEMES).topic.toLowerCase()}`, start: at(date, '14:00', zone), startZone: zone, minutes: 90, ...room, created });
    }
    const home = days > 1 ? at(tr.end, '13:00', zone) : at(tr.end, '17:30', zone);
    item(tr, out, { kind: 'travel', title: `Perjalanan ${place} – Singaraja`, start: home, startZone: zone, minutes: travel, endZone: HOME_ZONE, from: place, to: 'Singaraja', created });
    return out;
  };

  /** `n` learnings of a trip that is over, each with 1–2 follow-ups; open ones past their target date are overdue on OVERDUE_DATE. */
  const learnings = (tr: SeedTrip, n: number, items: readonly MadeItem[], from: number): { learnings: number; followups: number } => {
    const talks = items.filter((x) => x.kind !== 'travel' && x.kind !== 'meal');
    let fus = 0;
    for (let i = 0; i < n; i++) {
      const theme = r.pick(LEARNING_THEMES);
      const lid = id();
      const created = from + i * 60_000;
      const links = new Set<string>();
      for (let k = r.int(0, 2); k > 0 && talks.length > 0; k--) links.add(r.pick(talks).id);
      const figures = theme.figures.filter(() => r.chance(0.6)).map(([label, value]) => ({ label, value }));
      const unit = r.pick(OPDS);
      ins.learning.run(
        lid, tr.id, r.chance(0.4) ? `${theme.topic} ${tr.region.name}` : theme.topic, JSON.stringify([...links]), theme.practice, JSON.stringify(figures),
        r.pick(APPLICABILITY), r.pick(RECOMMENDATION), JSON.stringify(theme.dimensions), JSON.stringify(theme.spbe), unit,
        r.pick(['high', 'medium', 'medium', 'low']), i + 1, created, created,
      );
      summary.learnings++;
      for (let j = r.int(1, 2); j > 0; j--) {
        const fid = id();
        const fCreated = created + j * 1000;
        const target = r.chance(0.1) ? '' : addDays(tr.end, r.int(30, 540));
        const late = target !== '' && target < OVERDUE_DATE;
        const x = r.next();
        const open = late ? (target < '2024-01-01' ? 0.15 : 0.35) : 0.9;
        const status = late
          ? x < open * 0.45 ? 'planned' : x < open ? 'in_progress' : x < open + 0.12 ? 'cancelled' : 'done'
          : x < 0.5 ? 'planned' : x < open ? 'in_progress' : 'done';
        // The history: created as planned, then on to where it is now, before the reference date.
        const end = Math.max(fCreated + 86_400_000, Math.min(OVERDUE_AT, target ? Date.UTC(...ymd(target)) : OVERDUE_AT));
        const steps: Array<[string, string]> = [['', 'planned']];
        if (status === 'in_progress') steps.push(['planned', 'in_progress']);
        if (status === 'done') steps.push(...(r.chance(0.7) ? [['planned', 'in_progress'], ['in_progress', 'done']] as Array<[string, string]> : [['planned', 'done']] as Array<[string, string]>));
        if (status === 'cancelled') steps.push(['planned', 'cancelled']);
        const times = steps.map((_, s) => (s === 0 ? fCreated : fCreated + Math.floor(((end - fCreated) * (s + r.next() * 0.5)) / steps.length)));
        const updated = times[times.length - 1] ?? fCreated;
        ins.followup.run(
          fid, lid, tr.id, r.pick(FOLLOWUP_ACTIONS)(theme.topic.toLowerCase(), r.pick(DISTRICTS)), r.chance(0.7) ? unit : r.pick(OPDS), target, status,
          status === 'done' ? r.pick(EVIDENCE) : '', fCreated, updated,
        );
        steps.forEach(([fromStatus, toStatus], s) => {
          const t = times[s] ?? fCreated;
          ins.history.run(id(), fid, fromStatus, toStatus, s === 0 ? '' : r.pick(STATUS_NOTES), t, t, t);
          summary.followupHistory++;
        });
        summary.followups++;
        fus++;
        if (late && (status === 'planned' || status === 'in_progress')) summary.overdueFollowups++;
      }
    }
    return { learnings: n, followups: fus };
  };

  return { agenda, learnings, item };
}
type Contents = ReturnType<typeof tripContents>;

/** "Studi Komparasi Besar ke Kota Malang": 470 officials and 30 journalists, five days, 200 agenda items, 300 learnings. */
function largeTrip(x: Shared & {
  contents: Contents;
  officials: ReadonlyArray<{ id: string; rank: number }>;
  journalists: readonly string[];
  opdIds: readonly string[];
  hostInstitutions: Map<string, Array<{ id: string; name: string }>>;
  hostPeopleByInstitution: Map<string, string[]>;
  hostPerson: (institutionId: string) => string;
  institution: (name: string) => string;
}): LargeTripSummary {
  const { r, id, ins, summary, contents } = x;
  const region = REGIONS.find((g) => g.code === '35.73');
  if (!region) throw new Error('Kota Malang (35.73) is not among the regions');
  const tr: SeedTrip = { id: id(), region, start: '2025-10-13', end: '2025-10-17', topic: 'Smart City' };
  const created = Date.UTC(2025, 7, 18, 2);
  ins.trip.run(
    tr.id, LARGE_TRIP_TITLE, tr.start, tr.end, x.opdIds[0] ?? null, JSON.stringify([region.code]),
    'Mempelajari penerapan smart city, Mal Pelayanan Publik, SPBE dan Satu Data di Kota Malang oleh seluruh perangkat daerah Kabupaten Buleleng.',
    'reported', created, created,
  );
  summary.trips++;

  // The delegation: the regent leads; 469 officials by rank, then 30 journalists.
  const chosen = new Set<number>([2]);
  while (chosen.size < 470) chosen.add(r.int(4, x.officials.length - 1));
  const people = [...chosen].map((i) => x.officials[i] as { id: string; rank: number }).sort((a, b) => b.rank - a.rank);
  const hotels = ['Hotel Santika Premiere Malang', 'Harris Hotel & Conventions Malang', 'Hotel Tugu Malang', 'Aston Inn Batu'];
  const memberIds: string[] = [];
  people.forEach((p, i) => {
    const role = i === 0 ? 'lead' : i === 1 ? 'deputy_lead' : i === people.length - 1 ? 'secretary' : i >= people.length - 12 ? 'companion' : 'member';
    const mid = memberId(tr.id, p.id);
    ins.member.run(mid, tr.id, p.id, role, 'plane', hotels[i % hotels.length] ?? '', created, created);
    memberIds.push(mid);
  });
  const js = new Set<string>();
  while (js.size < 30) js.add(r.pick(x.journalists));
  for (const j of js) {
    const mid = memberId(tr.id, j);
    ins.member.run(mid, tr.id, j, 'journalist', 'plane', hotels[0] ?? '', created, created);
    memberIds.push(mid);
  }
  summary.memberships += memberIds.length;

  // Hosts: the city and its Kominfo, three officials each; four venues.
  const insts = x.hostInstitutions.get(region.code) ?? [
    { id: x.institution('Pemerintah Kota Malang'), name: 'Pemerintah Kota Malang' },
    { id: x.institution('Dinas Komunikasi dan Informatika Kota Malang'), name: 'Dinas Komunikasi dan Informatika Kota Malang' },
  ];
  for (const h of insts) {
    ins.host.run(hostId(tr.id, h.id), tr.id, h.id, created, created);
    summary.hosts++;
    const pool = [...(x.hostPeopleByInstitution.get(h.id) ?? [])];
    while (pool.length < 3) pool.push(x.hostPerson(h.id));
    pool.slice(0, 3).forEach((pid, i) => {
      ins.hostPerson.run(hostPersonId(tr.id, pid), tr.id, pid, i === 0 ? 'receiver' : i === 1 ? 'speaker' : 'liaison', created, created);
      summary.hostPeople++;
    });
  }
  const venues = ['Ruang Sidang Balai Kota Malang', 'Ngalam Command Center', 'Mal Pelayanan Publik Kota Malang', 'Malang Creative Center'].map((name) => {
    const vid = id();
    ins.venue.run(vid, tr.id, insts[0]?.id ?? null, name, '', created, created);
    summary.venues++;
    return vid;
  });

  // The agenda: 200 items — travel, the welcome, then four parallel groups in 45-minute sessions; some are working groups of chosen members.
  const items: MadeItem[] = [];
  const zone = region.zone;
  const groups = ['Tata Kelola dan SPBE', 'Layanan Publik', 'Ekonomi dan Pariwisata', 'Data dan Statistik'];
  contents.item(tr, items, { kind: 'travel', title: 'Perjalanan Singaraja – Malang', start: at(tr.start, '05:00', HOME_ZONE), startZone: HOME_ZONE, minutes: 150, endZone: zone, from: 'Singaraja', to: 'Malang', created });
  contents.item(tr, items, { kind: 'welcome', title: 'Penyambutan oleh Wali Kota Malang', start: at(tr.start, '08:30', zone), startZone: zone, minutes: 60, venueId: venues[0], pic: 'Bagian Protokol dan Komunikasi Pimpinan', created });
  for (let i = 0; i < 197; i++) {
    const day = Math.floor(i / 40);
    const j = i % 40;
    const track = j % 4;
    const slot = Math.floor(j / 4);
    const date = addDays(tr.start, day);
    const startMin = (day === 0 ? 10 * 60 : 8 * 60) + slot * 45;
    const theme = r.pick(LEARNING_THEMES);
    const working = r.chance(0.2);
    const attendees = working ? [...new Set(Array.from({ length: r.int(20, 40) }, () => r.pick(memberIds)))] : undefined;
    contents.item(tr, items, {
      kind: r.pick(['presentation', 'presentation', 'discussion', 'site_visit']),
      title: `${working ? 'Rapat kerja' : 'Sesi'} ${groups[track] ?? ''}: ${theme.topic}`,
      start: at(date, clock(startMin), zone),
      startZone: zone,
      minutes: 45,
      venueId: venues[track] ?? null,
      pic: r.pick(HOST_JOBS),
      notes: r.chance(0.3) ? 'Bahan paparan dibagikan dalam bentuk salinan digital.' : '',
      position: track,
      created,
      ...(attendees ? { attendees } : {}),
    });
  }
  contents.item(tr, items, { kind: 'travel', title: 'Perjalanan Malang – Singaraja', start: at(tr.end, '15:00', zone), startZone: zone, minutes: 150, endZone: HOME_ZONE, from: 'Malang', to: 'Singaraja', created });

  const made = contents.learnings(tr, 300, items, Date.UTC(2025, 9, 20, 1));
  return { id: tr.id, title: LARGE_TRIP_TITLE, members: memberIds.length, agendaItems: items.length, ...made };
}

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

  const ins = prepareInserts(db);

  const base = Date.UTC(2015, 6, 1);
  const summary: SeedSummary = {
    institutions: 0,
    people: { official: 0, journalist: 0, host_official: 0 },
    trips: 0,
    memberships: 0,
    hosts: 0,
    hostPeople: 0,
    venues: 0,
    agendaItems: 0,
    agendaAttendees: 0,
    learnings: 0,
    followups: 0,
    followupHistory: 0,
    overdueFollowups: 0,
    largeTrip: null,
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
    /** What the agenda and learnings (made after everything else) need of each trip. */
    const made: Array<{ over: boolean; created: number; venueId: string | null }> = [];
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
      let venueId: string | null = null;
      if (r.chance(0.5) && insts[0]) {
        const place = tr.region.name.startsWith('Kota') ? 'Balai Kota' : 'Kantor Bupati';
        venueId = id();
        ins.venue.run(venueId, tr.id, insts[0].id, `Ruang Sidang ${place} ${tr.region.name.replace(/^(Kota|Kabupaten) /, '')}`, '', created, created);
        summary.venues++;
      }
      made.push({ over: tr.end < REFERENCE_DATE, created, venueId });
    });

    // ——— Agenda, learnings and follow-ups (after everything above, so its rows and ids stay as they were) ———
    const contents = tripContents({ r, id, ins, summary });
    trips.forEach((tr, k) => {
      const m = made[k];
      if (!m) return;
      const place = tr.region.name.replace(/^(Kota|Kabupaten) /, '');
      const insts = hostInstitutions.get(tr.region.code) ?? [];
      const items = contents.agenda(tr, m.venueId, insts[0]?.name ?? `Pemerintah ${tr.region.name}`, place, m.created);
      if (m.over) contents.learnings(tr, r.int(2, 5), items, Date.UTC(...ymd(tr.end)) + r.int(2, 10) * 86_400_000);
    });

    // ——— The large trip (bench:ui): one visit of 500 people ———
    if (opts.largeTrip) {
      summary.largeTrip = largeTrip({
        r, id, ins, summary, contents, officials, journalists, opdIds, hostInstitutions, hostPeopleByInstitution, hostPerson: (inst) => {
          const cs = civilServant();
          const t = title(true);
          const pid = id();
          ins.person.run(
            pid, 'host_official', t.prefix, javaName(cs.female), t.suffix, 'pns', cs.nip, cs.golongan, r.pick(HOST_JOBS), '', '', '', phone(), '', inst,
            '', '', base, base,
          );
          summary.people.host_official++;
          return pid;
        },
        institution: (name) => {
          const iid = id();
          ins.institution.run(iid, 'host', name, '35.73', '', base, base);
          summary.institutions++;
          return iid;
        },
      });
    }
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
    `  ${n(s.agendaItems)} agenda items (${n(s.agendaAttendees)} chosen attendees), ${n(s.learnings)} learnings, ${n(s.followups)} follow-ups (${n(s.overdueFollowups)} overdue on ${OVERDUE_DATE}), ${n(s.followupHistory)} status history entries`,
    ...(s.largeTrip
      ? [`  the large trip "${s.largeTrip.title}" (${s.largeTrip.id}): ${n(s.largeTrip.members)} members, ${n(s.largeTrip.agendaItems)} agenda items, ${n(s.largeTrip.learnings)} learnings, ${n(s.largeTrip.followups)} follow-ups`]
      : []),
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
    const summary = generateLarge(store, { ...(seed ? { seed: Number(seed) } : {}), largeTrip: argv.includes('--large-trip') });
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
