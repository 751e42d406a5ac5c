import { describe, expect, it } from 'vitest';
import { readiness } from '../../main/docs/readiness';
import type { DocData } from '../../main/docs/model';
import { reassemble, seedDocData } from '../helpers/doc-data';

const codes = (d: DocData) => readiness(d).gaps.map((g) => g.code);
const gap = (d: DocData, code: string) => readiness(d).gaps.find((g) => g.code === code);

describe('readiness check before export', () => {
  it('the seed trip lacks only the letter and non-ASN numbers (and so their dates), with advice about the report number', () => {
    const d = seedDocData({ withEmblem: true });
    expect(codes(d)).toEqual(['noSignDate', 'noNonAsnNumber', 'noLetterNumber', 'noReportNumber', 'noQuotes']);
    // No recorded Kutipan: the press release quotes nobody, and readiness says where to record one.
    expect(gap(d, 'noQuotes')).toEqual({ code: 'noQuotes', kinds: ['press'], fix: 'documents', severity: 'advice' });
    expect(gap(d, 'noLetterNumber')).toEqual({ code: 'noLetterNumber', kinds: ['letter'], fix: 'documents', severity: 'missing' });
    // Unnumbered and undated: never dated on the day of export.
    expect(gap(d, 'noSignDate')).toMatchObject({ kinds: ['spt_non_asn', 'letter'], severity: 'missing' });
    expect(gap(d, 'noReportNumber')?.severity).toBe('advice');
    // The kop jabatan of the Bupati's SPT needs the Garuda the office supplies.
    expect(gap(seedDocData(), 'noGaruda')).toMatchObject({ kinds: ['spt'], fix: 'profile', severity: 'missing' });
  });

  it('an office without a profile: kop, place, signers and numbers are named with where to fix them', () => {
    const d = seedDocData({ bare: true });
    const r = readiness(d);
    for (const code of ['noKop', 'noGaruda', 'noPlaceOfIssue', 'noSignerName', 'noSptNumber', 'noLetterNumber']) {
      expect(r.gaps.find((g) => g.code === code), code).toBeTruthy();
    }
    // Nothing known of the region: every kop marks its lines.
    expect(gap(d, 'noKop')).toMatchObject({ fix: 'profile', severity: 'missing', kinds: ['report', 'spt', 'spt_non_asn', 'letter', 'press'] });
    expect(gap(d, 'noPlaceOfIssue')).toMatchObject({ fix: 'profile', kinds: ['report', 'spt', 'spt_non_asn', 'letter', 'press'] });
    // Nobody named to sign the SPT, the non-ASN letter or the letter (the report's lead is a member).
    expect(gap(d, 'noSignerName')).toMatchObject({ fix: 'documents', kinds: ['spt', 'spt_non_asn', 'letter'] });
    // Kinds in the export dialog's order.
    expect(gap(d, 'noSptNumber')).toMatchObject({ fix: 'documents', kinds: ['report', 'spt'] });
    // No office name, telephone or e-mail: the letter's contact line and the press release's narahubung.
    expect(gap(d, 'noOfficeContact')).toMatchObject({ fix: 'profile', kinds: ['letter', 'press'] });
    // No dasar for the SPT.
    expect(gap(d, 'noLegalBasis')).toMatchObject({ fix: 'trip', kinds: ['spt', 'spt_non_asn'] });
  });

  it('a trip without journalists or other non-ASN does not need their Surat Tugas: no gaps listed for it', () => {
    const d = seedDocData({ journalists: 0, withEmblem: true });
    const r = readiness(d);
    expect(r.notNeeded).toEqual(['spt_non_asn']);
    expect(r.gaps.flatMap((g) => g.kinds)).not.toContain('spt_non_asn');
    expect(seedDocData().detail.members.length).toBeGreaterThan(0);
    expect(readiness(seedDocData()).notNeeded).toEqual([]);
  });

  it('warns, without a marker, when the signer does not outrank everyone ordered or a number is dated outside the trip', () => {
    const d = reassemble(seedDocData({ withEmblem: true }), { spt: { level: 'secretariat' } });
    expect(gap(d, 'signerOutranked')).toMatchObject({ severity: 'warning', kinds: ['spt'], params: { names: 'Gede Supriatna, S.H.', count: 1 } });
    d.numbers.spt = { ...d.numbers.spt!, issuedOn: '2025-04-25' };
    expect(gap(d, 'numberDateOutside')).toMatchObject({ severity: 'warning', kinds: ['spt'], params: { rule: 'sptAfterStart' } });
    d.numbers.report = { id: 'r', tripId: d.detail.trip.id, kind: 'report', issuerId: '', number: '1/2025', seq: 1, year: 2025, issuedOn: '2025-04-24', clash: false };
    expect(gap(d, 'numberDateOutside')?.kinds).toEqual(['report', 'spt']);
    d.numbers.report = { ...d.numbers.report, clash: true };
    expect(gap(d, 'numberClash')).toMatchObject({ severity: 'warning', kinds: ['report'], params: { number: '1/2025' } });
  });

  it('counts and names officials without NIP or pangkat/jabatan; journalists and elected officials need none', () => {
    const d = seedDocData({ officials: 8, journalists: 3 });
    const [, second, third] = d.detail.members;
    second!.person.nip = '';
    third!.person.nip = '';
    third!.person.golongan = '';
    expect(gap(d, 'membersWithoutNip')).toEqual({
      code: 'membersWithoutNip',
      kinds: ['report', 'spt', 'attendance'],
      fix: 'delegation',
      severity: 'missing',
      params: { count: 2, names: `${second!.person.name}, ${third!.person.name}` },
    });
    expect(gap(d, 'membersWithoutRank')?.params).toEqual({ count: 1, names: third!.person.name });
    // The elected lead (no NIP) and the journalists are not counted.
    expect(d.detail.members[0]!.person.employment).toBe('elected');
  });

  it('long lists of names are cut, the count tells how many', () => {
    const d = seedDocData({ officials: 20, journalists: 0 });
    for (const m of d.detail.members.slice(4)) m.person.nip = '';
    const g = gap(d, 'membersWithoutNip');
    expect(g?.params?.count).toBe(16);
    expect(String(g?.params?.names)).toMatch(/, \+11$/);
  });

  it('hosts, receiver, agenda, learnings, follow-ups, lead, photos and narrative', () => {
    const d = seedDocData();
    d.detail.hosts = [];
    d.detail.hostPeople = d.detail.hostPeople.filter((p) => p.hostRole !== 'receiver');
    d.agenda = [];
    d.photos = [];
    d.detail.trip.background = '';
    d.detail.trip.purpose = '';
    d.detail.trip.objectives = '';
    for (const m of d.detail.members) if (m.role === 'lead') m.role = 'member';
    d.learnings[1]!.followups = [];
    const r = readiness(d);
    const by = Object.fromEntries(r.gaps.map((g) => [g.code, g]));
    expect(by.noHostInstitution).toMatchObject({ fix: 'hosts', severity: 'missing' });
    expect(by.noHostReceiver).toMatchObject({ fix: 'hosts', severity: 'missing' });
    expect(by.noAgenda).toMatchObject({ fix: 'agenda', kinds: ['report', 'rundown'] });
    // No ketua chosen: the documents name the first official as lead, complete but perhaps wrong.
    expect(by.noLead).toBeUndefined();
    expect(by.leadNotChosen).toMatchObject({ fix: 'delegation', severity: 'advice', params: { names: d.detail.members[0]!.person.name } });
    expect(by.learningsWithoutFollowups).toMatchObject({ fix: 'learnings', severity: 'advice', params: { count: 1, names: d.learnings[1]!.topic } });
    expect(by.noPhotos).toMatchObject({ fix: 'media', severity: 'advice' });
    expect(by.noBackground).toMatchObject({ fix: 'trip', severity: 'advice' });
    expect(by.noPurpose).toMatchObject({ fix: 'trip', severity: 'advice', kinds: ['letter'] });
    // The report itself marks the missing purpose and objectives.
    expect(by.noPurposeObjectives).toMatchObject({ fix: 'trip', severity: 'missing', kinds: ['report'] });
    // No host and no venue: the report's "Tempat kegiatan" is marked; the attendance list still names the host region.
    expect(by.noHostInstitution?.kinds).toEqual(['report', 'letter']);
    expect(by.noVenue).toMatchObject({ fix: 'hosts', kinds: ['report'] });

    d.learnings = [];
    expect(codes(d)).toContain('noLearnings');
    expect(codes(d)).not.toContain('learningsWithoutFollowups');
    // Only journalists: nobody can lead, the report and the letter mark it, and the attendance list's closing signer.
    d.detail.members = d.detail.members.filter((m) => m.role === 'journalist');
    expect(gap(d, 'noLead')).toMatchObject({ fix: 'delegation', severity: 'missing', kinds: ['report', 'letter', 'attendance'] });
    d.detail.members = [];
    expect(codes(d)).toContain('noMembers');
    expect(codes(d)).not.toContain('noLead');
  });

  it('names the items a gap concerns: agenda items without a place, learnings and follow-ups half filled, photos without captions', () => {
    const d = seedDocData({ photos: 2 });
    d.agenda[2]!.venueName = '';
    d.agenda[3]!.venueName = ' ';
    d.agenda[3]!.title = '';
    d.learnings[0]!.recommendation = '';
    d.learnings[1]!.followups[0]!.ownerUnit = '';
    d.learnings[1]!.responsibleUnit = '';
    d.photos[1]!.caption = '';
    expect(gap(d, 'agendaWithoutPlace')).toEqual({
      code: 'agendaWithoutPlace',
      kinds: ['rundown'],
      fix: 'agenda',
      severity: 'missing',
      params: { count: 2, names: `${d.agenda[2]!.title}, #4` },
    });
    expect(gap(d, 'agendaWithoutTitle')).toMatchObject({ kinds: ['report', 'rundown'], params: { count: 1 } });
    expect(gap(d, 'learningsIncomplete')).toMatchObject({ kinds: ['report'], fix: 'learnings', params: { count: 1, names: d.learnings[0]!.topic } });
    expect(gap(d, 'followupsIncomplete')).toMatchObject({ kinds: ['report'], params: { count: 1, names: d.learnings[1]!.followups[0]!.action } });
    expect(gap(d, 'photosWithoutCaption')).toMatchObject({ kinds: ['report'], fix: 'media', params: { count: 1, names: 'foto-2.jpg' } });
    // Missing gaps come in GAP_CODES order, whatever order they were found in.
    const order = codes(d);
    expect(order.indexOf('agendaWithoutTitle')).toBeLessThan(order.indexOf('agendaWithoutPlace'));
    expect(order.indexOf('agendaWithoutPlace')).toBeLessThan(order.indexOf('learningsIncomplete'));
  });
});
