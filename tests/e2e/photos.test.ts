import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { suite, useE2E } from './harness';

const file = (name: string, mimeType: string) => ({ name, mimeType, buffer: readFileSync(join(__dirname, '../fixtures/media', name)) });

suite('photos, decoded and shrunk in Chromium, stored by the real handlers', () => {
  const e2e = useE2E();

  it('adds JPEG and PNG files through the file input, shrinking them once; bad files are named and skipped', async () => {
    const r = await e2e.session.app.dispatch('trips.create', { title: 'Studi Komparasi ke Kota Malang', startDate: '2025-04-24', endDate: '2025-04-25' });
    if (!r.ok) throw new Error(r.error.message);
    const tripId = (r.value as { id: string }).id;
    await e2e.page.goto(`${e2e.session.server.url}#/trips/${tripId}`);
    // The user adds photos to the section on screen (sections off screen wait to re-read).
    await e2e.page.getByRole('region', { name: 'Dokumentasi' }).getByText('Belum ada foto').scrollIntoViewIfNeeded();

    await e2e.page.getByTestId('photo-input').setInputFiles([
      file('command-center-2000x1500.jpg', 'image/jpeg'),
      file('rapat-1800x1200.png', 'image/png'),
      file('exif-balai-kota.jpg', 'image/jpeg'),
      { name: 'bukan-foto.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('%PDF-1.4 not a picture') },
    ]);
    await e2e.page.getByText('3 foto ditambahkan.').waitFor();
    await e2e.page.getByText('bukan-foto.jpg: berkas ini bukan gambar yang dapat dibaca.').waitFor();

    const rows = e2e.session.app.db
      .prepare(
        `SELECT p.file_name AS name, p.width, p.height, p.taken_at AS takenAt, i.size AS imageSize, t.size AS thumbSize
         FROM photos p JOIN blobs i ON i.sha256 = p.image_sha256 JOIN blobs t ON t.sha256 = p.thumb_sha256 ORDER BY p.position`,
      )
      .all() as Array<{ name: string; width: number; height: number; takenAt: string; imageSize: number; thumbSize: number }>;
    expect(rows.map((x) => [x.name, x.width, x.height, x.takenAt])).toEqual([
      ['command-center-2000x1500.jpg', 1600, 1200, ''],
      ['rapat-1800x1200.png', 1600, 1067, ''],
      ['exif-balai-kota.jpg', 1067, 1600, '2025-04-24T10:15'],
    ]);
    for (const x of rows) expect(x.thumbSize).toBeLessThan(x.imageSize);

    // Every thumbnail really decodes in the browser.
    const thumbs = e2e.page.locator('.photo-thumb img');
    await expect.poll(() => thumbs.count()).toBe(3);
    const widths = await thumbs.evaluateAll((imgs) => imgs.map((i) => (i as HTMLImageElement).naturalWidth));
    expect(widths).toEqual([320, 320, 213]);
    expect(await e2e.page.getByLabel('Tanggal pengambilan foto exif-balai-kota.jpg').inputValue()).toBe('24/04/2025');
    expect(await e2e.page.getByLabel('Jam pengambilan foto exif-balai-kota.jpg').inputValue()).toBe('10.15');
  });

  it('adds a photo dropped on the drop zone', async () => {
    const r = await e2e.session.app.dispatch('trips.create', { title: 'Kunker ke Mataram', startDate: '2020-12-02', endDate: '2020-12-02' });
    if (!r.ok) throw new Error(r.error.message);
    const tripId = (r.value as { id: string }).id;
    await e2e.page.goto(`${e2e.session.server.url}#/trips/${tripId}`);
    // The user adds photos to the section on screen (sections off screen wait to re-read).
    await e2e.page.getByRole('region', { name: 'Dokumentasi' }).getByText('Belum ada foto').scrollIntoViewIfNeeded();
    const b64 = readFileSync(join(__dirname, '../fixtures/media/photo-1600x1200.jpg')).toString('base64');
    await e2e.page.locator('.photo-drop').evaluate((zone, data) => {
      const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
      const dt = new DataTransfer();
      dt.items.add(new File([bytes], 'pendopo.jpg', { type: 'image/jpeg' }));
      zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, b64);
    await e2e.page.getByRole('button', { name: 'Perbesar foto pendopo.jpg' }).waitFor();
    const row = e2e.session.app.db.prepare(`SELECT width, height FROM photos WHERE file_name = 'pendopo.jpg'`).get();
    expect(row).toEqual({ width: 1600, height: 1200 });
  });
});
