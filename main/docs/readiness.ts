import type { DocKind, Readiness, ReadinessGap } from '../../shared/domain/documents';
import { isMissingNip } from '../../shared/protocol';
import { nameOf, officialsOf } from './format';
import type { DocData } from './model';

/*
 * What is missing before the documents are exported, each gap with the
 * documents it shows in and where it is fixed. Export is still allowed: the
 * documents mark these places visibly. 'missing' leaves a marked gap in a
 * document; 'advice' means the document is complete but weaker (drafts are
 * used, no photos, …). Pure: a function of the gathered data.
 */

/** Gap codes (i18n keys under documents.gaps), in the order they are listed. */
export const GAP_CODES = [
  'noKop',
  'noPlaceOfIssue',
  'noHeadSignatory',
  'noSptSigner',
  'noSptNumber',
  'noLetterNumber',
  'noReportNumber',
  'noMembers',
  'noLead',
  'membersWithoutNip',
  'membersWithoutRank',
  'noHostInstitution',
  'noHostReceiver',
  'noAgenda',
  'noLearnings',
  'learningsWithoutFollowups',
  'noBackground',
  'noPurpose',
  'noPhotos',
] as const;
export type GapCode = (typeof GAP_CODES)[number];

/** At most this many names in a gap's `names` parameter; the count says the rest. */
const MAX_NAMES = 5;

function names(list: string[]): string {
  const shown = list.slice(0, MAX_NAMES).join(', ');
  return list.length > MAX_NAMES ? `${shown}, +${list.length - MAX_NAMES}` : shown;
}

const blank = (s: string | undefined | null): boolean => (s ?? '').trim() === '';

export function readiness(data: DocData): Readiness {
  const gaps: ReadinessGap[] = [];
  const add = (code: GapCode, kinds: DocKind[], fix: ReadinessGap['fix'], severity: ReadinessGap['severity'] = 'missing', params?: ReadinessGap['params']) => {
    gaps.push(params ? { code, kinds, fix, severity, params } : { code, kinds, fix, severity });
  };
  const { profile, detail, text } = data;
  const { trip } = detail;

  // The office: kop, place of issue, signatories.
  if (blank(profile.govLine) && blank(profile.officeName)) add('noKop', ['report', 'spt', 'letter'], 'profile');
  if (blank(profile.placeOfIssue)) add('noPlaceOfIssue', ['report', 'spt', 'letter'], 'profile');
  if (blank(profile.head.name) || blank(profile.head.jabatan)) {
    add('noHeadSignatory', text.acknowledge ? ['letter', 'report'] : ['letter'], 'profile');
  }
  if (blank(profile.sptSigner.name) || blank(profile.sptSigner.jabatan)) add('noSptSigner', ['spt'], 'profile');

  // Numbers.
  if (!data.numbers.spt) add('noSptNumber', ['spt', 'report'], 'documents');
  if (!data.numbers.letter) add('noLetterNumber', ['letter'], 'documents');
  if (!data.numbers.report) add('noReportNumber', ['report'], 'documents', 'advice');

  // The delegation.
  const members = detail.members;
  const officials = officialsOf(members);
  if (members.length === 0) {
    add('noMembers', ['report', 'spt', 'attendance', 'press'], 'delegation');
  } else if (!members.some((m) => m.role === 'ketua')) {
    add('noLead', ['report', 'press'], 'delegation');
  }
  const noNip = officials.filter((m) => isMissingNip(m.person)).map(nameOf);
  if (noNip.length) add('membersWithoutNip', ['report', 'spt', 'attendance'], 'delegation', 'missing', { count: noNip.length, names: names(noNip) });
  const noRank = officials
    .filter((m) => blank(m.person.jabatan) || (m.person.employment === 'pns' && blank(m.person.golongan)))
    .map(nameOf);
  if (noRank.length) add('membersWithoutRank', ['report', 'spt'], 'delegation', 'missing', { count: noRank.length, names: names(noRank) });

  // The hosts.
  if (detail.hosts.length === 0) add('noHostInstitution', ['report', 'letter', 'press'], 'hosts');
  if (!detail.hostPeople.some((p) => p.hostRole === 'penerima')) add('noHostReceiver', ['report', 'press'], 'hosts');

  // What happened and what was learnt.
  if (data.agenda.length === 0) add('noAgenda', ['report', 'rundown'], 'agenda');
  if (data.learnings.length === 0) {
    add('noLearnings', ['report', 'press'], 'learnings');
  } else {
    const bare = data.learnings.filter((l) => l.followups.length === 0).map((l) => l.topic.trim());
    if (bare.length) add('learningsWithoutFollowups', ['report'], 'learnings', 'advice', { count: bare.length, names: names(bare) });
  }

  // Narrative: drafts stand in, but the user's own words are better.
  if (blank(trip.background)) add('noBackground', ['report'], 'trip', 'advice');
  if (blank(trip.purpose) && blank(trip.objectives)) add('noPurpose', ['report', 'letter'], 'trip', 'advice');

  if (data.photos.length === 0) add('noPhotos', ['report'], 'media', 'advice');

  return { gaps };
}
