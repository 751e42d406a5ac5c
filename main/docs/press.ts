/**
 * Siaran Pers draft: kop; "UNTUK DISIARKAN SEGERA"; "SIARAN PERS", its
 * number from the Perangkat Daerah's register when it has one, and the
 * release date; a headline in title case; dateline "Singaraja (Humas
 * Buleleng) –" and a lead of at most ~45 words (who, what, where, when);
 * the host's practice and figures from the learnings (as many as one page
 * holds); quotations only from the Kutipan the user recorded (a government
 * release must be true: no sentence is put in anyone's mouth, and no other
 * text keeps quotation marks); the follow-up; a named narahubung reached
 * through the office. No NIP and no personal phone number ever appears:
 * every text is scrubbed of the members' and hosts' NIPs and phone numbers,
 * of anything shaped like a NIP, and of every e-mail address but the
 * institutions' own.
 */
import { AlignmentType, Paragraph, TextRun } from 'docx';
import type { AgendaItem } from '../../shared/agenda/schemas';
import { RECEIVER_ROLE, WELCOME_KIND, isTravelKind } from '../../shared/vocabulary';
import type { Learning } from '../../shared/learnings/schemas';
import type { Quote } from '../../shared/quotes/schemas';
import { isRealIsoDate } from '../../shared/dates';
import { formatDay, formatTime, localDateOf } from '../../shared/zones';
import { PAPER_MM } from '../../shared/documents/schemas';
import { DocContext, document, fitBox, mmToPx, section } from './common';
import { pressTexts } from './conditions';
import { activityName, destination, governmentShortName, headlineCase, tanggalRange } from './drafts';
import { clean, isBlank, joinAnd, journalistsOf, leadOf, noEndStop, officialsOf } from './format';
import type { BuiltDocument } from './index';
import type { DocData } from './model';
import { lowerFirst, plainName, regionOfGovLine } from './parts';

