import type { Member } from '../../shared/delegation/schemas';
import type { Learning } from '../../shared/learnings/schemas';
import { DIMENSION_LABELS, SECRETARY_ROLE } from '../../shared/vocabulary';
import type { ReportDrafts } from '../../shared/documents/schemas';
import { isRealIsoDate } from '../../shared/dates';
import { regionByCode } from '../../shared/regions';
import { clean, dateRange, joinAnd, nameOf, noEndStop, plainDate, titleCase } from './format';
import type { DocData } from './model';
import { plainName } from './parts';
import { titleWords } from '../../shared/documents/signing';

/*
 * Drafts of a trip's narrative texts, built from its data so the user starts
 * from something sensible: kesimpulan, saran, penutup, the SPT's tasks, and
 * the press release's headline (title case, the trip's subject, never a
 * learning's topic pasted in) and contact. Pure, Indonesian, and without any
 * personal contact: the narahubung is reached through the office's telephone.
 */

/** The first sentence of a text, at most about `max` characters (cut at a word). */
function firstSentence(s: string, max = 280): string {
  const t = clean(s);
  if (!t) return '';
  const m = /^(.+?[.!?])(\s|$)/.exec(t);
  let out = m?.[1] ?? t;
  if (out.length > max) out = `${out.slice(0, max).replace(/\s+\S*$/, '')} …`;
  return out;
}

/** "24 April 2025", "24 s.d. 25 April 2025", "30 April s.d. 2 Mei 2025", as letters write a span of days. */
export function tanggalRange(start: string, end: string): string {
  if (!isRealIsoDate(start)) return '';
  if (!isRealIsoDate(end) || end <= start) return plainDate(start);
  // dateRange's dash ("24–25 April", "30 April – 2 Mei") reads "s.d." in letters.
  return dateRange(start, end).replace(/\s*–\s*/, ' s.d. ');
}

/** What the trip is called in running text: "studi komparasi" unless the title says otherwise. */
export function activityName(title: string): string {
  const t = title.toLowerCase();
  if (t.includes('studi banding')) return 'studi banding';
  if (t.includes('kunjungan kerja')) return 'kunjungan kerja';
  if (t.includes('benchmark')) return 'benchmarking';
  return 'studi komparasi';
}

/** Where the delegation went: the host regions, else the host institutions. */
export function destination(data: DocData): string {
  const regions = data.hostRegionNames.map(clean).filter(Boolean);
  if (regions.length) return joinAnd(regions);
  return joinAnd(data.detail.hosts.map((h) => clean(h.institution.name)));
}

/** "Pemkab Buleleng" from the origin institution's region, else from the kop's government line. */
export function governmentShortName(data: DocData): string {
  const code = data.detail.originInstitution?.regionCode ?? '';
  const region = code ? regionByCode(code) : undefined;
  if (region) {
    const name = clean(region.name);
    if (region.level === 'kabupaten') return `Pemkab ${name.replace(/^Kabupaten\s+/i, '')}`;
    if (region.level === 'kota') return `Pemkot ${name.replace(/^Kota\s+/i, '')}`;
    return `Pemprov ${name}`;
  }
  const gov = clean(data.office.govLine);
  const m = /^PEMERINTAH\s+(KABUPATEN|KOTA|PROVINSI)\s+(.+)$/i.exec(gov);
  if (m) {
    const place = (m[2] ?? '').toLowerCase().replace(/(^|\s)\S/g, (c) => c.toUpperCase());
    const kind = (m[1] ?? '').toUpperCase();
    return `${kind === 'KABUPATEN' ? 'Pemkab' : kind === 'KOTA' ? 'Pemkot' : 'Pemprov'} ${place}`;
  }
  return clean(data.office.officeName);
}

function learningLine(l: Learning): string {
  const topic = noEndStop(l.topic);
  const why = firstSentence(l.applicability) || firstSentence(l.hostPractice);
  return why ? `${topic}: ${noEndStop(why)}.` : `${topic}.`;
}

