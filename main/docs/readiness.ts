import { isRealIsoDate } from '../../shared/dates';
import type { Member } from '../../shared/delegation/schemas';
import { LEAD_ROLE, RECEIVER_ROLE, SECRETARY_ROLE } from '../../shared/vocabulary';
import { DOC_KINDS, NUMBERED_KINDS, type DocKind, type NumberedKind, type Readiness, type ReadinessGap } from '../../shared/documents/schemas';
import { SIGNED_KINDS, type SignedKind } from '../../shared/documents/issuers';
import { orderedBy } from '../../shared/documents/signing';
import {
  agendaPlace,
  approverMissing,
  attendeesOf,
  clippingIncomplete,
  followupIncomplete,
  hostNames,
  learningIncomplete,
  letterTopics,
  noLead,
  numberMissing,
  obstaclesMissing,
  officeContact,
  photoType,
  pressTexts,
  reportTexts,
  sptTaskLines,
  textLines,
  tripDatesValid,
  venueNames,
} from './conditions';
import { cleanText, isBlank, journalistsOf, leadOf, nameOf } from './format';
import type { DocData, DocIssuer } from './model';
import { jabatanMissing, nameMissing, nipInvalid, nipMissing, rankMissing } from './parts';
import { attendanceItems, attendanceNipShown, attendancePlace } from './attendance';
import { moneyReadiness } from './spj/readiness';

/*
 * What is missing before the documents are exported, each gap with the
 * documents it shows in and where it is fixed. Export is still allowed: the
 * documents mark these places visibly. 'missing' leaves a marked gap in a
 * document; 'advice' means the document is complete but weaker (drafts are
 * used, no photos, …). Pure: a function of the gathered data.
 *
 * A 'missing' gap is listed for exactly the documents that print its marker
 * (ctx.gap(code, …) in the builders), under the same conditions: both use the
 * predicates in conditions.ts and parts.ts. So "Siap diekspor" (no 'missing'
 * gap) holds exactly when no document will print a marker;
 * tests/unit/doc-readiness-property.test.ts checks it on random trips.
 */

/** Gap codes (i18n keys under documents.gaps), in the order they are listed. */
export const GAP_CODES = [
  // The office (Pengaturan).
  'noKop',
  'noGaruda',
  'noPlaceOfIssue',
  'noOfficeContact',
  'noSignerName',
  'noSignDate',
  // Who signs: the hierarchy (warnings: the documents print, but should not be signed so).
  'signerOutranked',
  'acknowledgeSubordinate',
  'anWithoutHead',
  // Numbers and dates of issue.
  'noSptNumber',
  'noNonAsnNumber',
  'noLetterNumber',
  'noReportNumber',
  'numberClash',
  'numberDateOutside',
  // The delegation.
  'noMembers',
  'noNonAsnMembers',
  'noLead',
  'leadNotChosen',
  'membersWithoutName',
  'membersWithoutNip',
  'membersInvalidNip',
  'membersWithoutRank',
  'membersWithoutJabatan',
  'journalistsWithoutMedia',
  // The hosts.
  'noHostInstitution',
  'noHostReceiver',
  'noVenue',
  'noHostRegion',
  // The agenda.
  'noAgenda',
  'agendaWithoutTitle',
  'agendaWithoutPlace',
  'agendaWithoutPeople',
  // Learnings and follow-ups.
  'noLearnings',
  'learningsIncomplete',
  'followupsIncomplete',
  'learningsWithoutFollowups',
  // Photos and clippings.
  'photosUnreadable',
  'photosWithoutCaption',
  'clippingsIncomplete',
  'noPhotos',
  'noQuotes',
  // The trip's details and the documents' own texts.
  'noTripTitle',
  'noTripDates',
  'noLegalBasis',
  'noPurposeObjectives',
  'noScope',
  'noSptTasks',
  'noPressHeadline',
  'noReportText',
  'noObstacles',
  'noApprover',
  'noBackground',
  'noPurpose',
] as const;
export type GapCode = (typeof GAP_CODES)[number];

