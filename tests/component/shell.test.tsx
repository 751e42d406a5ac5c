import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { renderAt, startHarness } from './harness';
import { LANG_STORAGE_KEY } from '../../renderer/src/i18n';

const navLinks = () =>
  within(screen.getByRole('navigation', { name: /navigasi utama|main navigation/i }))
    .getAllByRole('link')
    .map((a) => a.textContent);

describe('app shell', () => {
  it('has the six sections in the sidebar and marks the current one', async () => {
    const { user } = await startHarness();
    renderAt();
    expect(navLinks()).toEqual(['Perjalanan', 'Direktori', 'Tindak Lanjut', 'Sampah', 'Standar biaya', 'Pengaturan']);
    expect(screen.getByRole('link', { name: 'Perjalanan' }).getAttribute('aria-current')).toBe('page');

    await user.click(screen.getByRole('link', { name: 'Direktori' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Direktori' })).toBeTruthy();
    expect(await screen.findByRole('heading', { level: 2, name: 'Belum ada pejabat' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Direktori' }).getAttribute('aria-current')).toBe('page');
    expect(screen.getByRole('link', { name: 'Perjalanan' }).getAttribute('aria-current')).toBeNull();
    expect(window.location.hash).toBe('#/directory');

    await user.click(screen.getByRole('link', { name: 'Tindak Lanjut' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Tindak Lanjut' })).toBeTruthy();
    expect(window.location.hash).toBe('#/followups');
  });

  it('opens the screen named by the hash', async () => {
    await startHarness();
    renderAt('#/settings');
    expect(await screen.findByRole('heading', { level: 1, name: 'Pengaturan' })).toBeTruthy();
  });

  it('shows what app.info says under "Tentang"', async () => {
    await startHarness();
    renderAt('#/settings');
    const about = await screen.findByRole('region', { name: 'Tentang' });
    await within(about).findByText(':memory:');
    expect(about.textContent).toContain('0.1.0');
    expect(about.textContent).toContain('Pengujian');
    expect(about.textContent).toMatch(/Versi skema\s*\d+/);
  });

  it('switches to English from "Bahasa" and remembers it', async () => {
    const { user } = await startHarness();
    renderAt('#/settings');
    const select = await screen.findByLabelText('Bahasa');
    expect(document.documentElement.lang).toBe('id');
    await user.selectOptions(select, 'English');
    await waitFor(() => expect(navLinks()).toEqual(['Trips', 'Directory', 'Follow-up', 'Trash', 'Rate sets', 'Settings']));
    expect(screen.getByRole('heading', { level: 1, name: 'Settings' })).toBeTruthy();
    expect(screen.getByLabelText('Language')).toBe(select);
    expect(document.documentElement.lang).toBe('en');
    expect(window.localStorage.getItem(LANG_STORAGE_KEY)).toBe('en');
    expect((await screen.findByRole('region', { name: 'About' })).textContent).toContain('Test');

    await user.selectOptions(select, 'Bahasa Indonesia');
    await waitFor(() => expect(navLinks()[0]).toBe('Perjalanan'));
    expect(document.documentElement.lang).toBe('id');
  });

  it('shows English empty state and dialog texts after switching', async () => {
    const { user } = await startHarness();
    renderAt('#/settings');
    await user.selectOptions(await screen.findByLabelText('Bahasa'), 'English');
    await user.click(await screen.findByRole('link', { name: 'Trips' }));
    expect(await screen.findByRole('heading', { name: 'No trips yet' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'New trip' }));
    const dlg = await screen.findByRole('dialog', { name: 'New trip' });
    await user.click(within(dlg).getByRole('button', { name: 'Save' }));
    expect(await within(dlg).findByText('Trip title is required.')).toBeTruthy();
  });

  it('shows a not-found screen for an unknown address', async () => {
    await startHarness();
    renderAt('#/nowhere');
    expect(await screen.findByRole('heading', { level: 1, name: 'Halaman tidak ditemukan' })).toBeTruthy();
  });
});
