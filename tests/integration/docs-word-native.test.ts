/**
 * Word-native files (issue 10 item 4), read back from the .docx of every
 * document of the seed trip: real paragraph styles (Heading 1–3 black, Body
 * Text, Table Text, Signature) that the Navigation pane and a table of
 * contents use; Word numbering in numbering.xml; Indonesian as the language
 * of every run; Word's own tabs; the office as author and last editor.
 */
import { describe, expect, it } from 'vitest';
import { link, nativeTabs, pack } from '../../main/docs/common';
import { BUILDERS } from '../../main/docs/index';
import { DOC_KINDS } from '../../shared/documents/schemas';
import { seedDocData } from '../helpers/doc-data';
import { readDocx } from '../helpers/docx';
import { Document, Packer, Paragraph } from 'docx';

const data = seedDocData();
const docs = Object.fromEntries(DOC_KINDS.map((k) => [k, readDocx(pack(BUILDERS[k](data).doc))]));

/** The <w:style> element of a style id in styles.xml. */
function styleXml(styles: string, id: string): string {
  const m = new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>([\\s\\S]*?)</w:style>`).exec(styles);
  return m?.[1] ?? '';
}

describe('Word-native documents', () => {
  it.each(DOC_KINDS)('%s: styles Heading 1–3 in black, Body Text, Table Text and Signature; Indonesian for every run', (kind) => {
    const d = docs[kind]!;
    const styles = d.xml('word/styles.xml');
    for (const id of ['Heading1', 'Heading2', 'Heading3']) {
      const s = styleXml(styles, id);
      expect(s, `${kind}: ${id} defined`).not.toBe('');
      expect(s, `${kind}: ${id} is black`).toContain('<w:color w:val="000000"/>');
      expect(s).toMatch(/<w:b\/>|<w:b w:val="true"\/>/);
    }
    for (const id of ['BodyText', 'TableText', 'Signature', 'TOC1']) expect(styleXml(styles, id), `${kind}: ${id}`).not.toBe('');
    // The language lives in the document defaults, so every run inherits it; no run says otherwise.
    const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(styles)?.[0] ?? '';
    expect(defaults).toContain('<w:lang w:val="id-ID"/>');
    for (const part of [d.body, ...d.headers, ...d.footers]) expect(part).not.toMatch(/<w:lang w:val="(?!id-ID)/);
  });

  it.each(DOC_KINDS)('%s: no literal tab character inside any run, Word tabs instead; the office is the author', (kind) => {
    const d = docs[kind]!;
    for (const part of [d.body, ...d.headers, ...d.footers]) {
      for (const m of part.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)) expect(m[1]).not.toContain('\t');
    }
    const core = d.xml('docProps/core.xml');
    const office = 'Dinas Komunikasi, Informatika, Persandian dan Statistik Kabupaten Buleleng';
    expect(core).toContain(`<dc:creator>${office}</dc:creator>`);
    expect(core).toContain(`<cp:lastModifiedBy>${office}</cp:lastModifiedBy>`);
    expect(core).not.toContain('Un-named');
    expect(/<dc:title>([^<]+)<\/dc:title>/.exec(core)?.[1]).toMatch(/Studi Komparasi|Perintah|Tugas|Surat|Jadwal|Daftar|Siaran/);
  });

  it('the SPT and lists use paragraph styles, not only direct formatting: tables in Table Text, signatures in Signature', () => {
    const spt = readDocx(pack(BUILDERS.spt(seedDocData({ officials: 12, journalists: 0 })).doc));
    expect(spt.body).toContain('<w:pStyle w:val="TableText"/>');
    expect(docs.rundown!.body).toContain('<w:pStyle w:val="TableText"/>');
    expect(docs.attendance!.body).toContain('<w:pStyle w:val="TableText"/>');
    expect(docs.report!.body).toContain('<w:pStyle w:val="Signature"/>');
  });

  it('numbering.xml defines the outline I / A / 1 / a and decimal, letter and bullet lists', () => {
    const numbering = docs.report!.xml('word/numbering.xml');
    for (const f of ['upperRoman', 'upperLetter', 'decimal', 'lowerLetter', 'bullet']) expect(numbering).toContain(`<w:numFmt w:val="${f}"/>`);
  });

  it('turns a tab inside a run into <w:tab/> and leaves other XML alone', () => {
    expect(nativeTabs('<w:p><w:r><w:t xml:space="preserve">I.\tPENDAHULUAN</w:t></w:r></w:p>')).toBe(
      '<w:p><w:r><w:t xml:space="preserve">I.</w:t><w:tab/><w:t xml:space="preserve">PENDAHULUAN</w:t></w:r></w:p>',
    );
    expect(nativeTabs('<w:tab/><w:tbl><w:t>a</w:t>')).toBe('<w:tab/><w:tbl><w:t>a</w:t>');
  });

  it('link(): web addresses and e-mail become hyperlinks with their relationship; other text stays text', async () => {
    const doc = new Document({
      sections: [
        { children: [new Paragraph({ children: [link('https://malangkota.go.id/berita/1'), link('kominfosanti@bulelengkab.go.id'), link('radarbali.id/x'), link('belum ada')] })] },
      ],
    });
    const d = readDocx(await Packer.toBuffer(doc));
    expect(d.body.match(/<w:hyperlink /g)?.length).toBe(3);
    const rels = d.xml('word/_rels/document.xml.rels');
    for (const target of ['https://malangkota.go.id/berita/1', 'mailto:kominfosanti@bulelengkab.go.id', 'https://radarbali.id/x']) {
      expect(rels).toContain(`Target="${target}" TargetMode="External"`);
    }
    expect(d.text).toContain('belum ada');
  });
});

describe('links written by the tables themselves', () => {
  it('every hyperlink in every document has its external relationship, each clipping of the report once', () => {
    for (const [kind, d] of Object.entries(docs)) {
      const rels = d.xml('word/_rels/document.xml.rels');
      for (const m of d.body.matchAll(/<w:hyperlink [^>]*r:id="([^"]+)"/g)) {
        expect(rels, `${kind}: ${m[1]}`).toMatch(new RegExp(`<Relationship Id="${m[1]}" Type="[^"]+/hyperlink" Target="[^"]+" TargetMode="External"/>`));
      }
    }
    const report = docs.report!;
    const rels = report.xml('word/_rels/document.xml.rels');
    expect(data.coverage.length).toBeGreaterThan(0);
    for (const c of data.coverage) {
      expect(rels.split(`Target="${c.url}"`).length - 1, c.url).toBe(1);
      // Shown as a link: the Hyperlink character style on the clipping's address.
      expect(report.body).toMatch(new RegExp(`<w:hyperlink [^>]*r:id="[^"]+"[^>]*><w:r><w:rPr><w:rStyle w:val="Hyperlink"/>[^]*?${c.url.replace(/[.?*+/]/g, '\\$&')}`));
    }
  });
});

