/**
 * Every document prints the vocabulary's label of every code it can meet,
 * never the raw code and never another word: documents are built for data
 * covering each code of each list they show (a report with a follow-up of
 * each status, a clipping of each tone, journalists of each media type,
 * officials of each role), read back, and each label looked for in the row
 * of the item that carries the code. Kinds that print no vocabulary label
 * are listed too, so a new document kind must say what it prints.
 */
import { describe, expect, it } from 'vitest';
import { pack } from '../../main/docs/common';
import { BUILDERS } from '../../main/docs/index';
import type { DocData } from '../../main/docs/model';
import type { DocKind } from '../../shared/documents/schemas';
import {
  DEFAULT_OFFICIAL_ROLE,
  DIMENSIONS,
  DIMENSION_LABELS,
  FOLLOWUP_STATUSES,
  FOLLOWUP_STATUS_LABELS,
  MEDIA_TYPES,
  MEDIA_TYPE_LABELS,
  MEMBER_ROLE_LABELS,
  OFFICIAL_ROLES,
  TONES,
  TONE_LABELS,
} from '../../shared/vocabulary';
import { seedDocData } from '../helpers/doc-data';
import { readDocx } from '../helpers/docx';

/** The seed trip, widened so that each list's every code occurs once at least. */
function coveringData(): DocData {
  const data = seedDocData({ officials: OFFICIAL_ROLES.length, journalists: MEDIA_TYPES.length });
  data.text = { ...data.text, conclusion: '' }; // the drafted conclusion names the dimensions
  const officials = data.detail.members.filter((m) => m.person.kind === 'official');
  OFFICIAL_ROLES.forEach((role, i) => {
    const m = officials[i];
    if (!m) throw new Error('too few officials');
    m.role = role;
    m.person.jabatan = `Jabatan Uji ${role}`;
  });
  const journalists = data.detail.members.filter((m) => m.person.kind === 'journalist');
  MEDIA_TYPES.forEach((t, i) => {
    const m = journalists[i];
    if (!m) throw new Error('too few journalists');
    m.person.mediaType = t;
    m.person.name = `Wartawan Uji ${t}`;
    m.person.pressCard = `KARTU-${t}`;
  });
  const learning = data.learnings[0];
  if (!learning) throw new Error('no learning');
  const followup = learning.followups[0];
  if (!followup) throw new Error('no follow-up');
  learning.dimensions = [...DIMENSIONS];
  learning.followups = FOLLOWUP_STATUSES.map((status, i) => ({ ...followup, id: `${followup.id.slice(0, -2)}f${i}`, status, action: `Aksi uji ${status}` }));
  const clipping = data.coverage[0];
  if (!clipping) throw new Error('no clipping');
  data.coverage = TONES.map((tone, i) => ({ ...clipping, id: `${clipping.id.slice(0, -2)}c${i}`, tone, headline: `Berita uji ${tone}` }));
  return data;
}

const lines = (text: string): string[] => text.split('\n').map((l) => l.trim());

/** The lines of the table row that starts with the paragraph `first` (at most `span` cells). */
function rowAfter(text: string, first: string, span: number): string[] {
  const all = lines(text);
  const i = all.indexOf(first);
  expect(i, `row of ${first}`).toBeGreaterThanOrEqual(0);
  return all.slice(i, i + span);
}

type Check = (text: string) => void;

/** What each document kind prints from the vocabulary. */
const PRINTS: Record<DocKind, Array<[string, Check]>> = {
  report: [
    [
      'follow-up statuses (Rencana Tindak Lanjut)',
      (t) => {
        for (const s of FOLLOWUP_STATUSES) expect(rowAfter(t, `Aksi uji ${s}`, 4), s).toContain(FOLLOWUP_STATUS_LABELS[s]);
      },
    ],
    [
      'tones (clippings)',
      (t) => {
        for (const tone of TONES) expect(rowAfter(t, `Berita uji ${tone}`, 3), tone).toContain(TONE_LABELS[tone]);
      },
    ],
    [
      'media types (journalists)',
      (t) => {
        for (const m of MEDIA_TYPES) expect(rowAfter(t, `Wartawan Uji ${m}`, 4), m).toContain(MEDIA_TYPE_LABELS[m]);
      },
    ],
    [
      'member roles (delegation table, but the plain members)',
      (t) => {
        for (const r of OFFICIAL_ROLES) {
          // The jabatan cell, then (after a line break) the role: every role but the plain members'.
          const all = lines(t);
          const after = all.flatMap((l, i) => (l === `Jabatan Uji ${r}` ? [all[i + 1] ?? ''] : []));
          expect(after.length, r).toBeGreaterThan(0);
          if (r === DEFAULT_OFFICIAL_ROLE) expect(after.some((l) => l.startsWith('(')), r).toBe(false);
          else expect(after, r).toContain(`(${MEMBER_ROLE_LABELS[r]})`);
        }
      },
    ],
    [
      'dimensions (drafted conclusion)',
      (t) => {
        const sentence = lines(t).find((l) => l.includes('berkaitan dengan dimensi')) ?? '';
        for (const d of DIMENSIONS) expect(sentence, d).toContain(DIMENSION_LABELS[d]);
      },
    ],
  ],
  spt_non_asn: [
    [
      'media types (Keterangan)',
      (t) => {
        for (const m of MEDIA_TYPES) expect(t, m).toContain(`Jurnalis media ${MEDIA_TYPE_LABELS[m].toLowerCase()}; Kartu pers KARTU-${m}`);
      },
    ],
  ],
  spt: [],
  letter: [],
  rundown: [],
  attendance: [],
  press: [],
};

describe('documents print the vocabulary labels', () => {
  const data = coveringData();
  const texts = new Map<DocKind, string>();
  const textOf = (kind: DocKind): string => {
    let t = texts.get(kind);
    if (t === undefined) {
      t = readDocx(pack(BUILDERS[kind](data).doc)).text;
      texts.set(kind, t);
    }
    return t;
  };

  it('every builder is covered', () => {
    expect(Object.keys(PRINTS).sort()).toEqual(Object.keys(BUILDERS).sort());
  });

  const cases = (Object.keys(PRINTS) as DocKind[]).flatMap((kind) => PRINTS[kind].map(([what, check]) => [kind, what, check] as const));
  it.each(cases)('%s: %s', (kind, _what, check) => {
    check(textOf(kind));
  });

  it.each(Object.keys(BUILDERS) as DocKind[])('%s: no raw follow-up status, tone or media-type code where a label belongs', (kind) => {
    const t = lines(textOf(kind));
    // A cell holding only a code means a label fell back to the code.
    for (const code of [...FOLLOWUP_STATUSES, ...TONES, ...MEDIA_TYPES]) expect(t, code).not.toContain(code);
  });
});
