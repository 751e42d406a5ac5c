/**
 * The form kit on a small form of its own: the server's field error, the
 * schema's, the double-submit guard, isDirty, and the one errorText.
 */
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { z } from 'zod';
import type { ApiError, Result } from '../../shared/result';
import { i18n } from '../../renderer/src/i18n';
import { errorText, fieldAt, FormDialog, FormError, FormField, FormInput, FormSaveActions, FormSelect, schemaErrors, useEndFollowsStart, useForm, valueAt, withValueAt, type DateRange } from '../../renderer/src/components/form';

interface Values {
  name: string;
  email: string;
}
const FIELDS = ['name', 'email'] as const;
const schema = z.object({
  name: z.string().trim().min(1, { error: 'validation.required' }),
  email: z.string().trim().min(1, { error: 'validation.required' }),
});

type Send = (v: Values) => Promise<Result<Values>>;

function SmallForm({ send, onSaved }: { send: Send; onSaved?: (v: Values) => void }) {
  const form = useForm<Values>({ defaults: { name: '', email: '' }, fields: FIELDS });
  const submit = form.submit({
    validate: (v) => schemaErrors(schema, v, FIELDS),
    send,
    onSaved: (v) => onSaved?.(v),
  });
  return (
    <form noValidate onSubmit={(e) => void submit(e)} aria-busy={form.saving || undefined}>
      <FormError error={form.formError} />
      <FormField form={form} name="name" label="Nama">
        <input {...form.input('name')} className="input" />
      </FormField>
      <FormField form={form} name="email" label="Surel">
        <input {...form.input('email')} className="input" />
      </FormField>
      <p>{form.isDirty ? 'dirty' : 'clean'}</p>
      <button type="button" onClick={() => form.reset()}>
        Reset
      </button>
      <button id={form.submitId} type="submit" disabled={form.saving}>
        Simpan
      </button>
    </form>
  );
}

const fail = (error: Partial<ApiError>): Result<Values> => ({
  ok: false,
  error: { code: 'VALIDATION', message: 'refused', ...error },
});

