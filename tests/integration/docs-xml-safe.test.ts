/**
 * Issue 11 item 6: text a user typed never makes a document invalid XML.
 * U+FFFE, U+FFFF, lone surrogates and C0 controls (tab, newline and carriage
 * return aside) are forbidden by XML 1.0; Word and LibreOffice refuse a .docx
 * holding one. Every free-text field of a trip gets adversarial text, every
 * kind of document is built and packed, and every part of every file is read
 * by a strict XML 1.0 parser (saxes, with namespaces). Item 8: the documents
 * at the contract's members limit (2,000) build and are valid files.
 */
import { unzipSync } from 'fflate';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { pack } from '../../main/docs/common';
import { xmlSafe } from '../../main/docs/format';
import { buildDocument } from '../../main/docs/index';
import type { DocData } from '../../main/docs/model';
import { MAX_MEMBERS_PER_TRIP } from '../../shared/delegation/schemas';
import { DOC_KINDS, type DocKind } from '../../shared/documents/schemas';
import { seedDocData, seedQuote } from '../helpers/doc-data';
import { hasLibreOffice, renderDocx } from '../helpers/docx';

/** What a paste from a broken export or a fuzzer puts in a field; the emoji (a paired surrogate) and the markup characters must survive. */
const ADV = ' A\uFFFEB\uFFFFC\uD800D\u0001E\u0000F\u000BG\uDC00H\u001F 😀 <&>"\' z';
const LONG = Array.from({ length: 400 }, (_, i) => `kalimat ${i}${ADV}`).join(' ');

/** Keys whose strings are the user's text (printed somewhere, or possibly printed). */
const FREE_TEXT = new Set([
  'title', 'background', 'purpose', 'objectives', 'scope', 'legalBasis',
  'name', 'address', 'phone', 'email', 'website',
  'carrier', 'transportNumber', 'hotel', 'room', 'needs',
  'titlePrefix', 'titleSuffix', 'nip', 'jabatan', 'unit', 'pressCard', 'notes', 'institutionName',
  'fromPlace', 'toPlace', 'venueName', 'venueText', 'pic',
  'topic', 'hostPractice', 'label', 'value', 'applicability', 'recommendation', 'responsibleUnit',
  'action', 'ownerUnit', 'evidence',
  'outlet', 'journalistName', 'headline', 'url', 'section', 'fileName', 'caption',
  'conclusion', 'suggestions', 'closing', 'sptTasks', 'pressHeadline', 'pressContact', 'foreword', 'obstacles',
  'number', 'hostRegionNames',
  'govLine', 'officeName', 'contacts', 'placeOfIssue', 'headTitle', 'tembusan', 'pangkat', 'above', 'attention',
  'words', 'speakerName', 'speakerJabatan', 'place',
]);
/** Keys whose strings are ids, dates, zones or choices from a list: not typed text, left as they are. */
const STRUCTURED = new Set([
  'id', 'tripId', 'personId', 'institutionId', 'originInstitutionId', 'learningId', 'agendaItemId', 'speakerPersonId',
  'journalistMemberId', 'roommatePersonId', 'venueId', 'issuerId', 'sha256', 'memberIds', 'agendaItemIds',
  'kind', 'role', 'status', 'employment', 'golongan', 'eselon', 'travelLevel', 'mediaType', 'hostRole', 'transportMode',
  'startDate', 'endDate', 'startZone', 'endZone', 'startLocal', 'endLocal', 'attendance', 'dimensions', 'spbeDomains',
  'priority', 'targetDate', 'publishedOn', 'tone', 'takenAt', 'saidOn', 'issuedOn', 'today', 'regionCode', 'hostRegionCodes',
  'paper', 'font', 'pageNumbers', 'letterDate', 'attendanceSplit', 'level', 'form', 'date', 'acting', 'type',
]);
/** A member's seat on the bus is text; a signer's seat is a choice (the same key). */
const isFree = (obj: Record<string, unknown>, key: string): boolean => FREE_TEXT.has(key) || (key === 'seat' && 'transportMode' in obj);

/** Appends the adversarial text to every free-text string (arrays of them too); answers the keys no list names. */
function poison(value: unknown, unknown = new Set<string>(), seen = new WeakSet<object>()): Set<string> {
  if (!value || typeof value !== 'object' || value instanceof Uint8Array || seen.has(value)) return unknown;
  seen.add(value);
  if (Array.isArray(value)) {
    for (const v of value) poison(v, unknown, seen);
    return unknown;
  }
  const o = value as Record<string, unknown>;
  for (const [k, v] of Object.entries(o)) {
    const strings = typeof v === 'string' || (Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'string'));
    if (!strings) poison(v, unknown, seen);
    else if (isFree(o, k)) o[k] = typeof v === 'string' ? `${v}${ADV}` : [...v, ''].map((s: string) => `${s}${ADV}`);
    else if (!STRUCTURED.has(k) && !(k === 'seat' && 'jabatan' in o)) unknown.add(k);
  }
  return unknown;
}

