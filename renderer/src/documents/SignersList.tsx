import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTING, SIGNER_SEATS, type Issuer, type Signer, type SignerSeat } from '../../../shared/documents/issuers';
import { formatNip } from '../../../shared/directory/nip';
import { regionNames, seatJabatan } from '../../../shared/documents/signing';
import { api } from '../api/bridge';
import { errorText } from '../i18n/errors';
import { useToasts } from '../components/Toasts';
import { RemoveIcon } from '../components/SectionIcons';
import { actingJabatan, FIRST_SEAT, SIGNER_FIELDS, signerLabel, toSignerValues, validateSigner, type Origin, type SignerValues } from './issuerForm';
import { FormError, FormFooter, FormInput, FormSelect, formKeys, useForm } from '../components/form';
import { CodeOptions } from '../components/Options';

type SignerField = (typeof SIGNER_FIELDS)[number];

/** What the list edits: a signer's id, or NEW for the form that adds one. */
const NEW = 'new';

/** After a write the list loads again: what takes focus once it shows. */
type FocusAfter = { kind: 'add' } | { kind: 'edit'; id: string };

/**
 * An issuer's signers: who they are (seat, jabatan, name, pangkat, NIP,
 * Plt./Plh.), added, edited and removed (with undo) one at a time; each
 * change is saved at once.
 */