describe('one style in every document (issue 10 item 8)', () => {
  const texts = Object.entries(docs).map(([kind, d]) => [kind, [d.text, ...d.headers.map((h) => readBack(h))].join('\n')] as const);

  it.each(texts)('%s: no arrows, one date-range style ("24 s.d. 25 April 2025"), no doubled full stops', (_kind, text) => {
    expect(text).not.toMatch(/→|->/);
    expect(text).not.toMatch(/\d{1,2}–\d{1,2} [A-Z][a-z]+ \d{4}/);
    expect(text).not.toMatch(/\d{1,2} [A-Z][a-z]+ – \d{1,2} [A-Z][a-z]+ \d{4}/);
    // "M.T.." (a title's stop and a sentence's stop) never; an ellipsis is "…".
    expect(text).not.toMatch(/[^.]\.\.(?!\.)/);
  });

  it('an invalid NIP is printed as typed and marked, and readiness lists it for the documents that print NIPs', async () => {
    const { readiness } = await import('../../main/docs/readiness');
    const bad = seedDocData({ officials: 6, journalists: 0 });
    const m = bad.detail.members.find((x) => x.person.employment === 'pns');
    if (!m) throw new Error('the seed has a civil servant');
    m.person.nip = '19801115201000 1181';
    const spt = readDocx(pack(BUILDERS.spt(bad).doc)).text;
    expect(spt).toContain('19801115201000 1181 [NIP tidak valid]');
    const gaps = readiness(bad).gaps.filter((g) => g.code === 'membersInvalidNip');
    expect(gaps.map((g) => g.kinds)).toEqual([expect.arrayContaining(['report', 'spt', 'attendance'])]);
  });
});

/** The visible text of a header part. */
function readBack(xml: string): string {
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
}
