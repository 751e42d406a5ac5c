/**
 * When a document marks a gap: the conditions the builders use to print a
 * gap marker and readiness.ts uses to list the gap, shared so the two cannot
 * drift (tests/unit/doc-readiness-property.test.ts checks they agree). The
 * member-level ones (nipMissing, rankMissing, …) live in parts.ts beside the
 * cells they decide.
 */
import { isRealIsoDate } from '../../shared/dates';
import type { AgendaItem } from '../../shared/agenda/schemas';
import type { Member } from '../../shared/delegation/schemas';
import type { IssuedNumber } from '../../shared/documents/schemas';
import type { Followup, Learning } from '../../shared/learnings/schemas';
import type { Coverage } from '../../shared/media/schemas';
import { sniffMime } from '../../shared/media/schemas';
import { draftBackground, draftTexts } from './drafts';
import { titleWords } from '../../shared/documents/signing';
import { clean, cleanText, isBlank, leadOf, noEndStop } from './format';
import type { DocData, DocPhoto } from './model';
import { listLines } from './parts';
import type { GapCode } from './readiness';

/** Lines of a narrative text as the report writes them (blank lines dropped). */
export function textLines(text: string): string[] {
  return text.split(/\r?\n/).map(cleanText).filter(Boolean);
}

/** Real calendar dates, the end not before the start. */
export function tripDatesValid(trip: { startDate: string; endDate: string }): boolean {
  return isRealIsoDate(trip.startDate) && isRealIsoDate(trip.endDate) && trip.endDate >= trip.startDate;
}

/** A number that is not there, or has no text. */
export const numberMissing = (n: IssuedNumber | undefined): boolean => !n || isBlank(n.number);

/** The marker where the lead should sign or be named: no members at all is its own gap. */
export const leadGap = (members: readonly Member[]): GapCode => (members.length === 0 ? 'noMembers' : 'noLead');
/** Members, but none who can lead (only journalists): documents mark the lead. */
export const noLead = (members: readonly Member[]): boolean => members.length > 0 && !leadOf(members);

/** The host institutions' names (those with one). */
export function hostNames(data: DocData): string[] {
  return data.detail.hosts.map((h) => cleanText(h.institution.name)).filter(Boolean);
}

/** Where the visit took place: the hosts' venues and the agenda's places, without travel legs. */
export function venueNames(data: DocData): string[] {
  return [
    ...new Set([
      ...data.detail.venues.map((v) => cleanText(v.name)),
      ...data.agenda.filter((a) => a.kind !== 'travel').map((a) => cleanText(a.venueName) || cleanText(a.venueText)),
    ]),
  ].filter(Boolean);
}

/** The place of an agenda item in the rundown: the leg "A – B" of a journey (no arrows in a document), else the venue ('' when none). */
export function agendaPlace(it: AgendaItem): string {
  if (it.kind === 'travel' && (clean(it.fromPlace) || clean(it.toPlace))) {
    return `${clean(it.fromPlace) || '…'} – ${clean(it.toPlace) || '…'}`;
  }
  return clean(it.venueName) || clean(it.venueText);
}

/** The members chosen for an item ('all' when everyone attends). */
export function attendeesOf(it: AgendaItem, byId: ReadonlyMap<string, Member>): Member[] | 'all' {
  if (it.attendance === 'all') return 'all';
  return it.memberIds.map((id) => byId.get(id)).filter((m) => m !== undefined);
}

/** A learning without its topic, the host's practice, how it applies or the recommendation. */
export function learningIncomplete(l: Learning): boolean {
  return isBlank(l.topic) || [l.hostPractice, l.applicability, l.recommendation].some((t) => textLines(t).length === 0);
}

/** Who carries out a follow-up: its own unit, else the learning's ('' when neither). */
export const followupOwner = (l: Learning, f: Followup): string => cleanText(f.ownerUnit) || cleanText(l.responsibleUnit);
export const followupIncomplete = (l: Learning, f: Followup): boolean => isBlank(f.action) || !followupOwner(l, f);

/** The picture type docx writes, or null when the bytes are neither JPEG nor PNG. */
export function photoType(p: Pick<DocPhoto, 'bytes'>): 'jpg' | 'png' | null {
  const mime = sniffMime(p.bytes);
  return mime === 'image/jpeg' ? 'jpg' : mime === 'image/png' ? 'png' : null;
}

export const clippingIncomplete = (c: Coverage): boolean => isBlank(c.outlet) || isBlank(c.headline);

/** The office as the letter names it for contact: name, telephone, e-mail (those given). */
export function officeContact(p: DocData['office']): string[] {
  return [titleWords(clean(p.officeName)), clean(p.phone) ? `telepon ${clean(p.phone)}` : '', clean(p.email) ? `surel ${clean(p.email)}` : ''].filter(Boolean);
}

/** The letter's "Materi": the trip's scope, else the learnings' topics ('' when neither). */
export function letterTopics(data: DocData): string {
  const scope = noEndStop(data.detail.trip.scope);
  if (scope) return scope;
  const topics = [...new Set(data.learnings.map((l) => noEndStop(l.topic)).filter(Boolean))].slice(0, 5);
  return topics.join('; ');
}

/** The SPT's "Untuk": the user's tasks, else the draft's, one a line. */
export function sptTaskLines(data: DocData): string[] {
  return listLines(data.text.sptTasks.trim() ? data.text.sptTasks : draftTexts(data).sptTasks);
}

/** The press release's headline and contact line: the user's, else the draft's. */
export function pressTexts(data: DocData): { headline: string; contact: string } {
  const drafts = draftTexts(data);
  return { headline: clean(data.text.pressHeadline) || drafts.pressHeadline, contact: clean(data.text.pressContact) || drafts.pressContact };
}

/** The report's narrative texts: the user's, else the drafts. */
export function reportTexts(data: DocData): { background: string; conclusion: string; suggestions: string; closing: string; foreword: string } {
  const drafts = draftTexts(data);
  const own = (s: string, draft: string) => (cleanText(s) ? s : draft);
  return {
    background: cleanText(data.detail.trip.background) ? data.detail.trip.background : draftBackground(data),
    conclusion: own(data.text.conclusion, drafts.conclusion),
    suggestions: own(data.text.suggestions, drafts.suggestions),
    closing: own(data.text.closing, drafts.closing),
    foreword: own(data.text.foreword, drafts.foreword),
  };
}

/** The report's Hambatan: printed when the user chose it, a gap marker until it is written. */
export const obstaclesMissing = (data: DocData): boolean => data.text.obstaclesOn && textLines(data.text.obstacles).length === 0;
/** The lembar pengesahan, chosen, with nobody to approve it (the report's "Mengetahui" signer). */
export const approverMissing = (data: DocData): boolean => data.text.approval && data.signing.report.acknowledge === null;
