/**
 * Siaran Pers draft: kop; "SIARAN PERS"; headline; dateline "Singaraja (Humas
 * Buleleng) –" and a lead of at most ~45 words (who, what, where, when);
 * the host's practice and figures from the learnings; quotations only from
 * the Kutipan the user recorded (a government release must be true: no
 * sentence is put in anyone's mouth); the follow-up; the office as contact. No NIP and no
 * personal phone number ever appears: every text is scrubbed of the members'
 * and hosts' NIPs and phone numbers, and of anything shaped like a NIP.
 */
import { AlignmentType, Paragraph, TextRun } from 'docx';
import type { AgendaItem } from '../../shared/domain/agenda';
import type { Learning } from '../../shared/domain/learnings';
import type { Quote } from '../../shared/domain/quotes';
import { isRealIsoDate } from '../../shared/dates';
import { formatDay, formatTime, localDateOf } from '../../shared/zones';
import { DocContext, document, section } from './common';
import { pressTexts } from './conditions';
import { activityName, destination, governmentShortName, tanggalRange } from './drafts';
import { clean, joinAnd, journalistsOf, leadOf, noEndStop, officialsOf } from './format';
import type { BuiltDocument } from './index';
import type { DocData } from './model';
import { lowerFirst, plainName, regionOfGovLine } from './parts';

