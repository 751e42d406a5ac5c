/**
 * The vocabulary (shared/vocabulary): one definition per domain list. Every
 * list's labels cover exactly its codes, the schemas accept exactly those
 * codes, the domain modules re-export the same tuples, and the predicates
 * agree with the lists they are derived from.
 */
import { describe, expect, it } from 'vitest';
import * as V from '../../shared/vocabulary';
import { personCreateSchema } from '../../shared/directory/person';
import * as person from '../../shared/directory/person';
import * as delegation from '../../shared/delegation/schemas';
import * as trip from '../../shared/trips/schemas';
import * as agenda from '../../shared/agenda/schemas';
import * as learnings from '../../shared/learnings/schemas';
import * as media from '../../shared/media/schemas';
import * as institution from '../../shared/directory/institution';
import { TRAVEL_LEVELS as RANKS_TRAVEL_LEVELS } from '../../shared/directory/ranks';
import { INSTITUTION_KIND_FOR as IMPORT_INSTITUTION_KIND_FOR, parseEmployment, parseMediaType } from '../../shared/import/mapping';
import { coverageCreateSchema } from '../../shared/media/schemas';
import { followupSetStatusSchema, learningCreateSchema } from '../../shared/learnings/schemas';
import { tripCreateSchema } from '../../shared/trips/schemas';
import { memberAddSchema, hostPersonAddSchema } from '../../shared/delegation/schemas';
import { agendaCreateSchema } from '../../shared/agenda/schemas';

const LISTS: Array<[string, readonly string[], Readonly<Record<string, string>>]> = [
  ['person kinds', V.PERSON_KINDS, V.PERSON_KIND_LABELS],
  ['employment', V.EMPLOYMENT, V.EMPLOYMENT_LABELS],
  ['media types', V.MEDIA_TYPES, V.MEDIA_TYPE_LABELS],
  ['institution kinds', V.INSTITUTION_KINDS, V.INSTITUTION_KIND_LABELS],
  ['travel levels', V.TRAVEL_LEVELS, V.TRAVEL_LEVEL_LABELS],
  ['member roles', V.MEMBER_ROLES, V.MEMBER_ROLE_LABELS],
  ['host roles', V.HOST_ROLES, V.HOST_ROLE_LABELS],
  ['transport modes', V.TRANSPORT_MODES, V.TRANSPORT_MODE_LABELS],
  ['trip statuses', V.TRIP_STATUSES, V.TRIP_STATUS_LABELS],
  ['agenda kinds', V.AGENDA_KINDS, V.AGENDA_KIND_LABELS],
  ['attendance', V.ATTENDANCE, V.ATTENDANCE_LABELS],
  ['dimensions', V.DIMENSIONS, V.DIMENSION_LABELS],
  ['SPBE domains', V.SPBE_DOMAINS, V.SPBE_DOMAIN_LABELS],
  ['priorities', V.PRIORITIES, V.PRIORITY_LABELS],
  ['follow-up statuses', V.FOLLOWUP_STATUSES, V.FOLLOWUP_STATUS_LABELS],
  ['tones', V.TONES, V.TONE_LABELS],
];

describe('vocabulary lists', () => {
  it.each(LISTS)('%s: distinct codes, a label for each code and none other, distinct labels', (_name, codes, labels) => {
    expect(codes.length).toBeGreaterThan(0);
    expect(new Set(codes).size).toBe(codes.length);
    // The label map lists the codes in display order, no more and no fewer.
    expect(Object.keys(labels)).toEqual([...codes]);
    for (const c of codes) {
      expect(labels[c]?.trim()).toBeTruthy();
      expect(labels[c]).not.toBe(c); // an official label, never the raw code
    }
    expect(new Set(Object.values(labels)).size).toBe(codes.length);
  });

  it.each(LISTS)('%s: codes are stored identifiers (lower-case snake case, or the levels A–F)', (name, codes) => {
    for (const c of codes) expect(c).toMatch(name === 'travel levels' ? /^[A-F]$/ : /^[a-z][a-z_]*$/);
  });

  it('the domain modules and the older homes re-export the very same tuples', () => {
    // Each home and the names it re-exports under the vocabulary's own name.
    const homes: Array<[string, Record<string, unknown>, string[]]> = [
      ['directory/person', person, ['PERSON_KINDS', 'EMPLOYMENT', 'MEDIA_TYPES']],
      ['directory/institution', institution, ['INSTITUTION_KINDS']],
      ['delegation', delegation, ['MEMBER_ROLES', 'HOST_ROLES', 'TRANSPORT_MODES', 'kindForRole']],
      ['trips', trip, ['TRIP_STATUSES']],
      ['agenda', agenda, ['AGENDA_KINDS', 'ATTENDANCE']],
      ['learnings', learnings, ['DIMENSIONS', 'SPBE_DOMAINS', 'PRIORITIES', 'FOLLOWUP_STATUSES', 'CLOSED_STATUSES']],
      ['media', media, ['TONES']],
    ];
    const vocabulary: Record<string, unknown> = V;
    for (const [home, exports, names] of homes) {
      for (const name of names) {
        expect(vocabulary[name], `vocabulary.${name}`).toBeDefined();
        expect(exports[name], `${home}.${name}`).toBe(vocabulary[name]);
      }
    }
    // Under another name.
    expect(RANKS_TRAVEL_LEVELS).toBe(V.TRAVEL_LEVELS);
    expect(IMPORT_INSTITUTION_KIND_FOR).toBe(V.INSTITUTION_KIND_FOR);
  });
});

