import { expect, it } from 'vitest';
import { resolve } from 'node:path';
import { suite, useE2E } from './harness';

/**
 * The protocol officer's morning, as issue 3 tells it: the Buleleng → Kota
 * Malang visit of 24 April 2025 (seeds 000/001), built through the real UI in
 * Chromium against the real handlers and database file, then reloaded.
 */
suite('the Buleleng → Kota Malang visit, end to end', () => {
  const e2e = useE2E({ per: 'file', context: { viewport: { width: 1280, height: 900 } } });

  const go = (hash: string) => e2e.page.goto(`${e2e.session.server.url}${hash}`);
  const delegationNames = () =>
    e2e.page
      .getByRole('region', { name: 'Rombongan' })
      .getByRole('table')
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((r) => r.querySelector('td:nth-child(2)')?.textContent?.trim() ?? ''));

  async function newOfficial(role: string, fill: Record<string, string>, employment?: string, golongan?: string): Promise<void> {
    await e2e.page.getByRole('combobox', { name: 'Peran anggota baru' }).selectOption({ label: role });
    await e2e.page.getByRole('button', { name: 'Orang baru' }).click();
    const form = e2e.page.getByRole('form', { name: 'Pejabat baru' });
    if (employment) await form.getByLabel('Status kepegawaian').selectOption({ label: employment });
    for (const [label, value] of Object.entries(fill)) await form.getByLabel(label, { exact: true }).fill(value);
    if (golongan) await form.getByLabel('Pangkat/golongan').selectOption({ label: golongan });
    await form.getByRole('button', { name: 'Simpan dan tambahkan' }).click();
    await expect.poll(() => form.count()).toBe(0);
  }

  it('creates the trip, the delegation, 33 journalists by CSV and the hosts; all persist in protocol order', async () => {
    await go('');
    await e2e.page.getByRole('button', { name: 'Perjalanan baru' }).first().click();
    const dialog = e2e.page.getByRole('dialog', { name: 'Perjalanan baru' });
    await dialog.getByLabel('Judul perjalanan').fill('Studi Komparasi Command Center ke Kota Malang');
    await dialog.getByLabel('Tanggal mulai', { exact: true }).fill('2025-04-24');
    await dialog.getByLabel('Tanggal selesai', { exact: true }).fill('2025-04-24');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await e2e.page.getByRole('link', { name: 'Studi Komparasi Command Center ke Kota Malang' }).click();
    await expect.poll(() => e2e.page.getByRole('heading', { level: 1 }).textContent()).toBe('Studi Komparasi Command Center ke Kota Malang');
    const tripUrl = e2e.page.url();

    // The Kepala Dinas first, as a member; then the Wakil Bupati as lead: protocol order puts the lead on top.
    await newOfficial(
      'Anggota',
      { Nama: 'Ketut Suwarmawan', 'Gelar belakang': 'S.Sos., M.Si.', NIP: '19700312 199503 1 004', Jabatan: 'Kepala Dinas Kominfosanti' },
      'PNS',
      'Pembina Tingkat I (IV/b)',
    );
    await expect.poll(delegationNames).toEqual(['Ketut Suwarmawan, S.Sos., M.Si.']);
    await newOfficial('Ketua', { Nama: 'Gede Supriatna', 'Gelar belakang': 'S.H.', Jabatan: 'Wakil Bupati Buleleng' }, 'Pejabat terpilih');
    await expect.poll(delegationNames).toEqual(['Gede Supriatna, S.H.', 'Ketut Suwarmawan, S.Sos., M.Si.']);

    // 33 journalists from a CSV, straight into this trip.
    await go('#/directory/import');
    await e2e.page.getByRole('radio', { name: /Awak media/ }).check();
    await e2e.page.getByRole('checkbox', { name: 'Tambahkan juga ke rombongan sebuah perjalanan' }).check();
    await e2e.page.getByLabel('Pilih berkas').setInputFiles(resolve(__dirname, '../fixtures/journalists-buleleng-malang.csv'));
    await e2e.page.getByRole('heading', { level: 2, name: 'Cocokkan kolom' }).waitFor();
    await e2e.page.getByRole('button', { name: 'Periksa data' }).click();
    await e2e.page.getByRole('button', { name: 'Impor 33 orang' }).click();
    await e2e.page.getByRole('heading', { level: 2, name: 'Impor selesai' }).waitFor();

    // The host: Pemerintah Kota Malang, its Sekda who received the delegation and the Kadis Kominfo who presented.
    await e2e.page.goto(tripUrl);
    const hosts = e2e.page.getByRole('region', { name: 'Tuan rumah' });
    await hosts.getByRole('combobox', { name: 'Tambah instansi tuan rumah' }).fill('Pemerintah Kota Malang');
    await e2e.page.getByRole('option', { name: /Tambah “Pemerintah Kota Malang” sebagai instansi tuan rumah baru/ }).click();
    // A new institution's region is asked first: Kota Malang (WIB).
    const step = hosts.getByRole('group', { name: /Instansi tuan rumah baru/ });
    await step.getByRole('combobox', { name: 'Wilayah' }).fill('kota malang');
    await step.getByRole('option', { name: /^Kota Malang/ }).click();
    await step.getByRole('button', { name: 'Tambah', exact: true }).click();
    const card = hosts.getByRole('article', { name: 'Pemerintah Kota Malang' });
    await card.waitFor();
    for (const [role, name, jabatan] of [
      ['Penerima', 'Erik Setyo Santoso', 'Sekretaris Daerah Kota Malang'],
      ['Narasumber', 'Mohamad Nur Widyanto', 'Kepala Dinas Kominfo Kota Malang'],
    ] as const) {
      await card.getByRole('combobox', { name: 'Peran pejabat baru' }).selectOption({ label: role });
      await card.getByRole('button', { name: 'Pejabat baru' }).click();
      const form = card.getByRole('form', { name: /Pejabat tuan rumah baru/ });
      await form.getByLabel('Nama', { exact: true }).fill(name);
      await form.getByLabel('Jabatan', { exact: true }).fill(jabatan);
      await form.getByRole('button', { name: 'Simpan dan tambahkan' }).click();
      await expect.poll(() => card.getByRole('table').textContent()).toContain(name);
    }
    await card.getByRole('button', { name: 'Tambah tempat' }).click();
    await card.getByLabel('Nama tempat').fill('Ngalam Command Center');
    await card.getByRole('button', { name: 'Simpan tempat' }).click();
    await expect.poll(() => card.textContent()).toContain('Ngalam Command Center');

    // Everything is in the file, and comes back after a reload in protocol order.
    await e2e.reopen();
    await expect.poll(() => e2e.page.getByLabel('Ringkasan peserta').textContent()).toBe('2 pejabat·33 jurnalis·1 tuan rumah');
    await expect.poll(delegationNames).toEqual(['Gede Supriatna, S.H.', 'Ketut Suwarmawan, S.Sos., M.Si.']);
    const press = e2e.page.getByRole('region', { name: 'Jurnalis' });
    await expect.poll(() => press.locator('tbody tr').count()).toBe(33);
    expect(await press.textContent()).toContain('Radar Bali');
    const hostText = await e2e.page.getByRole('region', { name: 'Tuan rumah' }).textContent();
    expect(hostText).toContain('Erik Setyo Santoso');
    expect(hostText).toContain('Mohamad Nur Widyanto');

    const db = e2e.session.app.db;
    expect(db.prepare(`SELECT role, count(*) AS n FROM trip_members WHERE deleted_at IS NULL GROUP BY role ORDER BY role`).all()).toEqual([
      { role: 'journalist', n: 33 },
      { role: 'lead', n: 1 },
      { role: 'member', n: 1 },
    ]);
    expect(db.prepare(`SELECT nip, golongan, employment FROM people WHERE name = 'Ketut Suwarmawan'`).get()).toEqual({
      nip: '197003121995031004',
      golongan: 'IV/b',
      employment: 'pns',
    });
    expect(db.prepare(`SELECT nip, employment FROM people WHERE name = 'Gede Supriatna'`).get()).toEqual({ nip: '', employment: 'elected' });
    expect(db.prepare(`SELECT host_role FROM trip_host_people ORDER BY host_role`).pluck().all()).toEqual(['receiver', 'speaker']);
    expect(e2e.errors).toEqual([]);
  });
});