function conclusion(data: DocData, activity: string, where: string, when: string): string {
  const intro = `Dari pelaksanaan ${activity}${where ? ` ke ${where}` : ''}${when ? ` pada tanggal ${when}` : ''}`;
  if (data.learnings.length === 0) {
    return `${intro}, Tim memperoleh gambaran praktik baik penyelenggaraan pemerintahan daerah yang dapat dipelajari dan disesuaikan dengan kondisi daerah kita.`;
  }
  const lines = data.learnings.map((l, i) => `${i + 1}. ${learningLine(l)}`);
  const dims = [...new Set(data.learnings.flatMap((l) => l.dimensions))].map((d) => DIMENSION_LABELS[d]);
  const tail = dims.length ? `\nHasil tersebut berkaitan dengan dimensi ${joinAnd(dims)}.` : '';
  return `${intro}, dapat disimpulkan hal-hal sebagai berikut:\n${lines.join('\n')}${tail}`;
}

function suggestions(data: DocData): string {
  const recs = data.learnings.map((l) => noEndStop(l.recommendation)).filter(Boolean);
  if (recs.length) return recs.map((r, i) => `${i + 1}. ${r}.`).join('\n');
  const actions = data.learnings.flatMap((l) =>
    l.followups.map((f) => noEndStop(f.action) + (clean(f.ownerUnit) ? ` (${clean(f.ownerUnit)})` : '')),
  );
  if (actions.length) return actions.filter(Boolean).map((a, i) => `${i + 1}. ${a}.`).join('\n');
  return 'Hasil kunjungan ini perlu ditindaklanjuti oleh perangkat daerah terkait sesuai dengan tugas dan kewenangannya.';
}

/**
 * Latar belakang when the trip has none: why the office went, from the kop,
 * the scope (or the learnings' topics), the destination and the dates.
 */
export function draftBackground(data: DocData): string {
  const { trip } = data.detail;
  const activity = activityName(trip.title);
  const where = destination(data);
  const when = tanggalRange(trip.startDate, trip.endDate);
  const gov = clean(data.office.govLine).toLowerCase().replace(/(^|\s)\S/g, (c) => c.toUpperCase());
  const office = clean(data.office.officeName).toLowerCase().replace(/(^|\s)\S/g, (c) => c.toUpperCase()).replace(/\bDan\b/g, 'dan');
  const who = gov ? `${gov}${office ? ` melalui ${office}` : ''}` : office || 'Pemerintah daerah';
  const scope = noEndStop(trip.scope);
  const topics = joinAnd(data.learnings.slice(0, 3).map((l) => noEndStop(l.topic)));
  const field = scope ? ` di bidang ${scope.charAt(0).toLowerCase()}${scope.slice(1)}` : topics ? `, antara lain ${topics}` : '';
  return `${who} terus berupaya meningkatkan kualitas penyelenggaraan pemerintahan dan pelayanan kepada masyarakat. Untuk itu perlu dipelajari praktik baik daerah lain${field}. Atas dasar itu dilaksanakan ${activity}${
    where ? ` ke ${where}` : ''
  }${when ? ` pada tanggal ${when}` : ''}, agar hasilnya dapat menjadi bahan pertimbangan dalam penyusunan kebijakan dan program di daerah sendiri.`;
}

/**
 * Whose order the SPT carries: "Bupati Buleleng" when it is signed a.n. the
 * Bupati or by him, else the signer's jabatan ("Kepala Dinas …").
 */
export function orderingAuthority(data: DocData): string {
  const s = data.signing.spt;
  const an = /^a\.n\.\s+(.+)$/i.exec(s.above[0] ?? '');
  if (an?.[1]) return titleCase(clean(an[1]));
  return clean(s.signer?.jabatan ?? '');
}

export function draftTexts(data: DocData): ReportDrafts {
  const { trip } = data.detail;
  const activity = activityName(trip.title);
  const where = destination(data);
  const when = tanggalRange(trip.startDate, trip.endDate);
  const reportTo = orderingAuthority(data) || 'pimpinan';

  const sptTasks = [
    `Melaksanakan ${activity}${where ? ` ke ${where}` : ''}${when ? ` pada tanggal ${when}` : ''};`,
    `Melaporkan hasil pelaksanaan tugas kepada ${reportTo};`,
    'Melaksanakan perintah ini dengan penuh tanggung jawab.',
  ].join('\n');

  const closing = `Demikian laporan ini dibuat sebagai pertanggungjawaban pelaksanaan ${activity}${
    where ? ` ke ${where}` : ''
  } dan sebagai bahan pertimbangan pimpinan dalam menindaklanjuti hasilnya. Atas perhatian Bapak/Ibu, kami sampaikan terima kasih.`;

  const pressHeadline = draftHeadline(data, activity, where);
  const pressContact = draftPressContact(data);

  return {
    conclusion: conclusion(data, activity, where, when),
    suggestions: suggestions(data),
    closing,
    sptTasks,
    pressHeadline,
    pressContact,
    foreword: draftForeword(data, activity, where, when),
  };
}