const upperFirst = (s: string): string => (s ? s[0]!.toUpperCase() + s.slice(1) : s);
const sentence = (s: string): string => {
  const t = clean(s);
  return t && !/[.!?"”]$/.test(t) ? `${t}.` : t;
};
export const wordCount = (s: string): number => clean(s).split(' ').filter(Boolean).length;

const LETTER = /[\p{L}\d]/u;
/**
 * Quotation marks the release did not set itself: only a recorded Kutipan is
 * quoted, so "…" and ‘…’ in other texts (a learning, a title, a venue) go;
 * an apostrophe inside a word (O'Neil, Jum'at) stays.
 */
export function unquote(s: string): string {
  return s
    .replace(/["“”„‟«»]/g, '')
    .replace(/['‘’‛`]/g, (m: string, at: number, all: string) => (LETTER.test(all.charAt(at - 1)) && LETTER.test(all.charAt(at + 1)) ? m : ''));
}

/** The lead should stay within about this many words (siaran pers convention). */
export const LEAD_MAX_WORDS = 45;
/**
 * Type as LibreOffice sets it (measured on the seed trip's release, F4 and
 * A4): millimetres a line takes per point of type, characters a millimetre
 * holds at 12 pt, and the share of that bold holds (Bookman's bold is wide).
 */
const FONT_METRICS = {
  Arial: { lineMmPerPt: 0.446, charsPerMm12: 0.52, bold: 0.92 },
  'Bookman Old Style': { lineMmPerPt: 0.453, charsPerMm12: 0.45, bold: 0.7 },
} as const;
const twipsMm = (twips: number): number => twips / 56.7;
/** Between the kop's rule and the first line of the body (LibreOffice's header spacing), measured. */
const KOP_TO_BODY_MM = 5;

export interface ReleaseLayout {
  /** Height of the body below the kop, in mm. */
  available: number;
  /** Height of a paragraph: its lines at `pt` across the text width, and its spacing (twips). */
  height(text: string, opts?: { pt?: number; bold?: boolean; before?: number; after?: number }): number;
}

/**
 * An estimate of the release's first page: the room below the kop and how
 * much a paragraph takes. A learning after the first that would not fit is
 * named in the "Selain itu" line instead, so the release of a normal trip
 * stays on one page.
 */
export function releaseLayout(ctx: DocContext): ReleaseLayout {
  const p = ctx.profile;
  const f = FONT_METRICS[p.font];
  const perLine = (widthMm: number, pt: number, bold: boolean) => Math.max(10, Math.floor(((widthMm * f.charsPerMm12 * 12) / pt) * (bold ? f.bold : 1)));
  const height: ReleaseLayout['height'] = (text, opts = {}) => {
    const pt = opts.pt ?? 12;
    const t = clean(text);
    const lines = t ? Math.ceil(t.length / perLine(ctx.textWidthMm, pt, opts.bold ?? false)) : 0;
    return lines * pt * f.lineMmPerPt + twipsMm((opts.before ?? 0) + (opts.after ?? 0));
  };
  // The kop: emblem beside the government line (14 pt), the office (16 pt) and the contact lines (9 pt), then the rule.
  const { kop, emblem } = ctx.issuer;
  const column = Math.max(40, ctx.textWidthMm - 2 * 28);
  const kopText = (text: string, pt: number, bold: boolean) => (clean(text) ? Math.ceil(clean(text).length / perLine(column, pt, bold)) * pt * f.lineMmPerPt : 0);
  const textMm = kopText(kop.govLine, 14, true) + kopText(kop.officeName, 16, true) + kop.contacts.reduce((n, c) => n + kopText(c, 9, false), 0);
  const emblemMm = emblem ? (fitBox(emblem.width, emblem.height, mmToPx(24), mmToPx(30)).height / 96) * 25.4 : 0;
  const kopBottom = 10 + Math.max(textMm, emblemMm) + twipsMm(120) + 1 + KOP_TO_BODY_MM;
  const paper = PAPER_MM[p.paper];
  return { available: paper.height - p.marginBottom - Math.max(p.marginTop, kopBottom), height };
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const SEP = '[\\s.\\-()/]*';

/** An e-mail address in running text (a trailing full stop is the sentence's, not the address's). */
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;

/**
 * Removes every e-mail address but the institutions' own (`keepEmails`: the
 * office a journalist may write to), the given NIPs and phone numbers
 * (however they are spaced or dashed), and any NIP-shaped number. E-mail
 * addresses go first: one may hold a NIP or a phone number.
 */
export function makeScrubber(nips: string[], phones: string[], keepEmails: string[] = []): (text: string) => string {
  const keep = new Set(keepEmails.map((e) => e.trim().toLowerCase()).filter(Boolean));
  const emails = (text: string) => text.replace(EMAIL, (m) => (keep.has(m.toLowerCase()) ? m : '[dihapus]'));
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
  return (text: string) => patterns.reduce((t, re) => t.replace(re, '[dihapus]'), emails(text));
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
  // The institutions' own addresses stay (the narahubung may be reached through the office's); a person's never prints.
  const institutional = [
    p.email,
    data.detail.originInstitution?.email ?? '',
    ...data.detail.hosts.map((h) => h.institution.email),
    ...Object.values(data.issuers).flatMap((i) => i.kop.contacts.flatMap((c) => c.match(EMAIL) ?? [])),
  ];
  const scrub = makeScrubber(
    [...members.map((m) => m.person.nip), ...hostPeople.map((h) => h.person.nip), ...signers],
    [...members.map((m) => m.person.phone), ...hostPeople.map((h) => h.person.phone)],
    institutional,
  );
  const texts = pressTexts(data);
  const activity = activityName(trip.title);
  const where = destination(data);
  const gov = governmentShortName(data);
  const region = regionOfGovLine(p.govLine);
  const lead = leadOf(members);

  /** A paragraph of the release; only a Kutipan's paragraph (`quote`) keeps quotation marks. */
  const body = (text: string, opts: { after?: number; quote?: boolean; keepNext?: boolean } = {}) =>
    new Paragraph({
      alignment: AlignmentType.JUSTIFIED,
      keepNext: opts.keepNext,
      spacing: { after: opts.after ?? 140 },
      children: [new TextRun(scrub(opts.quote ? text : unquote(text)))],
    });

  // Who, when, where: the reception is the news; else the first item at the destination.
  const firstAt = (pred: (a: AgendaItem) => boolean) => data.agenda.find(pred);
  const event = firstAt((a) => a.kind === WELCOME_KIND) ?? firstAt((a) => !isTravelKind(a.kind));
  const eventDate = event ? localDateOf(event.startAt, event.startZone) : trip.startDate;
  const venue = event ? clean(event.venueName) || clean(event.venueText) : '';
  const receiver = hostPeople.find((h) => h.hostRole === RECEIVER_ROLE) ?? hostPeople[0];

  const who = lead ? [clean(lead.person.jabatan), plainName(lead.person)].filter(Boolean).join(', ') : '';
  const leadSentence1 = `${who ? `${who}, memimpin rombongan` : 'Rombongan'}${gov ? ` ${gov}` : ''} dalam ${activity}${where ? ` ke ${where}` : ''}${eventDate ? `, ${pressDay(eventDate)}` : ''}.`;
  const receivedBy = receiver ? [clean(receiver.person.jabatan), plainName(receiver.person)].filter(Boolean).join(', ') : '';
  const leadSentence2 =
    receivedBy || venue
      ? `Rombongan diterima${receivedBy ? ` ${receivedBy},` : ''}${venue ? ` di ${venue}` : ''}${event ? ` pukul ${formatTime(event.startAt, event.startZone)}` : ''}.`
      : '';
  const leadText = [leadSentence1, leadSentence2].filter((s) => s).reduce((acc, s) => (acc && wordCount(`${acc} ${s}`) > LEAD_MAX_WORDS ? acc : clean(`${acc} ${s}`)), '');

  // The release number from the Perangkat Daerah's register, when it was given one; its date is then the release's.
  const numbered = data.numbers.press && !isBlank(data.numbers.press.number) ? data.numbers.press : undefined;
  const releasedOn = numbered && isRealIsoDate(numbered.issuedOn) ? numbered.issuedOn : eventDate;
  const released = isRealIsoDate(releasedOn) ? formatDay(releasedOn) : '';
  const centred = (text: string, after: number) => new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after }, children: [new TextRun(text)] });
  // The user's own headline as typed (title case applied); the draft is ours and carries no quotation mark.
  const headline = headlineCase(clean(data.text.pressHeadline) ? texts.headline : unquote(texts.headline));
  const children: Paragraph[] = [
    new Paragraph({ spacing: { after: 120 }, children: [new TextRun({ text: 'UNTUK DISIARKAN SEGERA', bold: true, size: 20 })] }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 60, after: numbered || released ? 0 : 200 },
      children: [new TextRun({ text: 'SIARAN PERS', bold: true, size: 28, underline: {} })],
    }),
    ...(numbered ? [centred(`Nomor: ${clean(numbered.number)}`, released ? 0 : 200)] : []),
    // The release date: its number's date, else the day of the event it reports.
    ...(released ? [centred(released, 200)] : []),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 280 },
      children: [ctx.orGap(scrub(headline), 'noPressHeadline', 'Judul siaran pers', { bold: true, size: 28 })],
    }),
    new Paragraph({
      alignment: AlignmentType.JUSTIFIED,
      spacing: { after: 160 },
      children: [
        ctx.orGap(p.placeOfIssue, 'noPlaceOfIssue', 'Tempat', { bold: true }),
        new TextRun({ text: ` (Humas${region ? ` ${region}` : gov ? ` ${gov.replace(/^Pem(kab|kot|prov)\s+/, '')}` : ''}) – `, bold: true }),
        new TextRun(scrub(unquote(leadText))),
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

  // Closing: the follow-up (each action once), and how the visit ended.
  const all = data.learnings.flatMap((l) => l.followups.map((f) => ({ action: noEndStop(f.action), unit: clean(f.ownerUnit) }))).filter((a) => a.action);
  const key = (a: { action: string; unit: string }) => `${a.action.toLowerCase()}|${a.unit}`;
  const actions = all.filter((a, i) => all.findIndex((b) => key(b) === key(a)) === i).slice(0, 3);
  const last = [...data.agenda].reverse().find((a) => !isTravelKind(a.kind));
  const when = tanggalRange(trip.startDate, trip.endDate);
  const closing = [
    actions.length
      ? `Hasil ${activity} ini akan ditindaklanjuti, antara lain dengan ${joinAnd(actions.map((a) => `${lowerFirst(a.action)}${a.unit ? ` oleh ${a.unit}` : ''}`))}.`
      : `Hasil ${activity} ini akan dilaporkan kepada pimpinan sebagai bahan penyusunan kebijakan daerah.`,
    when ? `Kegiatan berlangsung pada ${when}${last ? ` dan diakhiri dengan ${lowerFirst(noEndStop(last.title))}` : ''}.` : '',
  ]
    .filter(Boolean)
    .join(' ');

  // The learnings: host practice and figures, and what was said about them (recorded Kutipan only).
  const paragraphOf = (l: Learning, i: number) => {
    const topic = noEndStop(l.topic);
    const intro = i === 0 ? `Dalam kunjungan tersebut, rombongan mempelajari ${lowerFirst(topic)}.` : `Rombongan juga mempelajari ${lowerFirst(topic)}.`;
    const practice = sentence(l.hostPractice);
    const figures = l.figures.filter((f) => clean(f.label) && clean(f.value)).slice(0, 4);
    const figureSentence = figures.length ? `Sejumlah capaian yang dipaparkan antara lain ${joinAnd(figures.map((f) => figureText(f.label, f.value)))}.` : '';
    const recommendation = noEndStop(l.recommendation);
    return { text: [intro, practice, figureSentence].filter(Boolean).join(' '), recommendation: recommendation ? `Langkah yang direkomendasikan rombongan adalah ${lowerFirst(recommendation)}.` : '' };
  };
  // As many learnings (at most three) as the page holds below everything that always prints; the first always.
  const page = releaseLayout(ctx);
  const para = (text: string, after = 140) => page.height(text, { after });
  const titleMm =
    page.height('UNTUK DISIARKAN SEGERA', { pt: 10, after: 120 }) +
    page.height('SIARAN PERS', { pt: 14, before: 60 }) +
    (numbered ? page.height(`Nomor: ${numbered.number}`) : 0) +
    (released ? page.height(released, { after: 200 }) : twipsMm(200)) +
    page.height(headline || 'Judul siaran pers', { pt: 14, bold: true, after: 280 });
  const quotesMm = data.quotes.reduce((n, q) => n + para(`"${q.words}," ujar ${q.speakerJabatan}, ${q.speakerName}.`), 0);
  const endMm = para(closing, 240) + page.height('***', { after: 240 }) + page.height(texts.contact || 'Narahubung', { pt: 10, before: 120 }) + 1.5;
  // The "Selain itu" line, when learnings are left for it.
  const restMm = (from: number) => para(`Selain itu, rombongan juga mempelajari ${data.learnings.slice(from, from + 5).map((l) => noEndStop(l.topic)).join(', ')}, serta 10 topik lainnya.`);
  let used = titleMm + page.height(`${p.placeOfIssue} (Humas ${region}) – ${leadText}`, { after: 160 }) + para(second) + quotesMm + endMm;
  const shown: Learning[] = [];
  for (const [i, l] of data.learnings.slice(0, 3).entries()) {
    const block = paragraphOf(l, i);
    const mmOf = para(block.text) + (block.recommendation ? para(block.recommendation) : 0);
    // Shown, with the line for those after it (if any), it must still fit; the one before checked room for that line.
    const after = i < data.learnings.length - 1 ? restMm(i + 1) : 0;
    if (i > 0 && used + mmOf + after > page.available) break;
    used += mmOf;
    shown.push(l);
  }
  const quoting = { last: null as string | null, named: new Set<string>(lead ? [lead.personId] : []), n: 0 };
  const quoted = new Set<string>();
  const quotesOf = (pred: (q: Quote) => boolean) =>
    data.quotes.filter((q) => !quoted.has(q.id) && clean(q.words) && pred(q)).map((q) => {
      quoted.add(q.id);
      return body(quoteText(q, quoting), { quote: true });
    });
  shown.forEach((l: Learning, i) => {
    const block = paragraphOf(l, i);
    children.push(body(block.text));
    children.push(...quotesOf((q) => q.learningId === l.id));
    if (block.recommendation) children.push(body(block.recommendation));
  });
  // What was said elsewhere (at an agenda item, or about no learning shown), in the order it was recorded.
  children.push(...quotesOf(() => true));
  const more = data.learnings.slice(shown.length).map((l) => lowerFirst(noEndStop(l.topic))).filter(Boolean);
  if (more.length) {
    const listed = more.slice(0, 5);
    children.push(body(`Selain itu, rombongan juga mempelajari ${joinAnd(listed)}${more.length > listed.length ? `, serta ${more.length - listed.length} topik lainnya` : ''}.`));
  }
  if (data.learnings.length === 0) {
    children.push(new Paragraph({ spacing: { after: 160 }, children: [ctx.gap('noLearnings', 'Hasil pembelajaran (isi di menu Pembelajaran)')] }));
  }

  // The closing paragraph, the end mark and the narahubung stay on one page: the contact never stands alone.
  children.push(body(closing, { after: 240, keepNext: true }));

  children.push(new Paragraph({ alignment: AlignmentType.CENTER, keepNext: true, spacing: { after: 240 }, children: [new TextRun('***')] }));
  const contact = texts.contact;
  children.push(
    new Paragraph({
      keepLines: true,
      indent: { left: 0 },
      border: { top: { style: 'single', size: 4, color: '000000', space: 4 } },
      spacing: { before: 120 },
      children: [ctx.orGap(scrub(contact), 'noOfficeContact', 'Narahubung (kontak kantor)', { size: 20 })],
    }),
  );

  return {
    // Numbered from the second page: the release of a normal trip is one page and carries none.
    doc: document(ctx, `Siaran Pers — ${trip.title}`.slice(0, 250), [section(ctx, { kop: true, pageNumbers: 'fromSecond', children })]),
    gaps: ctx.gaps,
    gapCodes: ctx.gapCodes,
  };
}
