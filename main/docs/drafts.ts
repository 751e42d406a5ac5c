import type { Dimension, Learning } from '../../shared/domain/learnings';
import type { ReportDrafts } from '../../shared/domain/documents';
import { isRealIsoDate } from '../../shared/dates';
import { regionByCode } from '../../shared/regions';
import { clean, dateRange, joinAnd, noEndStop, plainDate, titleCase } from './format';
import type { DocData } from './model';
import { titleWords } from '../../shared/signing';

/*
 * Drafts of a trip's narrative texts, built from its data so the user starts
 * from something sensible: kesimpulan, saran, penutup, the SPT's tasks, and
 * the press release's headline and contact. Pure, Indonesian, and without
 * any personal contact: the press contact is the office's own.
 */

const DIMENSION_NAMES: Record<Dimension, string> = {
  governance: 'Smart Governance',
  branding: 'Smart Branding',
  economy: 'Smart Economy',
  living: 'Smart Living',
  society: 'Smart Society',
  environment: 'Smart Environment',
};

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
  const dims = [...new Set(data.learnings.flatMap((l) => l.dimensions))].map((d) => DIMENSION_NAMES[d]);
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

  const gov = governmentShortName(data);
  const topic = data.learnings[0] ? noEndStop(data.learnings[0].topic) : '';
  const activityTitle = activity.replace(/(^|\s)\S/g, (c) => c.toUpperCase());
  const pressHeadline = topic
    ? `${gov ? `${gov} ` : ''}Belajar ${topic}${where ? ` ke ${where}` : ''}`
    : where
      ? `${gov ? `${gov} ` : ''}${activityTitle} ke ${where}`
      : clean(trip.title);

  const p = data.office;
  const contactParts = [titleWords(clean(p.officeName)), clean(p.phone) ? `telepon ${clean(p.phone)}` : '', clean(p.email), clean(p.website)].filter(Boolean);
  const pressContact = contactParts.length ? `Narahubung: ${contactParts.join(', ')}` : '';

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