/** The seed trip with everything (quotes, a venue, every number, the report's optional parts) and adversarial text in every field. */
function adversarialData(): DocData {
  const data = seedDocData({ officials: 8, journalists: 4, agendaItems: 10, learnings: 4, photos: 2, withEmblem: true });
  const { trip, members, hostPeople } = data.detail;
  const lead = members[0]!;
  const host = hostPeople[0]!;
  const words = 'Kami ingin command center seperti ini hadir di Buleleng.';
  data.quotes = [seedQuote(data, 'q1', lead, words, data.learnings[0]!.id), seedQuote(data, 'q2', host, words, null)];
  data.detail.venues = [{ id: 'v1', createdAt: 1, updatedAt: 1, tripId: trip.id, institutionId: null, name: 'Ngalam Command Center', address: 'Jl. Tugu No. 1' }];
  for (const [kind, seq] of [['report', 9], ['spt_non_asn', 10], ['letter', 11], ['press', 12]] as const) {
    data.numbers[kind] = { id: `n-${kind}`, tripId: trip.id, kind, issuerId: '', number: `000.1.2.3/${seq}/2025`, seq, year: 2025, issuedOn: '2025-04-21', clash: false };
  }
  Object.assign(data.text, {
    conclusion: 'Kesimpulan.',
    suggestions: 'Saran.',
    closing: 'Penutup.',
    sptTasks: 'Melaksanakan studi komparasi.',
    pressHeadline: 'Pemkab Buleleng Belajar ke Kota Malang',
    pressContact: 'Narahubung: Dinas Kominfosanti',
    approval: true,
    foreword: 'Puji syukur.',
    obstaclesOn: true,
    obstacles: 'Cuaca.',
  });
  for (const s of Object.values(data.signing)) {
    s.attention = 'Kepala Bagian Protokol';
    if (s.acknowledge === null && s.signer) s.acknowledge = { ...s.signer };
  }
  const unclassified = poison(data);
  expect([...unclassified], 'string fields neither list names: classify them').toEqual([]);
  // Very long text, in a narrative field and in a table cell.
  trip.background = LONG;
  members[3]!.person = { ...members[3]!.person, jabatan: LONG };
  return data;
}

interface PartRead {
  path: string;
  /** Character data and attribute values, as the parser read them. */
  text: string;
}

/**
 * Every part of the .docx: valid UTF-8 (a lone surrogate written by
 * Buffer.from would be U+FFFD), and well-formed XML 1.0 with namespaces,
 * read by saxes (strict: a forbidden character is a fatal error).
 */
function readStrict(bytes: Uint8Array): PartRead[] {
  const files = unzipSync(bytes);
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  const out: PartRead[] = [];
  for (const [path, data] of Object.entries(files)) {
    if (path.startsWith('word/media/')) continue;
    expect(path, 'every part but media is XML').toMatch(/\.(xml|rels)$/);
    const xml = utf8.decode(data);
    const chunks: string[] = [];
    const parser = new SaxesParser({ xmlns: true, position: true });
    let error: Error | null = null;
    parser.on('error', (e) => {
      error ??= e;
    });
    parser.on('text', (t) => chunks.push(t));
    parser.on('opentag', (tag) => {
      for (const a of Object.values(tag.attributes)) chunks.push(typeof a === 'string' ? a : a.value);
    });
    parser.write(xml).close();
    if (error) throw new Error(`${path}: ${(error as Error).message}`);
    out.push({ path, text: chunks.join('\n') });
  }
  return out;
}

/** Builds one kind of document and packs it as the export does. */
function built(kind: DocKind, data: DocData): Buffer {
  return pack(buildDocument(kind, data).doc);
}

/** The documents with the issuer's kop in their first-page header. */
const KOP_KINDS = new Set<DocKind>(['report', 'spt', 'spt_non_asn', 'letter', 'press']);