describe('official labels', () => {
  it('the documents print these words (a change here is a change of every document)', () => {
    expect(V.FOLLOWUP_STATUS_LABELS).toEqual({ planned: 'Direncanakan', in_progress: 'Berjalan', done: 'Selesai', cancelled: 'Dibatalkan' });
    expect(V.TONE_LABELS).toEqual({ positive: 'Positif', neutral: 'Netral', negative: 'Negatif' });
    expect(V.MEDIA_TYPE_LABELS).toEqual({ print: 'Cetak', online: 'Daring', tv: 'Televisi', radio: 'Radio' });
    expect(V.MEMBER_ROLE_LABELS).toEqual({
      lead: 'Ketua Rombongan',
      deputy_lead: 'Wakil Ketua Rombongan',
      member: 'Anggota',
      secretary: 'Sekretaris Rombongan',
      companion: 'Pendamping',
      journalist: 'Jurnalis',
    });
    expect(V.DIMENSION_LABELS).toEqual({
      governance: 'Smart Governance',
      branding: 'Smart Branding',
      economy: 'Smart Economy',
      living: 'Smart Living',
      society: 'Smart Society',
      environment: 'Smart Environment',
    });
  });
});

describe('schemas take their enums from the vocabulary', () => {
  const uuid = '0199a000-0000-7000-8000-000000000001';
  const cases: Array<[string, readonly string[], (code: string) => { success: boolean }]> = [
    ['person kind', V.PERSON_KINDS, (kind) => personCreateSchema.safeParse({ kind, name: 'A' })],
    ['employment', V.EMPLOYMENT, (employment) => personCreateSchema.safeParse({ kind: 'official', name: 'A', employment })],
    ['media type', V.MEDIA_TYPES, (mediaType) => personCreateSchema.safeParse({ kind: 'journalist', name: 'A', mediaType })],
    ['travel level', V.TRAVEL_LEVELS, (travelLevel) => personCreateSchema.safeParse({ kind: 'official', name: 'A', travelLevel })],
    ['member role', V.MEMBER_ROLES, (role) => memberAddSchema.safeParse({ tripId: uuid, personId: uuid, role })],
    ['host role', V.HOST_ROLES, (hostRole) => hostPersonAddSchema.safeParse({ tripId: uuid, personId: uuid, hostRole })],
    ['trip status', V.TRIP_STATUSES, (status) => tripCreateSchema.safeParse({ title: 'T', startDate: '2025-04-24', endDate: '2025-04-25', status })],
    [
      'agenda kind',
      V.AGENDA_KINDS,
      (kind) => agendaCreateSchema.safeParse({ tripId: uuid, kind, title: 'A', startLocal: '2025-04-24T09:00', endLocal: '2025-04-24T10:00' }),
    ],
    ['dimension', V.DIMENSIONS, (d) => learningCreateSchema.safeParse({ tripId: uuid, topic: 'T', dimensions: [d] })],
    ['SPBE domain', V.SPBE_DOMAINS, (d) => learningCreateSchema.safeParse({ tripId: uuid, topic: 'T', spbeDomains: [d] })],
    ['priority', V.PRIORITIES, (priority) => learningCreateSchema.safeParse({ tripId: uuid, topic: 'T', priority })],
    ['follow-up status', V.FOLLOWUP_STATUSES, (status) => followupSetStatusSchema.safeParse({ id: uuid, status })],
    ['tone', V.TONES, (tone) => coverageCreateSchema.safeParse({ tripId: uuid, outlet: 'O', headline: 'H', tone })],
  ];
  it.each(cases)('%s: every code is accepted, a label or an unknown code is refused', (_name, codes, parse) => {
    for (const c of codes) expect(parse(c).success, c).toBe(true);
    expect(parse('XX').success).toBe(false);
    expect(parse(`${codes[0]}_`).success).toBe(false);
  });
});

