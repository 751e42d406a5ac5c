import { afterEach, describe, expect, it, vi } from 'vitest';
import { useState } from 'react';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DateField, TimeField } from '../../renderer/src/components/date';
import { setLanguage } from '../../renderer/src/i18n';
import { dialog, renderAt, startHarness } from './harness';

/** A form with one date field and one time field, as the app's forms hold them ('yyyy-MM-dd', 'HH:mm'). */
function Form({ date = '', time = '', onSubmit = () => {} }: { date?: string; time?: string; onSubmit?: (v: { date: string; time: string }) => void }) {
  const [d, setD] = useState(date);
  const [tm, setTm] = useState(time);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit({ date: d, time: tm });
      }}
    >
      <label htmlFor="d">Tanggal</label>
      <DateField id="d" label="Tanggal" value={d} onChange={setD} reference="2025-04-10" />
      <output data-testid="date">{d}</output>
      <label htmlFor="t">Jam</label>
      <TimeField id="t" value={tm} onChange={setTm} />
      <output data-testid="time">{tm}</output>
      <button type="submit">Simpan</button>
    </form>
  );
}

const dateInput = () => screen.getByLabelText<HTMLInputElement>('Tanggal');
const timeInput = () => screen.getByLabelText<HTMLInputElement>('Jam');
const kept = (id: 'date' | 'time') => screen.getByTestId(id).textContent;

/** The element an input's aria-describedby points at last (the field's own note). */
function note(input: HTMLElement): HTMLElement | null {
  const ids = input.getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids.length ? document.getElementById(ids[ids.length - 1]!) : null;
}

afterEach(async () => {
  await act(() => setLanguage('id'));
});

describe('date field', () => {
  it.each([
    '24/04/2025',
    '24/4/2025',
    '24-4-2025',
    '24.04.2025',
    '24/4/25',
    '2025-04-24',
    '24 April 2025',
    '24 Apr 2025',
    'Kamis, 24 April 2025',
    'Kamis (24/4/2025)',
    '24/4',
    'April 24, 2025',
  ])('typing "%s" fills 24 April 2025', async (text) => {
    const user = userEvent.setup();
    render(<Form />);
    await user.type(dateInput(), text);
    await user.tab();
    expect(kept('date')).toBe('2025-04-24');
    expect(dateInput().value).toBe('24/04/2025');
    expect(note(dateInput())).toBeNull();
  });

  it.each(['Jumat (26/4/2025)', '24 April 2025', '24/4', '2025-04-24'])('pasting "%s" fills the date at once', async (text) => {
    const user = userEvent.setup();
    render(<Form date="2025-01-02" />);
    await user.click(dateInput());
    await user.keyboard('{Control>}a{/Control}');
    await user.paste(text);
    expect(kept('date')).toMatch(/^2025-04-2[46]$/);
    expect(dateInput().value).toMatch(/^2[46]\/04\/2025$/);
  });

  it('a day name that is not the date’s is told under the field, naming the real day', async () => {
    const user = userEvent.setup();
    render(<Form />);
    await user.click(dateInput());
    await user.paste('Jumat (26/4/2025)');
    expect(kept('date')).toBe('2025-04-26');
    const status = note(dateInput())!;
    expect(status.getAttribute('aria-live')).toBe('polite');
    expect(status.textContent).toBe('26 April 2025 jatuh pada hari Sabtu, bukan Jumat.');
    // The right day name says nothing.
    await user.clear(dateInput());
    await user.type(dateInput(), 'Sabtu, 26 April 2025');
    await user.tab();
    expect(status.textContent).toBe('');
    expect(dateInput().getAttribute('aria-describedby')).toBeNull();
  });

  it('text that is no date stays as typed, with a note, and Enter does not send the form', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn();
    render(<Form onSubmit={onSubmit} />);
    await user.type(dateInput(), '31/02/2025{Enter}');
    expect(onSubmit).not.toHaveBeenCalled();
    expect(dateInput().value).toBe('31/02/2025');
    expect(kept('date')).toBe('31/02/2025');
    expect(note(dateInput())?.textContent).toBe('Tanggal itu tidak ada di kalender.');
    await user.clear(dateInput());
    await user.type(dateInput(), 'besok');
    await user.tab();
    expect(note(dateInput())?.textContent).toBe('Tidak terbaca sebagai tanggal. Tulis seperti 24/04/2025.');
    // Corrected and Enter: the form gets the date.
    await user.clear(dateInput());
    await user.type(dateInput(), '28/2/2025{Enter}');
    expect(onSubmit).toHaveBeenCalledWith({ date: '2025-02-28', time: '' });
  });

  it('the calendar works by keyboard: Alt+ArrowDown opens it, arrows move, Enter picks, Escape closes', async () => {
    const user = userEvent.setup();
    render(<Form date="2025-04-24" />);
    await user.click(dateInput());
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    const calendar = screen.getByRole('dialog', { name: 'Kalender Tanggal' });
    expect(within(calendar).getByText('April 2025')).toBeTruthy();
    // The chosen day has the focus.
    await waitFor(() => expect(document.activeElement?.getAttribute('aria-label')).toMatch(/Kamis, 24 April 2025/));
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement?.getAttribute('aria-label')).toMatch(/Jumat, 25 April 2025/);
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement?.getAttribute('aria-label')).toMatch(/Jumat, 2 Mei 2025/);
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(kept('date')).toBe('2025-05-02');
    expect(dateInput().value).toBe('02/05/2025');
    expect(document.activeElement).toBe(dateInput());

    // Escape closes it without a change, the focus back in the field.
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    await waitFor(() => expect(document.activeElement?.getAttribute('aria-label')).toMatch(/2 Mei 2025/));
    await user.keyboard('{PageDown}{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(kept('date')).toBe('2025-05-02');
    expect(document.activeElement).toBe(dateInput());

    // The button opens it too; a day clicked is picked.
    await user.click(screen.getByRole('button', { name: 'Buka kalender Tanggal' }));
    await user.click(within(screen.getByRole('dialog', { name: 'Kalender Tanggal' })).getByRole('button', { name: /Rabu, 14 Mei 2025/ }));
    expect(kept('date')).toBe('2025-05-14');
  });

  it('in English it writes the user’s locale (US: month first) and names the days in English', async () => {
    const user = userEvent.setup();
    await act(() => setLanguage('en'));
    render(<Form date="2025-04-24" time="21:00" />);
    expect(dateInput().value).toBe('04/24/2025');
    expect(dateInput().placeholder).toBe('mm/dd/yyyy');
    expect(timeInput().value).toBe('9:00 PM');
    await user.clear(dateInput());
    await user.paste('Friday, April 26, 2025');
    expect(kept('date')).toBe('2025-04-26');
    expect(note(dateInput())?.textContent).toBe('April 26, 2025 is a Saturday, not a Friday.');
    await user.clear(dateInput());
    await user.type(dateInput(), '5/4/2025');
    await user.tab();
    expect(kept('date')).toBe('2025-05-04');
  });
});