export function SignersList({ issuer, origin, onChanged }: { issuer: Issuer; origin: Origin | null; onChanged: () => Promise<void> }) {
  const { t } = useTranslation();
  const uid = useId();
  const toasts = useToasts();
  const [editing, setEditing] = useState<string | null>(null);
  const focusAfter = useRef<FocusAfter | null>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  const levelName = t(`issuers.levels.${issuer.level}`);
  const region = regionNames(origin?.regionCode ?? '');

  useEffect(() => {
    const f = focusAfter.current;
    if (!f) return;
    focusAfter.current = null;
    if (f.kind === 'edit') document.querySelector<HTMLElement>(`[data-signer-id="${f.id}"] [data-action="edit"]`)?.focus();
    else addRef.current?.focus();
  }, [issuer, editing]);

  const closeForm = (focus: FocusAfter) => {
    focusAfter.current = focus;
    setEditing(null);
  };

  const remove = async (s: Signer) => {
    const r = await api().call('signers.remove', { id: s.id });
    if (!r.ok) {
      toasts.show({ kind: 'error', message: (tr) => errorText(tr, r.error) });
      return;
    }
    const name = s.name || s.jabatan || t(`issuers.seats.${s.seat}`);
    focusAfter.current = { kind: 'add' };
    await onChanged();
    toasts.show({
      message: (tr) => tr('issuers.signers.removed', { name }),
      action: {
        label: (tr) => tr('common.undo'),
        run: async () => {
          const back = await api().call('signers.restore', { id: s.id });
          if (!back.ok) {
            toasts.show({ kind: 'error', message: (tr) => errorText(tr, back.error) });
            return;
          }
          await onChanged();
          toasts.show({ message: (tr) => tr('issuers.signers.restored', { name }), duration: 4000 });
        },
      },
      undoable: true,
    });
  };

  const jabatanOf = (seat: SignerSeat) => seatJabatan(seat, region, issuer.kop.officeName);

  return (
    <section className="signers" aria-labelledby={`${uid}-h`}>
      <div className="signers-head">
        <h3 id={`${uid}-h`} className="profile-legend">
          {t('issuers.signers.heading')}
        </h3>
        <p className="field-hint">{t('issuers.signers.hint')}</p>
      </div>
      {issuer.signers.length === 0 && editing !== NEW ? (
        <p className="signers-empty muted">{t('issuers.signers.empty')}</p>
      ) : (
        issuer.signers.length > 0 && (
          <div className="table-wrap signer-wrap">
            <table className="data-table signer-table">
              <caption className="visually-hidden">{t('issuers.signers.caption', { level: levelName })}</caption>
              <colgroup>
                <col className="col-signer-jabatan" />
                <col />
                <col className="col-signer-nip" />
                <col className="col-actions-2" />
              </colgroup>
              <thead>
                <tr>
                  <th scope="col">{t('issuers.signers.columns.jabatan')}</th>
                  <th scope="col">{t('issuers.signers.columns.name')}</th>
                  <th scope="col">{t('issuers.signers.columns.nip')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('issuers.signers.columns.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {issuer.signers.map((s) => {
                  const label = s.name || s.jabatan || t(`issuers.seats.${s.seat}`);
                  if (editing === s.id) {
                    return (
                      <tr key={s.id} className="signer-edit-row">
                        <td colSpan={4}>
                          <SignerForm
                            issuer={issuer}
                            signer={s}
                            title={t('issuers.signers.editTitle', { name: label })}
                            jabatanOf={jabatanOf}
                            onCancel={() => closeForm({ kind: 'edit', id: s.id })}
                            onSaved={async (saved) => {
                              focusAfter.current = { kind: 'edit', id: s.id };
                              await onChanged();
                              setEditing(null);
                              toasts.show({ message: (tr) => tr('issuers.signers.updated', { name: saved.name || saved.jabatan }), duration: 4000 });
                            }}
                          />
                        </td>
                      </tr>
                    );
                  }
                  return (
                    <tr key={s.id} data-signer-id={s.id}>
                      <td>
                        {s.jabatan ? (
                          <span className="person-name">{actingJabatan(t, s.acting, s.jabatan)}</span>
                        ) : (
                          <span className="gap-text-inline">{t('issuers.signers.noJabatan')}</span>
                        )}
                        <span className="seat-badge">{t(`issuers.seats.${s.seat}`)}</span>
                      </td>
                      <td>
                        {s.name ? <span className="person-name">{s.name}</span> : <span className="gap-text-inline">{t('issuers.signers.unnamed')}</span>}
                        {s.pangkat && <span className="person-sub">{s.pangkat}</span>}
                      </td>
                      <td className="cell-nip">{s.nip ? formatNip(s.nip) : <span className="muted">—</span>}</td>
                      <td className="cell-actions">
                        <span className="row-actions">
                          <button
                            type="button"
                            className="btn btn-secondary btn-small"
                            data-action="edit"
                            aria-label={t('issuers.signers.edit', { name: label })}
                            onClick={() => setEditing(s.id)}
                          >
                            <span aria-hidden="true">{t('common.edit')}</span>
                          </button>
                          <button
                            type="button"
                            className="icon-btn row-btn row-btn-danger"
                            aria-label={t('issuers.signers.remove', { name: label })}
                            title={t('issuers.signers.remove', { name: label })}
                            onClick={() => void remove(s)}
                          >
                            <RemoveIcon />
                          </button>
                        </span>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )
      )}
      {editing === NEW ? (
        <SignerForm
          issuer={issuer}
          title={t('issuers.signers.addTitle', { level: levelName })}
          jabatanOf={jabatanOf}
          onCancel={() => closeForm({ kind: 'add' })}
          onSaved={async (saved) => {
            focusAfter.current = { kind: 'add' };
            await onChanged();
            setEditing(null);
            toasts.show({ message: (tr) => tr('issuers.signers.added', { name: saved.name || saved.jabatan || tr(`issuers.seats.${saved.seat}`) }), duration: 4000 });
          }}
        />
      ) : (
        <div>
          <button ref={addRef} type="button" className="btn btn-secondary btn-small" onClick={() => setEditing(NEW)}>
            {t('issuers.signers.add')}
          </button>
        </div>
      )}
    </section>
  );
}

interface SignerFormProps {
  issuer: Issuer;
  signer?: Signer;
  title: string;
  jabatanOf: (seat: SignerSeat) => string;
  onCancel: () => void;
  onSaved: (s: Signer) => Promise<void>;
}

/** Adds or edits one signer. Enter saves, Escape cancels, the first invalid field takes focus. */
function SignerForm({ issuer, signer, title, jabatanOf, onCancel, onSaved }: SignerFormProps) {
  const { t } = useTranslation();
  const uid = useId();
  const form = useForm<SignerValues>({
    idPrefix: uid,
    version: signer?.updatedAt,
    latest: signer
      ? async () => {
          const r = await api().call('issuers.list', { institutionId: issuer.institutionId });
          const now = r.ok ? r.value.find((i) => i.level === issuer.level)?.signers.find((s) => s.id === signer.id) : undefined;
          return now ? { values: toSignerValues(now), version: now.updatedAt } : null;
        }
      : undefined,
    defaults: () => (signer ? toSignerValues(signer) : { seat: FIRST_SEAT[issuer.level], acting: '', jabatan: '', name: '', pangkat: '', nip: '' }),
    fields: SIGNER_FIELDS,
  });
  const { values, saving } = form;

  useEffect(() => {
    document.getElementById(form.fieldId('seat'))?.focus();
    // Once, when the form opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // An empty jabatan is the seat's own, written out: the documents print what is stored.
  const inputOf = (v: SignerValues) => ({ ...v, jabatan: v.jabatan.trim() || jabatanOf(v.seat) });
  const submit = form.submit({
    validate: (v) => validateSigner(issuer.institutionId, issuer.level, inputOf(v)),
    send: (v, meta) =>
      signer
        ? api().call('signers.update', { id: signer.id, patch: inputOf(v), ...meta })
        : api().call('signers.create', { institutionId: issuer.institutionId, level: issuer.level, ...inputOf(v), personId: null }),
    onSaved: (saved) => void onSaved(saved),
  });

  const onKeyDown = formKeys(onCancel);

  /** A field's label and the name its messages give it. */
  const named = (key: SignerField) => ({ form, name: key, label: signerLabel(t, key), errorLabel: signerLabel(t, key) });
  const input = (key: 'jabatan' | 'name' | 'pangkat' | 'nip', opts: { placeholder?: string; hint?: string; numeric?: boolean } = {}) => (
    <FormInput {...named(key)} hint={opts.hint} placeholder={opts.placeholder} inputMode={opts.numeric ? 'numeric' : undefined} />
  );

  const defaultJabatan = jabatanOf(values.seat);

  return (
    <form
      className="inline-form signer-form"
      noValidate
      aria-label={title}
      onSubmit={(e) => {
        e.stopPropagation();
        void submit(e);
      }}
      onKeyDown={onKeyDown} aria-busy={saving || undefined}>
      <div className="inline-form-head">
        <p className="inline-form-title">{title}</p>
        <p className="field-hint">{t('issuers.signers.keysHint')}</p>
      </div>
      <FormError error={form.formError} />
      <div className="signer-grid">
        <FormSelect {...named('seat')}>
          <CodeOptions codes={SIGNER_SEATS} labelOf={(s) => t(`issuers.seats.${s}`)} />
        </FormSelect>
        <FormSelect {...named('acting')}>
          {ACTING.map((a) => (
            <option key={a || 'none'} value={a}>
              {t(`issuers.acting.${a || 'none'}`)}
            </option>
          ))}
        </FormSelect>
        <div className="signer-wide">
          {input('jabatan', {
            placeholder: defaultJabatan || undefined,
            hint: defaultJabatan ? t('issuers.signers.jabatanHint', { value: defaultJabatan }) : undefined,
          })}
        </div>
        <div className="signer-wide">{input('name', { placeholder: t('issuers.signers.placeholders.name') })}</div>
        {input('pangkat', { placeholder: t('issuers.signers.placeholders.pangkat') })}
        {input('nip', { placeholder: t('issuers.signers.placeholders.nip'), hint: t('issuers.signers.nipHint'), numeric: true })}
      </div>
      <FormFooter inline saving={saving} submitId={form.submitId} onCancel={onCancel} submitLabel={signer ? t('issuers.signers.save') : t('issuers.signers.create')} />
    </form>
  );
}