const upperFirst = (s: string): string => (s ? s[0]!.toUpperCase() + s.slice(1) : s);
const sentence = (s: string): string => {
  const t = clean(s);
  return t && !/[.!?"”]$/.test(t) ? `${t}.` : t;
};
export const wordCount = (s: string): number => clean(s).split(' ').filter(Boolean).length;

/** The lead should stay within about this many words (siaran pers convention). */
export const LEAD_MAX_WORDS = 45;

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const SEP = '[\\s.\\-()/]*';

/** Removes the given NIPs and phone numbers (however they are spaced or dashed), and any NIP-shaped number. */
export function makeScrubber(nips: string[], phones: string[]): (text: string) => string {
  const patterns: RegExp[] = [];
  const digitsPattern = (digits: string) => digits.split('').map(escapeRe).join(SEP);
  for (const n of nips) {
    const d = n.replace(/\D/g, '');
    if (d.length >= 8) patterns.push(new RegExp(digitsPattern(d), 'g'));
  }
  for (const p of phones) {
    let d = p.replace(/\D/g, '');
    if (d.length < 6) continue;
    if (d.startsWith('62')) d = `0${d.slice(2)}`;
    const rest = d.startsWith('0') ? d.slice(1) : d;
    patterns.push(new RegExp(`(?:\\+?62|0)?${SEP}${digitsPattern(rest)}`, 'g'));
  }
  // Anything shaped like a NIP / NI PPPK: 18 digits, grouped 8 6 1 3 or not.
  patterns.push(/\b\d{8}\s?\d{6}\s?\d\s?\d{3}\b/g);
  return (text: string) => patterns.reduce((t, re) => t.replace(re, '[dihapus]'), text);
}

/** "Kamis (24/4/2025)". */
export function pressDay(date: string): string {
  const weekday = formatDay(date).split(',')[0] ?? '';
  const [y, m, d] = date.split('-').map(Number);
  return `${weekday} (${d}/${m}/${y})`;
}

/** "108 → 28" reads "dari 108 menjadi 28" in running text. */
function figureText(label: string, value: string): string {
  const v = clean(value);
  const arrow = /^(.+?)\s*(?:→|->)\s*(.+)$/.exec(v);
  return `${lowerFirst(clean(label))} ${arrow ? `dari ${arrow[1]} menjadi ${arrow[2]}` : v}`;
}

const ATTRIBUTIONS = ['ujar', 'jelas', 'tambah', 'kata'];

/**
 * The recorded words as a quotation paragraph's text: "…," ujar Wakil Bupati
 * Buleleng, Gede Supriatna. The first quote of a speaker names them (by name
 * alone when the lead sentence already named them), the next in a row says
 * "ujarnya". A question or exclamation keeps its mark.
 */
function quoteText(q: Quote, state: { last: string | null; named: Set<string>; n: number }): string {
  // The release sets the quotation marks itself; marks the user typed around the words go, inner ones become single.
  const words = clean(q.words)
    .replace(/^["“”']+|["“”']+$/g, '')
    .trim()
    .replace(/["“”]/g, "'")
    .replace(/[.,;:]+$/, '');
  const mark = /[?!]$/.test(words) ? '' : ',';
  const verb = ATTRIBUTIONS[state.n % ATTRIBUTIONS.length] ?? 'ujar';
  const name = plainName({ name: q.speakerName });
  let who: string;
  if (state.last === q.speakerPersonId) who = `${verb}nya`;
  else if (state.named.has(q.speakerPersonId)) who = `${verb} ${name}`;
  else who = `${verb} ${[clean(q.speakerJabatan), name].filter(Boolean).join(', ')}`;
  state.last = q.speakerPersonId;
  state.named.add(q.speakerPersonId);
  state.n += 1;
  return `"${upperFirst(words)}${mark}" ${who}.`;
}

export function buildPress(data: DocData): BuiltDocument {
  const ctx = new DocContext(data);
  const p = data.office;
  const { trip, members, hostPeople } = data.detail;
  const signers = Object.values(data.signing).flatMap((s) => [s.signer?.nip ?? '', s.acknowledge?.nip ?? '']);
  const scrub = makeScrubber(
    [...members.map((m) => m.person.nip), ...hostPeople.map((h) => h.person.nip), ...signers],
    [...members.map((m) => m.person.phone), ...hostPeople.map((h) => h.person.phone)],
  );
  const texts = pressTexts(data);
  const activity = activityName(trip.title);
  const where = destination(data);
  const gov = governmentShortName(data);
  const region = regionOfGovLine(p.govLine);
  const lead = leadOf(members);

  const body = (text: string, opts: { after?: number } = {}) =>
    new Paragraph({
      alignment: AlignmentType.JUSTIFIED,
      spacing: { after: opts.after ?? 160 },
      children: [new TextRun(scrub(text))],
    });

  // Who, when, where: the reception is the news; else the first item at the destination.
  const firstAt = (pred: (a: AgendaItem) => boolean) => data.agenda.find(pred);
  const event = firstAt((a) => a.kind === 'penyambutan') ?? firstAt((a) => a.kind !== 'perjalanan');
  const eventDate = event ? localDateOf(event.startAt, event.startZone) : trip.startDate;
  const venue = event ? clean(event.venueName) || clean(event.venueText) : '';
  const receiver = hostPeople.find((h) => h.hostRole === 'penerima') ?? hostPeople[0];

  const who = lead ? [clean(lead.person.jabatan), plainName(lead.person)].filter(Boolean).join(', ') : '';
  const leadSentence1 = `${who ? `${who}, memimpin rombongan` : 'Rombongan'}${gov ? ` ${gov}` : ''} dalam ${activity}${where ? ` ke ${where}` : ''}${eventDate ? `, ${pressDay(eventDate)}` : ''}.`;
  const receivedBy = receiver ? [clean(receiver.person.jabatan), plainName(receiver.person)].filter(Boolean).join(', ') : '';
  const leadSentence2 =
    receivedBy || venue
      ? `Rombongan diterima${receivedBy ? ` ${receivedBy},` : ''}${venue ? ` di ${venue}` : ''}${event ? ` pukul ${formatTime(event.startAt, event.startZone)}` : ''}.`
      : '';
  const leadText = [leadSentence1, leadSentence2].filter((s) => s).reduce((acc, s) => (acc && wordCount(`${acc} ${s}`) > LEAD_MAX_WORDS ? acc : clean(`${acc} ${s}`)), '');

  const released = isRealIsoDate(eventDate) ? formatDay(eventDate) : '';
  const children: Paragraph[] = [
    new Paragraph({ spacing: { before: 60, after: 120 }, children: [new TextRun({ text: 'UNTUK DISIARKAN SEGERA', bold: true, size: 20 })] }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 120, after: released ? 0 : 240 },
      children: [new TextRun({ text: 'SIARAN PERS', bold: true, size: 28, underline: {} })],
    }),
    // The release date: the day of the event it reports.
    ...(released ? [new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [new TextRun(released)] })] : []),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 360 },
      children: [ctx.orGap(scrub(texts.headline), 'noPressHeadline', 'Judul siaran pers', { bold: true, size: 28 })],
    }),
    new Paragraph({
      alignment: AlignmentType.JUSTIFIED,
      spacing: { after: 160 },
      children: [
        ctx.orGap(p.placeOfIssue, 'noPlaceOfIssue', 'Tempat', { bold: true }),
        new TextRun({ text: ` (Humas${region ? ` ${region}` : gov ? ` ${gov.replace(/^Pem(kab|kot|prov)\s+/, '')}` : ''}) – `, bold: true }),
        new TextRun(scrub(leadText)),
      ],
    }),
  ];

  const officials = officialsOf(members).length;
  const journalists = journalistsOf(members).length;
  const purpose = noEndStop(trip.purpose);
  const second = [
    purpose ? `${upperFirst(activity)} ini bertujuan ${lowerFirst(purpose)}.` : '',
    officials + journalists > 0
      ? `Rombongan terdiri atas ${officials} pejabat dan aparatur${gov ? ` ${gov}` : ''}${journalists ? ` serta ${journalists} jurnalis` : ''}.`
      : '',
  ]
    .filter(Boolean)
    .join(' ');
  if (second) children.push(body(second));

  // The learnings: host practice and figures, and what was said about them (recorded Kutipan only).
  const shown = data.learnings.slice(0, 3);
  const quoting = { last: null as string | null, named: new Set<string>(lead ? [lead.personId] : []), n: 0 };
  const quoted = new Set<string>();
  const quotesOf = (pred: (q: Quote) => boolean) =>
    data.quotes.filter((q) => !quoted.has(q.id) && clean(q.words) && pred(q)).map((q) => {
      quoted.add(q.id);
      return body(quoteText(q, quoting));
    });
  shown.forEach((l: Learning, i) => {
    const topic = noEndStop(l.topic);
    const intro = i === 0 ? `Dalam kunjungan tersebut, rombongan mempelajari ${lowerFirst(topic)}.` : `Rombongan juga mempelajari ${lowerFirst(topic)}.`;
    const practice = sentence(l.hostPractice);
    const figures = l.figures.filter((f) => clean(f.label) && clean(f.value)).slice(0, 4);
    const figureSentence = figures.length ? `Sejumlah capaian yang dipaparkan antara lain ${joinAnd(figures.map((f) => figureText(f.label, f.value)))}.` : '';
    children.push(body([intro, practice, figureSentence].filter(Boolean).join(' ')));
    children.push(...quotesOf((q) => q.learningId === l.id));
    const recommendation = noEndStop(l.recommendation);
    if (recommendation) children.push(body(`Langkah yang direkomendasikan rombongan adalah ${lowerFirst(recommendation)}.`));
  });
  // What was said elsewhere (at an agenda item, or about no learning shown), in the order it was recorded.
  children.push(...quotesOf(() => true));
  const more = data.learnings.slice(3).map((l) => lowerFirst(noEndStop(l.topic))).filter(Boolean);
  if (more.length) {
    const listed = more.slice(0, 5);
    children.push(body(`Selain itu, rombongan juga mempelajari ${joinAnd(listed)}${more.length > listed.length ? `, serta ${more.length - listed.length} topik lainnya` : ''}.`));
  }
  if (data.learnings.length === 0) {
    children.push(new Paragraph({ spacing: { after: 160 }, children: [ctx.gap('noLearnings', 'Hasil pembelajaran (isi di menu Pembelajaran)')] }));
  }

  // Closing: the follow-up, and how the visit ended.
  const actions = data.learnings
    .flatMap((l) => l.followups.map((f) => ({ action: noEndStop(f.action), unit: clean(f.ownerUnit) })))
    .filter((a) => a.action)
    .slice(0, 3);
  const last = [...data.agenda].reverse().find((a) => a.kind !== 'perjalanan');
  const when = tanggalRange(trip.startDate, trip.endDate);
  const closing = [
    actions.length
      ? `Hasil ${activity} ini akan ditindaklanjuti, antara lain dengan ${joinAnd(actions.map((a) => `${lowerFirst(a.action)}${a.unit ? ` oleh ${a.unit}` : ''}`))}.`
      : `Hasil ${activity} ini akan dilaporkan kepada pimpinan sebagai bahan penyusunan kebijakan daerah.`,
    when ? `Kegiatan berlangsung pada ${when}${last ? ` dan diakhiri dengan ${lowerFirst(noEndStop(last.title))}` : ''}.` : '',
  ]
    .filter(Boolean)
    .join(' ');
  children.push(body(closing, { after: 240 }));

  children.push(new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [new TextRun('***')] }));
  const contact = texts.contact;
  children.push(
    new Paragraph({
      indent: { left: 0 },
      border: { top: { style: 'single', size: 4, color: '000000', space: 4 } },
      spacing: { before: 120 },
      children: [ctx.orGap(scrub(contact), 'noOfficeContact', 'Narahubung (kontak kantor)', { size: 20 })],
    }),
  );

  return {
    doc: document(ctx, `Siaran Pers — ${trip.title}`.slice(0, 250), [section(ctx, { kop: true, pageNumbers: true, children })]),
    gaps: ctx.gaps,
    gapCodes: ctx.gapCodes,
  };
}
