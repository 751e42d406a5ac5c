import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { call } from '../helpers/dispatch';
import { dialog, renderAt, seedTrip, startHarness, startWithPhotos } from './harness';

/** Waits until the keyboard focus is inside `el()` (never on the page's body). */
const focusWithin = (el: () => Element | null | undefined) =>
  waitFor(() => {
    const target = el();
    expect(target).toBeTruthy();
    expect(document.activeElement).not.toBe(document.body);
    expect(target?.contains(document.activeElement)).toBe(true);
  });

/** The body row of the table whose row header reads `name`. */
const rowOf = (name: string) => screen.queryByRole('rowheader', { name })?.closest('tr');

describe('focus after a delete', () => {
  it('people: the next person’s row, the previous one after the last, then "Pejabat baru"', async () => {
    const { app, user } = await startHarness();
    const trip = await seedTrip(app, 'Studi Komparasi ke Kota Malang', '2025-04-24', '2025-04-25');
    await call(app, 'people.create', { kind: 'official', name: 'Gede Supriatna', employment: 'elected', jabatan: 'Wakil Bupati Buleleng' });
    const ketut = await call(app, 'people.create', { kind: 'official', name: 'Ketut Suwarmawan', employment: 'non_asn', jabatan: 'Kepala Dinas' });
    await call(app, 'people.create', { kind: 'official', name: 'Ni Luh Ayu Sri Wahyuni', employment: 'non_asn', jabatan: 'Pranata Komputer' });
    // In a trip: deleting him asks first.
    await call(app, 'members.add', { tripId: trip.id, personId: ketut.id, role: 'member' });
    renderAt('#/directory');
    await screen.findByRole('rowheader', { name: 'Ni Luh Ayu Sri Wahyuni' });

    // From the middle, through his dialog's "Hapus" and the question: the next person's row.
    await user.click(screen.getByRole('button', { name: 'Ketut Suwarmawan' }));
    await user.click(within(await dialog('Ubah data Ketut Suwarmawan')).getByRole('button', { name: 'Hapus' }));
    await user.click(within(await dialog('Hapus Ketut Suwarmawan?')).getByRole('button', { name: 'Hapus' }));
    await waitFor(() => expect(rowOf('Ketut Suwarmawan')).toBeFalsy());
    await focusWithin(() => rowOf('Ni Luh Ayu Sri Wahyuni'));

    // The last one, with Delete: the one before it.
    await user.keyboard('{Delete}');
    await waitFor(() => expect(rowOf('Ni Luh Ayu Sri Wahyuni')).toBeFalsy());
    await focusWithin(() => rowOf('Gede Supriatna'));

    // Nobody left: the empty directory's "Pejabat baru".
    await user.keyboard('{Delete}');
    expect(await screen.findByRole('heading', { level: 2, name: 'Belum ada pejabat' })).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Pejabat baru' })));
    expect((await call(app, 'people.search', {})).total).toBe(0);
  });

  it('institutions: the next row, the previous one after the last, then "Instansi baru"', async () => {
    const { app, user } = await startHarness();
    await call(app, 'institutions.create', { kind: 'host', name: 'Dinas Kominfo Kota Malang', regionCode: '35.73' });
    const bappeda = await call(app, 'institutions.create', { kind: 'host', name: 'Bappeda Kota Malang', regionCode: '35.73' });
    await call(app, 'institutions.create', { kind: 'host', name: 'Sekretariat Daerah Kota Malang', regionCode: '35.73' });
    // Referred to by a person: deleting it asks first.
    await call(app, 'people.create', { kind: 'host_official', name: 'Rina Kartika', institutionId: bappeda.id });
    renderAt('#/directory');
    await user.click(await screen.findByRole('tab', { name: /Instansi/ }));
    await screen.findByRole('rowheader', { name: 'Sekretariat Daerah Kota Malang' });
    const names = () => screen.getAllByRole('rowheader').map((h) => h.textContent);
    expect(names()).toEqual(['Bappeda Kota Malang', 'Dinas Kominfo Kota Malang', 'Sekretariat Daerah Kota Malang']);

    // From the middle, with Delete: the next row.
    (rowOf('Dinas Kominfo Kota Malang') as HTMLElement).focus();
    await user.keyboard('{Delete}');
    await waitFor(() => expect(rowOf('Dinas Kominfo Kota Malang')).toBeFalsy());
    await focusWithin(() => rowOf('Sekretariat Daerah Kota Malang'));

    // The first, through its dialog's "Hapus" and the question: the row that took its place.
    await user.click(screen.getByRole('button', { name: 'Bappeda Kota Malang' }));
    await user.click(within(await dialog('Ubah instansi')).getByRole('button', { name: 'Hapus' }));
    await user.click(within(await dialog('Hapus “Bappeda Kota Malang”?')).getByRole('button', { name: 'Hapus' }));
    await waitFor(() => expect(rowOf('Bappeda Kota Malang')).toBeFalsy());
    await focusWithin(() => rowOf('Sekretariat Daerah Kota Malang'));

    // None left: the empty directory's "Instansi baru".
    await user.keyboard('{Delete}');
    expect(await screen.findByRole('heading', { level: 2, name: 'Belum ada instansi' })).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Instansi baru' })));
    expect(await call(app, 'institutions.list', {})).toEqual([]);
  });

  it('learnings: the next card, the previous one after the last, then "Tambah hasil"', async () => {
    const { app, user } = await startHarness();
    const trip = await seedTrip(app, 'Studi Komparasi ke Kota Malang', '2025-04-24', '2025-04-25');
    for (const topic of ['Command center', 'Layanan darurat 112', 'Mal pelayanan publik']) {
      const l = await call(app, 'learnings.create', { tripId: trip.id, topic });
      // With a follow-up: deleting it asks first.
      if (topic === 'Layanan darurat 112') await call(app, 'followups.create', { learningId: l.id, action: 'Aktivasi layanan 112' });
    }
    renderAt(`#/trips/${trip.id}`);
    const section = await screen.findByRole('region', { name: 'Hasil kunjungan' });
    const card = (topic: string) => within(section).queryByRole('article', { name: topic });
    await within(section).findByRole('article', { name: 'Mal pelayanan publik' });

    // From the middle, through the question: the next card.
    await user.click(within(section).getByRole('button', { name: 'Hapus: Layanan darurat 112' }));
    await user.click(within(await dialog('Hapus hasil kunjungan “Layanan darurat 112”?')).getByRole('button', { name: 'Hapus' }));
    await waitFor(() => expect(card('Layanan darurat 112')).toBeNull());
    await focusWithin(() => card('Mal pelayanan publik'));

    // The last one: the one before it.
    await user.click(within(section).getByRole('button', { name: 'Hapus: Mal pelayanan publik' }));
    await waitFor(() => expect(card('Mal pelayanan publik')).toBeNull());
    await focusWithin(() => card('Command center'));

    // None left: "Tambah hasil" of the empty section.
    await user.click(within(section).getByRole('button', { name: 'Hapus: Command center' }));
    expect(await within(section).findByText('Belum ada hasil kunjungan')).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(within(section).getByRole('button', { name: 'Tambah hasil' })));
    expect(await call(app, 'learnings.list', { tripId: trip.id })).toEqual([]);
  });

  it('photos: the next thumbnail, the previous one after the last, then "Tambah foto"', async () => {
    const { app, user, trip } = await startWithPhotos(['A.jpg', 'B.jpg', 'C.jpg']);
    renderAt(`#/trips/${trip.id}`);
    const section = await screen.findByRole('region', { name: 'Dokumentasi' });
    const thumb = (name: string) => within(section).queryByRole('button', { name: `Perbesar foto ${name}` });
    await within(section).findByRole('button', { name: 'Perbesar foto C.jpg' });

    await user.click(within(section).getByRole('button', { name: 'Hapus foto B.jpg' }));
    await waitFor(() => expect(thumb('B.jpg')).toBeNull());
    await waitFor(() => expect(document.activeElement).toBe(thumb('C.jpg')));

    await user.click(within(section).getByRole('button', { name: 'Hapus foto C.jpg' }));
    await waitFor(() => expect(thumb('C.jpg')).toBeNull());
    await waitFor(() => expect(document.activeElement).toBe(thumb('A.jpg')));

    await user.click(within(section).getByRole('button', { name: 'Hapus foto A.jpg' }));
    expect(await within(section).findByText('Belum ada foto')).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(within(section).getByRole('button', { name: 'Tambah foto' })));
    expect(await call(app, 'photos.list', { tripId: trip.id })).toEqual([]);
  });
});