/** At most this many names in a gap's `names` parameter; the count says the rest. */
const MAX_NAMES = 5;

function names(list: string[]): string {
  const shown = list.slice(0, MAX_NAMES).join(', ');
  return list.length > MAX_NAMES ? `${shown}, +${list.length - MAX_NAMES}` : shown;
}

/** An item in a gap's names: its own words, else its number in the list ("#3"). */
const label = (s: string, i: number): string => cleanText(s) || `#${i + 1}`;

/** The documents that print the kop (section(ctx, { kop: true })). */
const KOP_KINDS: DocKind[] = ['report', 'spt', 'spt_non_asn', 'letter', 'press'];

/** `kinds` when the condition holds, else none. */
const when = (cond: boolean, ...kinds: DocKind[]): DocKind[] => (cond ? kinds : []);

/**
 * Documents the trip does not need: the non-ASN Surat Tugas when no
 * journalist or other non-ASN travels, the SPT when only non-ASN do. Their
 * gaps are not listed (the export dialog leaves them unticked).
 */
export function notNeededKinds(data: DocData): DocKind[] {
  const members = data.detail.members;
  return [...when(members.length > 0 && orderedBy('spt', members).length === 0, 'spt'), ...when(orderedBy('spt_non_asn', members).length === 0, 'spt_non_asn')];
}

