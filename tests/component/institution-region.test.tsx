import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { dialog, renderAt, startHarness } from './harness';
import { call } from '../helpers/dispatch';

const NAME = 'Dinas Komunikasi dan Informatika Kota Malang';
const createOption = `Tambah “${NAME}” sebagai instansi tuan rumah baru`;
const stepName = `Instansi tuan rumah baru: “${NAME}”`;

/** Opens "Pejabat tuan rumah baru" and types a name no institution has into its institution field. */
async function typeNewInstitution(user: Awaited<ReturnType<typeof startHarness>>['user']) {
  renderAt('#/directory');
  await user.click(await screen.findByRole('tab', { name: /Tuan rumah/ }));
  await user.click(await screen.findByRole('button', { name: 'Tuan rumah baru' }));
  const form = await dialog('Pejabat tuan rumah baru');
  const field = within(form).getByRole('combobox', { name: 'Instansi' });
  await user.type(field, NAME);
  await user.click(await within(form).findByRole('option', { name: createOption }));
  return { form, field };
}

describe('an institution created from inside another form', () => {
  it('asks its region, creates it there and selects it in the person form', async () => {
    const { app, user } = await startHarness();
    const { form, field } = await typeNewInstitution(user);

    // The step under the field: its region, focused, nothing created yet.
    const step = within(form).getByRole('group', { name: stepName });
    const region = within(step).getByRole('combobox', { name: 'Wilayah' });
    await waitFor(() => expect(document.activeElement).toBe(region));
    expect(await call(app, 'institutions.list', {})).toEqual([]);
    expect(screen.getAllByRole('dialog')).toHaveLength(1);

    await user.type(region, 'kota malang');
    await user.click(await within(step).findByRole('option', { name: /^Kota Malang/ }));
    expect((region as HTMLInputElement).value).toBe('Kota Malang — Jawa Timur · WIB');
    await user.click(within(step).getByRole('button', { name: 'Tambah' }));

    // Created with its region, and chosen in the form; the step is gone and the field has the focus back.
    await waitFor(() => expect(within(form).queryByRole('group', { name: stepName })).toBeNull());
    const [saved] = await call(app, 'institutions.list', {});
    expect(saved).toMatchObject({ kind: 'host', name: NAME, regionCode: '35.73' });
    expect((field as HTMLInputElement).value).toBe(NAME);
    await waitFor(() => expect(document.activeElement).toBe(field));
    expect(field.getAttribute('aria-expanded')).toBe('false');

    await user.type(within(form).getByLabelText('Nama'), 'Rina Kartika');
    await user.click(within(form).getByRole('button', { name: 'Simpan' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const people = await call(app, 'people.search', { kind: 'host_official' });
    expect(people.items[0]).toMatchObject({ name: 'Rina Kartika', institutionId: saved?.id, institutionName: NAME });
  });

  it('names the region when none is chosen; "Tanpa wilayah" creates it without one; Escape leaves only the step', async () => {
    const { app, user } = await startHarness();
    const { form, field } = await typeNewInstitution(user);
    let step = within(form).getByRole('group', { name: stepName });
    const region = within(step).getByRole('combobox', { name: 'Wilayah' });
    await waitFor(() => expect(document.activeElement).toBe(region));

    // Enter with no region: the region field says what is missing, and nothing is created or submitted.
    await user.keyboard('{Enter}');
    const message = await within(step).findByText('Wilayah belum dipilih: cari kabupaten/kota atau provinsinya, atau pilih “Tanpa wilayah”.');
    expect(region.getAttribute('aria-invalid')).toBe('true');
    expect(region.getAttribute('aria-describedby')).toContain(message.id);
    expect(await call(app, 'institutions.list', {})).toEqual([]);
    expect(screen.getByRole('dialog', { name: 'Pejabat tuan rumah baru' })).toBeTruthy();

    // Escape closes the step, not the person dialog, and puts the focus back in the field.
    await user.keyboard('{Escape}');
    await waitFor(() => expect(within(form).queryByRole('group', { name: stepName })).toBeNull());
    expect(screen.getByRole('dialog', { name: 'Pejabat tuan rumah baru' })).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(field));

    await user.click(field);
    await user.click(await within(form).findByRole('option', { name: createOption }));
    step = within(form).getByRole('group', { name: stepName });
    await user.click(within(step).getByRole('button', { name: 'Tanpa wilayah' }));
    await waitFor(() => expect((field as HTMLInputElement).value).toBe(NAME));
    const [saved] = await call(app, 'institutions.list', {});
    expect(saved).toMatchObject({ kind: 'host', name: NAME, regionCode: '' });
  });

  it("offers the trip's host region first in the hosts section", async () => {
    const { app, user } = await startHarness();
    const trip = await call(app, 'trips.create', {
      title: 'Studi Komparasi Command Center ke Kota Malang',
      startDate: '2025-04-24',
      endDate: '2025-04-25',
      hostRegionCodes: ['35.73'],
    });
    renderAt(`#/trips/${trip.id}`);
    const field = await screen.findByRole('combobox', { name: 'Tambah instansi tuan rumah' });
    await user.type(field, NAME);
    await user.click(await screen.findByRole('option', { name: createOption }));
    const step = screen.getByRole('group', { name: stepName });
    expect(within(step).getByRole<HTMLInputElement>('combobox', { name: 'Wilayah' }).value).toBe('Kota Malang — Jawa Timur · WIB');
    await user.click(within(step).getByRole('button', { name: 'Tambah' }));

    expect(await screen.findByText(`${NAME} ditambahkan sebagai tuan rumah.`)).toBeTruthy();
    const [saved] = await call(app, 'institutions.list', {});
    expect(saved).toMatchObject({ name: NAME, regionCode: '35.73' });
    const detail = await call(app, 'trips.detail', { id: trip.id });
    expect(detail.hosts.map((h) => h.institutionId)).toEqual([saved?.id]);
  });
});