describe('predicates', () => {
  it('open and closed follow-up statuses split the list', () => {
    for (const s of V.FOLLOWUP_STATUSES) expect(V.isOpenStatus(s)).toBe(!V.isClosedStatus(s));
    expect([...V.OPEN_STATUSES, ...V.CLOSED_STATUSES].sort()).toEqual([...V.FOLLOWUP_STATUSES].sort());
    expect(V.OPEN_STATUSES).toContain(V.INITIAL_FOLLOWUP_STATUS);
    expect(learnings.isOverdue({ targetDate: '2025-01-01', status: 'in_progress' }, '2025-02-01')).toBe(true);
    expect(learnings.isOverdue({ targetDate: '2025-01-01', status: 'done' }, '2025-02-01')).toBe(false);
  });

  it('one journalist role; the others are the officials roles in protocol order', () => {
    expect(V.MEMBER_ROLES.filter(V.isJournalistRole)).toEqual([V.JOURNALIST_ROLE]);
    expect(V.OFFICIAL_ROLES).toEqual(V.MEMBER_ROLES.filter((r) => r !== V.JOURNALIST_ROLE));
    expect(V.OFFICIAL_ROLES[0]).toBe(V.LEAD_ROLE);
    for (const r of V.MEMBER_ROLES) expect(V.kindForRole(r)).toBe(V.isJournalistRole(r) ? 'journalist' : 'official');
    expect(V.OFFICIAL_ROLES).toContain(V.SECRETARY_ROLE);
    expect(V.OFFICIAL_ROLES).toContain(V.DEFAULT_OFFICIAL_ROLE);
  });

  it('trip statuses: reported is the last, and under way', () => {
    expect(V.TRIP_STATUSES.filter(V.isReportedStatus)).toEqual([V.TRIP_STATUSES[V.TRIP_STATUSES.length - 1]]);
    for (const s of V.TRIP_STATUSES) if (V.isReportedStatus(s)) expect(V.isUnderWayStatus(s)).toBe(true);
    expect(V.isUnderWayStatus(V.INITIAL_TRIP_STATUS)).toBe(false);
  });

  it('agenda: one travel kind, which takes no attendance', () => {
    const travel = V.AGENDA_KINDS.filter(V.isTravelKind);
    expect(travel).toHaveLength(1);
    expect(V.takesAttendance(travel[0]!)).toBe(false);
    expect(V.takesAttendance(V.WELCOME_KIND)).toBe(true);
    expect(V.AGENDA_KINDS.filter((k) => !V.takesAttendance(k))).toEqual([...V.NO_ATTENDANCE_KINDS]);
  });

  it('employment with a NIP, media-type guard, institution kind per person kind', () => {
    expect(V.EMPLOYMENT.filter(V.hasNip)).toEqual(['pns', 'pppk']);
    for (const m of V.MEDIA_TYPES) expect(V.isMediaType(m)).toBe(true);
    expect(V.isMediaType('')).toBe(false);
    expect(V.isMediaType('Daring')).toBe(false);
    for (const k of V.PERSON_KINDS) expect(V.INSTITUTION_KINDS).toContain(V.INSTITUTION_KIND_FOR[k]);
  });

  it('import: every code is read from its own code and from its document label', () => {
    for (const e of V.EMPLOYMENT) expect(parseEmployment(e)).toBe(e);
    for (const m of V.MEDIA_TYPES) {
      expect(parseMediaType(m)).toBe(m);
      expect(parseMediaType(V.MEDIA_TYPE_LABELS[m])).toBe(m);
    }
  });

  it('sqlList quotes vocabulary codes and refuses anything else', () => {
    expect(V.sqlList(V.OPEN_STATUSES)).toBe("('planned', 'in_progress')");
    expect(() => V.sqlList(["x'); DROP TABLE trips; --"])).toThrow();
    expect(() => V.sqlList([])).toThrow();
  });
});