describe('time field', () => {
  it.each([
    ['8', '08:00', '08.00'],
    ['08.00', '08:00', '08.00'],
    ['8.30', '08:30', '08.30'],
    ['08:00', '08:00', '08.00'],
    ['0800', '08:00', '08.00'],
    ['08.00 WIB', '08:00', '08.00'],
    ['9:00 PM', '21:00', '21.00'],
    ['pukul 13.30', '13:30', '13.30'],
  ])('typing "%s" keeps %s and shows %s', async (text, value, shown) => {
    const user = userEvent.setup();
    render(<Form />);
    await user.type(timeInput(), text);
    await user.tab();
    expect(kept('time')).toBe(value);
    expect(timeInput().value).toBe(shown);
  });

  it('a time that does not exist gets a note', async () => {
    const user = userEvent.setup();
    render(<Form />);
    await user.type(timeInput(), '25.00');
    await user.tab();
    expect(note(timeInput())?.textContent).toBe('Jam itu tidak ada.');
  });
});

describe('date field in a dialog', () => {
  it('Escape closes the calendar, not the trip dialog', async () => {
    const { user } = await startHarness();
    renderAt();
    await user.click(await screen.findByRole('button', { name: 'Perjalanan baru' }));
    const dlg = await dialog('Perjalanan baru');
    const start = within(dlg).getByLabelText<HTMLInputElement>('Tanggal mulai');
    await user.click(start);
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    const calendar = await dialog('Kalender Tanggal mulai');
    await waitFor(() => expect(calendar.contains(document.activeElement)).toBe(true));
    // Tab stays in the calendar.
    for (let i = 0; i < 4; i++) await user.tab();
    expect(calendar.contains(document.activeElement)).toBe(true);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog', { name: 'Kalender Tanggal mulai' })).toBeNull();
    expect(screen.getByRole('dialog', { name: 'Perjalanan baru' })).toBe(dlg);
    expect(document.activeElement).toBe(start);
  });
});
