import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, it } from 'vitest';
import { suite, useE2E } from './harness';

/** Set UPDATE_SCREENSHOTS=1 to refresh docs/screenshots/trash.png. */
const SCREENSHOTS = process.env.UPDATE_SCREENSHOTS ? resolve(__dirname, '../../docs/screenshots') : null;
const b64 = (name: string) => readFileSync(join(__dirname, '../fixtures/media', name)).toString('base64');

suite('Sampah, end to end in Chromium against the real handlers and database file', () => {
  const e2e = useE2E();

  it('deletes a trip after asking, shows it in Sampah with what comes back, restores it by keyboard and purges a photo for good', async () => {
    const { page } = e2e;
    type Id = { id: string };
    const trip = await e2e.call<Id>('trips.create', { title: 'Studi Komparasi Command Center Kota Malang', startDate: '2025-04-24', endDate: '2025-04-25' });
    const names = ['Gede Supriatna', 'Ketut Suwarmawan', 'Made Arsana', 'Ni Luh Ayu Sri Wahyuni'];
    for (const [i, name] of names.entries()) {
      const p = await e2e.call<Id>('people.create', { kind: 'official', name });
      await e2e.call('members.add', { tripId: trip.id, personId: p.id, role: i === 0 ? 'lead' : 'member' });
    }
    for (const [i, title] of ['Penyambutan', 'Paparan Command Center', 'Kunjungan lapangan'].entries()) {
      await e2e.call('agenda.create', { tripId: trip.id, kind: 'presentation', title, startLocal: `2025-04-24T${String(8 + i).padStart(2, '0')}:00`, endLocal: `2025-04-24T${String(8 + i).padStart(2, '0')}:45` });
    }
    await e2e.call('learnings.create', { tripId: trip.id, topic: 'Layanan darurat 112 terpadu' });
    const photo = { tripId: trip.id, imageBase64: b64('photo-1600x1200.jpg'), thumbBase64: b64('thumb-320x240.jpg'), width: 1600, height: 1200 };
    await e2e.call('photos.add', { ...photo, fileName: 'IMG_0001.jpg' });
    const lone = await e2e.call<Id>('photos.add', { ...photo, fileName: 'IMG_0002.jpg', caption: 'Ruang kendali' });
    await e2e.call('photos.remove', { id: lone.id });
    const host = await e2e.call<Id>('institutions.create', { kind: 'host', name: 'Dinas Kominfo Kota Malang', regionCode: '35.73' });
    await e2e.call('institutions.delete', { id: host.id });

    // The trip page asks once, saying what goes with the trip.
    await page.goto(`${e2e.session.server.url}#/trips/${trip.id}`);
    await page.getByRole('group', { name: 'Tindakan perjalanan' }).getByRole('button', { name: 'Hapus', exact: true }).click();
    const ask = page.getByRole('dialog', { name: 'Hapus perjalanan “Studi Komparasi Command Center Kota Malang”?' });
    await expect.poll(() => ask.textContent()).toContain('4 anggota, 3 acara, 1 hasil kunjungan, 1 foto');
    await ask.getByRole('button', { name: 'Hapus', exact: true }).click();
    await expect.poll(() => page.getByText('Belum ada perjalanan').count()).toBe(1);

    await page.getByRole('link', { name: 'Sampah' }).click();
    const list = page.getByRole('list', { name: 'Isi Sampah' });
    const tripRow = list.getByRole('listitem', { name: 'Perjalanan: Studi Komparasi Command Center Kota Malang' });
    await expect.poll(() => tripRow.textContent()).toContain('Ikut kembali: 4 anggota, 3 acara, 1 hasil kunjungan, 1 foto');
    await expect.poll(() => list.getByRole('listitem').count()).toBe(3);
    await expect.poll(() => list.getByRole('listitem').first().getAttribute('aria-label')).toBe('Perjalanan: Studi Komparasi Command Center Kota Malang');
    await expect.poll(() => list.getByRole('listitem', { name: 'Foto: IMG_0002.jpg' }).textContent()).toContain('Perjalanannya juga di Sampah');

    if (SCREENSHOTS) {
      mkdirSync(SCREENSHOTS, { recursive: true });
      await page.mouse.move(0, 0);
      await page.screenshot({ path: join(SCREENSHOTS, 'trash.png') });
    }

    // Enter on the row restores the trip whole; the photo deleted on its own stays in Sampah, and can now come back.
    await tripRow.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => list.getByRole('listitem').count()).toBe(2);
    const db = e2e.session.app.db;
    expect(db.prepare('SELECT count(*) FROM trip_members WHERE trip_id = ? AND deleted_at IS NULL').pluck().get(trip.id)).toBe(4);
    expect(db.prepare('SELECT count(*) FROM agenda_items WHERE trip_id = ? AND deleted_at IS NULL').pluck().get(trip.id)).toBe(3);
    expect(db.prepare('SELECT deleted_at IS NOT NULL FROM photos WHERE id = ?').pluck().get(lone.id)).toBe(1);

    // Delete on the photo's row asks, then removes it for good.
    await list.getByRole('listitem', { name: 'Foto: IMG_0002.jpg' }).focus();
    await page.keyboard.press('Delete');
    const purge = page.getByRole('dialog', { name: 'Hapus permanen “IMG_0002.jpg”?' });
    await expect.poll(() => purge.textContent()).toContain('tidak bisa dibatalkan');
    await purge.getByRole('button', { name: 'Hapus permanen', exact: true }).click();
    await expect.poll(() => list.getByRole('listitem').count()).toBe(1);
    expect(db.prepare('SELECT count(*) FROM photos WHERE id = ?').pluck().get(lone.id)).toBe(0);
    expect(db.pragma('foreign_key_check')).toEqual([]);

    await page.getByRole('link', { name: 'Perjalanan', exact: true }).click();
    await expect.poll(() => page.getByRole('link', { name: 'Studi Komparasi Command Center Kota Malang' }).count()).toBe(1);
  });
});