describe('form kit', () => {
  it('puts a server field error under its field and focuses it', async () => {
    await i18n.changeLanguage('id');
    const user = userEvent.setup();
    const send = vi.fn<Send>(() => Promise.resolve(fail({ field: 'patch.email', key: 'validation.invalid' })));
    render(<SmallForm send={send} />);
    await user.type(screen.getByLabelText('Nama'), 'Budi');
    await user.type(screen.getByLabelText('Surel'), 'x');
    await user.click(screen.getByRole('button', { name: 'Simpan' }));

    const email = screen.getByLabelText('Surel');
    await waitFor(() => expect(document.activeElement).toBe(email));
    expect(email.getAttribute('aria-invalid')).toBe('true');
    const described = document.getElementById(email.getAttribute('aria-describedby')!.split(' ')[0]!);
    expect(described?.textContent).toBe('Surel tidak valid.');
    expect(screen.getByLabelText('Nama').getAttribute('aria-invalid')).toBeNull();
    // Typing in the field takes its message away.
    await user.type(email, 'y');
    expect(email.getAttribute('aria-invalid')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows a schema error before sending and focuses the first invalid field', async () => {
    await i18n.changeLanguage('id');
    const user = userEvent.setup();
    const send = vi.fn<Send>();
    render(<SmallForm send={send} />);
    await user.click(screen.getByRole('button', { name: 'Simpan' }));

    const name = screen.getByLabelText('Nama');
    await waitFor(() => expect(document.activeElement).toBe(name));
    expect(screen.getAllByRole('alert').map((a) => a.textContent)).toEqual(['Nama wajib diisi.', 'Surel wajib diisi.']);
    expect(send).not.toHaveBeenCalled();
  });

  it('an error about no field on screen is shown for the form and focuses the submit button', async () => {
    await i18n.changeLanguage('id');
    const user = userEvent.setup();
    render(<SmallForm send={() => Promise.resolve(fail({ code: 'CONFLICT' }))} />);
    await user.type(screen.getByLabelText('Nama'), 'Budi');
    await user.type(screen.getByLabelText('Surel'), 'b@x.id');
    await user.click(screen.getByRole('button', { name: 'Simpan' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Data ini baru saja diubah di tempat lain. Muat ulang lalu coba lagi.');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Simpan' })));
  });

  it('sends once when submitted twice while saving, and disables submit meanwhile', async () => {
    await i18n.changeLanguage('id');
    const user = userEvent.setup();
    let answer: (r: Result<Values>) => void = () => undefined;
    const send = vi.fn<Send>(() => new Promise<Result<Values>>((resolve) => (answer = resolve)));
    const onSaved = vi.fn();
    render(<SmallForm send={send} onSaved={onSaved} />);
    await user.type(screen.getByLabelText('Nama'), 'Budi');
    await user.type(screen.getByLabelText('Surel'), 'b@x.id');
    const form = screen.getByRole('button', { name: 'Simpan' }).closest('form')!;
    // Two submits in the same tick, before "saving" is rendered.
    form.requestSubmit();
    form.requestSubmit();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Simpan' })).toHaveProperty('disabled', true));
    await user.keyboard('{Enter}');
    expect(send).toHaveBeenCalledTimes(1);

    answer({ ok: true, value: { name: 'Budi', email: 'b@x.id' } });
    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1));
    expect(screen.getByRole('button', { name: 'Simpan' })).toHaveProperty('disabled', false);
    // What was saved is the clean state now.
    expect(screen.getByText('clean')).toBeTruthy();
  });

  it('is dirty after typing and clean after reset', async () => {
    await i18n.changeLanguage('id');
    const user = userEvent.setup();
    render(<SmallForm send={vi.fn<Send>()} />);
    expect(screen.getByText('clean')).toBeTruthy();
    await user.type(screen.getByLabelText('Nama'), 'B');
    expect(screen.getByText('dirty')).toBeTruthy();
    await user.clear(screen.getByLabelText('Nama'));
    expect(screen.getByText('clean')).toBeTruthy();
    await user.type(screen.getByLabelText('Surel'), 'b');
    await user.click(screen.getByRole('button', { name: 'Reset' }));
    expect(screen.getByText('clean')).toBeTruthy();
    expect(screen.getByLabelText<HTMLInputElement>('Surel').value).toBe('');
  });

  it('errorText reads a known key, an unknown one and a network failure', async () => {
    await i18n.changeLanguage('id');
    const t = i18n.t.bind(i18n);
    expect(errorText(t, { code: 'VALIDATION', key: 'validation.tooLong', field: 'patch.title', params: { max: 300 } })).toBe(
      'Judul perjalanan terlalu panjang: paling banyak 300 karakter.',
    );
    // An unknown key falls back to its code's message, and an unknown code to the generic one.
    expect(errorText(t, { code: 'CONFLICT', key: 'nope.notAKey' })).toBe('Data ini baru saja diubah di tempat lain. Muat ulang lalu coba lagi.');
    expect(errorText(t, { key: 'nope.notAKey' })).toBe('Terjadi kesalahan.');
    // The documents' own fields are named, and a label given wins.
    expect(errorText(t, { code: 'VALIDATION', key: 'validation.required', field: 'texts.conclusion' })).toBe('Kesimpulan wajib diisi.');
    expect(errorText(t, { code: 'VALIDATION', key: 'validation.required', field: 'title' }, { label: 'Catatan' })).toBe('Catatan wajib diisi.');
    // A lost connection: the client's answer, and anything thrown.
    const transport = 'Tidak dapat menghubungi aplikasi. Periksa apakah Rombongan masih berjalan, lalu coba lagi.';
    expect(errorText(t, { code: 'INTERNAL', key: 'errors.transport' })).toBe(transport);
    expect(errorText(t, new TypeError('Failed to fetch'))).toBe(transport);
    await i18n.changeLanguage('en');
    expect(errorText(t, { code: 'VALIDATION', key: 'validation.required', field: 'title' })).toMatch(/title/i);
    await i18n.changeLanguage('id');
  });

  it('a call that throws shows the transport failure for the form', async () => {
    await i18n.changeLanguage('id');
    const user = userEvent.setup();
    render(<SmallForm send={() => Promise.reject(new Error('bridge gone'))} />);
    await user.type(screen.getByLabelText('Nama'), 'Budi');
    await user.type(screen.getByLabelText('Surel'), 'b@x.id');
    await user.click(screen.getByRole('button', { name: 'Simpan' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Tidak dapat menghubungi aplikasi. Periksa apakah Rombongan masih berjalan, lalu coba lagi.',
    );
  });
});

