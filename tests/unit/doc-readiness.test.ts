import { describe, expect, it } from 'vitest';
import { readiness } from '../../main/docs/readiness';
import type { DocData } from '../../main/docs/model';
import { seedDocData } from '../helpers/doc-data';

const codes = (d: DocData) => readiness(d).gaps.map((g) => g.code);
const gap = (d: DocData, code: string) => readiness(d).gaps.find((g) => g.code === code);

describe('readiness check before export', () => {
  it('the seed trip lacks only the letter number, with advice about the report number', () => {
    const d = seedDocData();
    expect(codes(d)).toEqual(['noLetterNumber', 'noReportNumber']);
    expect(gap(d, 'noLetterNumber')).toEqual({ code: 'noLetterNumber', kinds: ['letter'], fix: 'documents', severity: 'missing' });
    expect(gap(d, 'noReportNumber')?.severity).toBe('advice');
  });

  it('an office without a profile: kop, place, signatories and numbers are named with where to fix them', () => {
    const d = seedDocData({ bare: true });
    const r = readiness(d);
    for (const code of ['noKop', 'noPlaceOfIssue', 'noHeadSignatory', 'noSptSigner', 'noSptNumber', 'noLetterNumber']) {
      expect(r.gaps.find((g) => g.code === code), code).toBeTruthy();
    }
    expect(gap(d, 'noKop')).toMatchObject({ fix: 'profile', severity: 'missing', kinds: ['report', 'spt', 'letter'] });
    expect(gap(d, 'noSptSigner')).toMatchObject({ fix: 'profile', kinds: ['spt'] });
    expect(gap(d, 'noSptNumber')).toMatchObject({ fix: 'documents', kinds: ['spt', 'report'] });
    // Without "Mengetahui", the head of office signs only the letter.
    d.text.acknowledge = false;
    expect(gap(d, 'noHeadSignatory')?.kinds).toEqual(['letter']);
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
    d.detail.hostPeople = d.detail.hostPeople.filter((p) => p.hostRole !== 'penerima');
    d.agenda = [];
    d.photos = [];
    d.detail.trip.background = '';
    d.detail.trip.purpose = '';
    d.detail.trip.objectives = '';
    for (const m of d.detail.members) if (m.role === 'ketua') m.role = 'anggota';
    d.learnings[1]!.followups = [];
    const r = readiness(d);
    const by = Object.fromEntries(r.gaps.map((g) => [g.code, g]));
    expect(by.noHostInstitution).toMatchObject({ fix: 'hosts', severity: 'missing' });
    expect(by.noHostReceiver).toMatchObject({ fix: 'hosts', severity: 'missing' });
    expect(by.noAgenda).toMatchObject({ fix: 'agenda', kinds: ['report', 'rundown'] });
    expect(by.noLead).toMatchObject({ fix: 'delegation', severity: 'missing' });
    expect(by.learningsWithoutFollowups).toMatchObject({ fix: 'learnings', severity: 'advice', params: { count: 1, names: d.learnings[1]!.topic } });
    expect(by.noPhotos).toMatchObject({ fix: 'media', severity: 'advice' });
    expect(by.noBackground).toMatchObject({ fix: 'trip', severity: 'advice' });
    expect(by.noPurpose).toMatchObject({ fix: 'trip', severity: 'advice' });

    d.learnings = [];
    expect(codes(d)).toContain('noLearnings');
    expect(codes(d)).not.toContain('learningsWithoutFollowups');
    d.detail.members = [];
    expect(codes(d)).toContain('noMembers');
    expect(codes(d)).not.toContain('noLead');
  });
});