export function readiness(data: DocData): Readiness {
  const gaps: ReadinessGap[] = [];
  const notNeeded = notNeededKinds(data);
  /** A gap for the documents named (none: no gap), in the export dialog's order. */
  const add = (code: GapCode, kinds: DocKind[], fix: ReadinessGap['fix'], severity: ReadinessGap['severity'] = 'missing', params?: ReadinessGap['params']) => {
    const shown = DOC_KINDS.filter((k) => kinds.includes(k) && !notNeeded.includes(k));
    if (shown.length === 0) return;
    gaps.push(params ? { code, kinds: shown, fix, severity, params } : { code, kinds: shown, fix, severity });
  };
  /** A gap naming the items of a list it concerns (by `name`, or only counted). */
  const listGap = <T,>(code: GapCode, kinds: DocKind[], fix: ReadinessGap['fix'], items: readonly T[], pred: (t: T) => boolean, name?: (t: T) => string) => {
    const hit: string[] = [];
    items.forEach((t, i) => {
      if (pred(t)) hit.push(name ? label(name(t), i) : '');
    });
    if (hit.length) add(code, kinds, fix, 'missing', name ? { count: hit.length, names: names(hit) } : { count: hit.length });
  };
  const { detail } = data;
  const { trip, members } = detail;

  // The office: each document's issuer (kop, place), contact, signers and dates.
  const kopOf = (k: DocKind) => issuerOf(data, k);
  add('noKop', KOP_KINDS.filter((k) => kopMissing(kopOf(k))), 'profile');
  add('noGaruda', KOP_KINDS.filter((k) => garudaMissing(kopOf(k))), 'profile');
  add('noPlaceOfIssue', [...SIGNED_KINDS.filter((k) => isBlank(data.signing[k].issuer.kop.placeOfIssue)), ...when(isBlank(data.office.placeOfIssue), 'press')], 'profile');
  add('noOfficeContact', [...when(officeContact(data.office).length === 0, 'letter'), ...when(isBlank(pressTexts(data).contact), 'press')], 'profile');
  add('noSignerName', SIGNED_KINDS.filter((k) => signerNameMissing(data, k)), 'documents');
  add('noSignDate', SIGNED_KINDS.filter((k) => data.signing[k].date === ''), 'documents');
  for (const code of ['signerOutranked', 'acknowledgeSubordinate', 'anWithoutHead'] as const) {
    const kinds = SIGNED_KINDS.filter((k) => data.signing[k].warnings.some((w) => w.code === code));
    const first = kinds.length ? data.signing[kinds[0] as SignedKind].warnings.find((w) => w.code === code) : undefined;
    const params: Record<string, string | number> = {};
    if (first && 'names' in first) Object.assign(params, { names: first.names, count: first.count });
    if (first && 'name' in first) Object.assign(params, { name: first.name });
    add(code, kinds, 'documents', 'warning', Object.keys(params).length ? params : undefined);
  }

  // Numbers and their dates of issue (the date fits the trip: SPT and letter before departure, report after return).
  const { spt, spt_non_asn: nonAsnNumber, letter, report } = data.numbers;
  add('noSptNumber', when(numberMissing(spt), 'spt', 'report'), 'documents');
  add('noNonAsnNumber', when(numberMissing(nonAsnNumber), 'spt_non_asn'), 'documents');
  add('noLetterNumber', when(numberMissing(letter), 'letter'), 'documents');
  add('noReportNumber', when(!report, 'report'), 'documents', 'advice');
  // The SPPD's number is the money documents' (spj/readiness.ts).
  const lettered = NUMBERED_KINDS.filter((k): k is Exclude<NumberedKind, 'sppd'> => k !== 'sppd');
  const clashes = lettered.filter((k) => data.numbers[k]?.clash);
  if (clashes.length) add('numberClash', clashes, 'documents', 'warning', { number: data.numbers[clashes[0] as NumberedKind]?.number ?? '' });
  const outside = lettered.filter((k) => dateOutside(k, data.numbers[k]?.issuedOn ?? '', trip.startDate, trip.endDate) !== null);
  if (outside.length) {
    const k = outside[0] as NumberedKind;
    add('numberDateOutside', outside, 'documents', 'warning', { date: data.numbers[k]?.issuedOn ?? '', rule: dateOutside(k, data.numbers[k]?.issuedOn ?? '', trip.startDate, trip.endDate) ?? '' });
  }

  // The delegation.
  // The SPT orders the ASN and elected officials, the non-ASN letter assigns the others (orderedBy, as spt.ts lists them).
  const sptPeople = orderedBy('spt', members);
  const nonAsnPeople = orderedBy('spt_non_asn', members);
  add('noMembers', [...when(members.length === 0, 'report', 'letter', 'attendance'), ...when(sptPeople.length === 0, 'spt')], 'delegation');
  add('noNonAsnMembers', when(nonAsnPeople.length === 0, 'spt_non_asn'), 'delegation');
  // The attendance list is closed by the Sekretaris Rombongan, else the lead.
  add('noLead', when(noLead(members), 'report', 'letter', 'attendance'), 'delegation');
  const lead = leadOf(members);
  // The documents name the first official as the lead: complete, but perhaps not who leads.
  if (lead && !members.some((m) => m.role === LEAD_ROLE))
    add('leadNotChosen', ['report', 'letter', 'press', ...when(!members.some((m) => m.role === SECRETARY_ROLE), 'attendance')], 'delegation', 'advice', { names: label(nameOf(lead), members.indexOf(lead)) });
  /** A gap about members: for the documents whose list holds one it concerns, naming those. */
  const memberGap = (code: GapCode, lists: Array<[DocKind, readonly Member[]]>, pred: (m: Member) => boolean, named = true) => {
    const kinds = lists.filter(([, list]) => list.some(pred)).map(([k]) => k);
    const hit = members.filter((m) => pred(m) && lists.some(([, list]) => list.includes(m)));
    const params: ReadinessGap['params'] = named ? { count: hit.length, names: names(hit.map((m) => label(nameOf(m), members.indexOf(m)))) } : { count: hit.length };
    if (kinds.length) add(code, kinds, 'delegation', 'missing', params);
  };
  memberGap('membersWithoutName', [['report', members], ['spt', sptPeople], ['spt_non_asn', nonAsnPeople], ['letter', members], ['attendance', members]], nameMissing, false);
  memberGap('membersWithoutNip', [['report', members], ['spt', sptPeople], ['attendance', members]], nipMissing);
  memberGap('membersInvalidNip', [['report', members], ['spt', sptPeople], ['attendance', members.filter(attendanceNipShown)]], nipInvalid);
  memberGap('membersWithoutRank', [['report', members], ['spt', sptPeople]], rankMissing);
  memberGap('membersWithoutJabatan', [['report', members], ['spt', sptPeople], ['letter', members], ['attendance', members]], jabatanMissing);
  memberGap('journalistsWithoutMedia', [['report', journalistsOf(members)], ['spt_non_asn', nonAsnPeople]], (m) => isBlank(m.person.institutionName));

  // The hosts. The attendance list names the host region when there is no institution.
  const noHost = hostNames(data).length === 0;
  add('noHostInstitution', [...when(noHost, 'report', 'letter'), ...when(noHost && isBlank(data.hostRegionNames[0]) && venueNames(data).length === 0, 'attendance')], 'hosts');
  add('noHostReceiver', when(!detail.hostPeople.some((p) => p.hostRole === RECEIVER_ROLE), 'report'), 'hosts');
  add('noVenue', when(venueNames(data).length === 0, 'report'), 'hosts');
  // The attendance list closes "<the host town>, <date>".
  add('noHostRegion', when(attendancePlace(data) === '', 'attendance'), 'trip');

  // The agenda.
  add('noAgenda', when(data.agenda.length === 0, 'report', 'rundown'), 'agenda');
  const byId = new Map(members.map((m) => [m.id, m]));
  const title = (it: DocData['agenda'][number]) => it.title;
  // A sheet per session is titled with its item.
  const untitledSession = data.text.attendanceSplit === 'session' && attendanceItems(data).some((it) => isBlank(it.title));
  listGap('agendaWithoutTitle', ['report', 'rundown', ...when(untitledSession, 'attendance')], 'agenda', data.agenda, (it) => isBlank(it.title));
  listGap('agendaWithoutPlace', ['rundown'], 'agenda', data.agenda, (it) => isBlank(agendaPlace(it)), title);
  listGap('agendaWithoutPeople', ['rundown'], 'agenda', data.agenda, (it) => attendeesOf(it, byId).length === 0, title);

  // What was learnt and what follows.
  if (data.learnings.length === 0) {
    add('noLearnings', ['report', 'press'], 'learnings');
  } else {
    listGap('learningsIncomplete', ['report'], 'learnings', data.learnings, learningIncomplete, (l) => l.topic);
    const followups = data.learnings.flatMap((l) => l.followups.map((f) => ({ l, f })));
    listGap('followupsIncomplete', ['report'], 'learnings', followups, ({ l, f }) => followupIncomplete(l, f), ({ f }) => f.action);
    const bare = data.learnings.filter((l) => l.followups.length === 0).map((l) => l.topic.trim());
    if (bare.length) add('learningsWithoutFollowups', ['report'], 'learnings', 'advice', { count: bare.length, names: names(bare) });
  }

  // Photos and clippings. Readiness reads photos without their bytes (gather's photoBytes: false): a
  // photo is only judged unreadable from bytes it has (main accepts only whole JPEGs anyway).
  listGap('photosUnreadable', ['report'], 'media', data.photos, (p) => p.bytes.length > 0 && photoType(p) === null, (p) => p.fileName);
  listGap('photosWithoutCaption', ['report'], 'media', data.photos, (p) => isBlank(p.caption), (p) => p.fileName);
  listGap('clippingsIncomplete', ['report'], 'media', data.coverage, clippingIncomplete, (c) => c.headline || c.outlet);
  if (data.photos.length === 0) add('noPhotos', ['report'], 'media', 'advice');

  // The trip's details and the documents' own texts (drafts stand in where they can).
  add('noTripTitle', when(isBlank(trip.title), 'report', 'rundown', 'attendance'), 'trip');
  // The attendance list dates its sheets by the agenda when it has one.
  add('noTripDates', [...when(!tripDatesValid(trip), 'report', 'letter', 'rundown'), ...when(!tripDatesValid(trip) && attendanceItems(data).length === 0, 'attendance')], 'trip');
  add('noLegalBasis', when(!trip.legalBasis.some((b) => b.trim()), 'spt', 'spt_non_asn'), 'trip');
  add('noPurposeObjectives', when(isBlank(trip.purpose) || isBlank(trip.objectives), 'report'), 'trip');
  add('noScope', [...when(isBlank(trip.scope), 'report'), ...when(!letterTopics(data), 'letter')], 'trip');
  add('noSptTasks', when(sptTaskLines(data).length === 0, 'spt'), 'documents');
  add('noPressHeadline', when(isBlank(pressTexts(data).headline), 'press'), 'documents');
  add('noReportText', when(Object.values(reportTexts(data)).some((t) => textLines(t).length === 0), 'report'), 'documents');
  // The report's optional parts, when chosen: the Hambatan text, and who approves the lembar pengesahan.
  add('noObstacles', when(obstaclesMissing(data), 'report'), 'documents');
  add('noApprover', when(approverMissing(data), 'report'), 'documents');
  // Advice: the report's background is drafted, the letter says why in general words.
  if (isBlank(trip.background)) add('noBackground', ['report'], 'trip', 'advice');
  if (isBlank(trip.purpose) && isBlank(trip.objectives)) add('noPurpose', ['letter'], 'trip', 'advice');

  // The press release quotes only what was recorded: without a Kutipan it has no quotation (complete, but flatter).
  if (data.quotes.length === 0) add('noQuotes', ['press'], 'documents', 'advice');

  const order = (code: string) => (GAP_CODES as readonly string[]).indexOf(code);
  const sorted = gaps.sort((a, b) => order(a.code) - order(b.code));
  // The money documents' own gaps, when the data holds the trip's money (gathered data always does).
  return data.money ? { gaps: sorted, notNeeded, moneyGaps: moneyReadiness(data) } : { gaps: sorted, notNeeded };
}