/** Kata tugas a title keeps in lower case unless it comes first (PUEBI: di, ke, dari, dan, yang, untuk, …). */
const HEADLINE_SMALL = new Set([
  'di', 'ke', 'dari', 'pada', 'dalam', 'untuk', 'bagi', 'dengan', 'oleh', 'tentang', 'terhadap', 'kepada', 'sebagai', 'antara', 'hingga', 'melalui',
  'dan', 'atau', 'serta', 'tetapi', 'yang', 'bahwa', 'karena',
]);
/** Acronyms a headline typed all in capitals keeps in capitals. */
const ACRONYMS = new Set([
  'SPBE', 'DPRD', 'DPR', 'MPR', 'OPD', 'SKPD', 'ASN', 'PNS', 'PPPK', 'CCTV', 'TIK', 'UMKM', 'APBD', 'APBN', 'RSUD', 'PDAM', 'BUMD', 'BUMN', 'PPID',
  'TNI', 'POLRI', 'KPK', 'BPK', 'BPKP', 'RI', 'NKRI', 'PKK', 'WIB', 'WITA', 'WIT', 'IT', 'AI', 'HUT', 'DPA', 'SPT',
]);

/** One word of a headline (no spaces or hyphens in it) in title case; `shouting`: the whole headline was typed in capitals. */
function headlineWord(word: string, first: boolean, shouting: boolean): string {
  const m = /^([^\p{L}\d]*)([\s\S]*)$/u.exec(word);
  const lead = m?.[1] ?? '';
  const core = m?.[2] ?? '';
  const letters = core.replace(/[^\p{L}]/gu, '');
  if (!letters) return word;
  const bare = letters.toLowerCase();
  const caps = letters.length >= 2 && letters === letters.toUpperCase();
  if (shouting) {
    if (ACRONYMS.has(letters) || /\d/.test(core)) return word;
    if (!first && HEADLINE_SMALL.has(bare)) return lead + core.toLowerCase();
    return lead + core.charAt(0).toUpperCase() + core.slice(1).toLowerCase();
  }
  // Written as an acronym (SPBE, DPRD) or with capitals inside (eGov, KemenPAN): as written.
  if (caps || /\p{Ll}.*\p{Lu}/u.test(core)) return word;
  if (!first && HEADLINE_SMALL.has(bare)) return lead + core.toLowerCase();
  return lead + core.charAt(0).toUpperCase() + core.slice(1);
}

/**
 * A headline in title case: every word capitalised but the kata tugas
 * (di, ke, dan, dari, untuk, yang, pada, …) unless first; acronyms and
 * names with capitals inside (SPBE, DPRD, Kominfo, eGov) stay as written.
 * A headline typed all in capitals is set in title case, known acronyms kept.
 */
export function headlineCase(s: string): string {
  const t = clean(s);
  const shouting = /\p{Lu}.*\s.*\p{Lu}/u.test(t) && t === t.toUpperCase();
  return t
    .split(' ')
    .map((w, i) =>
      w
        .split(/([-/])/)
        .map((part, j) => (part === '-' || part === '/' ? part : headlineWord(part, i === 0 && j === 0, shouting)))
        .join(''),
    )
    .join(' ');
}

const ACTIVITY_WORDS = /^(studi\s+komparasi|studi\s+banding|studi\s+tiru|kunjungan\s+kerja|kunjungan|benchmarking|benchmark)\s+/i;
const PLACE_WORDS = /^(kota|kabupaten|kab\.|provinsi|pemerintah|pemkab|pemkot|pemprov)\b/i;
const SUBJECT_MAX_WORDS = 5;

/**
 * What the delegation went to learn, in a few words: the trip title's
 * subject ("Studi Komparasi Komunikasi Publik ke Kota Malang" → "Komunikasi
 * Publik"), else the first item of the scope; '' when neither is short. A
 * learning's topic (a whole phrase) never goes into a headline.
 */
