/**
 * No lonely signature (issue 10): on the pages LibreOffice renders, the
 * signer's name always shares its page with the last lines of what is signed
 * — the SPT's "Untuk" tasks, or the last rows of its Lampiran — for
 * delegations of 1, 4, 15, 40, 200 and 500 people; and pages are numbered in
 * the house style, never on a one-page SPT.
 */
import { describe, expect, it } from 'vitest';
import { pack } from '../../main/docs/common';
import { buildLetter } from '../../main/docs/letter';
import { buildSpt, buildSptNonAsn } from '../../main/docs/spt';
import { seedDocData, setHouseStyle } from '../helpers/doc-data';
import { hasLibreOffice, renderDocxPages } from '../helpers/docx';

const SIZES = [1, 4, 15, 40, 200, 500] as const;
const rendered = hasLibreOffice();
if (!rendered && process.env.CI === 'true') throw new Error('LibreOffice and poppler are needed for the rendered signature tests');

const squash = (s: string) => s.replace(/\s+/g, ' ');

/** The pages that carry the signer's name, each with what stands above the name on it. */
function signaturePages(pages: string[], name: string): Array<{ index: number; above: string }> {
  const out: Array<{ index: number; above: string }> = [];
  pages.forEach((p, index) => {
    const text = squash(p);
    const at = text.indexOf(name);
    if (at >= 0) out.push({ index, above: text.slice(0, at) });
  });
  return out;
}

describe.runIf(rendered)('signatures never stand alone, rendered by LibreOffice', () => {
  it('the SPT: its signer shares the page with the last task, and the Lampiran signer with the last people, for 1 to 500 people', () => {
    const files: Record<string, Uint8Array> = {};
    const expected: Record<string, { signer: string; lastTask: string; lastPerson: string; count: number }> = {};
    for (const n of SIZES) {
      const data = seedDocData({ officials: n, journalists: 0 });
      const signer = data.signing.spt.signer?.name ?? '';
      expect(signer, 'the seed SPT has a signer').not.toBe('');
      const asn = data.detail.members.filter((m) => m.person.employment !== 'elected');
      const last = asn[asn.length - 1] ?? data.detail.members[data.detail.members.length - 1];
      files[`spt-${n}`] = pack(buildSpt(data).doc);
      expected[`spt-${n}`] = { signer, lastTask: 'penuh tanggung jawab', lastPerson: last?.person.name ?? '', count: n };
    }
    const pages = renderDocxPages(files);
    for (const [name, want] of Object.entries(expected)) {
      const got = pages[name] ?? [];
      const signed = signaturePages(got, squash(want.signer));
      expect(signed.length, `${name}: the signer's name is printed`).toBeGreaterThan(0);
      // The first signature (under the order): the last task is on its page, above the name.
      const first = signed[0]!;
      expect(first.above, `${name}: page ${first.index + 1} has the last task above the signature`).toContain(want.lastTask);
      if (want.count > 15) {
        // The Lampiran's signature: the last person of the list is on its page.
        const lampiran = signed[signed.length - 1]!;
        expect(lampiran.index, `${name}: the Lampiran is signed on its own last page`).toBe(got.length - 1);
        expect(lampiran.above, `${name}: the last page has people of the list above the signature`).toContain(want.lastPerson);
      }
      // Page numbers: none on a one-page SPT, "Halaman 2 dari N" from the second page.
      expect(squash(got[0] ?? ''), `${name}: no number on the first page`).not.toMatch(/Halaman \d+ dari/);
      if (got.length > 1) expect(squash(got[1] ?? '')).toContain(`Halaman 2 dari ${got.length}`);
    }
  });

  it("the journalists' Surat Tugas: the signer keeps the last task with it, for 1 to 500 journalists, and the ministry style numbers '- 2 -' at the top", () => {
    const files: Record<string, Uint8Array> = {};
    const signers: Record<string, string> = {};
    for (const n of SIZES) {
      const data = seedDocData({ officials: 2, journalists: n });
      if (n === 40) setHouseStyle(data, { pageNumbers: 'top_center' });
      signers[`st-${n}`] = data.signing.spt_non_asn.signer?.name ?? '';
      files[`st-${n}`] = pack(buildSptNonAsn(data).doc);
    }
    const pages = renderDocxPages(files);
    for (const n of SIZES) {
      const got = pages[`st-${n}`] ?? [];
      const signed = signaturePages(got, squash(signers[`st-${n}`] ?? '?'));
      expect(signed.length, `st-${n}: signed`).toBeGreaterThan(0);
      expect(signed[0]!.above, `st-${n}: the last task above the signature`).toContain('penuh tanggung jawab');
      if (n === 40) {
        expect(got.length).toBeGreaterThan(1);
        expect(squash(got[1] ?? '')).toMatch(/^\s*-\s?2\s?-/);
        expect(got.join('')).not.toContain('Halaman');
      }
    }
  });

  it('the letter to the host: "Demikian permohonan …" stands on the page of the signature, however long the letter above it runs', () => {
    const files: Record<string, Uint8Array> = {};
    let signer = '';
    // Longer and longer purposes walk the closing across the page end.
    for (let n = 0; n < 12; n++) {
      const data = seedDocData();
      data.detail.trip.purpose = `${'Mempelajari pengelolaan komunikasi publik dan pemanfaatan command center yang terintegrasi dengan layanan kedaruratan, '.repeat(n * 2)}serta tata kelola SPBE di Kota Malang`;
      signer = data.signing.letter.signer?.name ?? '';
      files[`letter-${n}`] = pack(buildLetter(data).doc);
    }
    expect(signer).not.toBe('');
    const pages = renderDocxPages(files);
    const crossed = Object.values(pages).filter((p) => signaturePages(p, squash(signer))[0]?.index !== 0).length;
    expect(crossed, 'some letters sign on their second page').toBeGreaterThan(0);
    for (const [name, got] of Object.entries(pages)) {
      const signed = signaturePages(got, squash(signer));
      expect(signed.length, `${name}: signed`).toBeGreaterThan(0);
      expect(signed[0]!.above, `${name}: the closing sentence above the signature`).toContain('Demikian permohonan ini kami sampaikan');
    }
  });
});
