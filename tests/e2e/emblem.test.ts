import { expect, it } from 'vitest';
import { buildDocx } from '../../main/docs';
import { gatherDocData } from '../../main/documents/doc-data';
import { readDocx } from '../helpers/docx';
import { suite, useE2E } from './harness';

/** A shield 200 × 240 in user units, without width/height attributes beyond the viewBox's proportions. */
const SHIELD_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 240" width="200" height="240">
  <path d="M10 10 H190 V140 Q190 220 100 235 Q10 220 10 140 Z" fill="#0f5b63" stroke="#c9a227" stroke-width="8"/>
  <circle cx="100" cy="100" r="40" fill="#f2c14e"/>
  <script>document.title = 'scripts in an SVG emblem must not run'</script>
</svg>`;

suite('the emblem in Pengaturan, drawn in Chromium', () => {
  const e2e = useE2E({ context: { viewport: { width: 1280, height: 900 } } });

  /** Pengaturan on the Perangkat Daerah of trips without an origin institution. */
  async function openIssuer() {
    await e2e.page.goto(`${e2e.session.server.url}#/settings`);
    await e2e.page.getByRole('tab', { name: 'Perangkat Daerah' }).click();
    await e2e.page.getByText('Belum ada lambang').waitFor();
  }

  it('an SVG emblem is turned into a PNG of its proportions, stored with the issuer, and printed in the kop', async () => {
    await openIssuer();
    await e2e.page.locator('.profile-emblem input[type=file]').setInputFiles({ name: 'lambang-buleleng.svg', mimeType: 'image/svg+xml', buffer: Buffer.from(SHIELD_SVG) });
    await e2e.page.getByText('Lambang daerah disimpan.').waitFor();
    await e2e.page.getByText('lambang-buleleng.png').waitFor();
    await e2e.page.getByText('500 × 600 piksel').waitFor();

    const issuers = await e2e.call<Array<{ level: string; emblem: { mime: string; width: number; height: number; dataUrl: string } | null }>>('issuers.list', { institutionId: null });
    const emblem = issuers.find((i) => i.level === 'agency')?.emblem;
    expect(emblem).toMatchObject({ mime: 'image/png', width: 500, height: 600 });
    const png = Buffer.from(emblem?.dataUrl.split(',')[1] ?? '', 'base64');
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(await e2e.page.title()).not.toContain('must not run');

    // The kop of a document built from the database carries that PNG.
    const trip = await e2e.call<{ id: string }>('trips.create', { title: 'Studi Komparasi ke Kota Malang', startDate: '2025-04-24', endDate: '2025-04-25' });
    const data = gatherDocData(e2e.session.app.store, trip.id, '2025-04-28');
    const parts = readDocx(buildDocx('letter', data).bytes);
    expect(parts.media.filter((p) => p.endsWith('.png'))).toHaveLength(1);
    expect(parts.headers.join('')).toContain('<w:drawing>');
  });

  it('an SVG that cannot be drawn gets a clear message and changes nothing', async () => {
    await openIssuer();
    await e2e.page.locator('.profile-emblem input[type=file]').setInputFiles({ name: 'rusak.svg', mimeType: 'image/svg+xml', buffer: Buffer.from('<svg this is not xml') });
    await e2e.page.getByText('berkas SVG ini tidak dapat digambar').waitFor();
    const issuers = await e2e.call<Array<{ emblem: unknown }>>('issuers.list', { institutionId: null });
    expect(issuers.every((i) => i.emblem === null)).toBe(true);
  });
});
