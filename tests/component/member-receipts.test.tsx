/**
 * MemberReceipts (issue 15 item 6): a member's receipts over the real
 * handlers and a real database — a file added through the file picker for a
 * chosen cost line, refused by its bytes with the file named, opened, and
 * removed with undo. (The budget section's member dialog mounts it.)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { App as MainApp } from '../../main/app';
import { i18n } from '../../renderer/src/i18n';
import { ToastProvider } from '../../renderer/src/components/Toasts';
import { MemberReceipts } from '../../renderer/src/money';
import { startHarness } from './harness';
import { call } from '../helpers/dispatch';

let app: MainApp | null = null;

async function start() {
  app = (await startHarness({ mode: 'browser' })).app;
  const trip = await call(app, 'trips.create', { title: 'Studi Komparasi ke Kota Malang', startDate: '2026-04-23', endDate: '2026-04-24' });
  const member = await call(app, 'members.addNew', { tripId: trip.id, role: 'lead', person: { kind: 'official', name: 'Ketut Suwarmawan', employment: 'pns', jabatan: 'Kepala Dinas' } });
  const other = await call(app, 'members.addNew', { tripId: trip.id, role: 'member', person: { kind: 'official', name: 'Made Arsana', employment: 'pns', jabatan: 'Kepala Seksi' } });
  const view = render(
    <ToastProvider>
      <MemberReceipts tripId={trip.id} memberId={member.id} />
    </ToastProvider>,
  );
  return { tripId: trip.id, memberId: member.id, otherId: other.id, view, user: userEvent.setup() };
}

const PDF = readFileSync(join(__dirname, '../fixtures/media/copy.pdf'));

describe('a member’s receipts', () => {
  it('adds a file for the chosen cost line, refuses one that is no PDF or image, removes with undo', async () => {
    const { tripId, otherId, view, user } = await start();
    const section = await screen.findByRole('region', { name: 'Bukti pengeluaran' });
    expect(await within(section).findByText('Belum ada bukti.')).toBeTruthy();
    // Another member's receipt is not listed here.
    await call(app!, 'receipts.add', { tripId, memberId: otherId, component: 'hotel', label: 'bill lain', fileName: 'lain.pdf', dataBase64: PDF.toString('base64') });

    await user.selectOptions(within(section).getByRole('combobox', { name: 'Komponen biaya' }), 'Penginapan');
    await user.type(within(section).getByRole('textbox', { name: 'Keterangan' }), 'bill Hotel Santika');
    const input = within(section).getByLabelText<HTMLInputElement>('Pilih berkas bukti untuk Penginapan');
    await user.upload(input, new File(['hanya teks'], 'bill.pdf', { type: 'application/pdf' }));
    expect(await within(section).findByText('bill.pdf: bukti harus berkas PDF atau gambar (JPEG, PNG, WebP, GIF).')).toBeTruthy();

    await user.upload(input, new File([PDF], 'santika.pdf', { type: 'application/pdf' }));
    const open = await within(section).findByRole('button', { name: 'Buka santika.pdf' });
    expect(open.textContent).toBe('bill Hotel Santika');
    expect(within(section).getByText('Penginapan', { selector: '.member-receipt-component' })).toBeTruthy();
    expect(within(section).queryByText('bill lain')).toBeNull();
    const saved = (await call(app!, 'receipts.list', { tripId })).filter((r) => r.memberId !== otherId);
    expect(saved.map((r) => [r.component, r.label, r.fileName, r.mime])).toEqual([['hotel', 'bill Hotel Santika', 'santika.pdf', 'application/pdf']]);
    // The label field is ready for the next file.
    expect(within(section).getByRole<HTMLInputElement>('textbox', { name: 'Keterangan' }).value).toBe('');
    // The markup, for a look at it with the app's styles (tests/e2e is where pixels are; this is a dump).
    if (process.env.RECEIPTS_MARKUP) writeFileSync(process.env.RECEIPTS_MARKUP, view.container.innerHTML);

    await user.click(within(section).getByRole('button', { name: 'Hapus bukti bill Hotel Santika' }));
    expect(await within(section).findByText('Belum ada bukti.')).toBeTruthy();
    await user.click(await screen.findByRole('button', { name: 'Urungkan' }));
    expect(await within(section).findByRole('button', { name: 'Buka santika.pdf' })).toBeTruthy();
    await waitFor(async () => expect((await call(app!, 'receipts.list', { tripId })).length).toBe(2));
  }, 60_000);

  it('shows an image’s thumbnail and a PDF’s kind; opens the image larger; the file button is our own, in the app’s language', async () => {
    const { tripId, memberId, user } = await start();
    const section = await screen.findByRole('region', { name: 'Bukti pengeluaran' });
    const jpeg = readFileSync(join(__dirname, '../fixtures/media/photo-1600x1200.jpg'));
    const thumb = readFileSync(join(__dirname, '../fixtures/media/thumb-320x240.jpg'));
    await call(app!, 'receipts.add', { tripId, memberId, component: 'hotel', label: 'bill Santika', fileName: 'bill.jpg', dataBase64: jpeg.toString('base64'), thumbBase64: thumb.toString('base64') });
    await call(app!, 'receipts.add', { tripId, memberId, component: 'fare', label: 'tiket GA 345', fileName: 'tiket.pdf', dataBase64: PDF.toString('base64') });
    const items = await within(section).findAllByRole('listitem');
    expect(items).toHaveLength(2);
    const img = items[0]!.querySelector('img.member-receipt-thumb');
    expect(img?.getAttribute('src')).toBe(`data:image/jpeg;base64,${thumb.toString('base64')}`);
    expect(items[1]!.querySelector('img')).toBeNull();
    expect(items[1]!.querySelector('.member-receipt-kind')?.textContent).toBe('PDF');

    await user.click(within(section).getByRole('button', { name: 'Buka bill.jpg' }));
    const large = await within(section).findByRole('img', { name: 'bill Santika' });
    expect(large.getAttribute('src')).toBe(`data:image/jpeg;base64,${jpeg.toString('base64')}`);
    await user.click(within(section).getByRole('button', { name: 'Tutup' }));
    expect(within(section).queryByRole('img', { name: 'bill Santika' })).toBeNull();

    // No native "Choose File / No file chosen": the input is hidden, our button is reached by Tab and speaks the app's language.
    const input = within(section).getByLabelText<HTMLInputElement>(/^Pilih berkas bukti untuk /);
    expect(input.hidden).toBe(true);
    const button = within(section).getByRole('button', { name: 'Pilih berkas…' });
    within(section).getByRole('textbox', { name: 'Keterangan' }).focus();
    await user.tab();
    expect(document.activeElement).toBe(button);
    await i18n.changeLanguage('en');
    expect(await within(section).findByRole('button', { name: 'Choose file…' })).toBe(button);
    await i18n.changeLanguage('id');
  }, 60_000);
});