export function headlineSubject(data: DocData): string {
  const { trip } = data.detail;
  const short = (s: string) => {
    const t = noEndStop(s);
    const n = t.split(' ').filter(Boolean).length;
    return n > 0 && n <= SUBJECT_MAX_WORDS && !PLACE_WORDS.test(t) ? t : '';
  };
  const title = clean(trip.title);
  if (ACTIVITY_WORDS.test(title)) {
    const subject = title
      .replace(ACTIVITY_WORDS, '')
      .replace(/^(tentang|mengenai|bidang|terkait)\s+/i, '')
      .replace(/(^|\s+)(ke|di)\s+.*$/i, '')
      .replace(/\s+(tahun\s+(anggaran\s+)?)?\d{4}$/i, '');
    if (short(subject)) return short(subject);
  }
  const scope = clean(trip.scope).split(/[,;]|\s+dan\s+/i)[0] ?? '';
  return short(scope);
}

/** "Pemkab Buleleng Pelajari Komunikasi Publik di Kota Malang", in title case; no learning's topic pasted in. */
function draftHeadline(data: DocData, activity: string, where: string): string {
  const gov = governmentShortName(data) || 'Rombongan';
  const subject = headlineSubject(data);
  if (subject) return headlineCase(`${gov} Pelajari ${subject}${where ? ` di ${where}` : ''}`);
  if (where) return headlineCase(`${gov} ${activity} ke ${where}`);
  return headlineCase(data.detail.trip.title);
}

/** The trip's liaison: the delegation's secretary (sekretaris rombongan) with a name, if any. */
export const liaisonOf = (members: readonly Member[]): Member | undefined => members.find((m) => m.role === SECRETARY_ROLE && clean(nameOf(m)) !== '');

/** A jabatan that already names its office ("Kepala Dinas Kominfosanti", "Kepala Bagian Protokol"). */
const NAMES_OFFICE = /\b(dinas|badan|kantor|sekretariat|inspektorat|bagian|biro|satuan|kecamatan|kabupaten|kota|provinsi)\b/i;

/**
 * "Narahubung: Ni Made Dwi Pratiwi, Kepala Bidang … Dinas Komunikasi, …,
 * telepon (0362) 21985": the liaison by name, reached through the office's
 * telephone (its e-mail when it has none), never a personal number. Without
 * a liaison, the office; '' when the office has no telephone or e-mail.
 */
function draftPressContact(data: DocData): string {
  const p = data.office;
  const office = titleWords(clean(p.officeName));
  const reach = clean(p.phone) ? `telepon ${clean(p.phone)}` : clean(p.email) ? `surel ${clean(p.email)}` : '';
  if (!reach) return '';
  const liaison = liaisonOf(data.detail.members);
  let who = office;
  if (liaison) {
    const jabatan = noEndStop(liaison.person.jabatan);
    const role = !jabatan ? office : NAMES_OFFICE.test(jabatan) ? jabatan : clean(`${jabatan} ${office}`);
    who = [plainName(liaison.person), role].filter(Boolean).join(', ');
  }
  return `Narahubung: ${[who, reach].filter(Boolean).join(', ')}`;
}

/**
 * Kata pengantar: thanks to God and to the host, what the report is for, an
 * invitation to improve it. Names only the regions and the trip's own facts.
 */
function draftForeword(data: DocData, activity: string, where: string, when: string): string {
  const hosts = joinAnd(data.detail.hosts.map((h) => titleWords(clean(h.institution.name))).filter(Boolean));
  return [
    `Puji syukur kami panjatkan ke hadirat Tuhan Yang Maha Esa, karena atas rahmat-Nya laporan hasil ${activity}${where ? ` ke ${where}` : ''}${
      when ? ` pada tanggal ${when}` : ''
    } dapat diselesaikan.`,
    `Laporan ini disusun sebagai pertanggungjawaban pelaksanaan tugas dan sebagai bahan pertimbangan pimpinan dalam menindaklanjuti praktik baik yang dipelajari. Kami menyampaikan terima kasih kepada ${
      hosts || 'pihak tuan rumah'
    } atas sambutan dan kesempatan belajar yang diberikan, serta kepada semua pihak yang telah membantu pelaksanaan kegiatan ini.`,
    'Kami menyadari laporan ini masih jauh dari sempurna; saran dan masukan untuk perbaikannya kami terima dengan senang hati. Semoga laporan ini bermanfaat.',
  ].join('\n\n');
}