/** The issuer whose kop a document prints. */
export function issuerOf(data: DocData, kind: DocKind): DocIssuer {
  return (SIGNED_KINDS as readonly string[]).includes(kind) ? data.signing[kind as SignedKind].issuer : data.issuers.agency;
}

/** The kop prints a marker: the Kepala Daerah's title, or the government line / office name. */
export function kopMissing(i: DocIssuer): boolean {
  return i.level === 'regional_head' ? isBlank(i.kop.officeName) : isBlank(i.kop.govLine) || isBlank(i.kop.officeName);
}

/** The kop jabatan without the Garuda image. */
export const garudaMissing = (i: DocIssuer): boolean => i.level === 'regional_head' && i.emblem === null;

/** A signed document marks its signer (parts.ts signedBy; the report's "Mengetahui"). */
export function signerNameMissing(data: DocData, kind: SignedKind): boolean {
  const s = data.signing[kind];
  if (kind === 'report') return s.acknowledge !== null && (isBlank(s.acknowledge.name) || isBlank(s.acknowledge.jabatan));
  return s.signer === null || isBlank(s.signer.name) || isBlank(s.signer.jabatan);
}

/** Which rule a number's date of issue breaks, or null when it fits the trip. */
export function dateOutside(
  kind: NumberedKind,
  issuedOn: string,
  start: string,
  end: string,
): 'sptAfterStart' | 'letterAfterStart' | 'reportBeforeEnd' | 'pressBeforeStart' | 'yearDiffers' | null {
  if (!isRealIsoDate(issuedOn) || !isRealIsoDate(start) || !isRealIsoDate(end)) return null;
  if ((kind === 'spt' || kind === 'spt_non_asn' || kind === 'sppd') && issuedOn > start) return 'sptAfterStart';
  if (kind === 'letter' && issuedOn > start) return 'letterAfterStart';
  // The release reports the visit: dated before it, it would tell of what has not happened.
  if (kind === 'press' && issuedOn < start) return 'pressBeforeStart';
  if (kind === 'report' && issuedOn < end) return 'reportBeforeEnd';
  if (issuedOn.slice(0, 4) !== start.slice(0, 4) && issuedOn.slice(0, 4) !== end.slice(0, 4)) return 'yearDiffers';
  return null;
}