/** What XML 1.0 forbids, and U+FFFD (what Buffer.from makes of a lone surrogate: nobody typed it here). */
// eslint-disable-next-line no-control-regex -- looking for exactly these characters
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uFFFD]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe('XML-safe text: adversarial text in every field of every document', () => {
  it('xmlSafe drops what XML 1.0 forbids and keeps the rest (a paired surrogate, tab, newline, CR, markup characters)', () => {
    expect(xmlSafe('A\uFFFEB\uFFFFC\uD800D\u0001E\u0000F\u001FG\uDC00H')).toBe('ABCDEFGH');
    expect(xmlSafe('a\u000Bb\u000Cc')).toBe('a b c');
    expect(xmlSafe('😀 \uD83D\uDE00 \uDBFF\uDFFF')).toBe('😀 😀 \uDBFF\uDFFF');
    expect(xmlSafe('\uD83D')).toBe('');
    expect(xmlSafe('\uDE00\uD83D')).toBe('');
    expect(xmlSafe('t\tn\nr\r<&>"\'\u007F\u0085\uFFFD\uE000')).toBe('t\tn\nr\r<&>"\'\u007F\u0085\uFFFD\uE000');
    const plain = 'Studi Komparasi ke Kota Malang';
    expect(xmlSafe(plain)).toBe(plain);
  });

  const kinds = [...DOC_KINDS, 'attendance-session'] as const;
  it.each(kinds)('%s: every part parses as strict XML 1.0, the emoji and the markup characters survive', (name) => {
    const data = adversarialData();
    const kind: DocKind = name === 'attendance-session' ? 'attendance' : name;
    if (name === 'attendance-session') data.text.attendanceSplit = 'session';
    const parts = readStrict(built(kind, data));
    const all = parts.map((p) => p.text).join('\n');
    expect(all).not.toMatch(FORBIDDEN);
    const body = parts.find((p) => p.path === 'word/document.xml')!.text;
    expect(body).toContain('😀');
    expect(body).toContain('<&>');
    // The document's title in its core properties, with the text around what was stripped.
    const core = parts.find((p) => p.path === 'docProps/core.xml')!.text;
    expect(core).toContain('😀');
    // The kop (a first-page header) carries the issuer's lines as typed, less the forbidden characters.
    if (KOP_KINDS.has(kind)) {
      const headers = parts.filter((p) => /^word\/header\d*\.xml$/.test(p.path)).map((p) => p.text).join('\n');
      expect(headers).toContain('😀');
    }
  });

  it('hyperlink targets (the report’s press clippings) are XML-safe in the relationships part', () => {
    const data = adversarialData();
    // (The report makes controls in a line of text spaces itself; lone surrogates reach pack(), which drops them.)
    data.coverage[0]!.url = 'https://example.org/berita/x\uD800y\uDFFF😀';
    const parts = readStrict(built('report', data));
    const rels = parts.find((p) => p.path === 'word/_rels/document.xml.rels')!.text;
    expect(rels).toContain('https://example.org/berita/xy😀');
    // The poisoned URLs of the other clippings (with spaces in them) are links too.
    expect(rels.split('https://example.org/berita/').length - 1).toBe(data.coverage.length);
    expect(rels).not.toMatch(FORBIDDEN);
  });

  it.skipIf(!hasLibreOffice() && process.env.CI !== 'true')('LibreOffice renders the adversarial report to PDF', () => {
    const data = adversarialData();
    const r = renderDocx(built('report', data), 'adversarial.docx');
    expect(r.pages).toBeGreaterThan(3);
    expect(r.text).toContain('<&>');
    expect(r.text).toContain('kalimat 399');
  }, 240_000);
});

/** The members limit of the contract (issue 11 item 8): the documents are tested at it. */
const MEMBERS_LIMIT = MAX_MEMBERS_PER_TRIP;

describe('documents at the members limit', () => {
  it(`a trip of ${MEMBERS_LIMIT} members: report, SPT, non-ASN Surat Tugas, letter (its delegation list) and attendance build as valid files`, () => {
    const data = seedDocData({ officials: MEMBERS_LIMIT - 100, journalists: 100, agendaItems: 20, learnings: 10, photos: 2 });
    expect(data.detail.members).toHaveLength(MEMBERS_LIMIT);
    const lastOfficial = data.detail.members.filter((m) => m.role !== 'journalist').at(-1)!;
    const lastJournalist = data.detail.members.at(-1)!;
    for (const [kind, who] of [
      ['report', lastJournalist],
      ['spt', lastOfficial],
      ['spt_non_asn', lastJournalist],
      ['letter', lastJournalist],
      ['attendance', lastJournalist],
    ] as const) {
      const parts = readStrict(built(kind, data));
      const body = parts.find((p) => p.path === 'word/document.xml')!.text;
      expect(body, kind).toContain(who.person.name);
    }
  }, 240_000);
});
