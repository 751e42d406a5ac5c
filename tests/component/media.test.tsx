import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { dialog, renderAt, seedTrip, startHarness, startWithPhotos } from './harness';
import { call } from '../helpers/dispatch';
import { mediaBase64, photoInput } from '../helpers/media';

const b64 = mediaBase64;
const region = (name: string) => screen.getByRole('region', { name });

describe('trip page: press coverage', () => {
  it('adds an article through the dialog, refusing a non-http link, with the journalist’s outlet prefilled', async () => {
    const { app, user } = await startHarness();
    const trip = await seedTrip(app, 'Studi Komparasi ke Kota Malang', '2025-04-24', '2025-04-25');
    const outlet = await call(app, 'institutions.create', { kind: 'media', name: 'Radar Bali' });
    await call(app, 'members.addNew', { tripId: trip.id, role: 'journalist', person: { kind: 'journalist', name: 'Putu Ayu Sri', institutionId: outlet.id } });
    renderAt(`#/trips/${trip.id}`);

    expect(await screen.findByText('Belum ada kliping berita')).toBeTruthy();
    await user.click(within(region('Kliping berita')).getByRole('button', { name: 'Tambah berita' }));
    const d = await dialog('Tambah kliping berita');
    await user.type(within(d).getByLabelText('Judul berita'), 'Buleleng Belajar Command Center ke Malang');
    await user.selectOptions(within(d).getByLabelText('Jurnalis'), 'Putu Ayu Sri — Radar Bali');
    expect(within(d).getByLabelText<HTMLInputElement>('Nama media').value).toBe('Radar Bali');
    await user.type(within(d).getByLabelText('Tautan (URL)'), 'javascript:alert(1)');
    await user.type(within(d).getByLabelText('Rubrik'), 'Daerah');
    await user.type(within(d).getByLabelText('Tanggal terbit'), '26/04/2025');
    await user.click(within(d).getByLabelText('Positif'));
    await user.click(within(d).getByRole('button', { name: 'Simpan' }));

    expect((await within(d).findByRole('alert')).textContent).toBe('Tautan (URL): tautan harus diawali http:// atau https://.');
    expect(await call(app, 'coverage.list', { tripId: trip.id })).toEqual([]);

    const url = within(d).getByLabelText('Tautan (URL)');
    await user.clear(url);
    await user.type(url, 'https://radarbali.example/berita/1');
    await user.click(within(d).getByRole('button', { name: 'Simpan' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    const saved = await call(app, 'coverage.list', { tripId: trip.id });
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({ outlet: 'Radar Bali', tone: 'positive', section: 'Daerah', publishedOn: '2025-04-26', journalistName: 'Putu Ayu Sri' });

    const table = await within(region('Kliping berita')).findByRole('table');
    const row = within(table).getAllByRole('row')[1];
    if (!row) throw new Error('no row');
    expect(within(row).getByText('26 April 2025')).toBeTruthy();
    expect(within(row).getByText('Positif').className).toContain('tone-positive');
    expect(within(row).getByText('https://radarbali.example/berita/1').tagName).toBe('CODE');
    expect(within(row).queryByRole('link')).toBeNull();
    expect(within(row).getByText('oleh Putu Ayu Sri')).toBeTruthy();
  });

  it('removes an article with undo, and offers a stored copy for download', async () => {
    const { app, user } = await startHarness();
    const trip = await seedTrip(app, 'Studi Banding ke Banyuwangi', '2025-09-02', '2025-09-03');
    const c = await call(app, 'coverage.create', { tripId: trip.id, outlet: 'Nusa Bali', headline: 'Smart Kampung Banyuwangi' });
    await call(app, 'coverage.attachCopy', { id: c.id, fileName: 'nusabali.pdf', dataBase64: b64('copy.pdf') });
    renderAt(`#/trips/${trip.id}`);

    expect(await screen.findByRole('button', { name: 'Unduh salinan nusabali.pdf' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Hapus berita “Smart Kampung Banyuwangi”' }));
    expect(await screen.findByText('Belum ada kliping berita')).toBeTruthy();
    expect(await call(app, 'coverage.list', { tripId: trip.id })).toEqual([]);

    await user.click(await screen.findByRole('button', { name: 'Urungkan' }));
    expect(await screen.findByText('Smart Kampung Banyuwangi')).toBeTruthy();
    expect(await call(app, 'coverage.list', { tripId: trip.id })).toHaveLength(1);
  });

  it('attaches a saved copy by its bytes: a text file named .pdf is refused by name, a real PDF is kept', async () => {
    const { app, user } = await startHarness();
    const trip = await seedTrip(app, 'Studi Banding ke Banyuwangi', '2025-09-02', '2025-09-03');
    await call(app, 'coverage.create', { tripId: trip.id, outlet: 'Nusa Bali', headline: 'Smart Kampung Banyuwangi' });
    renderAt(`#/trips/${trip.id}`);
    const input = await screen.findByLabelText<HTMLInputElement>('Lampirkan salinan untuk “Smart Kampung Banyuwangi”');

    await user.upload(input, new File(['hanya teks'], 'palsu.pdf', { type: 'application/pdf' }));
    expect(await screen.findByText('palsu.pdf: salinan harus berkas PDF atau gambar.')).toBeTruthy();
    expect((await call(app, 'coverage.list', { tripId: trip.id }))[0]?.copy).toBeNull();

    await user.upload(input, new File([readFileSync(join(__dirname, '../fixtures/media/copy.pdf'))], 'nusabali.pdf', { type: 'application/pdf' }));
    expect(await screen.findByRole('button', { name: 'Unduh salinan nusabali.pdf' })).toBeTruthy();
    expect((await call(app, 'coverage.getCopy', { id: (await call(app, 'coverage.list', { tripId: trip.id }))[0]?.id ?? '' })).dataBase64).toBe(b64('copy.pdf'));
  });
});

describe('trip page: photos', () => {
  it('shows an empty drop zone with the add button', async () => {
    const { app } = await startHarness();
    const trip = await seedTrip(app, 'Kunker ke Mataram', '2020-12-02', '2020-12-02');
    renderAt(`#/trips/${trip.id}`);
    const photos = await screen.findByRole('region', { name: 'Dokumentasi' });
    expect(await within(photos).findByText('Belum ada foto')).toBeTruthy();
    expect(within(photos).getByRole('button', { name: 'Tambah foto' })).toBeTruthy();
  });

  it('shows a photo added through the handlers, saves its caption inline, removes it with undo', async () => {
    const { app, user } = await startHarness();
    const trip = await seedTrip(app, 'Studi Komparasi ke Kota Malang', '2025-04-24', '2025-04-25');
    const photo = await call(app, 'photos.add', photoInput(trip.id, 'IMG_0001.jpg', { takenAt: '2025-04-24T09:30' }));
    renderAt(`#/trips/${trip.id}`);

    const open = await screen.findByRole('button', { name: 'Perbesar foto IMG_0001.jpg' });
    const img = open.querySelector('img');
    expect(img?.getAttribute('src')).toBe(`data:image/jpeg;base64,${b64('thumb-320x240.jpg')}`);
    expect(within(region('Dokumentasi')).getByText('1 foto')).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Waktu pengambilan foto IMG_0001.jpg' })).toBeTruthy();
    expect(screen.getByLabelText<HTMLInputElement>('Tanggal pengambilan foto IMG_0001.jpg').value).toBe('24/04/2025');
    expect(screen.getByLabelText<HTMLInputElement>('Jam pengambilan foto IMG_0001.jpg').value).toBe('09.30');

    const caption = screen.getByLabelText('Keterangan foto IMG_0001.jpg');
    await user.type(caption, 'Wakil Bupati di Ngalam Command Center');
    await user.tab();
    await waitFor(async () => expect((await call(app, 'photos.list', { tripId: trip.id }))[0]?.caption).toBe('Wakil Bupati di Ngalam Command Center'));

    await user.click(open);
    const viewer = await dialog('Wakil Bupati di Ngalam Command Center');
    const full = await within(viewer).findByRole('img', { name: 'Foto IMG_0001.jpg' });
    expect(full.getAttribute('src')).toBe(`data:image/jpeg;base64,${b64('photo-1600x1200.jpg')}`);
    await user.click(within(viewer).getByRole('button', { name: 'Tutup' }));

    await user.click(screen.getByRole('button', { name: 'Hapus foto IMG_0001.jpg' }));
    expect(await screen.findByText('Belum ada foto')).toBeTruthy();
    expect(await call(app, 'photos.list', { tripId: trip.id })).toEqual([]);
    await user.click(await screen.findByRole('button', { name: 'Urungkan' }));
    expect(await screen.findByRole('button', { name: 'Perbesar foto IMG_0001.jpg' })).toBeTruthy();
    expect((await call(app, 'photos.list', { tripId: trip.id }))[0]?.id).toBe(photo.id);
  });

  it('reorders photos with the arrow buttons and Alt+←/→, saving the order', async () => {
    const { app, user, trip } = await startWithPhotos(['A.jpg', 'B.jpg', 'C.jpg']);
    renderAt(`#/trips/${trip.id}`);
    const grid = await screen.findByRole('list', { name: 'Foto perjalanan ini' });
    await within(grid).findByRole('button', { name: 'Perbesar foto C.jpg' });
    const shown = () => [...grid.querySelectorAll('.photo-thumb')].map((b) => b.getAttribute('aria-label')?.replace('Perbesar foto ', ''));
    const saved = async () => (await call(app, 'photos.list', { tripId: trip.id })).map((p) => p.fileName);
    expect(within(grid).getByRole<HTMLButtonElement>('button', { name: 'Geser foto A.jpg ke depan' }).disabled).toBe(true);

    await user.click(within(grid).getByRole('button', { name: 'Geser foto C.jpg ke depan' }));
    await waitFor(() => expect(shown()).toEqual(['A.jpg', 'C.jpg', 'B.jpg']));
    expect(await saved()).toEqual(['A.jpg', 'C.jpg', 'B.jpg']);
    await waitFor(() => expect(document.activeElement).toBe(within(grid).getByRole('button', { name: 'Geser foto C.jpg ke depan' })));

    // Alt+→ on the selected photo moves it later; focus stays on its thumbnail.
    const a = within(grid).getByRole('button', { name: 'Perbesar foto A.jpg' });
    a.focus();
    await user.keyboard('{Alt>}{ArrowRight}{/Alt}');
    await waitFor(() => expect(shown()).toEqual(['C.jpg', 'A.jpg', 'B.jpg']));
    expect(await saved()).toEqual(['C.jpg', 'A.jpg', 'B.jpg']);
    await waitFor(() => expect(document.activeElement).toBe(a));
    expect(await screen.findByText('Foto A.jpg dipindah ke urutan 2.')).toBeTruthy();

    // Typing in a caption keeps Alt+← for the text.
    const caption = screen.getByLabelText('Keterangan foto B.jpg');
    caption.focus();
    await user.keyboard('{Alt>}{ArrowLeft}{/Alt}');
    expect(await saved()).toEqual(['C.jpg', 'A.jpg', 'B.jpg']);
  });
});