interface ListValues {
  title: string;
  rows: { label: string; value: string }[];
}
const listSchema = z.object({
  title: z.string().trim().min(1, { error: 'validation.required' }),
  rows: z.array(z.object({ label: z.string().trim().min(1, { error: 'validation.required' }), value: z.string().trim().min(1, { error: 'validation.required' }) })),
});
const listFields = (v: ListValues) => ['title', ...v.rows.flatMap((_, i) => [`rows.${i}.label`, `rows.${i}.value`])];
type SendList = (v: ListValues) => Promise<Result<ListValues> | null>;

/** A form whose fields are paths into a list: "rows.0.label" … */
function ListForm({ send, onSaved }: { send: SendList; onSaved?: () => void }) {
  const form = useForm<ListValues, string>({ defaults: { title: '', rows: [{ label: '', value: '' }] }, fields: listFields });
  const submit = form.submit({ validate: (v) => schemaErrors(listSchema, v, listFields(v)), send, onSaved: () => onSaved?.() });
  return (
    <form noValidate onSubmit={(e) => void submit(e)}>
      <FormError error={form.formError} />
      <FormField form={form} name="title" label="Judul">
        <input {...form.input('title')} />
      </FormField>
      {form.values.rows.map((_, i) => (
        <div key={i}>
          <FormField form={form} name={`rows.${i}.label`} label={`Keterangan ${i + 1}`} errorLabel="Keterangan">
            <input {...form.input(`rows.${i}.label`)} />
          </FormField>
          <FormField form={form} name={`rows.${i}.value`} label={`Nilai ${i + 1}`} errorLabel="Nilai">
            <input {...form.input(`rows.${i}.value`)} />
          </FormField>
        </div>
      ))}
      <button type="button" onClick={() => form.setValues((v) => ({ ...v, rows: [...v.rows, { label: '', value: '' }] }))}>
        Tambah
      </button>
      <p>{form.isDirty ? 'dirty' : 'clean'}</p>
      <button id={form.submitId} type="submit" disabled={form.saving}>
        Simpan
      </button>
    </form>
  );
}

describe('form kit: fields on paths', () => {
  it('finds the field a path names, and reads and writes values at paths', () => {
    const fields = ['title', 'kop.line1', 'rows.0.label', 'hostRegionCodes'];
    expect(fieldAt(fields, 'patch.kop.line1')).toBe('kop.line1');
    expect(fieldAt(fields, ['rows', 0, 'label'])).toBe('rows.0.label');
    expect(fieldAt(fields, ['hostRegionCodes', 2])).toBe('hostRegionCodes');
    expect(fieldAt(fields, 'patch.title')).toBe('title');
    expect(fieldAt(fields, 'tripId')).toBeUndefined();
    const v = { kop: { line1: 'a', line2: 'b' }, rows: [{ label: 'x' }, { label: 'y' }] };
    expect(valueAt(v, 'rows.1.label')).toBe('y');
    expect(valueAt(v, 'rows.5.label')).toBeUndefined();
    const next = withValueAt(v, 'rows.0.label', 'z');
    expect(next).toEqual({ kop: { line1: 'a', line2: 'b' }, rows: [{ label: 'z' }, { label: 'y' }] });
    expect(Array.isArray(next.rows)).toBe(true);
    // What is not on the path is shared, the original left as it was.
    expect(next.kop).toBe(v.kop);
    expect(v.rows[0]?.label).toBe('x');
  });

  it('shows a schema error on a row under that row, focuses it, and clears only it when typed in', async () => {
    await i18n.changeLanguage('id');
    const user = userEvent.setup();
    const send = vi.fn<SendList>();
    render(<ListForm send={send} />);
    await user.type(screen.getByLabelText('Judul'), 'Angka');
    await user.click(screen.getByRole('button', { name: 'Tambah' }));
    await user.type(screen.getByLabelText('Keterangan 1'), 'Aplikasi');
    await user.type(screen.getByLabelText('Nilai 1'), '108');
    await user.type(screen.getByLabelText('Keterangan 2'), 'CCTV');
    await user.click(screen.getByRole('button', { name: 'Simpan' }));

    const value2 = screen.getByLabelText('Nilai 2');
    await waitFor(() => expect(document.activeElement).toBe(value2));
    expect(value2.id).not.toContain('.');
    expect(value2.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getAllByRole('alert').map((a) => a.textContent)).toEqual(['Nilai wajib diisi.']);
    expect(send).not.toHaveBeenCalled();
    await user.type(value2, 'ratusan');
    expect(value2.getAttribute('aria-invalid')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('puts a server error on a nested path under its row', async () => {
    await i18n.changeLanguage('id');
    const user = userEvent.setup();
    const send = vi.fn<SendList>(() => Promise.resolve({ ok: false, error: { code: 'VALIDATION', message: 'x', key: 'validation.tooLong', field: 'patch.rows.0.label', params: { max: 200 } } }));
    render(<ListForm send={send} />);
    await user.type(screen.getByLabelText('Judul'), 'Angka');
    await user.type(screen.getByLabelText('Keterangan 1'), 'Aplikasi');
    await user.type(screen.getByLabelText('Nilai 1'), '108');
    await user.click(screen.getByRole('button', { name: 'Simpan' }));
    const label1 = screen.getByLabelText('Keterangan 1');
    await waitFor(() => expect(document.activeElement).toBe(label1));
    expect(screen.getByRole('alert').textContent).toBe('Keterangan terlalu panjang: paling banyak 200 karakter.');
  });

  it('a send that resolves to null shows nothing more and frees the form', async () => {
    await i18n.changeLanguage('id');
    const user = userEvent.setup();
    const send = vi.fn<SendList>(() => Promise.resolve(null));
    const onSaved = vi.fn();
    render(<ListForm send={send} onSaved={onSaved} />);
    await user.type(screen.getByLabelText('Judul'), 'Angka');
    await user.type(screen.getByLabelText('Keterangan 1'), 'Aplikasi');
    await user.type(screen.getByLabelText('Nilai 1'), '108');
    await user.click(screen.getByRole('button', { name: 'Simpan' }));
    await waitFor(() => expect(send).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Simpan' })).toHaveProperty('disabled', false));
    expect(onSaved).not.toHaveBeenCalled();
    expect(screen.queryByRole('alert')).toBeNull();
    // Nothing was saved: the form is still dirty.
    expect(screen.getByText('dirty')).toBeTruthy();
  });

  it('a refusal about no field goes where fieldFor says, even without a path', async () => {
    await i18n.changeLanguage('id');
    const user = userEvent.setup();
    function NoteForm() {
      const form = useForm<{ note: string }>({ defaults: { note: '' }, fields: ['note'], fieldFor: () => 'note' });
      const submit = form.submit({ send: () => Promise.resolve<Result<null>>({ ok: false, error: { code: 'CONFLICT', message: 'x' } }) });
      return (
        <form noValidate onSubmit={(e) => void submit(e)}>
          <FormField form={form} name="note" label="Catatan">
            <input {...form.input('note')} />
          </FormField>
          <button type="submit">Simpan</button>
        </form>
      );
    }
    render(<NoteForm />);
    await user.click(screen.getByRole('button', { name: 'Simpan' }));
    const note = screen.getByLabelText('Catatan');
    await waitFor(() => expect(document.activeElement).toBe(note));
    expect(note.getAttribute('aria-invalid')).toBe('true');
  });
});

function KitDialog({ send, onCancel }: { send: Send; onCancel: () => void }) {
  const form = useForm<Values>({ defaults: { name: '', email: '' }, fields: FIELDS });
  const submit = form.submit({ validate: (v) => schemaErrors(schema, v, FIELDS), send });
  return (
    <FormDialog form={form} title="Orang baru" description="Siapa yang ikut." onSubmit={submit} onCancel={onCancel} submitLabel="Tambah">
      <FormInput form={form} name="name" label="Nama" hint="Tanpa gelar." data-autofocus />
      <FormSelect form={form} name="email" label="Surel">
        <option value="">—</option>
        <option value="a@b.id">a@b.id</option>
      </FormSelect>
    </FormDialog>
  );
}

describe('form kit: dialog, fields and footer', () => {
  it('wires label, hint and error to each control and names the dialog by its heading and description', async () => {
    await i18n.changeLanguage('id');
    const user = userEvent.setup();
    const send = vi.fn<Send>((v) => Promise.resolve({ ok: true, value: v }));
    render(<KitDialog send={send} onCancel={() => {}} />);
    const dialog = screen.getByRole('dialog', { name: 'Orang baru' });
    expect(dialog.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(dialog.getAttribute('aria-describedby') ?? '')?.textContent).toBe('Siapa yang ikut.');
    const name = screen.getByLabelText('Nama');
    expect(document.activeElement).toBe(name);
    expect(name.getAttribute('autocomplete')).toBe('off');
    expect(name.className).toBe('input');
    const hintId = `${name.id}-hint`;
    expect(name.getAttribute('aria-describedby')).toBe(hintId);
    expect(document.getElementById(hintId)?.textContent).toBe('Tanpa gelar.');

    await user.click(screen.getByRole('button', { name: 'Tambah' }));
    expect(send).not.toHaveBeenCalled();
    // The error comes first among what describes the field, then the hint.
    const errorId = `${name.id}-error`;
    expect(name.getAttribute('aria-describedby')).toBe(`${errorId} ${hintId}`);
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(name.closest('.field')?.classList.contains('field-invalid')).toBe(true);
    expect(document.getElementById(errorId)?.textContent).toBe('Nama wajib diisi.');
    await waitFor(() => expect(document.activeElement).toBe(name));

    await user.type(name, 'Ayu');
    await user.selectOptions(screen.getByLabelText('Surel'), 'a@b.id');
    await user.click(screen.getByRole('button', { name: 'Tambah' }));
    expect(send).toHaveBeenCalledWith({ name: 'Ayu', email: 'a@b.id' }, {});
  });

  it('the footer cancels, and both its buttons are off while saving', async () => {
    await i18n.changeLanguage('id');
    const user = userEvent.setup();
    let finish: (r: Result<Values>) => void = () => {};
    const send = vi.fn<Send>(() => new Promise((resolve) => (finish = resolve)));
    const onCancel = vi.fn();
    render(<KitDialog send={send} onCancel={onCancel} />);
    await user.click(screen.getByRole('button', { name: 'Batal' }));
    expect(onCancel).toHaveBeenCalledTimes(1);

    await user.type(screen.getByLabelText('Nama'), 'Ayu');
    await user.selectOptions(screen.getByLabelText('Surel'), 'a@b.id');
    const submit = screen.getByRole<HTMLButtonElement>('button', { name: 'Tambah' });
    await user.click(submit);
    expect(submit.id).toMatch(/--submit$/);
    await waitFor(() => expect(submit.disabled).toBe(true));
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Batal' }).disabled).toBe(true);
    finish({ ok: true, value: { name: 'Ayu', email: 'a@b.id' } });
    await waitFor(() => expect(submit.disabled).toBe(false));
  });
});

type MoveEnd = (prev: DateRange, start: string, follows: boolean) => string;

function RangeForm({ follows, moveEnd }: { follows: boolean; moveEnd: MoveEnd }) {
  const form = useForm<DateRange>({ defaults: { startDate: '2025-04-24', endDate: '2025-04-25' }, fields: ['startDate', 'endDate'] });
  const { setStart, setEnd, endFollows } = useEndFollowsStart(form, follows, moveEnd);
  return (
    <form noValidate>
      <FormInput form={form} name="startDate" label="Mulai" onChange={(e) => setStart(e.target.value)} />
      <FormInput form={form} name="endDate" label="Selesai" onChange={(e) => setEnd(e.target.value)} />
      <p>{endFollows ? 'follows' : 'set'}</p>
      <p>{form.isDirty ? 'dirty' : 'clean'}</p>
    </form>
  );
}

describe('form kit: an end date that follows the start', () => {
  // A stand-in for the trips' rule: while following, the end is one day after the start.
  const dayAfter = (iso: string) => `${iso.slice(0, 8)}${String(Number(iso.slice(8)) + 1).padStart(2, '0')}`;
  const moveEnd = vi.fn<MoveEnd>((prev, start, follows) => (follows ? dayAfter(start) : start > prev.endDate ? start : prev.endDate));

  it('moves the end with the start until the end is set; after that, only when the start passes it', () => {
    moveEnd.mockClear();
    render(<RangeForm follows moveEnd={moveEnd} />);
    const start = screen.getByLabelText<HTMLInputElement>('Mulai');
    const end = screen.getByLabelText<HTMLInputElement>('Selesai');
    fireEvent.change(start, { target: { value: '2025-05-10' } });
    expect(moveEnd).toHaveBeenLastCalledWith({ startDate: '2025-04-24', endDate: '2025-04-25' }, '2025-05-10', true);
    expect([start.value, end.value]).toEqual(['2025-05-10', '2025-05-11']);
    expect(screen.getByText('dirty')).toBeTruthy();

    // The end typed as it already is: still following.
    fireEvent.change(end, { target: { value: '2025-05-11' } });
    expect(screen.getByText('follows')).toBeTruthy();

    fireEvent.change(end, { target: { value: '2025-05-20' } });
    expect(screen.getByText('set')).toBeTruthy();
    fireEvent.change(start, { target: { value: '2025-05-12' } });
    expect(moveEnd).toHaveBeenLastCalledWith({ startDate: '2025-05-10', endDate: '2025-05-20' }, '2025-05-12', false);
    expect([start.value, end.value]).toEqual(['2025-05-12', '2025-05-20']);
    fireEvent.change(start, { target: { value: '2025-05-25' } });
    expect(end.value).toBe('2025-05-25');
  });

  it('an end already set (an edited record) does not follow from the start', () => {
    moveEnd.mockClear();
    render(<RangeForm follows={false} moveEnd={moveEnd} />);
    expect(screen.getByText('set')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Mulai'), { target: { value: '2025-04-20' } });
    expect(moveEnd).toHaveBeenLastCalledWith({ startDate: '2025-04-24', endDate: '2025-04-25' }, '2025-04-20', false);
    expect(screen.getByLabelText<HTMLInputElement>('Selesai').value).toBe('2025-04-25');
  });
});

describe('form kit: save actions of a form that stays on screen', () => {
  function StayingForm({ send }: { send: Send }) {
    const form = useForm<Values>({ defaults: { name: 'Ayu', email: 'a@b.id' }, fields: FIELDS });
    const submit = form.submit({ send });
    return (
      <form noValidate onSubmit={(e) => void submit(e)}>
        <FormInput form={form} name="name" label="Nama" />
        <FormSaveActions form={form} unsavedText="Belum disimpan" revertLabel="Kembalikan" saveLabel="Simpan" savingLabel="Menyimpan…" />
      </form>
    );
  }

  it('says the form is unsaved and puts it back, and names the button while saving', async () => {
    await i18n.changeLanguage('id');
    const user = userEvent.setup();
    let finish: (r: Result<Values>) => void = () => {};
    const send = vi.fn<Send>(() => new Promise((resolve) => (finish = resolve)));
    render(<StayingForm send={send} />);
    expect(screen.queryByText('Belum disimpan')).toBeNull();
    const name = screen.getByLabelText<HTMLInputElement>('Nama');
    await user.type(name, ' Lestari');
    expect(screen.getByText('Belum disimpan')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Kembalikan' }));
    expect(name.value).toBe('Ayu');
    expect(screen.queryByRole('button', { name: 'Kembalikan' })).toBeNull();

    await user.type(name, ' Lestari');
    await user.click(screen.getByRole('button', { name: 'Simpan' }));
    const saving = await screen.findByRole<HTMLButtonElement>('button', { name: 'Menyimpan…' });
    expect(saving.disabled).toBe(true);
    expect(saving.id).toMatch(/--submit$/);
    finish({ ok: true, value: { name: 'Ayu Lestari', email: 'a@b.id' } });
    await waitFor(() => expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Simpan' }).disabled).toBe(false));
    expect(screen.queryByText('Belum disimpan')).toBeNull();
  });
});
